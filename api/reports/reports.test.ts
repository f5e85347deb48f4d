import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile, type TestApp } from '../test-support/test-app';
import { docxTableRows, zipEntry } from '../test-support/zip-entry';
import { REPORT_CSP } from './reports.routes';
import { withoutIsolates } from './test-support/without-isolates';

const orebro = (
  JSON.parse(
    readFileSync(new URL('../../fixtures/references/orebro.json', import.meta.url), 'utf8'),
  ) as { references: { id: string }[] }
).references.find((reference) => reference.id === 'orebro-2012');

async function setUp(api: TestApp): Promise<string> {
  const imported = await api.call('POST', '/api/evaluations/import', enkopingFile());
  expect(imported.status).toBe(201);
  expect((await api.call('POST', '/api/references', orebro)).status).toBe(201);
  return imported.body.id;
}

async function get(api: TestApp, path: string, cookie = api.adminCookie) {
  const response = await api.app.request(path, { headers: { cookie } });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const text = (bytes: Uint8Array) => withoutIsolates(Buffer.from(bytes).toString('utf8'));

describe.each(DIALECTS)('reports API on %s', (dialect) => {
  const test = apiTest(dialect);

  test('HTML by default: SKL structure, the radar against ?with, its own CSP, inline', async ({
    api,
  }) => {
    const id = await setUp(api);
    const { response, bytes } = await get(api, `/api/evaluations/${id}/report?with=orebro-2012`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(REPORT_CSP);
    expect(response.headers.get('content-disposition')).toBe(
      'inline; filename="kommunkompassen-enkoping-2016.html"',
    );
    const html = text(bytes);
    for (const heading of [
      '1 Vad är Kommunkompassen?',
      '2 Enköpings kommun: En sammanfattande genomgång',
      '3 Genomgång utifrån de åtta huvudområdena',
      '4 Översikt av poängfördelning',
    ]) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    // Kortfakta would say the kommunkod only: left out.
    expect(html).not.toContain('Kortfakta');
    expect(html).toContain('<th scope="row">TOTALT</th><td class="num">434</td>');
    expect(html).toContain('Örebro 2012: 68, 85, 86, 74, 70, 74, 71, 87');
    expect(html).not.toMatch(/utkast/i);
  });

  test('mean=FROM-TO is of the published references in the period too, saying how many', async ({
    api,
  }) => {
    const id = await setUp(api);
    const html = text((await get(api, `/api/evaluations/${id}/report?mean=2010-2016`)).bytes);
    expect(html).toContain('Snitt 2010–2016 (n = 1 från 2012, utan Enköping 2016): 68, 85, 86');
    expect(html).toContain('av samma version: 1 referensresultat från 2012.');
    const empty = await api.call('GET', `/api/evaluations/${id}/report?mean=2000-2005`);
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain(
      'no published kk-2010 results (evaluations or references) dated 2000–2005',
    );
  });

  test('Word and PDF as attachments with their content types', async ({ api }) => {
    const id = await setUp(api);
    const docx = await get(api, `/api/evaluations/${id}/report?format=docx`);
    expect(docx.response.status).toBe(200);
    expect(docx.response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.response.headers.get('content-disposition')).toBe(
      'attachment; filename="kommunkompassen-enkoping-2016.docx"',
    );
    expect(docxTableRows(zipEntry(docx.bytes, 'word/document.xml'))).toContain('TOTALT | 434');
    const pdf = await get(api, `/api/evaluations/${id}/report?format=pdf`);
    expect(pdf.response.status).toBe(200);
    expect(pdf.response.headers.get('content-type')).toBe('application/pdf');
    expect(text(pdf.bytes.subarray(0, 5))).toBe('%PDF-');
  }, 60_000);

  test('English when asked', async ({ api }) => {
    const id = await setUp(api);
    const { bytes } = await get(api, `/api/evaluations/${id}/report?lang=en`);
    expect(text(bytes)).toContain(
      '<h1><span class="analysis">Analysis of</span> <span class="kommun">Enköpings kommun</span> <span class="month">May 2016</span></h1>',
    );
    expect(text(bytes)).toContain('<html lang="en">');
  });

  test('a draft is marked Utkast for its team; readers see only published reports', async ({
    api,
  }) => {
    const id = await setUp(api);
    const evaluator = await api.user('evaluator', { email: 'eva@test.se', name: 'Eva' });
    const created = await api.call(
      'POST',
      '/api/evaluations',
      {
        municipality: { name: 'Enköping', code: '0381' },
        rubric: 'kk-2010',
        date: '2018-04',
        evaluators: ['Eva'],
      },
      { cookie: evaluator.cookie },
    );
    expect(created.status).toBe(201);
    const draftHtml = text(
      (await get(api, `/api/evaluations/${created.body.id}/report`, evaluator.cookie)).bytes,
    );
    expect(draftHtml).toContain('<div class="watermark" aria-hidden="true">UTKAST</div>');
    expect(draftHtml).toContain('(Utkast)</title>');
    // The renewed evaluation says so: Enköping's 2016 result is known.
    expect(draftHtml).toContain(
      'och var en förnyad utvärdering med Kommunkompassen; kommunen utvärderades tidigare 2016.',
    );

    const reader = await api.user('reader', {
      email: 'enkoping@test.se',
      municipalityCode: '0381',
    });
    expect((await get(api, `/api/evaluations/${id}/report`, reader.cookie)).response.status).toBe(
      200,
    );
    const hidden = await get(
      api,
      `/api/evaluations/${created.body.id}/report?format=docx`,
      reader.cookie,
    );
    expect(hidden.response.status).toBe(404);
    const other = await api.user('reader', { email: 'grastorp@test.se', municipalityCode: '1444' });
    expect((await get(api, `/api/evaluations/${id}/report`, other.cookie)).response.status).toBe(
      404,
    );
    expect((await get(api, `/api/evaluations/${id}/report`, '')).response.status).toBe(401);
  });

  test('bad parameters are 400s naming the parameter', async ({ api }) => {
    const id = await setUp(api);
    const format = await get(api, `/api/evaluations/${id}/report?format=xls`);
    expect(format.response.status).toBe(400);
    expect(JSON.parse(text(format.bytes)).error.issues[0].path).toBe('format');
    const unknown = await get(api, `/api/evaluations/${id}/report?with=nowhere-2020`);
    expect(unknown.response.status).toBe(400);
    expect(JSON.parse(text(unknown.bytes)).error.issues[0]).toMatchObject({
      path: 'with',
      message: 'no reference or evaluation "nowhere-2020"',
    });
  });
});
