import type { Rubric } from '../rubrics/rubric';
import { ValidationError, type ValidationIssue } from '../rubrics/validation';
import { checkQuestionScore } from './check-question-score';
import type { QuestionScore } from './question-score';
import { fromMicro, MICRO, roundRatio, toMicro } from './round';

export interface QuestionResult {
  id: string;
  /** Exact points; `null` when the question is not scored. */
  points: number | null;
  /** Points as the report shows them: rounded half up from `points`. */
  shownPoints: number | null;
  /** Exact percent of max. */
  percent: number | null;
  /** Percent as the report shows it: rounded half up from `percent`. */
  shownPercent: number | null;
  max: number;
}

export interface AreaResult {
  id: string;
  title: string;
  /** Exact sum of the scored questions; `null` when none is scored. */
  points: number | null;
  /** The rounded exact sum (not the sum of the shown rows). */
  shownPoints: number | null;
  percent: number | null;
  shownPercent: number | null;
  max: number;
  /** False while any question of the area is unscored. */
  complete: boolean;
  scoredCount: number;
  questions: QuestionResult[];
}

export interface TotalResult {
  /** Exact sum of the area sums. */
  points: number | null;
  /** The sum of the shown area totals, as SKL publishes it (434 for Enköping 2016). */
  shownPoints: number | null;
  max: number;
  complete: boolean;
}

export interface EvaluationResult {
  rubric: string;
  total: TotalResult;
  areas: AreaResult[];
}

/** Exact points of a score in millionths: percent is turned into points of the question's max. */
export function scoreToMicro(score: QuestionScore, maxMicro: number): number {
  if (score.points !== undefined) return toMicro(score.points);
  return percentToMicro(score.percent ?? 0, maxMicro);
}

/** A percent of a question's max as millionths of points. */
function percentToMicro(percent: number, maxMicro: number): number {
  return Math.round((percent * maxMicro) / 100);
}

const maxByRubric = new WeakMap<Rubric, Map<string, number>>();
const microMaxByRubric = new WeakMap<Rubric, { area: number; questions: number[] }[]>();

/** Each area's and question's max in millionths, computed once per rubric object. */
function microMaxima(rubric: Rubric): { area: number; questions: number[] }[] {
  let maxima = microMaxByRubric.get(rubric);
  if (!maxima) {
    maxima = rubric.areas.map((area) => ({
      area: toMicro(area.maxPoints),
      questions: area.questions.map((q) => toMicro(q.maxPoints)),
    }));
    microMaxByRubric.set(rubric, maxima);
  }
  return maxima;
}

/** Question id -> max points, built once per rubric object. */
function questionMaxima(rubric: Rubric): Map<string, number> {
  let maxima = maxByRubric.get(rubric);
  if (!maxima) {
    maxima = new Map(
      rubric.areas.flatMap((area) => area.questions.map((q) => [q.id, q.maxPoints] as const)),
    );
    maxByRubric.set(rubric, maxima);
  }
  return maxima;
}

/**
 * A score of the common valid shape in millionths of points, or -1 when it is not plainly valid
 * (checked without building zod issues: scoring 3,000 evaluations is hot).
 */
function plainScoreMicro(raw: unknown, maxMicro: number): number {
  if (typeof raw !== 'object' || raw === null) return -1;
  const { points, percent, rationale } = raw as Record<string, unknown>;
  let keys = 1;
  let micro: number;
  if (points !== undefined) {
    if (typeof points !== 'number' || !(points >= 0) || percent !== undefined) return -1;
    micro = toMicro(points);
    if (micro > maxMicro) return -1;
  } else {
    if (typeof percent !== 'number' || !(percent >= 0 && percent <= 100)) return -1;
    micro = percentToMicro(percent, maxMicro);
  }
  if (rationale !== undefined) {
    if (typeof rationale !== 'string' || rationale.length > 20_000) return -1;
    keys++;
  }
  // Count keys without allocating an array (this runs for every question of every evaluation).
  let own = 0;
  for (const _ in raw) own++;
  return own === keys ? micro : -1; // no other keys
}

/**
 * Checks scores against a rubric: known question ids, the score shape, points within 0..max.
 * Returns every issue (empty when valid), with paths like `scores["1.1"].points`.
 */
