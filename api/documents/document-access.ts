import type { Kysely } from 'kysely';
import { evaluationVisibility } from '../auth/access';
import type { Actor } from '../context';
import type { Database, DocumentRow } from '../db/database';
import { AppError, notFound } from '../errors';
import { findDocument } from './documents.repository';

/**
 * The document, when `actor` may see it: the evaluation's team and admins; a reader of the
 * kommun once the evaluation is published. Anyone else gets the same 404 as for a document that
 * does not exist. `team`: a write, for the team and admins (a reader who sees it gets 403).
 */
export async function accessibleDocument(
  db: Kysely<Database>,
  documentId: string,
  actor: Actor,
  level: 'read' | 'team',
): Promise<DocumentRow> {
  const document = await findDocument(db, documentId);
  const missing = notFound(`document ${documentId}`);
  if (!document) throw missing;
  const visibility = await evaluationVisibility(db, document.evaluation_id, actor);
  if (!visibility?.visible) throw missing;
  if (level === 'team' && actor.role !== 'admin' && !visibility.onTeam) {
    throw new AppError(403, 'forbidden', 'your role does not allow this');
  }
  return document;
}
