import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnv } from './env';
import { startServer } from './server';

describe('the server', () => {
  it('loads the demo data on first start and keeps every save across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kompass-server-'));
    const env = readEnv({ DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}`, PORT: '0' });
    const lines: string[] = [];
    const first = await startServer(env, (line) => lines.push(line));
    expect(lines[0]).toMatch(
      /^Created the first admin: admin@kompass\.local with password [A-Za-z0-9]{20}$/,
    );
    const password = lines[0]?.split(' ').at(-1) as string;
    expect(lines[2]).toBe(
      'Empty database: loaded the demo data (Enköping 2016 and 24 reference results).',
    );
    expect(lines[3]).toMatch(
      /^Kommunkompassen is running at http:\/\/127\.0\.0\.1:\d+\/ \(database: sqlite\)$/,
    );
    const login = await fetch(`${first.url}api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@kompass.local', password }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const list = await (await fetch(`${first.url}api/evaluations`, { headers: { cookie } })).json();
    const enkoping = list.evaluations[0];
    expect(enkoping.total.shownPoints).toBe(434);
    const reopen = await fetch(`${first.url}api/evaluations/${enkoping.id}/reopen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ version: 1, reason: 'test' }),
    });
    expect(reopen.status).toBe(200);
    const save = await fetch(`${first.url}api/evaluations/${enkoping.id}/consensus-scores/4.1`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ points: 15, rationale: 'Ny strategi antagen', version: 1 }),
    });
    expect(save.status).toBe(200);
    await first.close();

    const restartLines: string[] = [];
    const second = await startServer(env, (line) => restartLines.push(line));
    try {
      expect(restartLines).toHaveLength(1); // no second admin, no second demo load
      // The session survives the restart too: it lives in the database.
      const result = await (
        await fetch(`${second.url}api/evaluations/${enkoping.id}/result`, { headers: { cookie } })
      ).json();
      expect(result.areas[3].questions[0]).toMatchObject({ points: 15, shownPercent: 100 });
      expect(result.total.shownPoints).toBe(447); // area 4: 41.5 - 1.5 + 15 = 55 shows 55, was 42
    } finally {
      await second.close();
    }
  });

  it('fails fast on a bad DATABASE_URL', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: must start with sqlite: or postgres:\/\//,
    );
  });
});
