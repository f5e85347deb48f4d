import { describe, expect, it } from 'vitest';
import { comparableFromResult } from './comparable-result';
import { findingCandidates } from './finding-candidates';
import { scoreEvaluation } from './score-evaluation';
import { enkopingScores, kk2010 } from './test-support/rubrics';

const result = scoreEvaluation(kk2010, enkopingScores);

describe('findingCandidates', () => {
  it('orders questions by percent, highest first', () => {
    const { byPercent, byGap } = findingCandidates(kk2010, result);
    expect(byPercent.slice(0, 3).map((c) => c.id)).toEqual(['8.2', '8.4', '3.4']);
    expect(byPercent.at(-1)?.id).toBe('4.1');
    expect(byPercent[0]).toMatchObject({
      areaId: '8',
      shownPercent: 87,
      text: expect.stringMatching(/^Samverkar kommunen med aktörer/),
    });
    expect(byGap).toEqual([]);
  });

  it('orders by gap to a question-level reference, furthest behind first', () => {
    const reference = scoreEvaluation(kk2010, {
      ...enkopingScores,
      '5.2': { points: 15 },
      '1.1': { points: 15 },
    });
    const { byGap } = findingCandidates(kk2010, result, reference);
    expect(byGap.slice(0, 2).map((c) => [c.id, c.gap])).toEqual([
      ['5.2', -50.5],
      ['1.1', -40],
    ]);
    expect(byGap[2]?.gap).toBe(0);
  });

  it('uses the area gap for an area-level reference, biggest point loss first within it', () => {
    const reference = {
      ...comparableFromResult(result, { id: 'ref', label: 'Ref' }),
      areas: { 1: 54, 2: 55, 3: 63, 4: 80, 5: 43, 6: 55, 7: 56, 8: 66 },
    };
    const { byGap } = findingCandidates(kk2010, result, reference);
    expect(byGap[0]).toMatchObject({ id: '4.3', gap: -38.5, lostPoints: 15.1 });
    expect(byGap[1]).toMatchObject({ id: '4.1', lostPoints: 13.5 });
    expect(byGap.slice(0, 6).every((c) => c.areaId === '4')).toBe(true);
  });

  it('skips unscored questions', () => {
    const partial = scoreEvaluation(kk2010, { '1.1': { points: 3 } });
    expect(findingCandidates(kk2010, partial).byPercent.map((c) => c.id)).toEqual(['1.1']);
  });
});
