import type { Kysely } from 'kysely';
import { evaluationVisibility } from '../auth/access';
import { isContact } from '../auth/contact-access';
import type { Actor } from '../context';
import type { Database, DocumentRow } from '../db/database';
import { AppError, notFound } from '../errors';
import { findDocument } from './documents.repository';

/**
 * Who may do what with an evaluation's documents (dokumentbibliotek):
 * - the team and admins read and add every document, and change or delete them;
 * - a reader of the kommun reads every document once the evaluation is published;
 * - a contact (kontaktperson) of the evaluation adds documents while the kommun's part is open
 *   (the service checks that), renames and deletes the kommun's own then too
 *   (`changeableDocument`), and reads the kommun's own documents, those added by a contact,
 *   whatever the status. Before publishing a contact never sees a document the team added (the
 *   evaluators' material, like their notes), nor citations, search or suggestions: those routes
 *   ask for the evaluation itself or for the level `evidence`.
 * Anyone else gets the same 404 as for a document that does not exist.
 *
 * Levels: `read` the document, its file and its text; `evidence` what the team derives from it
 * (the delfrågor a passage speaks to), for those who see the evaluation; `team` a change, for the
 * team and admins (someone who may read it gets 403).
 */
export type DocumentLevel = 'read' | 'evidence' | 'team';

const forbidden = () => new AppError(403, 'forbidden', 'your role does not allow this');

/** Whether a contact added the document: the kommun's own. */
export const isKommunsOwn = (document: Pick<DocumentRow, 'added_by_kommun'>) =>
  Number(document.added_by_kommun) === 1;

/** The document, when `actor` may reach it at `level`; else 404 (or 403, see above). */
export async function accessibleDocument(
  db: Kysely<Database>,
  documentId: string,
  actor: Actor,
  level: DocumentLevel,
): Promise<DocumentRow> {
  const document = await findDocument(db, documentId);
  const missing = notFound(`document ${documentId}`);
  if (!document) throw missing;
  const visibility = await evaluationVisibility(db, document.evaluation_id, actor);
  if (visibility?.visible) {
    if (level === 'team' && actor.role !== 'admin' && !visibility.onTeam) throw forbidden();
    return document;
  }
  if (
    level !== 'evidence' &&
    isKommunsOwn(document) &&
    actor.role === 'reader' &&
    (await isContact(db, document.evaluation_id, actor.id))
  ) {
    if (level === 'team') throw forbidden();
    return document;
  }
  throw missing;
}

/**
 * Who adds a document to the evaluation: `team` (admins and the team's evaluators) or `kommun`
 * (its contacts). Someone else who sees the evaluation gets 403, anyone else 404.
 */
export async function documentContributor(
  db: Kysely<Database>,
  evaluationId: string,
  actor: Actor,
): Promise<'team' | 'kommun'> {
  const visibility = await evaluationVisibility(db, evaluationId, actor);
  if (visibility?.visible && (actor.role === 'admin' || visibility.onTeam)) return 'team';
  if (actor.role === 'reader' && (await isContact(db, evaluationId, actor.id))) return 'kommun';
  if (visibility?.visible) throw forbidden();
  throw notFound(`evaluation ${evaluationId}`);
}

/**
 * The document when `actor` may change or delete it, and as whom: the team and admins any
 * document of the evaluation (`team`); a contact the kommun's own (`kommun`), which the service
 * allows only while the kommun's part is open, as for adding one. Someone who may only read it
 * gets 403, anyone else 404.
 */
export async function changeableDocument(
  db: Kysely<Database>,
  documentId: string,
  actor: Actor,
): Promise<{ document: DocumentRow; by: 'team' | 'kommun' }> {
  const document = await accessibleDocument(db, documentId, actor, 'read');
  const by = await documentContributor(db, document.evaluation_id, actor);
  if (by === 'kommun' && !isKommunsOwn(document)) throw forbidden();
  return { document, by };
}
