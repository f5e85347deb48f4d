// The bundled CLI's entry point (dist/kompass.mjs): runs `kompass` with the process's arguments.
import { main } from './kompass';

process.exitCode = await main(process.argv.slice(2));
