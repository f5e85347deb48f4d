import { createEffect, onCleanup } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { Autosave } from './autosave';
import type { ScoreValue } from './score-value';

/** A score's fields as a page edits them. */
export interface ScoreFields extends ScoreValue {
  rationale: string;
}

/** The server's version of a score: the fields and the version an edit builds on. */
export interface StoredScore extends ScoreFields {
  version: number;
}

/** Where one autosaved score goes: its queue key and its PUT path. */
export interface ScoreTarget {
  questionId: string;
  key: string;
  path: string;
}

export function evaluatorScoreTarget(
  evaluationId: string,
  memberId: string,
  questionId: string,
): ScoreTarget {
  return {
    questionId,
    key: `evaluatorScore:${evaluationId}:${memberId}:${questionId}`,
    path: `/api/evaluations/${encodeURIComponent(evaluationId)}/evaluator-scores/${encodeURIComponent(memberId)}/${encodeURIComponent(questionId)}`,
  };
}

export function consensusScoreTarget(evaluationId: string, questionId: string): ScoreTarget {
  return {
    questionId,
    key: `consensusScore:${evaluationId}:${questionId}`,
    path: `/api/evaluations/${encodeURIComponent(evaluationId)}/consensus-scores/${encodeURIComponent(questionId)}`,
  };
}

const EMPTY: ScoreFields = { points: null, percent: null, rationale: '' };

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A record as the API returns it (or a conflict's `current`) narrowed to the score's fields. */
export function toStoredScore(record: {
  points?: unknown;
  percent?: unknown;
  rationale?: unknown;
  version: number;
}): StoredScore {
  return {
    points: numberOrNull(record.points),
    percent: numberOrNull(record.percent),
    rationale: typeof record.rationale === 'string' ? record.rationale : '',
    version: record.version,
  };
}

/**
 * The score a page shows: an edit not yet acknowledged wins over the server's record, so a reload
 * with unsent edits never shows stale text.
 */
export function shownScore(
  autosave: Autosave,
  key: string,
  stored: StoredScore | undefined,
): ScoreFields {
  const body = autosave.pending[key]?.body;
  if (body) {
    return {
      points: numberOrNull(body.points),
      percent: numberOrNull(body.percent),
      rationale: typeof body.rationale === 'string' ? body.rationale : '',
    };
  }
  return stored ? { ...stored } : { ...EMPTY };
}

/** Queues the whole score (PUT replaces it) based on the stored version (0: not saved yet). */
export function saveScore(
  autosave: Autosave,
  target: ScoreTarget,
  stored: StoredScore | undefined,
  next: ScoreFields,
): Promise<void> {
  return autosave.edit(target.key, {
    method: 'PUT',
    path: target.path,
    body: { points: next.points, percent: next.percent, rationale: next.rationale },
    baseVersion: stored?.version ?? 0,
  });
}

/**
 * The server's scores by question id, loaded from `initial` and kept current from what the
 * autosave queue gets acknowledged (and from a conflict resolved with the server's version).
 */
export function createScoreRecords(
  autosave: Autosave,
  initial: () => Record<string, StoredScore> | undefined,
  targets: () => ScoreTarget[],
) {
  const [records, setRecords] = createStore<Record<string, StoredScore>>({});
  createEffect(() => {
    const loaded = initial();
    if (loaded) setRecords(reconcile(loaded));
  });
  createEffect(() => {
    const unsubscribe = targets().map((target) =>
      autosave.onSaved(target.key, (record) =>
        setRecords(target.questionId, toStoredScore(record)),
      ),
    );
    onCleanup(() => {
      for (const stop of unsubscribe) stop();
    });
  });
  return records;
}
