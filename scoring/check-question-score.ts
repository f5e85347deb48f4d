import type { ValidationIssue } from '../rubrics/validation';

/**
 * The rules of `QuestionScore` (question-score.ts) without zod, so the engine the web app loads
 * stays small. A property test holds the two to the same verdicts. Paths are relative to the
 * score (`points`, `percent`, or '' for the score itself).
 */
export function checkQuestionScore(raw: unknown): ValidationIssue[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return [
      { path: '', message: 'a score is an object like { "points": 9 } or { "percent": 60 }' },
    ];
  }
  const issues: ValidationIssue[] = [];
  const score = raw as Record<string, unknown>;
  for (const key of Object.keys(score)) {
    if (key !== 'points' && key !== 'percent' && key !== 'rationale') {
      issues.push({ path: '', message: `unknown key "${key}"` });
    }
  }
  const number = (key: 'points' | 'percent', max: number | null) => {
    const value = score[key];
    if (value === undefined) return;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push({
        path: key,
        message: `expected a number, got ${JSON.stringify(value) ?? String(value)}`,
      });
    } else if (value < 0) {
      issues.push({ path: key, message: `${value} is below 0` });
    } else if (max !== null && value > max) {
      issues.push({ path: key, message: `${value} is above ${max}` });
    }
  };
  number('points', null);
  number('percent', 100);
  if (
    score.rationale !== undefined &&
    (typeof score.rationale !== 'string' || score.rationale.length > 20_000)
  ) {
    issues.push({ path: 'rationale', message: 'a rationale is text of at most 20,000 characters' });
  }
  const given = (score.points === undefined ? 0 : 1) + (score.percent === undefined ? 0 : 1);
  if (given === 0) {
    issues.push({
      path: '',
      message: 'a score needs "points" or "percent" (use null for an unscored question)',
    });
  } else if (given === 2) {
    issues.push({ path: '', message: 'give "points" or "percent", not both' });
  }
  return issues;
}
