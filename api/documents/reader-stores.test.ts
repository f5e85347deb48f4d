import type { KyselyPlugin, RootOperationNode } from 'kysely';
import { describe, expect } from 'vitest';
import type { TestStore } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { startExtractionQueue } from './extraction-queue';
import { draftEvaluation, upload, uploadAndRead } from './test-support/documents-test';

/** Records the tables the server's own connection inserts into. */
function insertsSeen() {
  const tables: string[] = [];
  const plugin: KyselyPlugin = {
    transformQuery({ node }) {
      const root = node as RootOperationNode;
      if (root.kind === 'InsertQueryNode') tables.push(root.into?.table.identifier.name ?? '?');
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { tables, plugin };
}

const TEXT = ['Styrning', 'Fullmäktige beslutar om mål.', 'Nämnderna följer upp målen.'].join(
  '\n\n',
);

describe.each([
  // On a file the reading thread stores the passages on its own connection; the server's
  // connection inserts none. In memory (and on PostgreSQL) the server stores them.
  ['sqlite-file', false],
  ['sqlite', true],
] as [TestStore, boolean][])('who stores the passages on %s', (store, serverStores) => {
  const test = apiTest(store);

  test(`the server ${serverStores ? 'stores' : 'does not store'} them; the document is searchable either way`, async ({
    api,
  }) => {
    const id = await draftEvaluation(api);
    const document = await uploadAndRead(api, id, { name: 'styrning.txt', bytes: TEXT });
    // Read again by a queue on the server's connection, watched.
    const seen = insertsSeen();
    const watched = { ...api.deps.store, db: api.deps.store.db.withPlugin(seen.plugin) };
    await api.deps.store.db
      .updateTable('documents')
      .set({ extraction_status: 'queued', passage_count: 0 })
      .where('id', '=', document.id)
      .execute();
    const queue = startExtractionQueue(watched, { pollMs: 60_000, readerPriority: 'low' });
    try {
      queue.notify();
      await queue.idle();
    } finally {
      await queue.close();
    }
    expect(seen.tables.includes('passages')).toBe(serverStores);
    const read = (await api.call('GET', `/api/documents/${document.id}`)).body;
    expect(read.extraction).toMatchObject({ status: 'done', passages: 2 });
    const passages = await api.deps.store.db
      .selectFrom('passages')
      .select(['ordinal', 'text'])
      .where('document_id', '=', document.id)
      .orderBy('ordinal')
      .execute();
    expect(passages.map((p) => p.text)).toEqual([
      'Fullmäktige beslutar om mål.',
      'Nämnderna följer upp målen.',
    ]);
    const hits = (await api.call('GET', `/api/evaluations/${id}/documents/search?q=målen`)).body
      .hits;
    expect(hits.length).toBe(2);
  });

  const logged: string[] = [];
  const logging = apiTest(store, { log: (line) => logged.push(line) });

  logging(
    'a document deleted while its passages are stored keeps none of them',
    async ({ api }) => {
      const id = await draftEvaluation(api);
      // 2,000 paragraphs: 80 chunks of passages, stored one after another.
      const long = Array.from(
        { length: 2000 },
        (_, i) => `Stycke ${i + 1}: nämnderna följer upp målen och rapporterar till styrelsen.`,
      ).join('\n\n');
      const created = await upload(api, id, { name: 'lang.txt', bytes: long });
      expect(created.status).toBe(201);
      const stored = async () =>
        Number(
          (
            await api.deps.store.db
              .selectFrom('passages')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('document_id', '=', created.body.id)
              .executeTakeFirstOrThrow()
          ).n,
        );
      // Wait until the first chunks are in, then delete it as the evaluator would.
      for (let waited = 0; (await stored()) === 0; waited++) {
        if (waited > 20_000) throw new Error('no passage was stored');
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      expect(await stored()).toBeLessThan(2000);
      const deleted = await api.call('DELETE', `/api/documents/${created.body.id}?version=1`);
      expect(deleted.status).toBe(204);
      await api.deps.extraction?.idle();
      expect(await stored()).toBe(0);
      expect((await api.call('GET', `/api/documents/${created.body.id}`)).status).toBe(404);
      // The queue goes on: the next document is read and stored whole.
      const next = await uploadAndRead(api, id, { name: 'nasta.txt', bytes: TEXT });
      expect(next.extraction).toMatchObject({ status: 'done', passages: 2 });
      // Given up on as deleted, not failed on a write into a document that is gone.
      expect(logged).toEqual([]);
    },
  );
});
