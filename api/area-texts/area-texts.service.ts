import type { Transaction } from 'kysely';
import { writeAudit } from '../audit/audit.repository';
import { conflictChangedBy } from '../audit/last-change';
import type { Actor, AppDeps } from '../context';
import type { AreaTextRow, Database } from '../db/database';
import { isUniqueViolation } from '../db/db-errors';
import { conflict, notFound } from '../errors';
import { findEvaluation, lockEvaluation } from '../evaluation-core/evaluations.repository';
import { assertWritable } from '../evaluation-core/writable';
import { newId } from '../ids';
import {
  findAreaText,
  insertAreaTexts,
  listAreaTexts,
  updateAreaText,
} from './area-texts.repository';
import type { AreaText, AreaTextBody } from './area-texts.schemas';

export function toAreaText(row: AreaTextRow): AreaText {
  return {
    areaId: row.area_id,
    summary: row.summary,
    strengths: JSON.parse(row.strengths),
    improvements: JSON.parse(row.improvements),
    version: Number(row.version),
  };
}

/** What an area shows before its texts are first saved. */
const unsaved = (areaId: string): AreaText => ({
  areaId,
  summary: '',
  strengths: [],
  improvements: [],
  version: 0,
});

const SAVED = 'the texts of this area were saved by someone else';
const CHANGED = 'the texts of this area were changed by someone else';

/** Per area of an evaluation: the summary, strengths and improvements the report prints. */
export function areaTextsService(deps: AppDeps) {
  const { db } = deps.store;

  /** 404 for an area the evaluation's pinned rubric does not have. */
  async function checkArea(trx: Transaction<Database>, rubricVersionId: string, areaId: string) {
    const { rubric } = await deps.rubrics.get(rubricVersionId, trx);
    if (!rubric.areas.some((area) => area.id === areaId)) {
      throw notFound(`area ${areaId} in rubric ${rubric.id}`);
    }
  }

  return {
    /** Every area of the rubric in order, saved or not. */
    async list(evaluationId: string): Promise<AreaText[]> {
      const evaluation = await findEvaluation(db, evaluationId);
      if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
      const [{ rubric }, rows] = await Promise.all([
        deps.rubrics.get(evaluation.rubric_version_id),
        listAreaTexts(db, evaluationId),
      ]);
      const byArea = new Map(rows.map((row) => [row.area_id, row]));
      return rubric.areas.map((area) => {
        const row = byArea.get(area.id);
        return row ? toAreaText(row) : unsaved(area.id);
      });
    },

    /** Version 0 creates (409 if the area has texts already); N updates while the stored is N. */
    async save(
      evaluationId: string,
      areaId: string,
      body: AreaTextBody,
      actor: Actor,
    ): Promise<AreaText> {
      const now = deps.now();
      const values = {
        summary: body.summary,
        strengths: JSON.stringify(body.strengths),
        improvements: JSON.stringify(body.improvements),
        updated_at: now,
      };
      try {
        // Group commit on SQLite, as for scores: the texts are autosaved as they are written.
        return await deps.store.write(async (trx) => {
          const evaluation = await lockEvaluation(trx, evaluationId, deps.store.dialect);
          assertWritable(evaluation, evaluationId);
          if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
          await checkArea(trx, evaluation.rubric_version_id, areaId);
          const existing = await findAreaText(trx, evaluationId, areaId);
          let after: AreaTextRow;
          if (body.version === 0) {
            if (existing) {
              throw await conflictChangedBy(
                trx,
                { entity: 'areaText', id: existing.id },
                SAVED,
                toAreaText(existing),
              );
            }
            after = {
              id: newId(),
              evaluation_id: evaluationId,
              area_id: areaId,
              ...values,
              version: 1,
              created_at: now,
            };
            await insertAreaTexts(trx, [after]);
          } else {
            if (!existing || Number(existing.version) !== body.version) {
              throw existing
                ? await conflictChangedBy(
                    trx,
                    { entity: 'areaText', id: existing.id },
                    CHANGED,
                    toAreaText(existing),
                  )
                : conflict(CHANGED, unsaved(areaId));
            }
            if (!(await updateAreaText(trx, existing.id, body.version, values))) {
              const current = await findAreaText(trx, evaluationId, areaId);
              throw current
                ? await conflictChangedBy(
                    trx,
                    { entity: 'areaText', id: current.id },
                    CHANGED,
                    toAreaText(current),
                  )
                : conflict(CHANGED, unsaved(areaId));
            }
            after = { ...existing, ...values, version: body.version + 1 };
          }
          await writeAudit(trx, {
            actor: actor.id,
            action: existing ? 'areaText.update' : 'areaText.create',
            entity: 'areaText',
            entityId: after.id,
            evaluationId,
            before: existing ? toAreaText(existing) : null,
            after: toAreaText(after),
            at: now,
          });
          return toAreaText(after);
        });
      } catch (error) {
        // Two first saves raced: the loser's insert hit the unique key. Report the winner's texts.
        if (isUniqueViolation(error)) {
          const current = await findAreaText(db, evaluationId, areaId);
          throw current
            ? await conflictChangedBy(
                db,
                { entity: 'areaText', id: current.id },
                SAVED,
                toAreaText(current),
              )
            : conflict(SAVED, unsaved(areaId));
        }
        throw error;
      }
    },
  };
}
