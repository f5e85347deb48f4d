// Bench support: evaluations with many documents of real Swedish prose (the fixtures' sentences
// recombined), inserted straight into the tables as extraction would leave them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AppDeps, SYSTEM_ACTOR } from '../api/context';
import { batches } from '../api/db/batches';
import type { Db } from '../api/db/connect';
import { stemText } from '../api/documents/swedish-words';
import { evaluationsService } from '../api/evaluations/evaluations.service';
import { RubricStore } from '../api/rubrics/rubric-store';
import { KOMMUNER, kommunByCode } from '../rubrics/kommuner/scb-kommuner';
import { loadRubricLibrary } from '../rubrics/load-rubrics';
import { projectRoot } from '../rubrics/project-root';

/** Every sentence of fixtures/documents/, with its stems computed once. */
function sentences(): { text: string; stems: string }[] {
  const folder = join(projectRoot(), 'fixtures/documents');
  const all = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) =>
      readFileSync(join(folder, name), 'utf8')
        .replace(/\s+/g, ' ')
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => sentence.length > 30),
    );
  return all.map((text) => ({ text, stems: stemText(text) }));
}

export async function benchDeps(store: Db): Promise<AppDeps> {
  const now = () => new Date().toISOString();
  const rubrics = await RubricStore.open(store.db, loadRubricLibrary(), now());
  return { store, rubrics, now, bodyLimit: 1_000_000 };
}

/**
 * An evaluation of kommun `code` (one of SCB's) dated `date`, with `documents` documents of
 * `passages` passages each (2-3 sentences a passage, a heading every tenth; `seed` varies which
 * sentences); returns its id.
 */
export async function seedDocuments(
  deps: AppDeps,
  code: string,
  documents: number,
  passages: number,
  { date = '2026-05', seed: start = 7 }: { date?: string; seed?: number } = {},
): Promise<string> {
  const { id } = await evaluationsService(deps).importFile(
    {
      format: 'kommunkompassen-evaluation/1',
      rubric: 'kk-2010',
      municipality: { name: kommunByCode(code)?.name ?? code, code },
      date,
      evaluators: ['A'],
      scores: {},
    },
    SYSTEM_ACTOR,
  );
  const pool = sentences();
  let seed = start;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  const now = deps.now();
  const { db } = deps.store;
  for (let d = 0; d < documents; d++) {
    const documentId = `${id}-doc-${d}`;
    const rows = Array.from({ length: passages }, (_, ordinal) => {
      const picked = Array.from({ length: 2 + (next() % 2) }, () => pool[next() % pool.length]);
      return {
        document_id: documentId,
        evaluation_id: id,
        ordinal,
        page: Math.floor(ordinal / 5) + 1,
        heading: ordinal % 10 === 0 ? null : `Avsnitt ${Math.floor(ordinal / 10) + 1}`,
        text: picked.map((s) => s?.text).join(' '),
        stems: picked.map((s) => s?.stems).join(' '),
      };
    });
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('documents')
        .values({
          id: documentId,
          evaluation_id: id,
          title: `Dokument ${d + 1}`,
          kind: 'styrdokument',
          date: null,
          url: null,
          file_name: `dokument-${d + 1}.txt`,
          content_type: 'text/plain; charset=utf-8',
          format: 'text',
          size: 1,
          sha256: '',
          added_by_id: 'system',
          added_by_name: 'system',
          extraction_status: 'done',
          extraction_progress: 1,
          extraction_pages: null,
          extraction_message: null,
          extraction_lease: null,
          passage_count: passages,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .insertInto('document_files')
        .values({ document_id: documentId, content: new Uint8Array([0x2e]) })
        .execute();
      for (const batch of batches(rows, 7))
        await trx.insertInto('passages').values(batch).execute();
    });
  }
  return id;
}

/** One kommun's two evaluations in the library: the earlier (2022) and the re-evaluation (2026). */
export interface SeededKommun {
  earlier: string;
  current: string;
}

/**
 * A library as a server holds it: `kommuner` of SCB's kommuner (the first in its list), each
 * evaluated in 2022 and again in 2026, every evaluation with `documents` documents of
 * `passages` passages. The 2022 evaluations are seeded first, as they would have been added.
 */
export async function seedLibrary(
  deps: AppDeps,
  kommuner: number,
  documents: number,
  passages: number,
): Promise<SeededKommun[]> {
  const chosen = KOMMUNER.slice(0, kommuner);
  const earlier: string[] = [];
  for (const [i, kommun] of chosen.entries()) {
    earlier.push(
      await seedDocuments(deps, kommun.code, documents, passages, { date: '2022-05', seed: i + 1 }),
    );
  }
  const seeded: SeededKommun[] = [];
  for (const [i, kommun] of chosen.entries()) {
    const current = await seedDocuments(deps, kommun.code, documents, passages, {
      date: '2026-05',
      seed: 100 + i,
    });
    seeded.push({ earlier: earlier[i] as string, current });
  }
  return seeded;
}
