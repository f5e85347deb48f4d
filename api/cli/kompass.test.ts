import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './kompass';
import { captureIo, ROOT } from './test-io';

const ENKOPING = 'fixtures/evaluations/enkoping-2016.json';
const published = JSON.parse(
  readFileSync(join(ROOT, 'fixtures/golden/enkoping-2016.published.json'), 'utf8'),
);

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kompass-')), name);
  writeFileSync(path, content);
  return path;
}

describe('npx kompass score (the real bin)', () => {
  it('reproduces every published figure of the seed with --json', () => {
    const out = execFileSync('node', ['bin/kompass.js', 'score', ENKOPING, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const result = JSON.parse(out);
    expect(result.rubric).toBe('kk-2010');
    expect(result.total).toEqual({ points: 432.5, shownPoints: 434, max: 800, complete: true });
    for (const [a, area] of published.areas.entries()) {
      expect(result.areas[a].shownPoints).toBe(area.shownPoints);
      expect(result.areas[a].shownPercent).toBe(area.shownPoints);
      for (const [q, question] of area.questions.entries()) {
        expect(result.areas[a].questions[q]).toMatchObject(question);
      }
    }
  });
});

describe('kompass score', () => {
  it('prints the Översikt av poängfördelning tables', async () => {
    const io = captureIo();
    expect(await main(['score', ENKOPING], io)).toBe(0);
    expect(io.stdout).toMatch(/^1\. {3}Offentlighet och demokrati +Uppnått +Max +Procent$/m);
    expect(io.stdout).toMatch(
      /^1\.2 +Informerar invånarna om aktuella frågor i politiken\? +12 +20 +61%$/m,
    );
    expect(io.stdout).toMatch(/^ +42 +100 +42%$/m);
    expect(io.stdout).toMatch(/TOTALT +434 +800/);
  });

  it('marks an incomplete evaluation', async () => {
    const file = JSON.parse(readFileSync(join(ROOT, ENKOPING), 'utf8'));
    delete file.scores['4.2'];
    const io = captureIo();
    expect(await main(['score', tempFile('e.json', JSON.stringify(file))], io)).toBe(0);
    expect(io.stdout).toContain('(ofullständigt: 5 av 6 bedömda)');
    expect(io.stdout).toMatch(/TOTALT \(ofullständigt\) +427 +800/);
  });

  it('rejects an unknown question with the path and line', async () => {
    const file = JSON.parse(readFileSync(join(ROOT, ENKOPING), 'utf8'));
    file.scores['9.1'] = { points: 3 };
    const path = tempFile('bad.json', JSON.stringify(file, null, 2));
    const io = captureIo();
    expect(await main(['score', path], io)).toBe(1);
    expect(io.stderr).toMatch(
      /bad\.json: scores\["9\.1"\] \(line \d+\): unknown question "9\.1" in rubric kk-2010/,
    );
    expect(io.stdout).toBe('');
  });

  it('gives usage errors exit code 2', async () => {
    const io = captureIo();
    expect(await main(['score'], io)).toBe(2);
    expect(io.stderr).toContain('kompass score needs exactly one FILE');
    expect(await main(['nonsense'], captureIo())).toBe(2);
    expect(await main(['score', 'missing.json'], captureIo())).toBe(1);
  });
});

describe('kompass validate', () => {
  it('accepts every shipped rubric, mapping, evaluation and reference file', async () => {
    const io = captureIo();
    const files = [
      'rubrics/kk-2010.json',
      'rubrics/kk-2020.json',
      'rubrics/kk-2010--kk-2020.mapping.json',
      ENKOPING,
      'fixtures/references/orebro.json',
      'fixtures/references/example.csv',
    ];
    expect(await main(['validate', ...files], io)).toBe(0);
    expect(io.stdout).toContain(
      'OK rubrics/kk-2010.json: rubric kk-2010 1.0.0: 8 areas, 45 questions',
    );
    expect(io.stdout).toContain(
      'OK fixtures/evaluations/enkoping-2016.json: evaluation of Enköping 2016-05 (kk-2010), 45 scores',
    );
    expect(io.stdout).toContain('mapping kk-2010 -> kk-2020');
    expect(io.stdout).toContain('OK fixtures/references/example.csv: 2 reference results (CSV)');
  });

  it('rejects a rubric with a wrong area sum naming the path and the rule', async () => {
    const rubric = JSON.parse(readFileSync(join(ROOT, 'rubrics/kk-2010.json'), 'utf8'));
    rubric.areas[3].questions[0].maxPoints = 10;
    const io = captureIo();
    expect(await main(['validate', tempFile('r.json', JSON.stringify(rubric, null, 2))], io)).toBe(
      1,
    );
    expect(io.stderr).toMatch(
      /r\.json: areas\[3\]\.questions \(line \d+\): max points sum to 95, must be 100/,
    );
  });

  it('rejects a rubric with a duplicate id and an unknown format', async () => {
    const rubric = JSON.parse(readFileSync(join(ROOT, 'rubrics/kk-2010.json'), 'utf8'));
    rubric.areas[0].questions[1].id = '1.1';
    const io = captureIo();
    expect(await main(['validate', tempFile('d.json', JSON.stringify(rubric))], io)).toBe(1);
    expect(io.stderr).toContain('areas[0].questions[1].id (line 1): duplicate question id "1.1"');
    const other = captureIo();
    expect(await main(['validate', tempFile('x.json', '{"format":"x"}')], other)).toBe(1);
    expect(other.stderr).toContain('format (line 1): unknown format "x"');
  });
});

describe('kompass compare', () => {
  it('prints differences, rank and radar series against shipped references', async () => {
    const io = captureIo();
    expect(await main(['compare', ENKOPING, '--with', 'orebro-2012', 'grastorp-2014'], io)).toBe(0);
    expect(io.stdout).toMatch(/1\. Offentlighet\/demokrati +54 +68 \(−14\) +61 \(−7\)/);
    expect(io.stdout).toMatch(/Totalt +434 +615 \(−181\) +506 \(−72\)/);
    expect(io.stdout).toContain('Rang totalt: 3 av 3, percentil 0');
    expect(io.stdout).toContain('Örebro 2012: 68, 85, 86, 74, 70, 74, 71, 87');
  });

  it('returns the comparison object with --json, indicative across versions', async () => {
    const io = captureIo();
    expect(await main(['compare', ENKOPING, '--with', 'vallentuna-2021', '--json'], io)).toBe(0);
    const comparison = JSON.parse(io.stdout);
    expect(comparison.indicative).toBe(true);
    expect(comparison.total.others[0]).toEqual({
      id: 'vallentuna-2021',
      value: 648,
      difference: -214,
    });
  });

  it('accepts a CSV reference file and names an unknown reference', async () => {
    const io = captureIo();
    expect(
      await main(['compare', ENKOPING, '--with', 'fixtures/references/example.csv', '--json'], io),
    ).toBe(0);
    expect(JSON.parse(io.stdout).compared.map((c: { label: string }) => c.label)).toEqual([
      'Grästorp 2014',
      'Örebro 2012',
    ]);
    const bad = captureIo();
    expect(await main(['compare', ENKOPING, '--with', 'nowhere-1999'], bad)).toBe(2);
    expect(bad.stderr).toMatch(
      /"nowhere-1999" is neither a file nor a reference id \(known: .*orebro-2012/,
    );
  });

  it('refuses a reference published as a total only: it has no areas to compare', async () => {
    const io = captureIo();
    expect(await main(['compare', ENKOPING, '--with', 'orebro-2012', 'orebro-2015'], io)).toBe(1);
    expect(io.stderr).toContain(
      '--with: orebro-2015: has a published total only, no area scores: it belongs in a ' +
        'trend of totals, not in a per-area comparison',
    );
  });
});
