import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { projectRoot } from '../../rubrics/project-root';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import type { TestApp } from '../test-support/test-app';

const fixture = (name: string) =>
  readFileSync(join(projectRoot(), 'fixtures/references', name), 'utf8');

const vallentuna = {
  id: 'vallentuna-2015',
  municipality: { name: 'Vallentuna', code: '0115' },
  year: 2015,
  rubric: 'kk-2010',
  kind: 'municipality',
  areas: { '1': 60, '2': 55.5, '3': 70, '4': 50, '5': 45, '6': 65, '7': 58, '8': 62 },
  total: 465.5,
  source: 'https://example.se/vallentuna',
};

/** Posts CSV text (or bytes) to the import endpoint. */
function importCsv(api: TestApp, body: BodyInit, contentType = 'text/csv') {
  return api.app.request('/api/references/import', {
    method: 'POST',
    headers: { 'content-type': contentType, cookie: api.adminCookie },
    body,
  });
}

async function storedIds(api: TestApp) {
  const rows = await api.deps.store.db
    .selectFrom('reference_results')
    .select('id')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

describe.each(DIALECTS)('references API on %s', (dialect) => {
  const test = apiTest(dialect);

  test('creates, reads, lists, updates and deletes a reference, auditing each change', async ({
    api,
  }) => {
    const created = await api.call('POST', '/api/references', vallentuna);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ ...vallentuna, totalsOnly: false, version: 1 });
    expect((await api.call('GET', '/api/references/vallentuna-2015')).body).toEqual(created.body);

    const updated = await api.call('PUT', '/api/references/vallentuna-2015', {
      ...vallentuna,
      note: 'Area 2 read from the radar chart',
      version: 1,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toEqual({
      ...vallentuna,
      note: 'Area 2 read from the radar chart',
      totalsOnly: false,
      version: 2,
    });
    const list = await api.call('GET', '/api/references');
    expect(list.status).toBe(200);
    expect(list.body.references).toEqual([updated.body]);

    const removed = await api.call('DELETE', '/api/references/vallentuna-2015?version=2');
    expect(removed.status).toBe(204);
    const gone = await api.call('GET', '/api/references/vallentuna-2015');
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toBe('reference vallentuna-2015 not found');

    const audit = await api.deps.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'reference')
      .orderBy('id')
      .execute();
    expect(audit.map((row) => [row.action, row.actor, row.entity_id])).toEqual([
      ['reference.create', api.adminId, 'vallentuna-2015'],
      ['reference.update', api.adminId, 'vallentuna-2015'],
      ['reference.delete', api.adminId, 'vallentuna-2015'],
    ]);
    expect(JSON.parse(audit[1]?.before ?? '')).toEqual(created.body);
    expect(JSON.parse(audit[1]?.after ?? '')).toEqual(updated.body);
    expect(audit[2]?.after).toBeNull();
  });

  test('refuses an id that exists with 409 duplicate', async ({ api }) => {
    const first = await api.call('POST', '/api/references', vallentuna);
    const again = await api.call('POST', '/api/references', { ...vallentuna, year: 2016 });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'duplicate',
      message: 'id: a reference "vallentuna-2015" already exists',
      current: first.body,
    });
    expect((await api.call('GET', '/api/references/vallentuna-2015')).body.year).toBe(2015);
  });

  test('gives 409 with the current record on a stale update or delete', async ({ api }) => {
    await api.call('POST', '/api/references', vallentuna);
    const url = '/api/references/vallentuna-2015';
    const first = await api.call('PUT', url, { ...vallentuna, source: 'seed 002', version: 1 });
    const stale = await api.call('PUT', url, { ...vallentuna, source: 'other', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
    expect(stale.body.error.current).toEqual(first.body);
    const staleDelete = await api.call('DELETE', `${url}?version=1`);
    expect(staleDelete.status).toBe(409);
    expect(staleDelete.body.error.current).toEqual(first.body);
    expect(await storedIds(api)).toEqual(['vallentuna-2015']);
    const unknown = await api.call('PUT', '/api/references/nope-1', {
      ...vallentuna,
      id: 'nope-1',
      version: 1,
    });
    expect(unknown.status).toBe(404);
  });

  test('refuses invalid bodies with 400 naming the field', async ({ api }) => {
    const rubric = await api.call('POST', '/api/references', { ...vallentuna, rubric: 'kk-1999' });
    expect(rubric.status).toBe(400);
    expect(rubric.body.error.message).toBe(
      'rubric: unknown rubric "kk-1999" (known: kk-2010, kk-2020)',
    );
    // A published total that is not the sum of the areas is kept as published, with a note.
    const total = await api.call('POST', '/api/references', {
      ...vallentuna,
      id: 'vallentuna-rounded',
      total: 466,
    });
    expect(total.status).toBe(201);
    expect(total.body.total).toBe(466);
    expect(total.body.note).toContain(
      'Publicerad totalsumma 466 skiljer sig från summan av områdena 465,5',
    );
    const area = await api.call('POST', '/api/references', {
      ...vallentuna,
      areas: { ...vallentuna.areas, '4': 101 },
    });
    expect(area.body.error.message).toMatch(/^areas\["4"\]: 101 is above 100/);
    const id = await api.call('POST', '/api/references', { ...vallentuna, id: 'Vallentuna 2015' });
    expect(id.body.error.message).toMatch(/^id: an id is lower-case letters/);
    const code = await api.call('POST', '/api/references', {
      ...vallentuna,
      municipality: { name: 'Vallentuna', code: '115' },
    });
    expect(code.body.error.message).toBe(
      'municipality.code: a kommunkod is four digits, e.g. "0381"',
    );
    await api.call('POST', '/api/references', vallentuna);
    const renamed = await api.call('PUT', '/api/references/vallentuna-2015', {
      ...vallentuna,
      id: 'vallentuna-2016',
      version: 1,
    });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.message).toBe(
      'id: the id cannot change: the path names "vallentuna-2015"',
    );
    const noVersion = await api.call('PUT', '/api/references/vallentuna-2015', vallentuna);
    expect(noVersion.body.error.message).toMatch(/^version: /);
    const badRubric = await api.call('PUT', '/api/references/vallentuna-2015', {
      ...vallentuna,
      rubric: 'kk-1999',
      version: 1,
    });
    expect(badRubric.body.error.message).toMatch(/^rubric: unknown rubric "kk-1999"/);
    const noDeleteVersion = await api.call('DELETE', '/api/references/vallentuna-2015');
    expect(noDeleteVersion.status).toBe(400);
    expect(noDeleteVersion.body.error.message).toMatch(/^version: /);
    expect((await api.call('GET', '/api/references/vallentuna-2015')).body.version).toBe(1);
  });

  test('filters the list by rubric', async ({ api }) => {
    await api.call('POST', '/api/references', vallentuna);
    await api.call('POST', '/api/references', {
      ...vallentuna,
      id: 'vallentuna-2021',
      year: 2021,
      rubric: 'kk-2020',
    });
    const v2010 = await api.call('GET', '/api/references?rubric=kk-2010');
    expect(v2010.body.references.map((r: { id: string }) => r.id)).toEqual(['vallentuna-2015']);
    const v2020 = await api.call('GET', '/api/references?rubric=kk-2020');
    expect(v2020.body.references.map((r: { id: string }) => r.id)).toEqual(['vallentuna-2021']);
    const all = await api.call('GET', '/api/references');
    expect(all.body.references).toHaveLength(2);
  });

  test('imports the example CSV (Swedish Excel: BOM, `;`) as 2 references', async ({ api }) => {
    const response = await importCsv(api, fixture('example.csv'));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ids: ['grastorp-2014', 'orebro-2012'] });
    const orebro = await api.call('GET', '/api/references/orebro-2012');
    expect(orebro.body).toMatchObject({
      municipality: { name: 'Örebro', code: '1880' },
      year: 2012,
      rubric: 'kk-2010',
      kind: 'municipality',
      areas: { '1': 68, '2': 85, '3': 86, '4': 74, '5': 70, '6': 74, '7': 71, '8': 87 },
      total: 615,
      version: 1,
    });
    expect(orebro.body.note).toBeUndefined();
    const audit = await api.deps.store.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity', '=', 'reference')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'reference.import', entity_id: 'grastorp-2014' },
      { action: 'reference.import', entity_id: 'orebro-2012' },
    ]);
  });

  test('reads decimal commas, and CSV saved as Windows-1252', async ({ api }) => {
    const csv =
      'Kommun;Kommunkod;År;Version;1;2;3;4;5;6;7;8;Totalt;Källa\r\n' +
      'Örebro;1880;2014;kk-2010;70,5;85;86;74;70;74;71;87;617,5;seed 002\r\n';
    const latin1 = Uint8Array.from(csv, (ch) => ch.charCodeAt(0));
    const response = await importCsv(api, latin1);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ids: ['orebro-2014'] });
    const stored = await api.call('GET', '/api/references/orebro-2014');
    expect(stored.body.municipality.name).toBe('Örebro');
    expect(stored.body.areas['1']).toBe(70.5);
    expect(stored.body.total).toBe(617.5);
  });

  test('a CSV with one bad row writes nothing and names the line and column', async ({ api }) => {
    const lines = fixture('example.csv').split('\n');
    lines[2] = (lines[2] ?? '').replace(';74;', ';sju;');
    const response = await importCsv(api, lines.join('\n'));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toBe('line 3, column "4": "sju" is not a number');
    expect(body.error.issues).toEqual([
      { path: 'line 3, column "4"', line: 3, message: '"sju" is not a number' },
    ]);
    expect(await storedIds(api)).toEqual([]);
  });

  test('a CSV row with an unknown rubric writes nothing and names its line', async ({ api }) => {
    const csv = fixture('example.csv').replace('2012;kk-2010', '2012;kk-1999');
    const response = await importCsv(api, csv);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.message).toBe(
      'line 3, column "Version": unknown rubric "kk-1999" (known: kk-2010, kk-2020)',
    );
    expect(body.error.issues[0].line).toBe(3);
    expect(await storedIds(api)).toEqual([]);
  });

  test('an import naming an id that exists gives 409 duplicate and writes nothing', async ({
    api,
  }) => {
    await api.call('POST', '/api/references', {
      ...vallentuna,
      id: 'orebro-2012',
      municipality: { name: 'Örebro', code: '1880' },
    });
    const csv = await importCsv(api, fixture('example.csv'));
    expect(csv.status).toBe(409);
    const csvBody = await csv.json();
    expect(csvBody.error.code).toBe('duplicate');
    expect(csvBody.error.message).toBe(
      'line 3, column "Kommun": a reference "orebro-2012" already exists',
    );
    const json = await api.call(
      'POST',
      '/api/references/import',
      JSON.parse(fixture('orebro.json')),
    );
    expect(json.status).toBe(409);
    expect(json.body.error.message).toBe(
      'references[1].id: a reference "orebro-2012" already exists',
    );
    expect(await storedIds(api)).toEqual(['orebro-2012']);
  });

  test('imports a JSON references file; any invalid record rejects the whole file', async ({
    api,
  }) => {
    const file = JSON.parse(fixture('orebro.json'));
    const response = await api.call('POST', '/api/references/import', file);
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ ids: ['orebro-2010', 'orebro-2012', 'orebro-2015'] });
    expect((await api.call('GET', '/api/references/orebro-2010')).body.note).toMatch(/^Derived/);

    const two = {
      format: 'kommunkompassen-references/1',
      references: [
        ...JSON.parse(fixture('sverigesnitt.json')).references,
        ...JSON.parse(fixture('vallentuna.json')).references,
      ],
    };
    const badRubric = structuredClone(two);
    badRubric.references[1].rubric = 'kk-1999';
    const refused = await api.call('POST', '/api/references/import', badRubric);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(
      /^references\[1\]\.rubric: unknown rubric "kk-1999"/,
    );
    const badTotal = structuredClone(two);
    badTotal.references[0].total = 900;
    const refusedTotal = await api.call('POST', '/api/references/import', badTotal);
    expect(refusedTotal.status).toBe(400);
    expect(refusedTotal.body.error.message).toMatch(/^references\[0\]\.total: 900 is above 800/);
    const empty = await api.call('POST', '/api/references/import', {
      format: 'kommunkompassen-references/1',
      references: [],
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe('references: the file holds no references');
    expect(await storedIds(api)).toEqual(['orebro-2010', 'orebro-2012', 'orebro-2015']);
  });

  test('keeps a result published as a total only: no areas, flagged in the list', async ({
    api,
  }) => {
    const { areas: _, ...rest } = vallentuna;
    const totalOnly = { ...rest, id: 'vallentuna-2017', year: 2017, total: 555 };
    const created = await api.call('POST', '/api/references', totalOnly);
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ ...totalOnly, totalsOnly: true, version: 1 });
    await api.call('POST', '/api/references', vallentuna);
    const list = await api.call('GET', '/api/references');
    expect(
      list.body.references.map((r: { id: string; totalsOnly: boolean; areas?: object }) => [
        r.id,
        r.totalsOnly,
        r.areas === undefined,
      ]),
    ).toEqual([
      ['vallentuna-2015', false, false],
      ['vallentuna-2017', true, true],
    ]);
    // Areas can be added later, when they are published: the flag follows the record.
    const withAreas = await api.call('PUT', '/api/references/vallentuna-2017', {
      ...totalOnly,
      areas: vallentuna.areas,
      total: 465.5,
      version: 1,
    });
    expect(withAreas.body.totalsOnly).toBe(false);
    const partial = await api.call('POST', '/api/references', {
      ...totalOnly,
      id: 'vallentuna-2019',
      areas: { '1': 60 },
    });
    expect(partial.status).toBe(400);
    expect(partial.body.error.message).toBe(
      'areas["2"]: missing: give all the areas "1" to "8", or leave out "areas" for a result ' +
        'published as a total only (and 6 more)',
    );
  });

  test('imports totals-only CSV rows; a half-filled row rejects the file naming row and column', async ({
    api,
  }) => {
    const header = 'Kommun;Kommunkod;År;Version;1;2;3;4;5;6;7;8;Totalt;Källa';
    const rows = [
      'Höganäs;1284;2020;kk-2020;;;;;;;;;611;DOMAIN.md, published totals',
      'Höganäs;1284;2023;kk-2020;;;;;;;;;679;DOMAIN.md, published totals',
    ];
    const bad = 'Nacka;0182;2011;kk-2010;70;;;;;;;;644;DOMAIN.md, published totals';
    const refused = await importCsv(api, [header, rows[0], bad, rows[1]].join('\r\n'));
    expect(refused.status).toBe(400);
    const error = (await refused.json()).error;
    expect(error.message).toMatch(/^line 3, column "2": is empty: fill in all the areas 1 to 8/);
    expect(error.issues).toHaveLength(7);
    expect(await storedIds(api)).toEqual([]);

    const response = await importCsv(api, [header, ...rows].join('\r\n'));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ids: ['hoganas-2020', 'hoganas-2023'] });
    const stored = await api.call('GET', '/api/references/hoganas-2023');
    expect(stored.body).toMatchObject({ total: 679, rubric: 'kk-2020', totalsOnly: true });
    expect(stored.body.areas).toBeUndefined();
  });

  test('refuses an import that is neither JSON nor CSV with 415', async ({ api }) => {
    const response = await importCsv(api, 'Kommun;Kommunkod', 'text/plain');
    expect(response.status).toBe(415);
    expect((await response.json()).error.code).toMatch(/^(bad_request|unsupported_media_type)$/);
    const empty = await importCsv(api, '\uFEFF');
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.message).toBe(
      'line 1: the file is empty: expected a header line',
    );
  });
});
