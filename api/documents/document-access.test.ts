import { describe, expect } from 'vitest';
import type { EvaluationStatus } from '../db/database';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile, type TestApp } from '../test-support/test-app';
import { upload, uploadAndRead } from './test-support/documents-test';

const TEXT = 'Styrning\n\nFullmäktige beskriver den politiska viljan i fem strategiska mål.';

/** Enköping 2016 as a draft with the evaluator on its team and one read document and citation. */
async function setUp(api: TestApp) {
  const evaluator = await api.user('evaluator', { name: 'Eva På Teamet' });
  const outsider = await api.user('evaluator', { name: 'Otto Utanför' });
  const reader = await api.user('reader', { municipalityCode: '0381' });
  const otherReader = await api.user('reader', { municipalityCode: '1880' });
  const imported = await api.call('POST', '/api/evaluations/import', {
    ...enkopingFile(),
    status: 'draft',
  });
  const id = imported.body.id as string;
  const summary = (await api.call('GET', `/api/evaluations/${id}`)).body;
  await api.deps.store.db
    .updateTable('team_members')
    .set({ user_id: evaluator.id })
    .where('id', '=', summary.team[0].id)
    .execute();
  const document = await uploadAndRead(api, id, { name: 'styrning.txt', bytes: TEXT });
  const [passage] = (await api.call('GET', `/api/documents/${document.id}/passages`)).body.passages;
  const citation = (
    await api.call('POST', `/api/evaluations/${id}/citations`, {
      documentId: document.id,
      passageId: passage.id,
      start: 0,
      end: 11,
      quote: 'Fullmäktige',
      questionIds: ['3.2'],
    })
  ).body;
  const setStatus = (status: EvaluationStatus) =>
    api.deps.store.db.updateTable('evaluations').set({ status }).where('id', '=', id).execute();
  return { id, document, passage, citation, evaluator, outsider, reader, otherReader, setStatus };
}

type Who = 'admin' | 'evaluator' | 'outsider' | 'reader' | 'otherReader';

describe.each(DIALECTS)('document access on %s', (dialect) => {
  const test = apiTest(dialect);

  test('every document route per role, member and status: 404 for whoever may not see it', async ({
    api,
  }) => {
    const s = await setUp(api);
    const cookies: Record<Who, string> = {
      admin: api.adminCookie,
      evaluator: s.evaluator.cookie,
      outsider: s.outsider.cookie,
      reader: s.reader.cookie,
      otherReader: s.otherReader.cookie,
    };
    const reads = [
      `/api/evaluations/${s.id}/documents`,
      `/api/evaluations/${s.id}/documents/search?q=mål`,
      `/api/evaluations/${s.id}/citations`,
      `/api/evaluations/${s.id}/questions/3.2/suggestions`,
      `/api/documents/${s.document.id}`,
      `/api/documents/${s.document.id}/file`,
      `/api/documents/${s.document.id}/passages`,
      `/api/documents/${s.document.id}/passages/${s.passage.id}/questions`,
    ];
    const statuses: EvaluationStatus[] = ['draft', 'visit', 'consensus', 'published'];
    for (const status of statuses) {
      await s.setStatus(status);
      for (const who of Object.keys(cookies) as Who[]) {
        const sees =
          who === 'admin' || who === 'evaluator' || (who === 'reader' && status === 'published');
        for (const path of reads) {
          const response = await api.call('GET', path, undefined, { cookie: cookies[who] });
          expect(response.status, `${who} GET ${path} (${status})`).toBe(sees ? 200 : 404);
        }
        // Writes: never 404 for those who see it, 404 for everyone else (no existence leak).
        const writes = [
          await api.call(
            'PATCH',
            `/api/documents/${s.document.id}`,
            { title: 'x', version: 999 },
            { cookie: cookies[who] },
          ),
          await api.call(
            'PUT',
            `/api/citations/${s.citation.id}`,
            { questionIds: ['3.1'], version: 999 },
            { cookie: cookies[who] },
          ),
          await api.call('DELETE', `/api/citations/${s.citation.id}?version=999`, undefined, {
            cookie: cookies[who],
          }),
          await api.call('DELETE', `/api/documents/${s.document.id}?version=999`, undefined, {
            cookie: cookies[who],
          }),
          await upload(api, s.id, { name: 'ny.txt', bytes: 'Text.' }, {}, cookies[who]),
        ];
        for (const [i, response] of writes.entries()) {
          const where = `${who} write ${i} (${status}): ${JSON.stringify(response.body)}`;
          if (!sees) expect(response.status, where).toBe(404);
          else if (who === 'reader') expect(response.status, where).toBe(403);
          else if (status === 'published') expect(response.status, where).toBe(409);
          // A stale version (999) is a 409 conflict; the upload is created.
          else expect(response.status, where).toBe(i === 4 ? 201 : 409);
        }
      }
    }
    // Reopened (back to consensus): the kommun's reader no longer sees it.
    await s.setStatus('consensus');
    const gone = await api.call('GET', `/api/documents/${s.document.id}`, undefined, {
      cookie: s.reader.cookie,
    });
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toBe(`document ${s.document.id} not found`);
  });

  test('one evaluator edits and deletes what a teammate added; an outsider cannot', async ({
    api,
  }) => {
    const s = await setUp(api);
    const renamed = await api.call(
      'PATCH',
      `/api/documents/${s.document.id}`,
      { title: 'Styrning och uppföljning', version: 1 },
      { cookie: s.evaluator.cookie },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Styrning och uppföljning', version: 2 });
    const byOutsider = await api.call(
      'PATCH',
      `/api/documents/${s.document.id}`,
      { title: 'Kapat', version: 2 },
      { cookie: s.outsider.cookie },
    );
    expect(byOutsider.status).toBe(404);
    const stale = await api.call(
      'PATCH',
      `/api/documents/${s.document.id}`,
      { title: 'Gammal', version: 1 },
      { cookie: s.evaluator.cookie },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({
      title: 'Styrning och uppföljning',
      version: 2,
    });
    const removed = await api.call(
      'DELETE',
      `/api/documents/${s.document.id}?version=2`,
      undefined,
      { cookie: s.evaluator.cookie },
    );
    expect(removed.status).toBe(204);
    const audit = await api.call('GET', `/api/evaluations/${s.id}/audit`);
    expect(
      audit.body.entries
        .map((e: { action: string }) => e.action)
        .filter((a: string) => /^(document|citation)\./.test(a)),
    ).toEqual(['document.create', 'citation.create', 'document.update', 'document.delete']);
  });
});
