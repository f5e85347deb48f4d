import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../rubrics/project-root';
import { writeAudit } from '../audit/audit.repository';
import type { Actor, AppDeps } from '../context';
import type { CitationRow, DocumentKind, DocumentRow } from '../db/database';
import { toCitation } from '../documents/citations.service';
import { toDocument } from '../documents/documents.mapping';
import { extract } from '../documents/extraction/extract';
import { CONTENT_TYPES } from '../documents/file-format';
import { sortableId } from '../ids';

interface DemoDocument {
  file: string;
  title: string;
  kind: DocumentKind;
  url: string | null;
  /** Sentences cited as evidence, each with its delfrågor. */
  citations: { quote: string; questions: string[] }[];
}

/** Enköping's documents (fixtures/documents/, see sources.md there) and what the demo cites. */
const DEMO: DemoDocument[] = [
  {
    file: '000_319f42704471323e.txt',
    title: 'Kommunstyrelsens plan',
    kind: 'plan',
    url: null,
    citations: [
      {
        quote:
          'Kommunstyrelsen ska ha insyn, uppsikt och kontroll över den verksamhet som bedrivs i de kommunala bolagen',
        questions: ['3.3'],
      },
    ],
  },
  {
    file: '001_e936b69a72062b18.txt',
    title: 'Styrning och uppföljning',
    kind: 'webbsida',
    url: 'https://www.enkoping.se/',
    citations: [
      {
        quote:
          'Fullmäktige beskriver den övergripande politiska viljan i fem strategiska mål för åren 2016–2019.',
        questions: ['3.2'],
      },
      {
        quote:
          'Effekterna av arbetet följs upp systematiskt och kontinuerligt på alla politiska nivåer',
        questions: ['3.1', '3.3'],
      },
    ],
  },
];

/**
 * Stores Enköping's governing documents with the demo evaluation, their text read at once (plain
 * text: no worker needed), and a few citations. The evaluation is published, so this goes
 * straight to the tables, as an import would, with an audit row for each.
 */
export async function seedEnkopingDocuments(
  deps: AppDeps,
  evaluationId: string,
  actor: Actor,
): Promise<void> {
  const now = deps.now();
  for (const demo of DEMO) {
    const bytes = readFileSync(join(projectRoot(), 'fixtures/documents', demo.file));
    const outcome = await extract('text', bytes, () => {});
    if (outcome.status !== 'done') throw new Error(`demo document ${demo.file}: ${outcome.status}`);
    const row: DocumentRow = {
      id: sortableId(),
      evaluation_id: evaluationId,
      title: demo.title,
      kind: demo.kind,
      date: null,
      url: demo.url,
      file_name: demo.file,
      content_type: CONTENT_TYPES.text,
      format: 'text',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      added_by_id: actor.id,
      added_by_name: actor.name,
      added_by_kommun: 0,
      extraction_status: 'done',
      extraction_progress: 1,
      extraction_pages: null,
      extraction_message: null,
      extraction_lease: null,
      passage_count: outcome.passages.length,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await deps.store.db.transaction().execute(async (trx) => {
      await trx.insertInto('documents').values(row).execute();
      await trx
        .insertInto('document_files')
        .values({ document_id: row.id, content: new Uint8Array(bytes) })
        .execute();
      await trx
        .insertInto('passages')
        .values(
          outcome.passages.map((passage, ordinal) => ({
            ...passage,
            ordinal,
            document_id: row.id,
            evaluation_id: evaluationId,
          })),
        )
        .execute();
      await writeAudit(trx, {
        actor: actor.id,
        action: 'document.create',
        entity: 'document',
        entityId: row.id,
        evaluationId,
        before: null,
        after: toDocument(row),
        at: now,
      });
      const passages = await trx
        .selectFrom('passages')
        .select(['id', 'text', 'page'])
        .where('document_id', '=', row.id)
        .execute();
      for (const citation of demo.citations) {
        const passage = passages.find((p) => p.text.includes(citation.quote));
        if (!passage) throw new Error(`demo citation not in ${demo.file}: ${citation.quote}`);
        const start = passage.text.indexOf(citation.quote);
        const cited: CitationRow = {
          id: sortableId(),
          evaluation_id: evaluationId,
          document_id: row.id,
          document_title: row.title,
          page: passage.page,
          passage_id: Number(passage.id),
          start_offset: start,
          end_offset: start + citation.quote.length,
          quote: citation.quote,
          question_ids: JSON.stringify(citation.questions),
          created_by_id: actor.id,
          created_by_name: actor.name,
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await trx.insertInto('citations').values(cited).execute();
        await writeAudit(trx, {
          actor: actor.id,
          action: 'citation.create',
          entity: 'citation',
          entityId: cited.id,
          evaluationId,
          before: null,
          after: toCitation(cited),
          at: now,
        });
      }
    });
  }
}
