import type { Kysely, Transaction } from 'kysely';
import { batches } from '../db/batches';
import type { AuditLogRow, Database } from '../db/database';
import { sortableId } from '../ids';

export interface AuditEntry {
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  evaluationId: string | null;
  before: unknown;
  after: unknown;
  at: string;
  /** Whom the change was made for when not the actor: an admin writing a member's own score. */
  onBehalfOf?: string | null;
}

function auditRow(entry: AuditEntry) {
  return {
    id: sortableId(),
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    evaluation_id: entry.evaluationId,
    before:
      entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
    on_behalf_of: entry.onBehalfOf ?? null,
  };
}

/** Writes one audit row; call it inside the transaction that makes the change. */
export async function writeAudit(trx: Transaction<Database> | Kysely<Database>, entry: AuditEntry) {
  await trx.insertInto('audit_log').values(auditRow(entry)).execute();
}

/** Writes many audit rows (an import's), in batches a statement can bind, in this order. */
export async function writeAudits(
  trx: Transaction<Database> | Kysely<Database>,
  entries: readonly AuditEntry[],
) {
  for (const batch of batches(entries.map(auditRow), 10)) {
    await trx.insertInto('audit_log').values(batch).execute();
  }
}

export async function listAudit(
  db: Kysely<Database>,
  filter: { evaluationId?: string; entity?: string; entityId?: string },
): Promise<AuditLogRow[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.evaluationId) query = query.where('evaluation_id', '=', filter.evaluationId);
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  return query.orderBy('id').execute();
}
