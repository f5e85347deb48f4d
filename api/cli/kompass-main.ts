// The bundled CLI's entry point (dist/kompass.mjs): runs `kompass` with the process's arguments.
// The Node.js check comes first, so an older runtime stops before anything is loaded.
import '../runtime/require-node';
import { main } from './kompass';

process.exitCode = await main(process.argv.slice(2));
