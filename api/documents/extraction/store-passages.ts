import type { Transaction } from 'kysely';
import type { Database } from '../../db/database';
import type { ExtractedPassage } from './blocks';

/**
 * Passages a transaction: short, so a write waiting for the lock waits for one small write
 * (about a millisecond for 25 passages and their index entries).
 */
const CHUNK = 25;

/** The document was deleted, or is no longer being read here: nothing of it is kept. */
export class Gone extends Error {}

/** Runs `work` in one transaction of the connection that stores the passages. */
export type RunTransaction = <T>(work: (trx: Transaction<Database>) => Promise<T>) => Promise<T>;

export interface StoreOptions {
  /** How long the claim on the document lasts from each chunk written. */
  leaseMs: number;
  /** Awaited before each chunk: a turn for the server's own writes. */
  between: () => Promise<void>;
}

/**
 * Replaces a document's passages, chunk by chunk, while the document is still being read
 * (`running`): throws `Gone` as soon as it is not. The document turns `done` after the last chunk,
 * elsewhere, so search never sees half a document.
 */
export async function storePassages(
  run: RunTransaction,
  document: { id: string; evaluation_id: string },
  passages: ExtractedPassage[],
  options: StoreOptions,
): Promise<void> {
  await run((trx) => trx.deleteFrom('passages').where('document_id', '=', document.id).execute());
  for (let from = 0; from < passages.length; from += CHUNK) {
    await options.between();
    const chunk = passages.slice(from, from + CHUNK);
    await run(async (trx) => {
      const alive = await trx
        .selectFrom('documents')
        .select('id')
        .where('id', '=', document.id)
        .where('extraction_status', '=', 'running')
        .executeTakeFirst();
      if (!alive) throw new Gone();
      await trx
        .insertInto('passages')
        .values(
          chunk.map((passage, i) => ({
            document_id: document.id,
            evaluation_id: document.evaluation_id,
            ordinal: from + i,
            page: passage.page,
            heading: passage.heading,
            text: passage.text,
            stems: passage.stems,
          })),
        )
        .execute();
      await trx
        .updateTable('documents')
        .set({ extraction_lease: new Date(Date.now() + options.leaseMs).toISOString() })
        .where('id', '=', document.id)
        .execute();
    });
  }
}
