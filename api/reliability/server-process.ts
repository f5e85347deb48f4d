// Test support: the real server in a child process, so a test can kill it with SIGKILL.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../rubrics/project-root';

export interface ServerProcess {
  url: string;
  /** The first admin's password, when this start created the admin. */
  adminPassword: string | null;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `kompass serve` on a free port and resolves once it listens. `entry` is the CLI to run:
 * bin/kompass.js (sources through tsx) or dist/kompass.mjs (the production bundle).
 */
export function startServerProcess(
  env: Record<string, string>,
  entry = join(projectRoot(), 'bin/kompass.js'),
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [entry, 'serve'], {
    env: { ...process.env, PORT: '0', DEMO_DATA: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const running = /is running at (http:\/\/[^/\s]+\/)/.exec(output);
      if (!running?.[1]) return;
      clearTimeout(timer);
      const url = running[1];
      resolve({
        url,
        adminPassword: /with password ([A-Za-z0-9]+)/.exec(output)?.[1] ?? null,
        child,
        stop: (signal = 'SIGTERM') =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill(signal);
          }),
      });
    });
  });
}

/** Logs in to a running server; returns the session cookie (`kompass_session=…`). Throws on refusal. */
export async function logInTo(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login as ${email} answered ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
}
