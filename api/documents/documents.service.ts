import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { writeAudit } from '../audit/audit.repository';
import type { Actor, AppDeps } from '../context';
import type { Dialect } from '../db/connect';
import type { Database, DocumentKind, DocumentRow } from '../db/database';
import { AppError, conflict, invalidInput, notFound } from '../errors';
import { lockEvaluation } from '../evaluation-core/evaluations.repository';
import { assertWritable } from '../evaluation-core/writable';
import { sortableId } from '../ids';
import { assertKommunWritable } from '../questionnaire/kommun-writable';
import { accessibleDocument, changeableDocument, documentContributor } from './document-access';
import { toDocument, toPassage } from './documents.mapping';
import {
  deleteDocument,
  findDocument,
  insertDocument,
  listDocuments,
  listPassages,
  readContent,
  updateDocument,
} from './documents.repository';
import type { Document, Passage, UpdateDocumentBody, UploadFields } from './documents.schemas';
import { pageFacts } from './extraction/html-text';
import { sniffFormat } from './file-format';

/**
 * Inside a change's transaction: the team changes documents while the evaluation may be written
 * (409 once published); the kommun its own while its part is open (409 once submitted).
 */
async function assertChangeable(
  trx: Transaction<Database>,
  evaluationId: string,
  by: 'team' | 'kommun',
  dialect: Dialect,
) {
  if (by === 'kommun') await assertKommunWritable(trx, evaluationId, dialect);
  else assertWritable(await lockEvaluation(trx, evaluationId, dialect), evaluationId);
}

/** 50 MB: the default largest upload (DOCUMENT_LIMIT). */
export const DEFAULT_DOCUMENT_LIMIT = 50 * 1024 * 1024;

const CHANGED = 'the document was changed by someone else';
const BEING_READ = 'the text of the document is already being read';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

function checkUrl(url: string | null, path: string): string | null {
  if (url === null || url.trim() === '') return null;
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw invalidInput([{ path, message: `"${trimmed.slice(0, 100)}" is not a URL (https://…)` }]);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw invalidInput([{ path, message: 'a URL starts with https:// or http://' }]);
  }
  return trimmed;
}

/** The file name as a title: without folders and extension, underscores as spaces. */
function titleFromName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return (
    base
      .replace(/\.[a-z0-9]+$/i, '')
      .replace(/[_]+/g, ' ')
      .trim() || base
  );
}

