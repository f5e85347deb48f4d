import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import type { TestApp } from '../test-support/test-app';

const enkoping = { name: 'Enköping', code: '0381', officialName: 'Enköpings kommun' };

async function auditOf(api: TestApp, entity: string) {
  return api.deps.store.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', entity)
    .orderBy('id')
    .execute();
}

describe.each(DIALECTS)('municipalities API on %s', (dialect) => {
  const test = apiTest(dialect);

  test('creates, lists and renames a kommun, auditing each change', async ({ api }) => {
    const created = await api.call('POST', '/api/municipalities', enkoping);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      ...enkoping,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: created.body.createdAt,
    });
    await api.call('POST', '/api/municipalities', { name: 'Alingsås', code: '1489' });
    const list = await api.call('GET', '/api/municipalities');
    expect(list.status).toBe(200);
    expect(list.body.municipalities.map((m: { name: string }) => m.name)).toEqual([
      'Alingsås',
      'Enköping',
    ]);
    expect(list.body.municipalities[0].officialName).toBeNull();

    const url = `/api/municipalities/${created.body.id}`;
    const renamed = await api.call('PUT', url, { version: 1, officialName: 'Enköping kommun' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      code: '0381',
      name: 'Enköping',
      officialName: 'Enköping kommun',
      version: 2,
    });
    const cleared = await api.call('PUT', url, { version: 2, officialName: null });
    expect(cleared.body).toMatchObject({ name: 'Enköping', officialName: null, version: 3 });

    const audit = await auditOf(api, 'municipality');
    expect(audit.map((row) => [row.action, row.actor, row.entity_id])).toEqual([
      ['municipality.create', api.adminId, created.body.id],
      ['municipality.create', api.adminId, expect.any(String)],
      ['municipality.update', api.adminId, created.body.id],
      ['municipality.update', api.adminId, created.body.id],
    ]);
    expect(JSON.parse(audit[2]?.before ?? '')).toEqual(created.body);
    expect(JSON.parse(audit[2]?.after ?? '')).toEqual(renamed.body);
  });

  test('refuses a kommunkod that exists with 409 duplicate, naming code', async ({ api }) => {
    const first = await api.call('POST', '/api/municipalities', enkoping);
    const again = await api.call('POST', '/api/municipalities', { name: 'Enköping', code: '0381' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'duplicate',
      message: 'code: kommunkod 0381 already belongs to Enköping',
      current: first.body,
    });
    // A kommun created by an evaluation counts too.
    await api.call('POST', '/api/evaluations', {
      municipality: { name: 'Grästorp', code: '1444' },
      rubric: 'kk-2010',
      date: '2014-05',
      evaluators: ['A'],
    });
    const grastorp = await api.call('POST', '/api/municipalities', {
      name: 'Grästorp',
      code: '1444',
    });
    expect(grastorp.status).toBe(409);
    expect(grastorp.body.error.code).toBe('duplicate');
    expect((await api.call('GET', '/api/municipalities')).body.municipalities).toHaveLength(2);
  });

  test('gives 409 with the current record on a stale version, 404 for an unknown id', async ({
    api,
  }) => {
    const { body } = await api.call('POST', '/api/municipalities', enkoping);
    const url = `/api/municipalities/${body.id}`;
    const first = await api.call('PUT', url, { version: 1, officialName: 'Enköping A' });
    const stale = await api.call('PUT', url, { version: 1, officialName: 'Enköping B' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.error.current).toEqual(first.body);
    const unknown = await api.call('PUT', '/api/municipalities/nope', {
      version: 1,
      officialName: 'X',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('kommun nope not found');
  });

  test('refuses invalid bodies with 400 naming the field', async ({ api }) => {
    const badCode = await api.call('POST', '/api/municipalities', { name: 'X', code: '381' });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.message).toBe('code: a kommunkod is four digits, e.g. "0381"');
    const noName = await api.call('POST', '/api/municipalities', { code: '0381' });
    expect(noName.body.error.message).toMatch(/^name: /);
    const emptyName = await api.call('POST', '/api/municipalities', { name: '', code: '0381' });
    expect(emptyName.body.error.message).toMatch(/^name: /);
    const { body } = await api.call('POST', '/api/municipalities', enkoping);
    const noVersion = await api.call('PUT', `/api/municipalities/${body.id}`, { name: 'X' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.error.message).toMatch(/^version: /);
    const newCode = await api.call('PUT', `/api/municipalities/${body.id}`, {
      version: 1,
      code: '0382',
    });
    expect(newCode.status).toBe(400);
    expect(newCode.body.error.message).toMatch(/code/);
    expect((await api.call('GET', '/api/municipalities')).body.municipalities).toEqual([body]);
  });
});
