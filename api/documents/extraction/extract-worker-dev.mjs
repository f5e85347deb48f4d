// Development and tests: the worker's TypeScript runs through tsx's loader (the project's
// imports are extensionless). The bundled server starts dist/extract-worker.mjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
