import type { QuestionScore } from '../../scoring/question-score';
import { fromMicro, toMicro } from '../../scoring/round';
import { scoreToMicro } from '../../scoring/score-evaluation';

/** How a score is typed: points of the delfråga's max, or percent of it. */
export type ScoreMode = 'points' | 'percent';

/** A score as the API stores it: points or percent (at most one), both null when not scored. */
export interface ScoreValue {
  points: number | null;
  percent: number | null;
}

export const UNSCORED: ScoreValue = { points: null, percent: null };

/** Arrow keys move points in SKL's half-point steps and percent in whole percent. */
export const STEP: Record<ScoreMode, number> = { points: 0.5, percent: 1 };

/** The engine's input for one question; `null` is "not scored", never 0. */
export function toQuestionScore(value: ScoreValue): QuestionScore | null {
  if (value.points !== null) return { points: value.points };
  if (value.percent !== null) return { percent: value.percent };
  return null;
}

/** A typed number as the value of `mode` (the other one null). */
export function fromTyped(typed: number | null, mode: ScoreMode): ScoreValue {
  if (typed === null) return UNSCORED;
  return mode === 'points' ? { points: typed, percent: null } : { points: null, percent: typed };
}

/** The upper bound in `mode`: the delfråga's max, or 100 %. */
export function maxInMode(mode: ScoreMode, maxPoints: number): number {
  return mode === 'points' ? maxPoints : 100;
}

/**
 * The score shown in `mode`, converted exactly as the engine does (percent of max in millionths).
 * `valueInMode({ points: 7.5, percent: null }, 'percent', 15)` is `50`.
 */
export function valueInMode(value: ScoreValue, mode: ScoreMode, maxPoints: number): number | null {
  const score = toQuestionScore(value);
  if (!score) return null;
  const maxMicro = toMicro(maxPoints);
  if (mode === 'points') return score.points ?? fromMicro(scoreToMicro(score, maxMicro));
  return score.percent ?? (scoreToMicro(score, maxMicro) * 100) / maxMicro;
}

/**
 * What the user typed as a number: `7,5` and `7.5` both read 7.5, a trailing `%` or `p` is
 * allowed, blank is `null` (not scored), anything else `'invalid'`.
 */
export function parseTyped(text: string): number | null | 'invalid' {
  const cleaned = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/(%|p|poäng|points?)$/i, '')
    .replace(',', '.');
  if (cleaned === '') return null;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return 'invalid';
  return Number(cleaned);
}

export type ScoreProblem = 'notNumber' | 'negative' | 'overMax';

/** Why a typed value cannot be saved as it is, or null when it can. */
export function scoreProblem(
  typed: number | null | 'invalid',
  mode: ScoreMode,
  maxPoints: number,
): ScoreProblem | null {
  if (typed === 'invalid') return 'notNumber';
  if (typed === null) return null;
  if (typed < 0) return 'negative';
  if (toMicro(typed) > toMicro(maxInMode(mode, maxPoints))) return 'overMax';
  return null;
}

/** One arrow-key step from `current`, snapped to the step grid and kept within 0..max. */
export function stepValue(
  current: number | null,
  direction: 1 | -1,
  mode: ScoreMode,
  maxPoints: number,
): number {
  const step = toMicro(STEP[mode]);
  const base = toMicro(Math.max(0, current ?? 0));
  const snapped =
    direction === 1 ? Math.floor(base / step) * step + step : Math.ceil(base / step) * step - step;
  const upper = toMicro(maxInMode(mode, maxPoints));
  return fromMicro(Math.min(upper, Math.max(0, snapped)));
}
