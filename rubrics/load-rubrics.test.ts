import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checksumOf,
  loadRubricFile,
  loadRubricLibrary,
  parseRubric,
  RUBRICS_DIR,
} from './load-rubrics';
import { ValidationError } from './validation';

const kk2010Text = readFileSync(join(RUBRICS_DIR, 'kk-2010.json'), 'utf8');
const kk2010 = () => JSON.parse(kk2010Text);

/** The ValidationError's message for a rubric built by `edit` from kk-2010. */
function errorFor(edit: (rubric: ReturnType<typeof kk2010>) => void): string {
  const rubric = kk2010();
  edit(rubric);
  try {
    parseRubric(JSON.stringify(rubric, null, 2), 'broken.json');
  } catch (error) {
    if (error instanceof ValidationError) return error.message;
    throw error;
  }
  throw new Error('expected the rubric to be rejected');
}

describe('the shipped rubrics', () => {
  const library = loadRubricLibrary();

  it('has kk-2010 with 8 areas, 45 questions and area maxima of 100', () => {
    const rubric = library.rubrics.get('kk-2010')?.rubric;
    expect(rubric?.areas).toHaveLength(8);
    expect(rubric?.areas.flatMap((a) => a.questions)).toHaveLength(45);
    expect(rubric?.areas.map((a) => a.questions.length)).toEqual([5, 5, 5, 6, 6, 6, 5, 7]);
    expect(rubric?.areas.map((a) => a.title)).toEqual([
      'Offentlighet och demokrati',
      'Tillgänglighet och brukarorientering',
      'Politisk styrning och kontroll',
      'Ledarskap, ansvar och delegation',
      'Resultat och effektivitet',
      'Kommunen som arbetsgivare - personalpolitik',
      'Verksamhetsutveckling',
      'Kommunen som samhällsbyggare',
    ]);
    expect(rubric?.areas[6]?.alternativeTitles).toContain('Ständiga förbättringar');
    expect(rubric?.areas[0]?.questions[0]).toEqual({
      id: '1.1',
      text: 'Finns en plan/strategi för demokratiutveckling och information?',
      maxPoints: 15,
    });
    expect(rubric?.areas[7]?.questions.at(-1)?.id).toBe('8.7');
  });

  it('has kk-2020 as area level only, with the 2020 titles', () => {
    const rubric = library.rubrics.get('kk-2020')?.rubric;
    expect(rubric?.areaLevelOnly).toBe(true);
    expect(rubric?.areas.every((a) => a.questions.length === 0)).toBe(true);
    expect(rubric?.areas[7]?.title).toBe('Chefs- och ledarskap samt medarbetarskap');
  });

  it('has an indicative, inferred mapping 2010 -> 2020', () => {
    expect(library.mappings).toHaveLength(1);
    expect(library.mappings[0]).toMatchObject({
      from: 'kk-2010',
      to: 'kk-2020',
      indicative: true,
      authority: 'inferred',
    });
    expect(library.mappings[0]?.areas.map((p) => `${p.from}->${p.to}`)).toEqual([
      '1->1',
      '8->2',
      '3->3',
      '5->4',
      '2->5',
      '7->6',
      '6->7',
      '4->8',
    ]);
  });

  it('pins each file by the SHA-256 of its bytes', () => {
    const loaded = loadRubricFile(join(RUBRICS_DIR, 'kk-2010.json'));
    expect(loaded.checksum).toBe(checksumOf(kk2010Text));
    expect(loaded.checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('rubric validation', () => {
  it('rejects a wrong area sum, naming the path, line and rule', () => {
    const message = errorFor((r) => {
      r.areas[3].questions[0].maxPoints = 10;
    });
    expect(message).toMatch(
      /^broken\.json: areas\[3\]\.questions \(line \d+\): max points sum to 95, must be 100$/,
    );
  });

  it('rejects a duplicate question id', () => {
    expect(
      errorFor((r) => {
        r.areas[0].questions[1].id = '1.1';
      }),
    ).toContain('areas[0].questions[1].id');
    expect(
      errorFor((r) => {
        r.areas[0].questions[1].id = '1.1';
      }),
    ).toContain('duplicate question id "1.1"');
  });

  it('rejects a question outside its area and a duplicate area id', () => {
    expect(
      errorFor((r) => {
        r.areas[0].questions[0].id = '2.9';
      }),
    ).toContain('question "2.9" is not under area "1"');
    expect(
      errorFor((r) => {
        r.areas[1].id = '1';
      }),
    ).toContain('areas[1].id');
  });

  it('rejects 7 areas and unknown keys', () => {
    expect(
      errorFor((r) => {
        r.areas.pop();
      }),
    ).toContain('areas (line 10): has 7 areas, must have 8');
    expect(
      errorFor((r) => {
        r.areas[2].weight = 3;
      }),
    ).toMatch(/areas\[2\] \(line \d+\): Unrecognized key: "weight"/);
  });

  it('names the line of a JSON syntax error', () => {
    // A trailing comma after the first question's maxPoints: JSON.parse stops at the next line's `}`.
    const at = kk2010Text.indexOf('"maxPoints": 15');
    const text = `${kk2010Text.slice(0, at)}"maxPoints": 15,${kk2010Text.slice(at + 15)}`;
    const line = kk2010Text.slice(0, at).split('\n').length + 1;
    expect(() => parseRubric(text, 'syntax.json')).toThrow(
      new RegExp(`^syntax\\.json: \\(root\\) \\(line ${line}\\): not valid JSON`),
    );
  });

  it('refuses two files with the same rubric id in one folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubrics-'));
    writeFileSync(join(dir, 'a.json'), kk2010Text);
    writeFileSync(join(dir, 'b.json'), kk2010Text);
    expect(() => loadRubricLibrary(dir)).toThrow(/rubric id "kk-2010" is also used by a\.json/);
  });

  it('refuses a mapping to an area the rubric does not have', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubrics-'));
    writeFileSync(join(dir, 'kk-2010.json'), kk2010Text);
    writeFileSync(join(dir, 'kk-2020.json'), readFileSync(join(RUBRICS_DIR, 'kk-2020.json')));
    const mapping = JSON.parse(
      readFileSync(join(RUBRICS_DIR, 'kk-2010--kk-2020.mapping.json'), 'utf8'),
    );
    mapping.areas[0].to = '9';
    writeFileSync(join(dir, 'm.mapping.json'), JSON.stringify(mapping));
    expect(() => loadRubricLibrary(dir)).toThrow(/areas\[0\]\.to: rubric kk-2020 has no area "9"/);
  });
});