export function validateScores(
  rubric: Rubric,
  scores: Record<string, unknown>,
  path = 'scores',
): ValidationIssue[] {
  const maxById = questionMaxima(rubric);
  const issues: ValidationIssue[] = [];
  for (const id in scores) {
    const raw = scores[id];
    const max = maxById.get(id);
    if (max !== undefined && (raw === null || plainScoreMicro(raw, toMicro(max)) >= 0)) continue;
    const where = `${path}["${id}"]`;
    if (max === undefined) {
      issues.push({ path: where, message: `unknown question "${id}" in rubric ${rubric.id}` });
      continue;
    }
    const scoreIssues = checkQuestionScore(raw);
    if (scoreIssues.length > 0) {
      for (const issue of scoreIssues) {
        issues.push({
          path: issue.path === '' ? where : `${where}.${issue.path}`,
          message: issue.message,
        });
      }
      continue;
    }
    const points = (raw as QuestionScore).points;
    if (points !== undefined && toMicro(points) > toMicro(max)) {
      issues.push({
        path: `${where}.points`,
        message: `${points} is more than the question's max ${max}`,
      });
    }
  }
  return issues;
}

/**
 * Scores an evaluation by SKL's conventions: exact points kept, shown points and percent rounded
 * half up from the exact value, area totals rounded from the exact sum, the total the sum of the
 * shown area totals. Unscored questions stay `null` and mark their area and the total incomplete.
 * Throws a ValidationError for scores that break the rubric.
 *
 * @example scoreEvaluation(kk2010, enkoping2016.scores).total.shownPoints // 434
 */
export function scoreEvaluation(
  rubric: Rubric,
  scores: Record<string, QuestionScore | null | undefined>,
): EvaluationResult {
  if (rubric.areaLevelOnly) {
    throw new ValidationError('rubric', [
      { path: 'areaLevelOnly', message: `rubric ${rubric.id} has no public questions to score` },
    ]);
  }
  // Validation happens inline on the fast path; any doubt falls back to validateScores' messages.
  const invalid = () => new ValidationError('scores', validateScores(rubric, scores));
  const keyCount = Object.keys(scores).length;
  let seen = 0;

  const maxima = microMaxima(rubric);
  let totalMicro = 0;
  let totalShown = 0;
  let anyScored = false;
  // Plain loops rather than map(): this runs for every stored evaluation a comparison reads.
  const areas: AreaResult[] = new Array(rubric.areas.length);
  for (let a = 0; a < rubric.areas.length; a++) {
    const area = rubric.areas[a] as Rubric['areas'][number];
    const areaMaxima = maxima[a] as { area: number; questions: number[] };
    const areaMaxMicro = areaMaxima.area;
    let areaMicro = 0;
    let scoredCount = 0;
    const questions: QuestionResult[] = new Array(area.questions.length);
    for (let q = 0; q < area.questions.length; q++) {
      const question = area.questions[q] as Rubric['areas'][number]['questions'][number];
      const maxMicro = areaMaxima.questions[q] as number;
      const score = scores[question.id];
      if (score !== undefined) seen++;
      if (score === null || score === undefined) {
        questions[q] = {
          id: question.id,
          points: null,
          shownPoints: null,
          percent: null,
          shownPercent: null,
          max: question.maxPoints,
        };
        continue;
      }
      const micro = plainScoreMicro(score, maxMicro);
      if (micro < 0) throw invalid();
      areaMicro += micro;
      scoredCount++;
      questions[q] = {
        id: question.id,
        points: fromMicro(micro),
        shownPoints: roundRatio(micro, MICRO),
        percent: (micro * 100) / maxMicro,
        shownPercent: roundRatio(micro * 100, maxMicro),
        max: question.maxPoints,
      };
    }
    const scored = scoredCount > 0;
    const shownPoints = scored ? roundRatio(areaMicro, MICRO) : null;
    if (scored) {
      anyScored = true;
      totalMicro += areaMicro;
      totalShown += shownPoints ?? 0;
    }
    areas[a] = {
      id: area.id,
      title: area.title,
      points: scored ? fromMicro(areaMicro) : null,
      shownPoints,
      percent: scored ? (areaMicro * 100) / areaMaxMicro : null,
      shownPercent: scored ? roundRatio(areaMicro * 100, areaMaxMicro) : null,
      max: area.maxPoints,
      complete: scoredCount === area.questions.length,
      scoredCount,
      questions,
    };
  }

  // More keys than scored questions: unknown question ids (or keys holding `undefined`, allowed).
  if (keyCount !== seen) {
    const error = invalid();
    if (error.issues.length > 0) throw error;
  }

  return {
    rubric: rubric.id,
    total: {
      points: anyScored ? fromMicro(totalMicro) : null,
      shownPoints: anyScored ? totalShown : null,
      max: rubric.areas.reduce((sum, area) => sum + area.maxPoints, 0),
      complete: areas.every((area) => area.complete),
    },
    areas,
  };
}
