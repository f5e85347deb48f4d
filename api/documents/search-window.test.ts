import { describe, expect } from 'vitest';
import { batches } from '../db/batches';
import type { DocumentRow } from '../db/database';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import type { TestApp } from '../test-support/test-app';
import { CANDIDATES } from './search.repository';
import { stemText } from './swedish-words';
import { draftEvaluation } from './test-support/documents-test';

/** A document of `count` passages written straight into the tables, as extraction leaves them. */
async function insertDocument(
  api: TestApp,
  evaluationId: string,
  id: string,
  status: DocumentRow['extraction_status'],
  text: (n: number) => string,
  count: number,
) {
  const now = new Date().toISOString();
  const { db } = api.deps.store;
  await db
    .insertInto('documents')
    .values({
      id,
      evaluation_id: evaluationId,
      title: id,
      kind: 'plan',
      date: null,
      url: null,
      file_name: `${id}.txt`,
      content_type: 'text/plain; charset=utf-8',
      format: 'text',
      size: 1,
      sha256: '',
      added_by_id: 'system',
      added_by_name: 'system',
      extraction_status: status,
      extraction_progress: status === 'done' ? 1 : 0.5,
      extraction_pages: null,
      extraction_message: null,
      extraction_lease: null,
      passage_count: status === 'done' ? count : 0,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const rows = Array.from({ length: count }, (_, ordinal) => ({
    document_id: id,
    evaluation_id: evaluationId,
    ordinal,
    page: null,
    heading: null,
    text: text(ordinal),
    stems: stemText(text(ordinal)),
  }));
  for (const batch of batches(rows, 7)) await db.insertInto('passages').values(batch).execute();
}

describe.each(DIALECTS)('search over more matches than are ranked, on %s', (dialect) => {
  const test = apiTest(dialect);

  test('newer passages that are not hits (a document still being read) do not hide the hits', async ({
    api,
  }) => {
    const id = await draftEvaluation(api);
    const other = await draftEvaluation(api, '0512');
    await insertDocument(api, id, 'read', 'done', (n) => `Målen för år ${n} är satta.`, 30);
    // Newer: more passages holding mål than a search ranks at once, none of them a hit yet.
    await insertDocument(
      api,
      id,
      'reading',
      'running',
      (n) => `Effektmål ${n} följs upp.`,
      CANDIDATES + 100,
    );
    await insertDocument(api, other, 'elsewhere', 'done', (n) => `Mål ${n} i Ydre.`, 40);
    const { status, body } = await api.call(
      'GET',
      `/api/evaluations/${id}/documents/search?q=${encodeURIComponent('mål')}`,
    );
    expect(status).toBe(200);
    expect(body.hits).toHaveLength(20);
    expect(new Set(body.hits.map((hit: any) => hit.documentTitle))).toEqual(new Set(['read']));
  });
});
