#!/usr/bin/env node
// The `kompass` command. The CLI is TypeScript; tsx's loader runs it on Node 20.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../api/cli/kompass.ts');
process.exitCode = await main(process.argv.slice(2));
