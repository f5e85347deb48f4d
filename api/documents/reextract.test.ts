import { describe, expect } from 'vitest';
import type { EvaluationStatus } from '../db/database';
import { STORES } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import type { TestApp } from '../test-support/test-app';
import { draftEvaluation, uploadAndRead } from './test-support/documents-test';

const GOALS = 'fem strategiska mål';
const TEXT = [
  'Styrning',
  'Kommunen styrs genom mål och uppföljning.',
  `Fullmäktige beskriver den politiska viljan i ${GOALS} som nämnderna bryter ned.`,
].join('\n\n');

/** Enköping (0381) as a draft with Eva on its team, one read document and one citation. */
async function setUp(api: TestApp) {
  const eva = await api.user('evaluator', { name: 'Eva På Teamet' });
  const outsider = await api.user('evaluator', { name: 'Otto Utanför' });
  const reader = await api.user('reader', { municipalityCode: '0381' });
  const otherReader = await api.user('reader', { municipalityCode: '1880' });
  const id = await draftEvaluation(api, '0381');
  const summary = (await api.call('GET', `/api/evaluations/${id}`)).body;
  await api.deps.store.db
    .updateTable('team_members')
    .set({ user_id: eva.id })
    .where('id', '=', summary.team[0].id)
    .execute();
  const document = await uploadAndRead(api, id, { name: 'styrning.txt', bytes: TEXT });
  const { passages } = (await api.call('GET', `/api/documents/${document.id}/passages`)).body;
  const passage = passages.find((p: { text: string }) => p.text.includes(GOALS));
  const start = passage.text.indexOf(GOALS);
  const citation = await api.call(
    'POST',
    `/api/evaluations/${id}/citations`,
    {
      documentId: document.id,
      passageId: passage.id,
      start,
      end: start + GOALS.length,
      quote: GOALS,
      questionIds: ['3.2'],
    },
    { cookie: eva.cookie },
  );
  expect(citation.status).toBe(201);
  const setStatus = (status: EvaluationStatus) =>
    api.deps.store.db.updateTable('evaluations').set({ status }).where('id', '=', id).execute();
  return {
    id,
    document,
    passage,
    citation: citation.body,
    eva,
    outsider,
    reader,
    otherReader,
    setStatus,
  };
}

describe.each(STORES)('reading a document again on %s', (dialect) => {
  const test = apiTest(dialect);

  test('the team reads a document again: new passages, the citation reads the same and points at its passage', async ({
    api,
  }) => {
    const s = await setUp(api);
    const extract = `/api/documents/${s.document.id}/extract`;
    const queued = await api.call('POST', extract, undefined, { cookie: s.eva.cookie });
    expect(queued.status).toBe(202);
    expect(queued.body).toMatchObject({
      id: s.document.id,
      version: s.document.version,
      extraction: { status: 'queued', progress: 0, message: null },
    });
    await api.deps.extraction?.idle();

    const document = (await api.call('GET', `/api/documents/${s.document.id}`)).body;
    expect(document.extraction).toMatchObject({ status: 'done', progress: 1, passages: 2 });
    const { passages } = (await api.call('GET', `/api/documents/${s.document.id}/passages`)).body;
    const moved = passages.find((p: { text: string }) => p.text.includes(GOALS));
    expect(moved.id).not.toBe(s.passage.id);
    const [citation] = (await api.call('GET', `/api/evaluations/${s.id}/citations`)).body.citations;
    expect(citation).toEqual({ ...s.citation, passageId: moved.id });
    expect(moved.text.slice(citation.start, citation.end)).toBe(GOALS);
    const audit = await api.call('GET', `/api/evaluations/${s.id}/audit`);
    expect(
      audit.body.entries.filter((e: { action: string }) => e.action === 'document.extract'),
    ).toHaveLength(1);
  });

  test('a document whose reading failed is read again; one being read is not queued twice', async ({
    api,
  }) => {
    const s = await setUp(api);
    // Being read (by another server instance, its claim fresh): refused, nothing queued twice.
    await api.deps.store.db
      .updateTable('documents')
      .set({ extraction_status: 'running', extraction_lease: '2999-01-01T00:00:00.000Z' })
      .where('id', '=', s.document.id)
      .execute();
    const busy = await api.call('POST', `/api/documents/${s.document.id}/extract`);
    expect(busy.status).toBe(409);
    expect(busy.body.error.current.extraction.status).toBe('running');
    await api.deps.store.db
      .updateTable('documents')
      .set({ extraction_status: 'failed', extraction_message: 'Läsaren stannade.' })
      .where('id', '=', s.document.id)
      .execute();
    const queued = await api.call('POST', `/api/documents/${s.document.id}/extract`);
    expect(queued.status).toBe(202);
    await api.deps.extraction?.idle();
    const document = (await api.call('GET', `/api/documents/${s.document.id}`)).body;
    expect(document.extraction).toMatchObject({ status: 'done', message: null, passages: 2 });
    const [citation] = (await api.call('GET', `/api/evaluations/${s.id}/citations`)).body.citations;
    expect(citation.quote).toBe(GOALS);
  });

  test('nobody off the team learns the document exists; nobody reads it again once published', async ({
    api,
  }) => {
    const s = await setUp(api);
    const extract = `/api/documents/${s.document.id}/extract`;
    const off = { outsider: s.outsider, reader: s.reader, otherReader: s.otherReader };
    for (const [name, who] of Object.entries(off)) {
      const response = await api.call('POST', extract, undefined, { cookie: who.cookie });
      expect(response.status, name).toBe(404);
      expect(response.body.error.message).toBe(`document ${s.document.id} not found`);
    }
    const unknown = await api.call('POST', '/api/documents/01NOTADOCUMENT/extract');
    expect(unknown.status).toBe(404);

    await s.setStatus('published');
    const expected = [
      ['eva', s.eva, 409],
      ['outsider', s.outsider, 404],
      // The kommun's reader sees a published evaluation's documents, but does not write.
      ['reader', s.reader, 403],
      ['otherReader', s.otherReader, 404],
    ] as const;
    for (const [name, who, status] of expected) {
      const response = await api.call('POST', extract, undefined, { cookie: who.cookie });
      expect(response.status, name).toBe(status);
    }
    const admin = await api.call('POST', extract);
    expect(admin.status).toBe(409);
    expect(admin.body.error.code).toBe('published');
    const document = (await api.call('GET', `/api/documents/${s.document.id}`)).body;
    expect(document.extraction.status).toBe('done');
  });
});
