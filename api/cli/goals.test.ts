import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './kompass';
import { captureIo, ROOT } from './test-io';

const GOALS = 'fixtures/goals/enkoping-ks.json';

describe('npx kompass goals (the real bin)', () => {
  it('prints each goal’s title, Nuläge and status with --json', () => {
    const out = execFileSync('node', ['bin/kompass.js', 'goals', GOALS, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const result = JSON.parse(out);
    expect(result.municipality.code).toBe('0381');
    expect(
      result.goals.map((goal: { title: string; status: string }) => [
        goal.title.slice(0, 30),
        goal.status,
      ]),
    ).toEqual([
      ['Öka kommunens attraktionskraft', 'near'],
      ['Öka kommunens attraktionskraft', 'near'],
      ['80 procent av medarbetarna upp', 'notMet'],
      ['God prognossäkerhet i kommunen', 'notMet'],
      ['Kötiden för att komma fram til', 'near'],
      ['I SCBs medborgarundersökning s', 'near'],
      ['NKI – företag, ska varje år fö', 'near'],
      ['Nya infartsskyltar bidrar till', 'notMet'],
    ]);
    expect(result.goals[4]).toEqual({
      id: 'kotid-kontaktcenter',
      title:
        'Kötiden för att komma fram till kontaktcenter via telefon ska ligga på ett snitt under 2 minuter, beräknat på årsbasis.',
      nulage: { date: '2018-12', value: 2.74, text: '2,74 minuter' },
      status: 'near',
    });
  });
});

describe('kompass goals', () => {
  it('prints Nuläge, status and the bands as intervals', async () => {
    const io = captureIo();
    expect(await main(['goals', GOALS], io)).toBe(0);
    expect(io.stdout).toContain('Enköping: Kommunstyrelsens effektmål');
    expect(io.stdout).toContain('  Nuläge: 2,74 minuter (2018-12)  ->  Nära målet');
    expect(io.stdout).toContain(
      '  Målet uppnått [0; 2], Nära målet (2; 3), Ej uppnått [3; ∞) minuter',
    );
    expect(io.stdout).toContain('  Nuläge: Målet ej nått (2018-12)  ->  Ej uppnått');
  });

  it('takes the latest measurement, and names the path and line of a bad one', async () => {
    const file = JSON.parse(readFileSync(join(ROOT, GOALS), 'utf8'));
    file.goals[4].measurements = [{ date: '2019-12', value: 1.9 }];
    const dir = mkdtempSync(join(tmpdir(), 'kompass-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(file, null, 2));
    const io = captureIo();
    expect(await main(['goals', good, '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout).goals[4].status).toBe('met');

    file.goals[4].measurements = [{ date: '2019-12', value: -1 }];
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(file, null, 2));
    const err = captureIo();
    expect(await main(['goals', bad], err)).toBe(1);
    expect(err.stderr).toMatch(
      /bad\.json: goals\[4\]\.measurements\[0\]\.value \(line \d+\): the value -1 lies in none of the goal's bands/,
    );
  });

  it('kompass validate knows the goals format', async () => {
    const io = captureIo();
    expect(await main(['validate', GOALS], io)).toBe(0);
    expect(io.stdout).toBe(
      'OK fixtures/goals/enkoping-ks.json: 8 effektmål of Enköping (Kommunstyrelsens effektmål)\n',
    );
  });

  it('gives usage errors exit code 2', async () => {
    const io = captureIo();
    expect(await main(['goals'], io)).toBe(2);
    expect(io.stderr).toContain('kompass goals needs exactly one FILE');
  });
});
