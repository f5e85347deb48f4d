import ExcelJS from 'exceljs';
import { describe, expect } from 'vitest';
import { canonicalRubricText } from '../../rubrics/canonical-rubric';
import type { Rubric } from '../../rubrics/rubric';
import { createApp } from '../app';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { library, type TestApp } from '../test-support/test-app';
import { RubricStore } from './rubric-store';
import { testRubric, workbookOf, workbookRows } from './test-support/test-rubric';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends raw bytes (a workbook) or text as the body, with the admin's cookie unless told. */
async function send(
  api: TestApp,
  method: string,
  path: string,
  body: Uint8Array | string,
  options: { contentType?: string; cookie?: string } = {},
) {
  const response = await api.app.request(path, {
    method,
    headers: {
      'content-type': options.contentType ?? (typeof body === 'string' ? 'application/json' : XLSX),
      cookie: options.cookie ?? api.adminCookie,
    },
    body: body as BodyInit,
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

const importJson = (api: TestApp, rubric: Rubric, query = '') =>
  send(api, 'POST', `/api/rubric-versions/import${query}`, JSON.stringify(rubric, null, 2));

async function storedCount(api: TestApp) {
  const rows = await api.deps.store.db.selectFrom('rubric_versions').select('id').execute();
  return rows.length;
}

describe.each(DIALECTS)('rubric versions API on %s', (dialect) => {
  const test = apiTest(dialect);

  test('imports JSON as a draft that only admins see, in full and in the list', async ({ api }) => {
    const imported = await importJson(api, testRubric());
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({
      outcome: 'created',
      message: 'Version 1 skapad som utkast.',
      version: {
        id: 'test-rubrik',
        version: '1',
        status: 'draft',
        origin: 'import',
        questionCount: 32,
        publishedAt: null,
      },
    });
    const { versionId } = imported.body.version;
    const preview = await api.call('GET', `/api/rubrics/versions/${versionId}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ status: 'draft', id: 'test-rubrik' });
    expect(preview.body.areas[2].headings).toEqual(['Testrubrik A', 'Testrubrik B']);
    expect(preview.body.areas[0].questions[0]).toEqual({
      id: '1.1',
      text: 'Testfråga 1.1?',
      maxPoints: 30,
      guidance: 'Vägledning till 1.1',
    });
    expect(preview.body.writtenQuestions).toHaveLength(2);
    const listed = await api.call('GET', '/api/rubric-versions');
    expect(listed.body.versions[0]).toMatchObject({ versionId, status: 'draft' });
    expect(listed.body.versions.map((v: { id: string }) => v.id).sort()).toEqual([
      'kk-2010',
      'kk-2020',
      'test-rubrik',
    ]);

    for (const role of ['evaluator', 'reader'] as const) {
      const { cookie } = await api.user(role);
      for (const path of [
        `/api/rubrics/versions/${versionId}`,
        `/api/rubric-versions/${versionId}/diff`,
        `/api/rubric-versions/${versionId}/export`,
      ]) {
        const hidden = await api.call('GET', path, undefined, { cookie });
        expect(hidden.status, `${role} ${path}`).toBe(404);
      }
      const list = await api.call('GET', '/api/rubric-versions', undefined, { cookie });
      expect(list.body.versions.map((v: { id: string }) => v.id).sort()).toEqual([
        'kk-2010',
        'kk-2020',
      ]);
      expect(
        (await importJson({ ...api, adminCookie: cookie } as TestApp, testRubric())).status,
      ).toBe(403);
      expect(
        (await api.call('POST', `/api/rubric-versions/${versionId}/publish`, undefined, { cookie }))
          .status,
      ).toBe(403);
      expect((await api.call('GET', '/api/rubric-template', undefined, { cookie })).status).toBe(
        403,
      );
    }
    // Once published, everyone sees it.
    expect((await api.call('POST', `/api/rubric-versions/${versionId}/publish`)).status).toBe(200);
    const { cookie } = await api.user('reader');
    expect(
      (await api.call('GET', `/api/rubrics/versions/${versionId}`, undefined, { cookie })).status,
    ).toBe(200);
  });

  test('imports a workbook made with exceljs (decimal commas) as the same content as JSON', async ({
    api,
  }) => {
    const bytes = await workbookOf(workbookRows(testRubric(), { swedishDecimals: true }));
    const imported = await send(api, 'POST', '/api/rubric-versions/import?publish=true', bytes);
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({
      outcome: 'created',
      message: 'Version 1 skapad och publicerad.',
      version: { status: 'published', questionCount: 32 },
    });
    const { versionId, checksum } = imported.body.version;
    const exported = await api.app.request(`/api/rubric-versions/${versionId}/export`, {
      headers: { cookie: api.adminCookie },
    });
    expect(exported.headers.get('content-disposition')).toBe(
      'attachment; filename="test-rubrik-1.json"',
    );
    const text = await exported.text();
    expect(text).toBe(canonicalRubricText(testRubric()));
    // The same content as JSON is "oförändrad": nothing new is stored.
    const count = await storedCount(api);
    const again = await importJson(api, testRubric());
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ outcome: 'unchanged', version: { versionId, checksum } });
    expect(again.body.message).toMatch(/^Oförändrad/);
    expect(await storedCount(api)).toBe(count);
    // Export to a workbook and back: still the same version, byte for byte in JSON.
    const workbook = await api.app.request(`/api/rubric-versions/${versionId}/export?format=xlsx`, {
      headers: { cookie: api.adminCookie },
    });
    expect(workbook.headers.get('content-type')).toBe(XLSX);
    const roundTrip = await send(
      api,
      'POST',
      '/api/rubric-versions/import',
      new Uint8Array(await workbook.arrayBuffer()),
    );
    expect(roundTrip.body).toMatchObject({ outcome: 'unchanged', version: { versionId } });
    const reimported = await send(api, 'POST', '/api/rubric-versions/import', text);
    expect(reimported.body).toMatchObject({
      outcome: 'unchanged',
      version: { versionId, checksum },
    });
  });

  test('a broken workbook names every bad row by sheet, row and column, and stores nothing', async ({
    api,
  }) => {
    const rows = workbookRows(testRubric());
    rows.version[3] = ['År', 'tjugo'];
    rows.areas[2] = ['2', '', 'Test 2', 'Testrubrik 2', 'Bedöm.', 100, ''];
    // Delfrågor: row 2 is 1.1, so row n is question n-1 in file order.
    rows.questions[5] = ['2', '2.1', 'Testfråga 2.1?', 'trettio', null];
    rows.questions[6] = ['9', '9.1', 'Testfråga 9.1?', 10, null];
    rows.questions[10] = ['3', '3.2', '', 25, null];
    rows.questions[14] = ['4', '4.2', 'Testfråga 4.2?', 24, null];
    rows.questions[15] = ['4', '4.2', 'Testfråga 4.3?', 32.5, null];
    const count = await storedCount(api);
    const response = await send(api, 'POST', '/api/rubric-versions/import', await workbookOf(rows));
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_input');
    expect(response.body.error.issues).toEqual([
      { path: 'Version rad 4, kolumn B', message: '"tjugo" är inte ett årtal' },
      { path: 'Områden rad 3, kolumn B', message: 'titel saknas' },
      { path: 'Delfrågor rad 6, kolumn D', message: '"trettio" är inte ett tal' },
      { path: 'Delfrågor rad 7, kolumn A', message: 'område 9 finns inte i bladet Områden' },
      { path: 'Delfrågor rad 11, kolumn C', message: 'text saknas' },
      { path: 'Delfrågor rad 16, kolumn B', message: 'delfråga 4.2 finns mer än en gång' },
      {
        path: 'Delfrågor, område 4',
        message: 'delfrågornas maxpoäng summerar till 99, ska vara 100',
      },
    ]);
    expect(response.body.error.message).toBe(
      'Version rad 4, kolumn B: "tjugo" är inte ett årtal (and 6 more)',
    );
    expect(await storedCount(api)).toBe(count);
  });

  test('names a missing sheet, a file that is no workbook, and JSON errors by path and line', async ({
    api,
  }) => {
    const rows = workbookRows(testRubric());
    const noQuestions = new ExcelJS.Workbook();
    noQuestions.addWorksheet('Version').addRows(rows.version);
    noQuestions.addWorksheet('Områden').addRows(rows.areas);
    const missing = await send(
      api,
      'POST',
      '/api/rubric-versions/import',
      new Uint8Array(await noQuestions.xlsx.writeBuffer()),
    );
    expect(missing.body.error.issues).toEqual([
      { path: 'Delfrågor', message: 'bladet "Delfrågor" saknas' },
    ]);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const broken = await send(api, 'POST', '/api/rubric-versions/import', zip);
    expect(broken.body.error.issues).toEqual([
      { path: 'body', message: 'filen är inte en Excel-arbetsbok (.xlsx)' },
    ]);
    const bad = testRubric();
    bad.areas = bad.areas.slice(0, 7);
    const firstArea = bad.areas[0];
    if (!firstArea?.questions[1]) throw new Error('test rubric changed');
    firstArea.questions[1].maxPoints = 20;
    const json = await importJson(api, bad);
    expect(json.status).toBe(400);
    expect(json.body.error.issues).toEqual([
      { path: 'areas', line: 9, message: 'has 7 areas, must have 8' },
      { path: 'areas[0].questions', line: 22, message: 'max points sum to 95, must be 100' },
    ]);
    expect(await storedCount(api)).toBe(2);
  });

  test('publishing freezes a version; re-import makes the next version and the diff lists each change', async ({
    api,
  }) => {
    const first = await importJson(api, testRubric());
    const v1 = first.body.version.versionId;
    // Re-importing a draft replaces it: still one draft, still version 1.
    const edited = testRubric();
    edited.title = 'TESTRUBRIK, rättad';
    const replaced = await importJson(api, edited);
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({
      outcome: 'replaced',
      version: { versionId: v1, version: '1', status: 'draft', title: 'TESTRUBRIK, rättad' },
    });
    const firstDiff = await api.call('GET', `/api/rubric-versions/${v1}/diff`);
    expect(firstDiff.body).toMatchObject({ from: null, changes: null, to: { versionId: v1 } });

    const published = await api.call('POST', `/api/rubric-versions/${v1}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    const checksum = published.body.checksum;
    expect((await api.call('POST', `/api/rubric-versions/${v1}/publish`)).status).toBe(409);
    const edit = await send(api, 'PUT', `/api/rubric-versions/${v1}`, JSON.stringify(testRubric()));
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('published');

    // Changes: a weight moved between 1.1 and 1.2, 2.3 reworded, 3.4 removed (its points to
    // 3.3), 5.5 added, area 6 renamed.
    const next = structuredClone(edited);
    const area = (id: string) => next.areas.find((a) => a.id === id) as Rubric['areas'][number];
    const question = (id: string) =>
      next.areas
        .flatMap((a) => a.questions)
        .find((q) => q.id === id) as Rubric['areas'][number]['questions'][number];
    question('1.1').maxPoints = 20;
    question('1.2').maxPoints = 35;
    question('2.3').text = 'Testfråga 2.3, omformulerad?';
    area('3').questions.pop();
    question('3.3').maxPoints = 45;
    question('5.4').maxPoints = 10;
    area('5').questions.push({ id: '5.5', text: 'Ny testfråga 5.5?', maxPoints: 2.5 });
    area('6').title = 'Testområde sex';
    const second = await importJson(api, next);
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({
      outcome: 'created',
      version: { version: '2', status: 'draft' },
    });
    const v2 = second.body.version.versionId;
    expect(v2).not.toBe(v1);
    // The published version is untouched.
    const old = await api.call('GET', `/api/rubrics/versions/${v1}`);
    expect(old.body).toMatchObject({ version: '1', checksum, status: 'published' });
    expect(old.body.areas[0].questions[0].maxPoints).toBe(30);

    const diff = await api.call('GET', `/api/rubric-versions/${v2}/diff`);
    expect(diff.status).toBe(200);
    expect(diff.body.from).toMatchObject({ versionId: v1, version: '1' });
    expect(diff.body.changes).toEqual({
      added: [{ id: '5.5', areaId: '5', text: 'Ny testfråga 5.5?', maxPoints: 2.5 }],
      removed: [{ id: '3.4', areaId: '3', text: 'Testfråga 3.4?', maxPoints: 12.5 }],
      reworded: [{ id: '2.3', before: 'Testfråga 2.3?', after: 'Testfråga 2.3, omformulerad?' }],
      weights: [
        { id: '1.1', before: 30, after: 20 },
        { id: '1.2', before: 25, after: 35 },
        { id: '3.3', before: 32.5, after: 45 },
        { id: '5.4', before: 12.5, after: 10 },
      ],
      areaTitles: [
        { areaId: '6', field: 'title', before: 'Testområde 6', after: 'Testområde sex' },
      ],
    });
    // The draft of version 2 can be edited through PUT too, then published.
    next.source = 'Påhittad, version 2';
    const put = await send(api, 'PUT', `/api/rubric-versions/${v2}`, JSON.stringify(next));
    expect(put.body).toMatchObject({
      outcome: 'replaced',
      version: { versionId: v2, version: '2' },
    });
    expect((await api.call('POST', `/api/rubric-versions/${v2}/publish`)).status).toBe(200);
    const publishedDiff = await api.call('GET', `/api/rubric-versions/${v2}/diff`);
    expect(publishedDiff.body.from.versionId).toBe(v1);
    // Version 3 follows 2, never a duplicate.
    next.title = 'TESTRUBRIK 3';
    const third = await importJson(api, next);
    expect(third.body.version.version).toBe('3');
    const audit = await api.deps.store.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'rubricVersion')
      .execute();
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['rubricVersion.import', 'rubricVersion.publish']),
    );
  });

  test('an evaluation is created with the new published version and scored by the engine', async ({
    api,
  }) => {
    const draft = await importJson(api, testRubric());
    const versionId = draft.body.version.versionId;
    const body = {
      municipality: { name: 'Ydre', code: '0512' },
      rubric: 'test-rubrik',
      rubricVersionId: versionId,
      date: '2026-11',
      evaluators: ['Testa Testsson'],
    };
    const refused = await api.call('POST', '/api/evaluations', body);
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues[0].path).toBe('rubricVersionId');
    // Nor can an evaluation file pin the draft by its checksum.
    const file = {
      format: 'kommunkompassen-evaluation/1',
      rubric: 'test-rubrik',
      rubricChecksum: draft.body.version.checksum,
      municipality: { name: 'Ydre', code: '0512' },
      date: '2026-11',
      status: 'draft',
      evaluators: ['Testa Testsson'],
      scores: {},
    };
    const pinnedDraft = await api.call('POST', '/api/evaluations/import', file);
    expect(pinnedDraft.status).toBe(400);
    expect(pinnedDraft.body.error.issues).toEqual([
      {
        path: 'rubricChecksum',
        message: `no published version of rubric test-rubrik has checksum ${draft.body.version.checksum}`,
      },
    ]);
    const published = await api.call('POST', `/api/rubric-versions/${versionId}/publish`);
    const created = await api.call('POST', '/api/evaluations', body);
    expect(created.status).toBe(201);
    expect(created.body.rubric).toEqual({
      id: 'test-rubrik',
      version: '1',
      checksum: published.body.checksum,
      versionId,
    });
    // Without a version id: the newest published version of the rubric.
    const { rubricVersionId: _v, ...withoutVersion } = body;
    const newest = await api.call('POST', '/api/evaluations', withoutVersion);
    expect(newest.body.rubric.versionId).toBe(versionId);
    const id = created.body.id;
    // As after a restart: a store that has not read the imported version yet. The first score
    // save reads it inside its transaction (on SQLite through that transaction's connection).
    const restarted = createApp({
      ...api.deps,
      rubrics: await RubricStore.open(api.deps.store.db, library, api.clock()),
    });
    const points: Record<string, number> = { '1.1': 24.5, '1.2': 12.5, '1.3': 30, '1.4': 6 };
    for (const [questionId, value] of Object.entries(points)) {
      const saved = await restarted.request(
        `/api/evaluations/${id}/consensus-scores/${questionId}`,
        {
          method: 'PUT',
          headers: { cookie: api.adminCookie, 'content-type': 'application/json' },
          body: JSON.stringify({ points: value, version: 0 }),
        },
      );
      expect(saved.status).toBe(200);
    }
    const result = await api.call('GET', `/api/evaluations/${id}/result`);
    expect(result.status).toBe(200);
    expect(result.body.areas[0]).toMatchObject({
      id: '1',
      points: 73,
      shownPoints: 73,
      max: 100,
      complete: true,
    });
    expect(result.body.areas[0].questions[3]).toMatchObject({
      id: '1.4',
      shownPoints: 6,
      shownPercent: 48,
      max: 12.5,
    });
    expect(result.body.total).toMatchObject({
      points: 73,
      shownPoints: 73,
      max: 800,
      complete: false,
    });
    // The report takes the areas, rubriker and delfrågor from the pinned version.
    const report = await api.app.request(`/api/evaluations/${id}/report?format=html`, {
      headers: { cookie: api.adminCookie },
    });
    expect(report.status).toBe(200);
    const html = await report.text();
    expect(html).toContain('Testområde 8');
    expect(html).toContain('Testrubrik A');
    expect(html).toContain('Testfråga 1.4?');
  });
});
