import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile, type TestApp } from '../test-support/test-app';

/** A fresh draft evaluation on kk-2010; returns its id. */
async function draft(api: TestApp): Promise<string> {
  const { body } = await api.call('POST', '/api/evaluations', {
    municipality: { name: 'Ydre', code: '0512' },
    rubric: 'kk-2010',
    date: '2025-03',
    evaluators: ['Anna'],
  });
  return body.id;
}

const interview = {
  kind: 'interview',
  date: '2025-03-10',
  intervieweeGroup: 'politicianOpposition',
  function: 'gruppledare',
  notes: 'Sade att planen inte följs upp.',
  questions: ['3.2', '1.1'],
};

describe.each(DIALECTS)('evidence API on %s', (dialect) => {
  const test = apiTest(dialect);

  test('creates, lists, updates and deletes evidence, auditing each change', async ({ api }) => {
    const id = await draft(api);
    const created = await api.call('POST', `/api/evaluations/${id}/evidence`, interview);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      kind: 'interview',
      date: '2025-03-10',
      title: null,
      intervieweeGroup: 'politicianOpposition',
      function: 'gruppledare',
      reference: null,
      notes: 'Sade att planen inte följs upp.',
      questions: ['1.1', '3.2'],
      version: 1,
      createdAt: expect.any(String),
      updatedAt: created.body.createdAt,
    });
    const evidenceId = created.body.id;

    const list = await api.call('GET', `/api/evaluations/${id}/evidence`);
    expect(list.status).toBe(200);
    expect(list.body.evidence).toEqual([created.body]);

    const updated = await api.call('PUT', `/api/evaluations/${id}/evidence/${evidenceId}`, {
      ...interview,
      intervieweeGroup: 'politicianMajority',
      notes: 'Sade att planen följs upp i bokslutet.',
      questions: ['1.1'],
      version: 1,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      id: evidenceId,
      intervieweeGroup: 'politicianMajority',
      notes: 'Sade att planen följs upp i bokslutet.',
      questions: ['1.1'],
      version: 2,
      createdAt: created.body.createdAt,
    });
    expect(updated.body.updatedAt > created.body.updatedAt).toBe(true);

    const removed = await api.call(
      'DELETE',
      `/api/evaluations/${id}/evidence/${evidenceId}?version=2`,
    );
    expect(removed.status).toBe(204);
    expect(removed.body).toBeNull();
    expect((await api.call('GET', `/api/evaluations/${id}/evidence`)).body.evidence).toEqual([]);
    const links = await api.deps.store.db.selectFrom('evidence_questions').selectAll().execute();
    expect(links).toEqual([]);

    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    const entries = audit.body.entries.filter((e: { entity: string }) => e.entity === 'evidence');
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      'evidence.create',
      'evidence.update',
      'evidence.delete',
    ]);
    expect(entries[0]).toMatchObject({ actor: api.adminId, entityId: evidenceId, before: null });
    expect(entries[0].after).toEqual(created.body);
    expect(entries[1].before).toEqual(created.body);
    expect(entries[1].after).toEqual(updated.body);
    expect(entries[2]).toMatchObject({ before: updated.body, after: null });
  });

  test('creates under a client-named id; the same id again gives 409 with the record', async ({
    api,
  }) => {
    const id = await draft(api);
    const url = `/api/evaluations/${id}/evidence`;
    const evidenceId = '0b5c7a4e-3f1d-4c2a-9e8b-6d5f4a3b2c1d';
    // An autosave queue sends every save with its base version: 0 for the create.
    const created = await api.call('POST', url, { ...interview, id: evidenceId, version: 0 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: evidenceId, notes: interview.notes, version: 1 });

    // The answer was lost and the queue sends the create again, now with more notes.
    const again = await api.call('POST', url, {
      ...interview,
      id: evidenceId,
      notes: `${interview.notes} Mer.`,
      version: 0,
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'conflict',
      message: 'evidence with this id exists already',
    });
    expect(again.body.error.current).toEqual(created.body);

    // Resolved as "mine": a PUT on the stored version, with the same body (its id included).
    const put = await api.call('PUT', `${url}/${evidenceId}`, {
      ...interview,
      id: evidenceId,
      notes: `${interview.notes} Mer.`,
      version: 1,
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      id: evidenceId,
      notes: `${interview.notes} Mer.`,
      version: 2,
    });
    const list = await api.call('GET', url);
    expect(list.body.evidence).toEqual([put.body]);
    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    expect(
      audit.body.entries
        .filter((e: { entity: string }) => e.entity === 'evidence')
        .map((e: { action: string; entityId: string }) => `${e.action} ${e.entityId}`),
    ).toEqual([`evidence.create ${evidenceId}`, `evidence.update ${evidenceId}`]);
  });

  test('two creates racing with one id: one creates, the other gets 409 with it', async ({
    api,
  }) => {
    const id = await draft(api);
    const url = `/api/evaluations/${id}/evidence`;
    const evidenceId = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
    const results = await Promise.all([
      api.call('POST', url, { ...interview, id: evidenceId, notes: 'A' }),
      api.call('POST', url, { ...interview, id: evidenceId, notes: 'B' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const winner = results.find((r) => r.status === 201);
    const loser = results.find((r) => r.status === 409);
    expect(loser?.body.error.current).toEqual(winner?.body);
    expect((await api.call('GET', url)).body.evidence).toEqual([winner?.body]);
  });

  test("a client id taken in another evaluation gives 409 without that evaluation's record", async ({
    api,
  }) => {
    const first = await draft(api);
    const { body: other } = await api.call('POST', '/api/evaluations', {
      municipality: { name: 'Boxholm', code: '0560' },
      rubric: 'kk-2010',
      date: '2025-04',
      evaluators: ['Bo'],
    });
    const evidenceId = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
    const created = await api.call('POST', `/api/evaluations/${first}/evidence`, {
      ...interview,
      id: evidenceId,
    });
    expect(created.status).toBe(201);
    const taken = await api.call('POST', `/api/evaluations/${other.id}/evidence`, {
      ...interview,
      id: evidenceId,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.message).toBe('evidence with this id exists already');
    expect(taken.body.error.current).toBeNull();
    expect((await api.call('GET', `/api/evaluations/${other.id}/evidence`)).body.evidence).toEqual(
      [],
    );
  });

  test('refuses a client id that is not a UUID, a create not based on version 0, a PUT naming another id', async ({
    api,
  }) => {
    const id = await draft(api);
    const url = `/api/evaluations/${id}/evidence`;
    const notUuid = await api.call('POST', url, { ...interview, id: 'my-note-1' });
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.error.message).toBe('id: an id is a UUID, e.g. from crypto.randomUUID()');
    const versioned = await api.call('POST', url, {
      ...interview,
      id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      version: 1,
    });
    expect(versioned.status).toBe(400);
    expect(versioned.body.error.message).toBe('version: a create is based on version 0');
    const { body: created } = await api.call('POST', url, interview);
    const otherId = await api.call('PUT', `${url}/${created.id}`, {
      ...interview,
      id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      version: 1,
    });
    expect(otherId.status).toBe(400);
    expect(otherId.body.error.message).toBe(`id: is not the id in the path (${created.id})`);
    expect((await api.call('GET', url)).body.evidence).toEqual([created]);
  });

  test('records documents and web pages; a blank optional text is stored as null', async ({
    api,
  }) => {
    const id = await draft(api);
    const document = await api.call('POST', `/api/evaluations/${id}/evidence`, {
      kind: 'document',
      date: '2024-11-30',
      title: 'Budget 2025 med plan för 2026–2027',
      reference: 'KF 2024-11-25 § 112',
      function: '',
      questions: ['2.1'],
    });
    expect(document.status).toBe(201);
    expect(document.body).toMatchObject({
      kind: 'document',
      title: 'Budget 2025 med plan för 2026–2027',
      reference: 'KF 2024-11-25 § 112',
      function: null,
      intervieweeGroup: null,
      notes: '',
      questions: ['2.1'],
    });
    const page = await api.call('POST', `/api/evaluations/${id}/evidence`, {
      kind: 'webPage',
      date: '2025-03-01',
      title: 'Lämna synpunkter',
      reference: 'https://testby.se/synpunkter',
      notes: '',
      questions: [],
    });
    expect(page.body).toMatchObject({
      kind: 'webPage',
      reference: 'https://testby.se/synpunkter',
      questions: [],
      version: 1,
    });
    const list = await api.call('GET', `/api/evaluations/${id}/evidence`);
    expect(list.body.evidence.map((e: { kind: string }) => e.kind)).toEqual([
      'document',
      'webPage',
    ]);
  });

  test('filters by delfråga: all evidence tied to it', async ({ api }) => {
    const id = await draft(api);
    const url = `/api/evaluations/${id}/evidence`;
    const a = await api.call('POST', url, { ...interview, questions: ['1.1', '3.2'] });
    const b = await api.call('POST', url, { kind: 'document', title: 'Plan', questions: ['3.2'] });
    await api.call('POST', url, { kind: 'document', title: 'Annat', questions: ['4.1'] });
    await api.call('POST', url, { kind: 'document', title: 'Ingen fråga' });

    const for32 = await api.call('GET', `${url}?question=3.2`);
    expect(for32.status).toBe(200);
    expect(for32.body.evidence.map((e: { id: string }) => e.id)).toEqual([a.body.id, b.body.id]);
    const for11 = await api.call('GET', `${url}?question=1.1`);
    expect(for11.body.evidence.map((e: { id: string }) => e.id)).toEqual([a.body.id]);
    expect((await api.call('GET', `${url}?question=8.7`)).body.evidence).toEqual([]);
    expect((await api.call('GET', url)).body.evidence).toHaveLength(4);

    const unknown = await api.call('GET', `${url}?question=9.1`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe('question: unknown question "9.1" in rubric kk-2010');
    const malformed = await api.call('GET', `${url}?question=x`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toBe('question: a question id is like "1.1"');
  });

  test('gives 409 with the current record on a stale update or delete', async ({ api }) => {
    const id = await draft(api);
    const { body: created } = await api.call('POST', `/api/evaluations/${id}/evidence`, interview);
    const url = `/api/evaluations/${id}/evidence/${created.id}`;
    const first = await api.call('PUT', url, { ...interview, notes: 'Först', version: 1 });
    expect(first.status).toBe(200);
    const stale = await api.call('PUT', url, { ...interview, notes: 'Sen', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.error.current).toEqual(first.body);
    const staleDelete = await api.call('DELETE', `${url}?version=1`);
    expect(staleDelete.status).toBe(409);
    expect(staleDelete.body.error.current).toMatchObject({ notes: 'Först', version: 2 });
    const still = await api.call('GET', `/api/evaluations/${id}/evidence`);
    expect(still.body.evidence).toEqual([first.body]);
    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    expect(
      audit.body.entries.filter((e: { entity: string }) => e.entity === 'evidence'),
    ).toHaveLength(2);
  });

  test('two clients updating from the same version: one wins, one gets 409', async ({ api }) => {
    const id = await draft(api);
    const { body: created } = await api.call('POST', `/api/evaluations/${id}/evidence`, interview);
    const url = `/api/evaluations/${id}/evidence/${created.id}`;
    const [a, b] = await Promise.all([
      api.call('PUT', url, { ...interview, notes: 'A', version: 1 }),
      api.call('PUT', url, { ...interview, notes: 'B', version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.current).toEqual(winner.body);
  });

  test('refuses unknown delfrågor naming questions[i], and writes nothing', async ({ api }) => {
    const id = await draft(api);
    const response = await api.call('POST', `/api/evaluations/${id}/evidence`, {
      ...interview,
      questions: ['1.1', '9.9'],
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'invalid_input',
      message: 'questions[1]: unknown question "9.9" in rubric kk-2010',
      issues: [{ path: 'questions[1]', message: 'unknown question "9.9" in rubric kk-2010' }],
    });
    const malformed = await api.call('POST', `/api/evaluations/${id}/evidence`, {
      ...interview,
      questions: ['1'],
    });
    expect(malformed.body.error.message).toBe('questions[0]: a question id is like "1.1"');
    expect((await api.call('GET', `/api/evaluations/${id}/evidence`)).body.evidence).toEqual([]);
  });

  test('applies the kind rules: an interview needs its group, a web page its URL', async ({
    api,
  }) => {
    const id = await draft(api);
    const url = `/api/evaluations/${id}/evidence`;
    const { intervieweeGroup: _group, ...noGroup } = interview;
    const missingGroup = await api.call('POST', url, noGroup);
    expect(missingGroup.status).toBe(400);
    expect(missingGroup.body.error.message).toMatch(
      /^intervieweeGroup: an interview needs the interviewee's group \(politicianMajority, /,
    );
    const badGroup = await api.call('POST', url, { ...interview, intervieweeGroup: 'mayor' });
    expect(badGroup.status).toBe(400);
    expect(badGroup.body.error.message).toMatch(/^intervieweeGroup: /);
    const groupOnDocument = await api.call('POST', url, {
      kind: 'document',
      intervieweeGroup: 'official',
    });
    expect(groupOnDocument.body.error.message).toBe(
      'intervieweeGroup: only an interview has an interviewee group',
    );
    for (const reference of [undefined, null, '', '  ']) {
      const page = await api.call('POST', url, { kind: 'webPage', title: 'Start', reference });
      expect(page.status).toBe(400);
      expect(page.body.error.message).toBe('reference: a web page needs its URL in reference');
    }
    const badKind = await api.call('POST', url, { kind: 'video' });
    expect(badKind.body.error.message).toMatch(/^kind: /);
    const badDate = await api.call('POST', url, { ...interview, date: '2025-02-30' });
    expect(badDate.body.error.message).toBe('date: not a calendar date');
    const unknownKey = await api.call('POST', url, { ...interview, author: 'x' });
    expect(unknownKey.status).toBe(400);
    const noVersion = await api.call('PUT', `${url}/nope`, interview);
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.error.message).toMatch(/^version: /);
    const deleteWithoutVersion = await api.call('DELETE', `${url}/nope`);
    expect(deleteWithoutVersion.status).toBe(400);
    expect(deleteWithoutVersion.body.error.message).toBe(
      'version: name the version the delete is based on, e.g. ?version=3',
    );
    const deleteBadVersion = await api.call('DELETE', `${url}/nope?version=two`);
    expect(deleteBadVersion.body.error.message).toBe(
      'version: a version is a whole number, e.g. ?version=3',
    );
    expect((await api.call('GET', url)).body.evidence).toEqual([]);
  });

  test('keeps long notes exactly (up to 200,000 characters) and refuses longer', async ({
    api,
  }) => {
    const id = await draft(api);
    const url = `/api/evaluations/${id}/evidence`;
    const notes = `  Rad ett\n\tåäö ${'x'.repeat(200_000)}`.slice(0, 200_000);
    expect(notes).toHaveLength(200_000);
    const long = await api.call('POST', url, { ...interview, notes });
    expect(long.status).toBe(201);
    expect(long.body.notes).toBe(notes);
    expect((await api.call('GET', url)).body.evidence[0].notes).toBe(notes);
    const tooLong = await api.call('POST', url, { ...interview, notes: `${notes}x` });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.message).toMatch(/^notes: /);
  });

  test('gives 404 for an unknown evaluation or evidence of another evaluation', async ({ api }) => {
    const first = await draft(api);
    const { body: other } = await api.call('POST', '/api/evaluations', {
      municipality: { name: 'Boxholm', code: '0560' },
      rubric: 'kk-2010',
      date: '2025-04',
      evaluators: ['Bo'],
    });
    const { body: created } = await api.call(
      'POST',
      `/api/evaluations/${first}/evidence`,
      interview,
    );
    const wrong = await api.call('PUT', `/api/evaluations/${other.id}/evidence/${created.id}`, {
      ...interview,
      version: 1,
    });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.message).toBe(`evidence ${created.id} not found`);
    const wrongDelete = await api.call(
      'DELETE',
      `/api/evaluations/${other.id}/evidence/${created.id}?version=1`,
    );
    expect(wrongDelete.status).toBe(404);
    const missing = await api.call('GET', '/api/evaluations/nope/evidence');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('evaluation nope not found');
    const create = await api.call('POST', '/api/evaluations/nope/evidence', interview);
    expect(create.status).toBe(404);
  });

  test('refuses every write to a published evaluation with 409 published', async ({ api }) => {
    const { body } = await api.call('POST', '/api/evaluations/import', {
      ...enkopingFile(),
      status: 'published',
      evidence: [{ kind: 'document', title: 'Årsredovisning', notes: '', questions: ['1.3'] }],
    });
    const id = body.id;
    const [existing] = (await api.call('GET', `/api/evaluations/${id}/evidence`)).body.evidence;
    expect(existing).toMatchObject({ kind: 'document', questions: ['1.3'], version: 1 });
    const url = `/api/evaluations/${id}/evidence`;
    const writes = [
      await api.call('POST', url, interview),
      await api.call('PUT', `${url}/${existing.id}`, { ...interview, version: 1 }),
      await api.call('DELETE', `${url}/${existing.id}?version=1`),
    ];
    for (const response of writes) {
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('published');
    }
    expect((await api.call('GET', url)).body.evidence).toEqual([existing]);
    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    expect(audit.body.entries.map((e: { action: string }) => e.action)).not.toContain(
      'evidence.create',
    );
  });

  test('exports evidence created through the API in the evaluation file', async ({ api }) => {
    const id = await draft(api);
    await api.call('POST', `/api/evaluations/${id}/evidence`, interview);
    await api.call('POST', `/api/evaluations/${id}/evidence`, {
      kind: 'webPage',
      reference: 'https://testby.se',
      title: '',
    });
    const exported = await api.call('GET', `/api/evaluations/${id}/export`);
    expect(exported.body.evidence).toEqual([
      { ...interview, questions: ['1.1', '3.2'] },
      { kind: 'webPage', reference: 'https://testby.se', notes: '', questions: [] },
    ]);
  });
});
