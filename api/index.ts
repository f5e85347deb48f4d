// Starts the server with the environment's settings (see env.ts). `kompass serve` does the same.
import './runtime/require-node';
import { readEnv } from './env';
import { startServer } from './server';

const server = await startServer(readEnv());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      (error) => {
        console.error('shutdown failed', error);
        process.exit(1);
      },
    );
  });
}
