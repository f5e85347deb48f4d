import { readEnv } from '../../env';
import { startServer } from '../../server';
import type { Io } from '../io';

export const serveUsage =
  'kompass serve                   start the server (DATABASE_URL, PORT, HOST; see README)';

export async function serveCommand(_args: string[], io: Io): Promise<number> {
  const server = await startServer(readEnv(io.env), (line) => io.out(line));
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await server.close();
  return 0;
}
