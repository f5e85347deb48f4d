import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile, type TestApp } from '../test-support/test-app';

async function draft(api: TestApp): Promise<string> {
  const { body } = await api.call('POST', '/api/evaluations', {
    municipality: { name: 'Ydre', code: '0512' },
    rubric: 'kk-2010',
    date: '2025-03',
    evaluators: ['Anna'],
  });
  return body.id;
}

const texts = {
  summary: '  Kommunen har en tydlig vision.\n\nMen uppföljningen brister.  ',
  strengths: ['Vision 2030 är känd i organisationen', ' Stratsys används '],
  improvements: ['Följ upp målen i bokslutet'],
};

describe.each(DIALECTS)('area texts API on %s', (dialect) => {
  const test = apiTest(dialect);

  test('lists every area of the rubric in order, version 0 and empty when never saved', async ({
    api,
  }) => {
    const id = await draft(api);
    const response = await api.call('GET', `/api/evaluations/${id}/areas`);
    expect(response.status).toBe(200);
    expect(response.body.areas.map((a: { areaId: string }) => a.areaId)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    expect(response.body.areas[0]).toEqual({
      areaId: '1',
      summary: '',
      strengths: [],
      improvements: [],
      version: 0,
    });
  });

  test('creates at version 0, updates by version, keeps the text exactly as typed', async ({
    api,
  }) => {
    const id = await draft(api);
    const url = `/api/evaluations/${id}/areas/3`;
    const created = await api.call('PUT', url, { ...texts, version: 0 });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({ areaId: '3', ...texts, version: 1 });
    const updated = await api.call('PUT', url, {
      ...texts,
      improvements: [...texts.improvements, 'Inför medborgardialog'],
      version: 1,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      improvements: ['Följ upp målen i bokslutet', 'Inför medborgardialog'],
      version: 2,
    });
    const list = await api.call('GET', `/api/evaluations/${id}/areas`);
    expect(list.body.areas[2]).toEqual(updated.body);
    expect(list.body.areas[3].version).toBe(0);

    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    const entries = audit.body.entries.filter((e: { entity: string }) => e.entity === 'areaText');
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      'areaText.create',
      'areaText.update',
    ]);
    expect(entries[0]).toMatchObject({ actor: api.adminId, before: null, after: created.body });
    expect(entries[1]).toMatchObject({ before: created.body, after: updated.body });
  });

  test('gives 409 with the current texts on a second create or a stale version', async ({
    api,
  }) => {
    const id = await draft(api);
    const url = `/api/evaluations/${id}/areas/1`;
    const created = await api.call('PUT', url, { ...texts, version: 0 });
    const again = await api.call('PUT', url, { ...texts, summary: 'Annan', version: 0 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    expect(again.body.error.current).toEqual(created.body);
    const updated = await api.call('PUT', url, { ...texts, summary: 'Ny', version: 1 });
    const stale = await api.call('PUT', url, { ...texts, summary: 'Gammal', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toEqual(updated.body);
    const never = await api.call('PUT', `/api/evaluations/${id}/areas/2`, { ...texts, version: 4 });
    expect(never.status).toBe(409);
    expect(never.body.error.current).toMatchObject({ areaId: '2', version: 0 });
  });

  test('two first saves racing: one creates, the other gets 409 with the winner', async ({
    api,
  }) => {
    const id = await draft(api);
    const url = `/api/evaluations/${id}/areas/5`;
    const results = await Promise.all([
      api.call('PUT', url, { ...texts, summary: 'A', version: 0 }),
      api.call('PUT', url, { ...texts, summary: 'B', version: 0 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200);
    const loser = results.find((r) => r.status === 409);
    expect(loser?.body.error.current).toEqual(winner?.body);
  });

  test('refuses empty list items naming strengths[i], and other invalid bodies', async ({
    api,
  }) => {
    const id = await draft(api);
    const url = `/api/evaluations/${id}/areas/1`;
    const empty = await api.call('PUT', url, {
      ...texts,
      strengths: ['Bra', '', 'Också bra'],
      version: 0,
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe(
      'strengths[1]: an item is empty: write something or remove it',
    );
    const blank = await api.call('PUT', url, { ...texts, improvements: ['  \n'], version: 0 });
    expect(blank.body.error.message).toMatch(/^improvements\[0\]: an item is empty/);
    const noSummary = await api.call('PUT', url, {
      strengths: [],
      improvements: [],
      version: 0,
    });
    expect(noSummary.body.error.message).toMatch(/^summary: /);
    const negative = await api.call('PUT', url, { ...texts, version: -1 });
    expect(negative.body.error.message).toMatch(/^version: /);
    const notList = await api.call('PUT', url, { ...texts, strengths: 'Bra', version: 0 });
    expect(notList.body.error.message).toMatch(/^strengths: /);
    expect((await api.call('GET', `/api/evaluations/${id}/areas`)).body.areas[0].version).toBe(0);
  });

  test('gives 404 for an area the rubric lacks and for an unknown evaluation', async ({ api }) => {
    const id = await draft(api);
    const unknown = await api.call('PUT', `/api/evaluations/${id}/areas/9`, {
      ...texts,
      version: 0,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('area 9 in rubric kk-2010 not found');
    const missing = await api.call('GET', '/api/evaluations/nope/areas');
    expect(missing.status).toBe(404);
    const missingPut = await api.call('PUT', '/api/evaluations/nope/areas/1', {
      ...texts,
      version: 0,
    });
    expect(missingPut.status).toBe(404);
  });

  test("shows an imported evaluation's texts and refuses writes once it is published", async ({
    api,
  }) => {
    const file = enkopingFile() as { areas: Record<string, Record<string, unknown>> };
    const { body } = await api.call('POST', '/api/evaluations/import', {
      ...file,
      status: 'published',
    });
    const list = await api.call('GET', `/api/evaluations/${body.id}/areas`);
    expect(list.body.areas).toHaveLength(8);
    expect(list.body.areas[0]).toEqual({
      areaId: '1',
      summary: file.areas['1']?.summary,
      strengths: file.areas['1']?.strengths,
      improvements: file.areas['1']?.improvements,
      version: 1,
    });
    const refused = await api.call('PUT', `/api/evaluations/${body.id}/areas/1`, {
      ...texts,
      version: 1,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('published');
    const after = await api.call('GET', `/api/evaluations/${body.id}/areas`);
    expect(after.body.areas[0]).toEqual(list.body.areas[0]);
  });
});
