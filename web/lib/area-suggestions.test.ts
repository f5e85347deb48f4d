import { describe, expect, test } from 'vitest';
import enkoping from '../../fixtures/evaluations/enkoping-2016.json';
import kk2010Json from '../../rubrics/kk-2010.json';
import { Rubric } from '../../rubrics/rubric';
import type { QuestionScores } from '../../scoring/question-score';
import { scoreEvaluation } from '../../scoring/score-evaluation';
import { areaSuggestions, referenceComparable } from './area-suggestions';
import { type EvidenceDraft, newDraft } from './evidence-model';

const kk2010 = Rubric.parse(kk2010Json);
const enkopingScores = enkoping.scores as QuestionScores;
const result = scoreEvaluation(kk2010, enkopingScores);

const note = (id: string, questions: string[], notes: string, title: string | null = null) =>
  ({ ...newDraft('interview'), id, questions, notes, title }) satisfies EvidenceDraft;

const ids = (list: { questionId: string; shownPercent: number }[]) =>
  list.map((s) => `${s.questionId} ${s.shownPercent} %`);

describe('areaSuggestions', () => {
  test('strengths are the highest-percent delfrågor, improvements the lowest, never both', () => {
    const suggestions = areaSuggestions(kk2010, result, []);
    // Area 1 of Enköping 2016: 1.4 65 %, 1.2 61 %, 1.1 60 %, 1.5 55 %, 1.3 30 %.
    expect(ids(suggestions.get('1')?.strengths ?? [])).toEqual(['1.4 65 %', '1.2 61 %']);
    expect(ids(suggestions.get('1')?.improvements ?? [])).toEqual(['1.3 30 %', '1.5 55 %']);
    // Six questions: three of each.
    expect(ids(suggestions.get('4')?.strengths ?? [])).toEqual([
      '4.2 65 %',
      '4.5 58 %',
      '4.6 56 %',
    ]);
    expect(ids(suggestions.get('4')?.improvements ?? [])).toEqual([
      '4.1 10 %',
      '4.3 25 %',
      '4.4 40 %',
    ]);
    expect(suggestions.get('8')?.strengths[0]).toEqual({
      questionId: '8.2',
      text: expect.stringMatching(/^Samverkar kommunen med aktörer/),
      shownPercent: 87,
      gap: null,
      notes: [],
    });
  });

  test('carries the notes tagged to each delfråga; empty notes are left out, long ones cut', () => {
    const long = `Lång anteckning. ${'x'.repeat(700)}`;
    const evidence = [
      note('a', ['1.3', '2.1'], 'Resultat redovisas bara i årsredovisningen.\nInget på webben.'),
      note('b', ['1.3'], '   ', 'Tom intervju'),
      note('c', ['1.4'], long, 'Demokratiberedningen'),
    ];
    const area1 = areaSuggestions(kk2010, result, evidence).get('1');
    expect(area1?.improvements[0]?.notes).toEqual([
      {
        evidenceId: 'a',
        label: 'Resultat redovisas bara i årsredovisningen.',
        text: 'Resultat redovisas bara i årsredovisningen.\nInget på webben.',
      },
    ]);
    const cut = area1?.strengths[0]?.notes[0];
    expect(cut?.label).toBe('Demokratiberedningen');
    expect(cut?.text).toHaveLength(601);
    expect(cut?.text.startsWith('Lång anteckning. xxx')).toBe(true);
    expect(cut?.text.endsWith('x…')).toBe(true);
  });

  test('with a reference, improvements follow the gap, the biggest point loss first', () => {
    const grastorp = referenceComparable({
      id: 'grastorp-2014',
      municipality: { name: 'Grästorp', code: '1444' },
      year: 2014,
      rubric: 'kk-2010',
      areas: { 1: 61, 2: 60, 3: 73, 4: 53, 5: 70, 6: 56, 7: 65, 8: 68 },
      total: 506,
    });
    expect(grastorp.label).toBe('Grästorp 2014');
    const area1 = areaSuggestions(kk2010, result, [], grastorp).get('1');
    // 53.5 % against Grästorp's 61 %; 1.3 lost 17.5 points, 1.1 lost 6.
    expect(area1?.improvements.map((s) => [s.questionId, s.gap])).toEqual([
      ['1.3', -7.5],
      ['1.1', -7.5],
    ]);
  });

  test('unscored delfrågor are not suggested; an area with one scored gets one strength', () => {
    const partial = scoreEvaluation(kk2010, { '1.3': { points: 20 } });
    const suggestions = areaSuggestions(kk2010, partial, []);
    expect(ids(suggestions.get('1')?.strengths ?? [])).toEqual(['1.3 80 %']);
    expect(suggestions.get('1')?.improvements).toEqual([]);
    expect(suggestions.get('2')).toEqual({ strengths: [], improvements: [] });
  });
});
