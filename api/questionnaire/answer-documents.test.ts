import { describe, expect } from 'vitest';
import { createBackup } from '../backup/backup';
import { kommunPartSetUp, moveTo } from '../contacts/test-support/kommun-part';
import { DIALECTS } from '../db/test-db';
import { upload } from '../documents/test-support/documents-test';
import { apiTest } from '../test-support/api-test';

describe.each(DIALECTS)('documents attached to answers on %s', (dialect) => {
  const test = apiTest(dialect);

  test('a contact attaches the kommun’s documents to an answer and detaches them; the team reads them; audited', async ({
    api,
  }) => {
    const { id, otherId, contact, evaluator } = await kommunPartSetUp(api);
    const second = await api.user('reader', { municipalityCode: '0381', name: 'Kim Kontakt' });
    await api.call('POST', `/api/evaluations/${id}/contacts`, { userId: second.id });
    const outsider = await api.user('evaluator', { name: 'Otto Annat Team' });
    const as = { cookie: contact.cookie };
    const url = `/api/evaluations/${id}/questionnaire`;
    const attach = (questionId: string, documentId: string, cookie = contact.cookie) =>
      api.call('POST', `${url}/answers/${questionId}/documents`, { documentId }, { cookie });
    const detach = (questionId: string, documentId: string, cookie = contact.cookie) =>
      api.call('DELETE', `${url}/answers/${questionId}/documents/${documentId}`, undefined, {
        cookie,
      });

    const title = '<script>alert(1)</script> Styrmodell "2026"';
    const kommunDoc = (
      await upload(
        api,
        id,
        { name: 'styrmodell.txt', bytes: 'Mål och budget.' },
        { title, kind: 'styrdokument', date: '2026-01-15' },
        contact.cookie,
      )
    ).body;
    const teamDoc = (
      await upload(api, id, { name: 'team.txt', bytes: 'Anteckning.' }, {}, evaluator.cookie)
    ).body;
    const elsewhere = (
      await upload(api, otherId, { name: 'annan.txt', bytes: 'Annan.' }, {}, evaluator.cookie)
    ).body;

    const first = await attach('1.2', kommunDoc.id);
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      id: kommunDoc.id,
      title,
      kind: 'styrdokument',
      date: '2026-01-15',
      fileName: 'styrmodell.txt',
      addedBy: { id: contact.id, name: 'Karin Kontakt' },
      addedAt: kommunDoc.addedAt,
      questionIds: ['1.2'],
      version: 1,
    });
    // Another contact of the evaluation attaches it too; the questions come in the set's order.
    const byOther = await attach('1.1', kommunDoc.id, second.cookie);
    expect(byOther.body.questionIds).toEqual(['1.1', '1.2']);
    const twice = await attach('1.1', kommunDoc.id);
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe('the document is already attached to this answer');
    expect((await attach('9.9', kommunDoc.id)).status).toBe(404);
    // Only the kommun's own documents of this evaluation: the team's and another's are unseen.
    expect((await attach('1.1', teamDoc.id)).status).toBe(404);
    expect((await attach('1.1', elsewhere.id)).status).toBe(404);
    expect((await attach('1.1', 'no-such-document')).status).toBe(404);
    // The team reads the kommun's answers; it does not write them.
    expect((await attach('1.3', kommunDoc.id, evaluator.cookie)).status).toBe(403);
    expect((await attach('1.3', kommunDoc.id, outsider.cookie)).status).toBe(404);
    expect((await detach('1.1', kommunDoc.id, evaluator.cookie)).status).toBe(403);

    const seen = (await api.call('GET', url, undefined, { cookie: evaluator.cookie })).body;
    expect(seen.documents).toEqual([{ ...first.body, questionIds: ['1.1', '1.2'] }]);
    // An answer given by its attachment alone counts as answered: 1.1 and 1.2 have no text.
    expect(seen.answers.slice(0, 2).map((a: { text: string }) => a.text)).toEqual(['', '']);
    expect(seen.progress[0]).toEqual({ areaId: '1', answered: 2, total: 5 });
    expect((await api.call('GET', url, undefined, { cookie: outsider.cookie })).status).toBe(404);

    expect((await detach('1.1', kommunDoc.id)).status).toBe(204);
    expect((await detach('1.1', kommunDoc.id)).status).toBe(404);
    const after = (await api.call('GET', url, undefined, as)).body;
    expect(after.documents[0].questionIds).toEqual(['1.2']);
    expect(after.progress[0]).toEqual({ areaId: '1', answered: 1, total: 5 });

    // Backups carry the attachments.
    const backup = await createBackup(api.deps.store);
    expect(backup.tables.answer_documents).toEqual([
      expect.objectContaining({ question_id: '1.2', document_id: kommunDoc.id }),
    ]);
    expect(backup.tables.documents?.find((row) => row.id === kommunDoc.id)?.added_by_kommun).toBe(
      1,
    );

    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    const steps = audit.body.entries
      .filter((e: { entity: string }) => e.entity === 'answerDocument')
      .map((e: { action: string; actor: string; before: unknown; after: unknown }) => [
        e.action,
        e.actor === contact.id ? 'contact' : e.actor === second.id ? 'second' : e.actor,
        e.before ?? e.after,
      ]);
    const subject = (questionId: string) => ({
      questionId,
      documentId: kommunDoc.id,
      documentTitle: title,
    });
    expect(steps).toEqual([
      ['answerDocument.attach', 'contact', subject('1.2')],
      ['answerDocument.attach', 'second', subject('1.1')],
      ['answerDocument.detach', 'contact', subject('1.1')],
    ]);

    // The team deletes the document: it leaves the answers with it.
    const removed = await api.call(
      'DELETE',
      `/api/documents/${kommunDoc.id}?version=1`,
      undefined,
      { cookie: evaluator.cookie },
    );
    expect(removed.status).toBe(204);
    expect((await api.call('GET', url, undefined, as)).body.documents).toEqual([]);
  });

  test('attachments follow the answers’ lifecycle: locked once submitted, open again when sent back, closed past the visit', async ({
    api,
  }) => {
    const { id, contact, evaluator } = await kommunPartSetUp(api, 'visit');
    const url = `/api/evaluations/${id}/questionnaire`;
    const as = { cookie: contact.cookie };
    const documentId = (
      await upload(api, id, { name: 'plan.txt', bytes: 'Plan.' }, {}, contact.cookie)
    ).body.id as string;
    const attach = (questionId: string) =>
      api.call('POST', `${url}/answers/${questionId}/documents`, { documentId }, as);
    const detach = (questionId: string) =>
      api.call('DELETE', `${url}/answers/${questionId}/documents/${documentId}`, undefined, as);
    expect((await attach('1.1')).status).toBe(201);
    expect((await api.call('POST', `${url}/submit`, { version: 0 }, as)).status).toBe(200);
    for (const locked of [await attach('1.2'), await detach('1.1')]) {
      expect(locked.status).toBe(409);
      expect(locked.body.error.code).toBe('submitted');
    }
    await api.call(
      'POST',
      `${url}/return`,
      { comment: 'Bifoga planen till 1.2 också', version: 1 },
      { cookie: evaluator.cookie },
    );
    expect((await attach('1.2')).status).toBe(201);
    expect((await detach('1.1')).status).toBe(204);
    await moveTo(api, id, 'consensus');
    for (const closed of [await attach('1.3'), await detach('1.2')]) {
      expect(closed.status).toBe(409);
      expect(closed.body.error.code).toBe('closed');
    }
    // The contact still reads what it attached, and the document itself.
    const read = (await api.call('GET', url, undefined, as)).body;
    expect(read.documents[0].questionIds).toEqual(['1.2']);
    expect((await api.call('GET', `/api/documents/${documentId}`, undefined, as)).status).toBe(200);
  });

  test('a parallel burst of the same first save or attachment lands once; the rest get 409', async ({
    api,
  }) => {
    const { id, contact } = await kommunPartSetUp(api);
    const as = { cookie: contact.cookie };
    const url = `/api/evaluations/${id}/questionnaire`;
    const burst = <T>(make: (n: number) => Promise<T>) =>
      Promise.all(Array.from({ length: 12 }, (_, n) => make(n)));
    const statuses = (responses: { status: number }[]) =>
      responses.map((r) => r.status).sort((a, b) => a - b);
    const twelve = [200, ...Array(11).fill(409)];

    // Twelve first saves of one answer (version 0) at once: one is stored, the rest are told.
    const answers = await burst((n) =>
      api.call(
        'PUT',
        `${url}/answers/1.1`,
        { text: `Svar ${n}`, notApplicable: false, notApplicableReason: '', version: 0 },
        as,
      ),
    );
    expect(statuses(answers)).toEqual(twelve);
    const stored = (await api.call('GET', url, undefined, as)).body.answers.filter(
      (a: { questionId: string }) => a.questionId === '1.1',
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].version).toBe(1);
    // Twelve first estimates of one delfråga at once, the same.
    const estimates = await burst(() =>
      api.call(
        'PUT',
        `/api/evaluations/${id}/self-assessment/1.1`,
        { points: 5, level: null, version: 0 },
        as,
      ),
    );
    expect(statuses(estimates)).toEqual(twelve);

    // Twelve attachments of one document to one answer at once: attached once.
    const document = (
      await upload(api, id, { name: 'plan.txt', bytes: 'Mål.' }, {}, contact.cookie)
    ).body;
    const attached = await burst(() =>
      api.call('POST', `${url}/answers/1.1/documents`, { documentId: document.id }, as),
    );
    expect(statuses(attached)).toEqual([201, ...Array(11).fill(409)]);
    const listed = (await api.call('GET', url, undefined, as)).body.documents;
    expect(listed).toEqual([expect.objectContaining({ id: document.id, questionIds: ['1.1'] })]);
  });
});
