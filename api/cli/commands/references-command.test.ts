import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../kompass';
import { captureIo } from '../test-io';

function freshEnv() {
  const dir = mkdtempSync(join(tmpdir(), 'kompass-refs-'));
  return { dir, env: { DATABASE_URL: `sqlite:${join(dir, 'kompass.db')}` } };
}

const HEADER = 'Kommun;Kommunkod;År;Version;Typ;1;2;3;4;5;6;7;8;Totalt;Källa;Anteckning';

describe('kompass references', () => {
  it('imports a JSON file and a CSV file into the database and lists them', async () => {
    const { dir, env } = freshEnv();
    const json = captureIo('', env);
    expect(await main(['references', 'import', 'fixtures/references/orebro.json'], json)).toBe(0);
    expect(json.stdout).toBe('orebro-2010\norebro-2012\norebro-2015\n');
    const csv = join(dir, 'refs.csv');
    // A published total one above the sum of its areas: kept as published, with a note.
    writeFileSync(
      csv,
      `${HEADER}\nGötene;1471;2014;kk-2010;kommun;50;50;50;50;50;50;50;50;401;https://www.gotene.se;\n`,
    );
    const imported = captureIo('', env);
    expect(await main(['references', 'import', csv], imported)).toBe(0);
    const list = captureIo('', env);
    expect(await main(['references', 'list'], list)).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    const gotene = lines.find((line) => line.startsWith('gotene-2014'));
    expect(gotene).toContain('\t401\t');
    expect(gotene).toContain(
      'Publicerad totalsumma 401 skiljer sig från summan av områdena 400 (avrundning i källan)',
    );
    expect(lines.find((line) => line.startsWith('orebro-2015'))).toContain(
      '650 (endast totalpoäng)',
    );
  });

  it('refuses a file with errors whole, printing each problem once', async () => {
    const { dir, env } = freshEnv();
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'kommunkompassen-references/1',
        references: [{ id: 'x-1', municipality: { name: 'X', code: '1' }, year: 1800 }],
      }),
    );
    const io = captureIo('', env);
    expect(await main(['references', 'import', file], io)).toBe(1);
    expect(io.stderr.match(/references\[0\]\.year/g)).toHaveLength(1);
    const list = captureIo('', env);
    expect(await main(['references', 'list'], list)).toBe(0);
    expect(list.stdout).toBe('');
    const usage = captureIo('', env);
    expect(await main(['references', 'remove'], usage)).toBe(2);
    expect(usage.stderr).toContain('kompass references import FILE');
  });
});
