import { fileURLToPath } from 'node:url';
import type { Io } from './io';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** An Io that records what a command prints; `cwd` is the repository root. */
export function captureIo(
  stdin = '',
  env: NodeJS.ProcessEnv = {},
): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    cwd: ROOT,
    env,
    out(text: string) {
      io.stdout += text.endsWith('\n') ? text : `${text}\n`;
    },
    err(text: string) {
      io.stderr += text.endsWith('\n') ? text : `${text}\n`;
    },
    readStdin: async () => stdin,
  };
  return io;
}
