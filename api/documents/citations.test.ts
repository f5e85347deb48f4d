import { describe, expect } from 'vitest';
import { STORES } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { draftEvaluation, fixture, uploadAndRead } from './test-support/documents-test';

const ENKOPING_WEB = '001_e936b69a72062b18.txt';
const GOALS = 'Fullmäktige beskriver den övergripande politiska viljan i fem strategiska mål';

describe.each(STORES)('citations on %s', (dialect) => {
  const test = apiTest(dialect);

  test('a citation keeps its quote through re-extraction and the document’s deletion', async ({
    api,
  }) => {
    const id = await draftEvaluation(api);
    const document = await uploadAndRead(
      api,
      id,
      { name: 'styrning.txt', bytes: fixture(ENKOPING_WEB) },
      { title: 'Styrning och uppföljning', url: 'https://www.enkoping.se/' },
    );
    const { passages } = (await api.call('GET', `/api/documents/${document.id}/passages`)).body;
    const passage = passages.find((p: any) => p.text.startsWith(GOALS));
    const body = {
      documentId: document.id,
      passageId: passage.id,
      start: 0,
      end: GOALS.length,
      quote: GOALS,
      questionIds: ['3.2', '1.1', '3.2'],
    };
    const wrongQuote = await api.call('POST', `/api/evaluations/${id}/citations`, {
      ...body,
      quote: 'Fullmäktige beskriver något annat',
    });
    expect(wrongQuote.status).toBe(400);
    expect(wrongQuote.body.error.issues[0].path).toBe('quote');
    const unknownQuestion = await api.call('POST', `/api/evaluations/${id}/citations`, {
      ...body,
      questionIds: ['9.9'],
    });
    expect(unknownQuestion.status).toBe(400);
    expect(unknownQuestion.body.error.issues[0].path).toBe('questionIds[0]');

    const created = await api.call('POST', `/api/evaluations/${id}/citations`, body);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      evaluationId: id,
      documentId: document.id,
      documentTitle: 'Styrning och uppföljning',
      page: null,
      passageId: passage.id,
      start: 0,
      end: GOALS.length,
      quote: GOALS,
      questionIds: ['1.1', '3.2'],
      createdBy: { id: api.adminId, name: 'Admin' },
      createdAt: expect.any(String),
      version: 1,
    });

    const askedBefore = await api.call(
      'GET',
      `/api/documents/${document.id}/passages/${passage.id}/questions`,
    );
    expect(askedBefore.body.questions.map((q: any) => q.questionId)).toContain('3.2');
    // Read again (as after an extractor upgrade): the passages are new, the citation follows.
    await api.deps.store.db
      .updateTable('documents')
      .set({ extraction_status: 'queued' })
      .where('id', '=', document.id)
      .execute();
    api.deps.extraction?.notify();
    await api.deps.extraction?.idle();
    const after = (await api.call('GET', `/api/documents/${document.id}/passages`)).body.passages;
    const moved = after.find((p: any) => p.text.startsWith(GOALS));
    expect(moved.id).not.toBe(passage.id);
    const [relinked] = (await api.call('GET', `/api/evaluations/${id}/citations`)).body.citations;
    expect(relinked).toMatchObject({ passageId: moved.id, quote: GOALS, start: 0 });
    // Suggestions see the new passages, not a kept index of the old ones.
    const askedAfter = await api.call(
      'GET',
      `/api/documents/${document.id}/passages/${moved.id}/questions`,
    );
    expect(askedAfter.status).toBe(200);
    expect(
      (await api.call('GET', `/api/documents/${document.id}/passages/${passage.id}/questions`))
        .status,
    ).toBe(404);

    const updated = await api.call('PUT', `/api/citations/${created.body.id}`, {
      questionIds: ['3.1'],
      version: 1,
    });
    expect(updated.body).toMatchObject({ questionIds: ['3.1'], version: 2 });

    const removed = await api.call('DELETE', `/api/documents/${document.id}?version=1`);
    expect(removed.status).toBe(204);
    const [kept] = (await api.call('GET', `/api/evaluations/${id}/citations`)).body.citations;
    expect(kept).toMatchObject({
      documentId: null,
      passageId: null,
      documentTitle: 'Styrning och uppföljning',
      quote: GOALS,
      questionIds: ['3.1'],
    });
    expect((await api.call('GET', `/api/documents/${document.id}`)).status).toBe(404);
    const gone = await api.call('DELETE', `/api/citations/${kept.id}?version=2`);
    expect(gone.status).toBe(204);
    expect((await api.call('GET', `/api/evaluations/${id}/citations`)).body.citations).toEqual([]);
  });

  test('what speaks to 3.2: Enköping’s five strategic goals rank high, with matched words', async ({
    api,
  }) => {
    const id = await draftEvaluation(api);
    for (const name of ['000_319f42704471323e.txt', ENKOPING_WEB]) {
      await uploadAndRead(api, id, { name, bytes: fixture(name) });
    }
    const { suggestions } = (
      await api.call('GET', `/api/evaluations/${id}/questions/3.2/suggestions`)
    ).body;
    const top = suggestions.slice(0, 3).map((s: any) => s.passage.text.slice(0, GOALS.length));
    expect(top).toContain(GOALS);
    const goals = suggestions.find((s: any) => s.passage.text.startsWith(GOALS));
    expect(goals.matched).toEqual(expect.arrayContaining(['politiska', 'mål']));
    expect(goals.passage).toMatchObject({
      documentTitle: '001 e936b69a72062b18',
      heading: 'Kommunfullmäktige',
    });
    const questions = (
      await api.call(
        'GET',
        `/api/documents/${goals.passage.documentId}/passages/${goals.passage.id}/questions`,
      )
    ).body.questions;
    expect(questions.slice(0, 3).map((q: any) => q.questionId)).toContain('3.2');
    const unknown = await api.call('GET', `/api/evaluations/${id}/questions/9.9/suggestions`);
    expect(unknown.status).toBe(400);
  });
});
