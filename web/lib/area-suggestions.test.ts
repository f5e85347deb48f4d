import { describe, expect, test } from 'vitest';
import enkoping from '../../fixtures/evaluations/enkoping-2016.json';
import kk2010Json from '../../rubrics/kk-2010.json';
import { Rubric } from '../../rubrics/rubric';
import type { QuestionScores } from '../../scoring/question-score';
import { scoreEvaluation } from '../../scoring/score-evaluation';
import { areaSuggestions, type Rationale, referenceComparable } from './area-suggestions';
import { type EvidenceDraft, newDraft } from './evidence-model';

const kk2010 = Rubric.parse(kk2010Json);
const enkopingScores = enkoping.scores as QuestionScores;
const result = scoreEvaluation(kk2010, enkopingScores);

const note = (id: string, questions: string[], notes: string, title: string | null = null) =>
  ({ ...newDraft('interview'), id, questions, notes, title }) satisfies EvidenceDraft;

const ids = (list: { questionId: string; shownPercent: number }[]) =>
  list.map((s) => `${s.questionId} ${s.shownPercent} %`);

const question11 = kk2010.areas[0]?.questions[0]?.text ?? '';

describe('areaSuggestions', () => {
  test('strengths from 60 %, improvements below 50 %, the middle neither, never both', () => {
    const suggestions = areaSuggestions(kk2010, result, [], []);
    // Area 1 of Enköping 2016: 1.4 65 %, 1.2 61 %, 1.1 60 %, 1.5 55 %, 1.3 30 %.
    expect(ids(suggestions.get('1')?.strengths ?? [])).toEqual([
      '1.4 65 %',
      '1.2 61 %',
      '1.1 60 %',
    ]);
    expect(ids(suggestions.get('1')?.improvements ?? [])).toEqual(['1.3 30 %']);
    // Area 4: 4.2 65 %, 4.5 58 %, 4.6 56 %, 4.4 40 %, 4.3 25 %, 4.1 10 %.
    expect(ids(suggestions.get('4')?.strengths ?? [])).toEqual(['4.2 65 %']);
    expect(ids(suggestions.get('4')?.improvements ?? [])).toEqual([
      '4.1 10 %',
      '4.3 25 %',
      '4.4 40 %',
    ]);
  });

  test('every delfråga at 50 %: nothing is offered as a strength, nor as an improvement', () => {
    const half = Object.fromEntries(
      kk2010.areas.flatMap((area) => area.questions.map((q) => [q.id, { percent: 50 }])),
    );
    const suggestions = areaSuggestions(kk2010, scoreEvaluation(kk2010, half), [], []);
    for (const area of kk2010.areas)
      expect(suggestions.get(area.id)).toEqual({ strengths: [], improvements: [] });
  });

  test('the texts are the rationales and notes, each saying whose; never the question text', () => {
    const rationales: Rationale[] = [
      { questionId: '1.1', evaluator: null, text: 'Demokratiplanen är beslutad och följs upp.' },
      { questionId: '1.1', evaluator: 'Anna', text: 'Planen finns på webben.' },
      // The same words as the consensus are offered once.
      { questionId: '1.1', evaluator: 'Leif', text: 'Demokratiplanen är beslutad och följs upp.' },
      { questionId: '1.1', evaluator: 'Otto', text: '   ' },
      { questionId: '1.3', evaluator: null, text: 'Medborgarförslag saknas.' },
    ];
    const long = `Lång anteckning. ${'x'.repeat(700)}`;
    const evidence = [
      note('a', ['1.1', '2.1'], 'Ordföranden beskrev uppföljningen.', 'KS ordförande'),
      note('b', ['1.1'], '   ', 'Tom intervju'),
      note('c', ['1.2'], long, null),
    ];
    const area1 = areaSuggestions(kk2010, result, rationales, evidence).get('1');
    const s11 = area1?.strengths.find((s) => s.questionId === '1.1');
    expect(s11?.sources).toEqual([
      { kind: 'consensus', who: null, text: 'Demokratiplanen är beslutad och följs upp.' },
      { kind: 'evaluator', who: 'Anna', text: 'Planen finns på webben.' },
      { kind: 'note', who: 'KS ordförande', text: 'Ordföranden beskrev uppföljningen.' },
    ]);
    expect(JSON.stringify(area1)).not.toContain(question11);
    const cutNote = area1?.strengths.find((s) => s.questionId === '1.2')?.sources[0];
    expect(cutNote?.who).toBe(`Lång anteckning. ${'x'.repeat(700)}`);
    expect(cutNote?.text).toHaveLength(601);
    expect(cutNote?.text.endsWith('x…')).toBe(true);
    expect(area1?.improvements[0]).toEqual({
      questionId: '1.3',
      shownPercent: 30,
      gap: null,
      sources: [{ kind: 'consensus', who: null, text: 'Medborgarförslag saknas.' }],
    });
  });

  test('with a reference, improvements follow the gap, still only below 50 %', () => {
    const grastorp = referenceComparable({
      id: 'grastorp-2014',
      municipality: { name: 'Grästorp', code: '1444' },
      year: 2014,
      rubric: 'kk-2010',
      areas: { 1: 61, 2: 60, 3: 73, 4: 53, 5: 70, 6: 56, 7: 65, 8: 68 },
      total: 506,
    });
    const area1 = areaSuggestions(kk2010, result, [], [], grastorp).get('1');
    // 53.5 % against Grästorp's 61 %: 1.3 (30 %) is behind and low; 1.1 (60 %) is not low.
    expect(area1?.improvements.map((s) => [s.questionId, s.gap])).toEqual([['1.3', -7.5]]);
  });

  test('unscored delfrågor are not suggested', () => {
    const partial = scoreEvaluation(kk2010, { '1.3': { points: 20 } });
    const suggestions = areaSuggestions(kk2010, partial, [], []);
    expect(ids(suggestions.get('1')?.strengths ?? [])).toEqual(['1.3 80 %']);
    expect(suggestions.get('1')?.improvements).toEqual([]);
    expect(suggestions.get('2')).toEqual({ strengths: [], improvements: [] });
  });
});