/** A kommun's documents kept with an evaluation: upload, metadata, bytes and passages. */
export function documentsService(deps: AppDeps) {
  const { db } = deps.store;

  return {
    async upload(
      evaluationId: string,
      file: UploadedFile,
      fields: UploadFields,
      actor: Actor,
    ): Promise<Document> {
      // The kommun's contacts add its own documents; the team's stay unseen by them until published.
      const contributor = await documentContributor(db, evaluationId, actor);
      const limit = deps.documentLimit ?? DEFAULT_DOCUMENT_LIMIT;
      if (file.bytes.length > limit) {
        throw new AppError(413, 'too_large', `${file.name} is over the limit of ${limit} bytes`);
      }
      const fileName = (file.name.split(/[\\/]/).pop() ?? '').slice(0, 255) || 'dokument';
      const sniffed = sniffFormat(fileName, file.bytes);
      const facts = sniffed.format === 'html' && sniffed.text ? pageFacts(sniffed.text) : null;
      const url = checkUrl(fields.url ?? facts?.url ?? null, 'url');
      const kind: DocumentKind =
        fields.kind ?? (sniffed.format === 'html' || url !== null ? 'webbsida' : 'annat');
      const now = deps.now();
      const row: DocumentRow = {
        id: sortableId(),
        evaluation_id: evaluationId,
        title: fields.title || facts?.title || titleFromName(fileName),
        kind,
        // A web page is dated the day it was seen, unless told otherwise.
        date: fields.date ?? (kind === 'webbsida' ? now.slice(0, 10) : null),
        url,
        file_name: fileName,
        content_type: sniffed.contentType,
        format: sniffed.format,
        size: file.bytes.length,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        added_by_id: actor.id,
        added_by_name: actor.name,
        added_by_kommun: contributor === 'kommun' ? 1 : 0,
        extraction_status: 'queued',
        extraction_progress: 0,
        extraction_pages: null,
        extraction_message: null,
        extraction_lease: null,
        passage_count: 0,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      const created = await db.transaction().execute(async (trx) => {
        if (contributor === 'kommun') {
          // As for its answers: only while the kommun's part is open (409 once submitted).
          await assertKommunWritable(trx, evaluationId, deps.store.dialect);
        } else {
          assertWritable(await lockEvaluation(trx, evaluationId, deps.store.dialect), evaluationId);
        }
        await insertDocument(trx, row, file.bytes);
        const after = toDocument(row);
        await writeAudit(trx, {
          actor: actor.id,
          action: 'document.create',
          entity: 'document',
          entityId: row.id,
          evaluationId,
          before: null,
          after,
          at: now,
        });
        return after;
      });
      deps.extraction?.notify();
      return created;
    },

    async list(evaluationId: string): Promise<Document[]> {
      return (await listDocuments(db, [evaluationId])).map(toDocument);
    },

    async get(documentId: string, actor: Actor): Promise<Document> {
      return toDocument(await accessibleDocument(db, documentId, actor, 'read'));
    },

    async file(documentId: string, actor: Actor) {
      const document = await accessibleDocument(db, documentId, actor, 'read');
      const bytes = await readContent(db, documentId);
      if (!bytes) throw notFound(`document ${documentId}`);
      return { document, bytes };
    },

    async passages(documentId: string, actor: Actor): Promise<Passage[]> {
      await accessibleDocument(db, documentId, actor, 'read');
      return (await listPassages(db, documentId)).map(toPassage);
    },

    async update(documentId: string, body: UpdateDocumentBody, actor: Actor): Promise<Document> {
      const { document, by } = await changeableDocument(db, documentId, actor);
      const now = deps.now();
      const url = body.url === undefined ? document.url : checkUrl(body.url, 'url');
      return db.transaction().execute(async (trx) => {
        const evaluationId = document.evaluation_id;
        await assertChangeable(trx, evaluationId, by, deps.store.dialect);
        const current = await findDocument(trx, documentId);
        if (!current) throw notFound(`document ${documentId}`);
        const before = toDocument(current);
        if (before.version !== body.version) throw conflict(CHANGED, before);
        const values = {
          title: body.title ?? current.title,
          kind: body.kind ?? current.kind,
          date: body.date === undefined ? current.date : body.date,
          url,
          updated_at: now,
        };
        if (!(await updateDocument(trx, documentId, body.version, values))) {
          throw conflict(CHANGED, toDocument((await findDocument(trx, documentId)) ?? current));
        }
        const after = toDocument({ ...current, ...values, version: body.version + 1 });
        // Citations carry the title as it was when the document goes; keep theirs current.
        await trx
          .updateTable('citations')
          .set({ document_title: values.title })
          .where('document_id', '=', documentId)
          .execute();
        await writeAudit(trx, {
          actor: actor.id,
          action: 'document.update',
          entity: 'document',
          entityId: documentId,
          evaluationId,
          before,
          after,
          at: now,
        });
        return after;
      });
    },

    /**
     * Queues the document to be read again (after a failure, a scan without text, or a better
     * extractor). Search leaves it out until it is `done` again; its citations then move to the
     * new passage that holds their quote (relinked by the queue). 409 while it is queued or
     * being read already.
     */
    async reextract(documentId: string, actor: Actor): Promise<Document> {
      const document = await accessibleDocument(db, documentId, actor, 'team');
      const now = deps.now();
      const queued = await db.transaction().execute(async (trx) => {
        const evaluationId = document.evaluation_id;
        assertWritable(await lockEvaluation(trx, evaluationId, deps.store.dialect), evaluationId);
        const current = await findDocument(trx, documentId);
        if (!current) throw notFound(`document ${documentId}`);
        const before = toDocument(current);
        const result = await trx
          .updateTable('documents')
          .set({
            extraction_status: 'queued',
            extraction_progress: 0,
            extraction_message: null,
            extraction_lease: null,
          })
          .where('id', '=', documentId)
          .where('extraction_status', 'not in', ['queued', 'running'])
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) throw conflict(BEING_READ, before);
        const after = toDocument({
          ...current,
          extraction_status: 'queued',
          extraction_progress: 0,
          extraction_message: null,
          extraction_lease: null,
        });
        await writeAudit(trx, {
          actor: actor.id,
          action: 'document.extract',
          entity: 'document',
          entityId: documentId,
          evaluationId,
          before: before.extraction,
          after: after.extraction,
          at: now,
        });
        return after;
      });
      deps.extraction?.notify();
      return queued;
    },

    /** Deletes the document, its bytes and passages; its citations keep their quotes. */
    async remove(documentId: string, version: number, actor: Actor): Promise<void> {
      const { document, by } = await changeableDocument(db, documentId, actor);
      const now = deps.now();
      await db.transaction().execute(async (trx) => {
        const evaluationId = document.evaluation_id;
        await assertChangeable(trx, evaluationId, by, deps.store.dialect);
        const current = await findDocument(trx, documentId);
        if (!current) throw notFound(`document ${documentId}`);
        const before = toDocument(current);
        if (before.version !== version) throw conflict(CHANGED, before);
        if (!(await deleteDocument(trx, documentId, version))) {
          throw conflict(CHANGED, before);
        }
        await writeAudit(trx, {
          actor: actor.id,
          action: 'document.delete',
          entity: 'document',
          entityId: documentId,
          evaluationId,
          before,
          after: null,
          at: now,
        });
      });
    },
  };
}
