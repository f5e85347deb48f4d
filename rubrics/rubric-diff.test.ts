import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalRubricText } from './canonical-rubric';
import { RUBRICS_DIR } from './load-rubrics';
import { Rubric } from './rubric';
import { diffRubrics } from './rubric-diff';

const kk2010 = () =>
  Rubric.parse(JSON.parse(readFileSync(join(RUBRICS_DIR, 'kk-2010.json'), 'utf8')));

describe('diffRubrics', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffRubrics(kk2010(), kk2010())).toEqual({
      added: [],
      removed: [],
      reworded: [],
      weights: [],
      areaTitles: [],
    });
  });

  it('lists added, removed and reworded delfrågor, weights and area titles', () => {
    const before = kk2010();
    const after = structuredClone(before);
    const [area1, area2] = after.areas;
    if (!area1?.questions[0] || !area1.questions[1] || !area2) throw new Error('kk-2010 changed');
    area1.questions[0].maxPoints = 10;
    area1.questions[1].maxPoints = 25;
    area1.questions[1].text = 'Informerar kommunen om politiken?';
    const removed = area2.questions.pop();
    area2.questions.push({ id: '2.9', text: 'Ny fråga?', maxPoints: removed?.maxPoints ?? 0 });
    area2.shortTitle = 'Brukarfokus';
    expect(diffRubrics(before, after)).toEqual({
      added: [{ id: '2.9', areaId: '2', text: 'Ny fråga?', maxPoints: removed?.maxPoints }],
      removed: [
        { id: removed?.id, areaId: '2', text: removed?.text, maxPoints: removed?.maxPoints },
      ],
      reworded: [
        {
          id: '1.2',
          before: 'Informerar invånarna om aktuella frågor i politiken?',
          after: 'Informerar kommunen om politiken?',
        },
      ],
      weights: [
        { id: '1.1', before: 15, after: 10 },
        { id: '1.2', before: 20, after: 25 },
      ],
      areaTitles: [
        {
          areaId: '2',
          field: 'shortTitle',
          before: 'Tillgänglighet/brukare',
          after: 'Brukarfokus',
        },
      ],
    });
  });
});

describe('canonicalRubricText', () => {
  it('gives the same bytes for the same content, whatever the key order and $schema', () => {
    const rubric = kk2010();
    const shuffled = Object.fromEntries(Object.entries(rubric).reverse()) as Rubric;
    expect(canonicalRubricText(shuffled)).toBe(canonicalRubricText(rubric));
    expect(canonicalRubricText(rubric)).not.toContain('$schema');
    expect(Rubric.parse(JSON.parse(canonicalRubricText(rubric)))).toEqual({
      ...rubric,
      $schema: undefined,
    });
  });
});
