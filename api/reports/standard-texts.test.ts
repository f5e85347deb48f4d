import { describe, expect } from 'vitest';
import { listAudit } from '../audit/audit.repository';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile, type TestApp } from '../test-support/test-app';
import { STANDARD_TEXTS_FORMAT } from './standard-texts.schemas';
import { withoutIsolates } from './test-support/without-isolates';

const KEY = 'rubric=kk-2010&rubricVersion=1.0.0&language=sv';

async function current(api: TestApp) {
  const response = await api.call('GET', `/api/report-texts?${KEY}`);
  expect(response.status).toBe(200);
  return response.body;
}

const save = (api: TestApp, body: object, cookie?: string) =>
  api.call('PUT', '/api/report-texts', body, cookie ? { cookie } : {});

async function reportHtml(api: TestApp, id: string) {
  const response = await api.app.request(`/api/evaluations/${id}/report`, {
    headers: { cookie: api.adminCookie },
  });
  return withoutIsolates(await response.text());
}

describe.each(DIALECTS)('standard texts of the report on %s', (dialect) => {
  const test = apiTest(dialect);

  test('ship as defaults (version 0) and save as the next version, audited; stale is 409', async ({
    api,
  }) => {
    const shipped = await current(api);
    expect(shipped).toMatchObject({
      format: STANDARD_TEXTS_FORMAT,
      rubric: 'kk-2010',
      rubricVersion: '1.0.0',
      language: 'sv',
      version: 0,
      updatedAt: null,
    });
    expect(shipped.texts.intro).toContain('{areas}');
    expect(Object.keys(shipped.texts.areas)).toHaveLength(8);
    const edited = {
      ...shipped,
      texts: { ...shipped.texts, comparisons: 'Våra egna jämförelser på {website}.' },
    };
    delete edited.updatedAt;
    delete edited.updatedBy;
    const saved = await save(api, edited);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, updatedBy: 'Admin' });
    expect(saved.body.texts.comparisons).toBe('Våra egna jämförelser på {website}.');
    // Based on version 0 again: someone saved in between.
    const stale = await save(api, edited);
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.version).toBe(1);
    const audit = await listAudit(api.deps.store.db, { entity: 'report_texts' });
    expect(audit.map((row) => [row.action, row.entity_id])).toEqual([
      ['report_texts.update', 'kk-2010/1.0.0/sv'],
    ]);
    expect(JSON.parse(audit[0]?.before ?? '{}').version).toBe(0);
  });

  test('refuse an unknown placeholder, an unknown area and an unknown rubric version, naming them', async ({
    api,
  }) => {
    const shipped = await current(api);
    const base = { ...shipped, version: 0 };
    delete base.updatedAt;
    delete base.updatedBy;
    const placeholder = await save(api, {
      ...base,
      texts: { ...shipped.texts, intro: 'Om {kommunen}.' },
    });
    expect(placeholder.status).toBe(400);
    expect(placeholder.body.error.message).toContain('texts.intro: unknown placeholder {kommunen}');
    const area = await save(api, {
      ...base,
      texts: { ...shipped.texts, areas: { ...shipped.texts.areas, 9: { general: 'x' } } },
    });
    expect(area.status).toBe(400);
    expect(area.body.error.message).toContain('texts.areas.9');
    const version = await save(api, { ...base, rubricVersion: '9.9.9' });
    expect(version.status).toBe(404);
    // Nothing was written.
    expect((await current(api)).version).toBe(0);
  });

  test('are the admins’: an evaluator may neither read nor save them', async ({ api }) => {
    const evaluator = await api.user('evaluator', { email: 'eva@test.se', name: 'Eva' });
    const shipped = await current(api);
    expect(
      (await api.call('GET', `/api/report-texts?${KEY}`, undefined, { cookie: evaluator.cookie }))
        .status,
    ).toBe(403);
    const body = { ...shipped, version: 0 };
    delete body.updatedAt;
    delete body.updatedBy;
    expect((await save(api, body, evaluator.cookie)).status).toBe(403);
  });

  test('a published report keeps the texts it was published with; a draft takes the new ones', async ({
    api,
  }) => {
    const published = await api.call('POST', '/api/evaluations/import', enkopingFile());
    expect(published.status).toBe(201);
    const draft = await api.call('POST', '/api/evaluations', {
      municipality: { name: 'Götene', code: '1471' },
      rubric: 'kk-2010',
      date: '2025-03',
      evaluators: ['Anna'],
    });
    api.clock.advance(60_000);
    const shipped = await current(api);
    const body = {
      ...shipped,
      version: 0,
      texts: {
        ...shipped.texts,
        areas: {
          ...shipped.texts.areas,
          1: { ...shipped.texts.areas['1'], general: 'Ny allmän text om {kommun}.' },
        },
      },
    };
    delete body.updatedAt;
    delete body.updatedBy;
    expect((await save(api, body)).status).toBe(200);
    const old = await reportHtml(api, published.body.id);
    expect(old).not.toContain('Ny allmän text');
    expect(old).toContain(shipped.texts.areas['1'].general.split('\n')[0].slice(0, 60));
    expect(await reportHtml(api, draft.body.id)).toContain(
      '<p>Ny allmän text om Götene kommun.</p>',
    );
  });

  test('a user sets their own organisation, printed with their name on the cover', async ({
    api,
  }) => {
    const evaluator = await api.user('evaluator', { email: 'leif@test.se', name: 'Leif' });
    const own = await api.call('GET', '/api/auth/profile', undefined, { cookie: evaluator.cookie });
    expect(own.body).toEqual({ organisation: null, version: 1 });
    const saved = await api.call(
      'PUT',
      '/api/auth/profile',
      { organisation: '  SKL ', version: 1 },
      { cookie: evaluator.cookie },
    );
    expect(saved.body).toEqual({ organisation: 'SKL', version: 2 });
    const stale = await api.call(
      'PUT',
      '/api/auth/profile',
      { organisation: 'SKR', version: 1 },
      { cookie: evaluator.cookie },
    );
    expect(stale.status).toBe(409);
    // An admin sets another's organisation in user admin.
    const users = await api.call('GET', '/api/users');
    const leif = users.body.users.find((u: { email: string }) => u.email === 'leif@test.se');
    expect(leif.organisation).toBe('SKL');
    const changed = await api.call('PUT', `/api/users/${leif.id}`, {
      version: leif.version,
      organisation: 'Katrineholms kommun',
    });
    expect(changed.body.organisation).toBe('Katrineholms kommun');
    const created = await api.call('POST', '/api/evaluations', {
      municipality: { name: 'Götene', code: '1471' },
      rubric: 'kk-2010',
      date: '2025-03',
      evaluators: [{ name: 'Leif', userId: leif.id }],
    });
    expect(created.status).toBe(201);
    expect(await reportHtml(api, created.body.id)).toContain('<p>Leif, Katrineholms kommun</p>');
  });
});
