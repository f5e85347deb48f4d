// Test helpers: the shipped rubrics and fixtures, loaded once per test file.
import { readFileSync } from 'node:fs';
import { loadRubricLibrary } from '../../rubrics/load-rubrics';
import type { Rubric } from '../../rubrics/rubric';
import type { QuestionScores } from '../question-score';

export const library = loadRubricLibrary();

export function rubric(id: string): Rubric {
  const loaded = library.rubrics.get(id);
  if (!loaded) throw new Error(`rubric ${id} not shipped`);
  return loaded.rubric;
}

export const kk2010 = rubric('kk-2010');
export const kk2020 = rubric('kk-2020');

export function fixtureJson<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8')) as T;
}

export const enkopingScores = fixtureJson<{ scores: QuestionScores }>(
  'evaluations/enkoping-2016.json',
).scores;

/** Scores every question of a rubric with `points(max, id)`. */
export function scoreAll(
  target: Rubric,
  points: (max: number, id: string) => number | null,
): QuestionScores {
  return Object.fromEntries(
    target.areas.flatMap((area) =>
      area.questions.map((q) => {
        const value = points(q.maxPoints, q.id);
        return [q.id, value === null ? null : { points: value }];
      }),
    ),
  );
}
