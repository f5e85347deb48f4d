// Imported first by every server and CLI entry point: on an older Node.js the process stops here,
// with a message naming the version it needs, before anything else is loaded or started.
import { nodeVersionProblem } from './node-version';

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  console.error(problem);
  process.exit(1);
}
