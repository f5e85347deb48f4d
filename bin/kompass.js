#!/usr/bin/env node
// The `kompass` command. The CLI is TypeScript; tsx's loader runs it (with the project's
// extensionless imports, which Node's own type stripping does not resolve).
import { register } from 'tsx/esm/api';

register();
await import('../api/runtime/require-node.ts');
const { main } = await import('../api/cli/kompass.ts');
process.exitCode = await main(process.argv.slice(2));
