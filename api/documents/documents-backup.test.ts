import { describe, expect } from 'vitest';
import { Backup, backupJson, createBackup, restoreBackup } from '../backup/backup';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { openTestApp } from '../test-support/test-app';
import { draftEvaluation, fixture, upload, uploadAndRead } from './test-support/documents-test';
import { simplePdf } from './test-support/simple-pdf';

describe.each(DIALECTS)('documents in backups on %s', (dialect) => {
  const test = apiTest(dialect);

  test('a backup carries the bytes, passages and citations; the restored store searches', async ({
    api,
  }) => {
    const id = await draftEvaluation(api);
    const pdf = simplePdf([
      [{ kind: 'paragraph', text: 'Resursfördelningen följs upp varje år.' }],
    ]);
    const document = await uploadAndRead(api, id, { name: 'plan.pdf', bytes: pdf });
    const text = await uploadAndRead(api, id, {
      name: 'essunga.txt',
      bytes: fixture('003_4bca3ae12e78cf2c.txt'),
    });
    const [passage] = (await api.call('GET', `/api/documents/${document.id}/passages`)).body
      .passages;
    const cited = await api.call('POST', `/api/evaluations/${id}/citations`, {
      documentId: document.id,
      passageId: passage.id,
      start: 0,
      end: 18,
      quote: 'Resursfördelningen',
      questionIds: ['5.2'],
    });
    expect(cited.status).toBe(201);
    const search = (app: typeof api) =>
      app.call('GET', `/api/evaluations/${id}/documents/search?q=resursfördelning`);
    const before = (await search(api)).body;

    // Through the file format: bytes travel as base64 text.
    const backup = Backup.parse(JSON.parse(backupJson(await createBackup(api.deps.store))));
    expect(backup.tables.document_files?.[0]?.content).toEqual(expect.any(String));
    const target = await openTestApp(dialect);
    try {
      await restoreBackup(target.deps.store, backup);
      const admin = await target.login('admin@test.se');
      const get = (path: string) => target.call('GET', path, undefined, { cookie: admin });
      const file = await target.app.request(`/api/documents/${document.id}/file`, {
        headers: { cookie: admin },
      });
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
      expect((await get(`/api/documents/${text.id}/passages`)).body).toEqual(
        (await api.call('GET', `/api/documents/${text.id}/passages`)).body,
      );
      expect((await get(`/api/evaluations/${id}/citations`)).body).toEqual(
        (await api.call('GET', `/api/evaluations/${id}/citations`)).body,
      );
      expect(
        (await get(`/api/evaluations/${id}/documents/search?q=resursfördelning`)).body,
      ).toEqual(before);
      expect(before.hits.length).toBeGreaterThan(1);
      // New passages after a restore get new ids (PostgreSQL's identity moved past the restored).
      const more = await upload(
        target,
        id,
        { name: 'ny.txt', bytes: 'Ny text om mål.' },
        {},
        admin,
      );
      expect(more.status).toBe(201);
      await target.deps.extraction?.idle();
      const added = (await get(`/api/documents/${more.body.id}`)).body;
      expect(added.extraction.status).toBe('done');
    } finally {
      await target.close();
    }
  });
});
