import type { Transaction } from 'kysely';
import { writeAudit } from '../audit/audit.repository';
import type { Actor } from '../context';
import type { Database } from '../db/database';
import { conflict } from '../errors';
import { newId } from '../ids';

/** The kommun's per-question rows (answers, self-assessments): what a versioned save needs. */
export interface PerQuestion<Row extends { id: string; version: number }, Values, Api> {
  entity: 'questionnaireAnswer' | 'selfAssessment';
  /** 409 messages: version 0 sent for a row that exists; a stale version. */
  saved: string;
  changed: string;
  find: (trx: Transaction<Database>) => Promise<Row | undefined>;
  insert: (trx: Transaction<Database>, row: Row) => Promise<void>;
  update: (
    trx: Transaction<Database>,
    id: string,
    version: number,
    values: Values,
  ) => Promise<boolean>;
  toApi: (row: Row) => Api;
  /** What the API shows for a question nothing is saved for. */
  unsaved: Api;
}

/**
 * Version 0 creates (409 if the row exists); N updates while the stored version is N (409 with
 * the row as it now is otherwise). Audited as `<entity>.create` / `<entity>.update`.
 */
export async function saveVersioned<Row extends { id: string; version: number }, Values, Api>(
  trx: Transaction<Database>,
  kind: PerQuestion<Row, Values, Api>,
  target: { evaluationId: string; questionId: string; version: number },
  values: Values,
  actor: Actor,
  now: string,
): Promise<Api> {
  const existing = await kind.find(trx);
  let after: Row;
  if (target.version === 0) {
    if (existing) throw conflict(kind.saved, kind.toApi(existing));
    after = {
      id: newId(),
      evaluation_id: target.evaluationId,
      question_id: target.questionId,
      ...values,
      version: 1,
      created_at: now,
    } as unknown as Row;
    await kind.insert(trx, after);
  } else {
    const stale = async () => {
      const current = await kind.find(trx);
      return conflict(kind.changed, current ? kind.toApi(current) : kind.unsaved);
    };
    if (!existing || Number(existing.version) !== target.version) throw await stale();
    if (!(await kind.update(trx, existing.id, target.version, values))) throw await stale();
    after = { ...existing, ...values, version: target.version + 1 };
  }
  await writeAudit(trx, {
    actor: actor.id,
    action: `${kind.entity}.${existing ? 'update' : 'create'}`,
    entity: kind.entity,
    entityId: after.id,
    evaluationId: target.evaluationId,
    before: existing ? kind.toApi(existing) : null,
    after: kind.toApi(after),
    at: now,
  });
  return kind.toApi(after);
}
