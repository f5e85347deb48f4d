import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem, requiredNodeMajor } from './node-version';

describe('the Node.js version check', () => {
  it('accepts Node 24 and newer', () => {
    expect(requiredNodeMajor).toBe(24);
    for (const version of ['24.0.0', 'v24.22.3', '25.1.0', '26.12.1']) {
      expect(nodeVersionProblem(version)).toBeNull();
    }
  });

  it('refuses older lines, naming the version found and the one needed', () => {
    for (const version of ['20.20.2', '22.12.0', '23.11.1', 'v18.0.0', 'garbage']) {
      const problem = nodeVersionProblem(version);
      expect(problem).toContain(`this is Node.js ${version}`);
      expect(problem).toContain('needs Node.js 24 LTS or newer');
      expect(problem).toContain('bin/node24.sh');
    }
  });

  it('this suite runs on Node 24 or newer', () => {
    expect(nodeVersionProblem(process.versions.node)).toBeNull();
  });

  // The machine's own node (/usr/bin/node) is older on this kind of machine and in CI: the
  // `kompass` command started with it must stop at once with the message, not fall back silently.
  const machineNode = ['/usr/bin/node', '/usr/local/bin/node'].find(
    (path) =>
      existsSync(path) &&
      Number(execFileSync(path, ['-p', 'process.versions.node.split(".")[0]']).toString()) < 24,
  );
  it.runIf(machineNode)(
    '`kompass serve` on an older Node refuses to start and says which version it needs',
    () => {
      const result = spawnSync(machineNode as string, ['bin/kompass.js', 'serve', '--port', '0'], {
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, DATABASE_URL: 'sqlite::memory:' },
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /Kommunkompassen needs Node.js 24 LTS or newer; this is Node.js (1|2[0-3])\./,
      );
      expect(result.stdout).not.toContain('http://');
    },
  );
});
