import { comparableFromReference, loadReferenceDirectory } from '../api/formats/reference-library';
import { loadRubricLibrary } from '../rubrics/load-rubrics';
import { comparableFromResult } from '../scoring/comparable-result';
import { compareResults } from '../scoring/compare';
import type { QuestionScores } from '../scoring/question-score';
import { scoreEvaluation } from '../scoring/score-evaluation';
import { type Figure, median, timeMs } from './measure';

/** A small deterministic PRNG (mulberry32) so every run scores the same evaluations. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 3,000 stored-size evaluations: 290 kommuner x ~10 years, every question scored in 0.1 steps. */
export function generateScores(count: number, seed = 2016, dir?: string): QuestionScores[] {
  const rubric = loadRubricLibrary(dir).rubrics.get('kk-2010')?.rubric;
  if (!rubric) throw new Error('kk-2010 missing');
  const random = prng(seed);
  return Array.from({ length: count }, () =>
    Object.fromEntries(
      rubric.areas.flatMap((area) =>
        area.questions.map((q) => [q.id, { points: Math.round(random() * q.maxPoints * 10) / 10 }]),
      ),
    ),
  );
}

export function scoringBenchmark(runs = 15): Figure[] {
  const library = loadRubricLibrary();
  const rubric = library.rubrics.get('kk-2010')?.rubric;
  if (!rubric) throw new Error('kk-2010 missing');
  const references = loadReferenceDirectory()
    .filter((r) =>
      ['orebro-2012', 'orebro-2010', 'grastorp-2014', 'enkoping-2016', 'vallentuna-2021'].includes(
        r.id,
      ),
    )
    .map(comparableFromReference);
  if (references.length !== 5) throw new Error(`expected 5 references, found ${references.length}`);
  const evaluations = generateScores(3000);

  const engine = () => {
    let checksum = 0;
    evaluations.forEach((scores, index) => {
      const result = scoreEvaluation(rubric, scores);
      const comparable = comparableFromResult(result, { id: String(index), label: String(index) });
      const comparison = compareResults(rubric, comparable, references, library.mappings);
      checksum += comparison.total.others[0]?.difference ?? 0;
    });
    return checksum;
  };
  // The floor: the least work the task needs, summing every question's points per area and
  // subtracting 5 reference totals, with no validation, rounding or result objects.
  const floor = () => {
    let checksum = 0;
    for (const scores of evaluations) {
      let total = 0;
      for (const score of Object.values(scores)) total += score?.points ?? 0;
      for (const reference of references) checksum += total - (reference.total ?? 0);
    }
    return checksum;
  };
  // Warm up until the JIT has optimised both (a few full passes), then measure.
  for (let i = 0; i < 5; i++) {
    engine();
    floor();
  }
  const engineMs = median(Array.from({ length: runs }, () => timeMs(engine)));
  const floorMs = median(Array.from({ length: runs }, () => timeMs(floor)));
  return [
    {
      name: 'scoring + comparison, 3,000 evaluations x 5 references',
      value: engineMs,
      unit: 'ms',
      target: '< 20 ms',
      met: engineMs < 20,
      floor: floorMs,
      ratio: engineMs / floorMs,
    },
  ];
}
