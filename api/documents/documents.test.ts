import { describe, expect } from 'vitest';
import { STORES } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { listDocumentsRead } from './documents-read';
import { draftEvaluation, fixture, upload, uploadAndRead } from './test-support/documents-test';
import { simplePdf } from './test-support/simple-pdf';

const ESSUNGA = '003_4bca3ae12e78cf2c.txt';
const VASBY = '004_b70e9f325c7f28fe.txt';

describe.each(STORES)('document library on %s', (dialect) => {
  const test = apiTest(dialect);

  test('a text file is stored, read into passages with headings, and listed', async ({ api }) => {
    const id = await draftEvaluation(api);
    const created = await upload(
      api,
      id,
      { name: 'styrmodell.txt', bytes: fixture(ESSUNGA) },
      {
        title: 'Styrmodell för Essunga kommun',
        kind: 'styrdokument',
        date: '2019-06-17',
      },
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      evaluationId: id,
      title: 'Styrmodell för Essunga kommun',
      kind: 'styrdokument',
      date: '2019-06-17',
      url: null,
      fileName: 'styrmodell.txt',
      contentType: 'text/plain; charset=utf-8',
      size: Buffer.byteLength(fixture(ESSUNGA)),
      addedBy: { id: api.adminId, name: 'Admin' },
      extraction: { status: 'queued', progress: 0, pages: null, passages: 0, message: null },
      version: 1,
    });
    await api.deps.extraction?.idle();
    const document = (await api.call('GET', `/api/documents/${created.body.id}`)).body;
    expect(document.extraction).toMatchObject({ status: 'done', progress: 1, message: null });
    expect(document.extraction.passages).toBeGreaterThan(20);
    const { passages } = (await api.call('GET', `/api/documents/${document.id}/passages`)).body;
    expect(passages).toHaveLength(document.extraction.passages);
    // A paragraph broken over lines (text taken from a PDF) is one passage under its heading.
    const vision = passages.find((p: any) => p.text.startsWith('En vision anger'));
    expect(vision).toMatchObject({ heading: 'Vision', page: null, ordinal: expect.any(Number) });
    expect(vision.text).toContain('hur politiken långsiktigt vill utveckla kommunen.');
    const list = (await api.call('GET', `/api/evaluations/${id}/documents`)).body;
    expect(list.documents).toEqual([document]);
    // Passages were stored without waiting for the disk; every other write still waits (FULL).
    const sqlite = api.deps.store.sqlite;
    if (sqlite) expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
  });

  test('a PDF is read page by page, with its page numbers', async ({ api }) => {
    const id = await draftEvaluation(api);
    const pdf = simplePdf([
      [
        { kind: 'heading', text: 'Inledning' },
        { kind: 'paragraph', text: 'Kommunen för en medborgardialog om budgeten varje år.' },
      ],
      [
        { kind: 'heading', text: 'Resursfördelning' },
        { kind: 'paragraph', text: 'Resursfördelningen till nämnderna bygger på effektmålen.' },
        { kind: 'paragraph', text: 'Medborgardialoger hålls i varje kommundel.' },
      ],
    ]);
    const document = await uploadAndRead(api, id, { name: 'plan.pdf', bytes: pdf });
    expect(document.contentType).toBe('application/pdf');
    expect(document.extraction).toMatchObject({ status: 'done', pages: 2, passages: 3 });
    const { passages } = (await api.call('GET', `/api/documents/${document.id}/passages`)).body;
    expect(passages.map((p: any) => [p.page, p.heading, p.text])).toEqual([
      [1, 'Inledning', 'Kommunen för en medborgardialog om budgeten varje år.'],
      [2, 'Resursfördelning', 'Resursfördelningen till nämnderna bygger på effektmålen.'],
      [2, 'Resursfördelning', 'Medborgardialoger hålls i varje kommundel.'],
    ]);
  });

  test('Swedish search finds inflections, ranks, marks the words and keeps misses out', async ({
    api,
  }) => {
    const id = await draftEvaluation(api);
    await uploadAndRead(api, id, {
      name: 'dialog.txt',
      bytes:
        'Medborgardialog\n\nKommunen har genomfört flera medborgardialoger under året.\n\n' +
        'Medborgardialogen om skolan samlade många.\n\nMålen för året är satta.\n\n' +
        'Nämnden följer effektmål varje kvartal.\n\nMaltdrycker säljs inte här.',
    });
    const search = async (q: string) =>
      (await api.call('GET', `/api/evaluations/${id}/documents/search?q=${encodeURIComponent(q)}`))
        .body.hits;
    const texts = (hits: any[]) => hits.map((hit) => hit.snippet.map((r: any) => r.text).join(''));
    expect(texts(await search('medborgardialog')).sort()).toEqual([
      'Kommunen har genomfört flera medborgardialoger under året.',
      'Medborgardialogen om skolan samlade många.',
    ]);
    // A compound is found by its last part, after the word itself (shorter, as many hits).
    const mål = await search('mål');
    expect(texts(mål)).toEqual([
      'Målen för året är satta.',
      'Nämnden följer effektmål varje kvartal.',
    ]);
    expect(mål[1].snippet.filter((run: any) => run.match).map((run: any) => run.text)).toEqual([
      'effektmål',
    ]);
    expect(texts(await search('dialog')).sort()).toEqual([
      'Kommunen har genomfört flera medborgardialoger under året.',
      'Medborgardialogen om skolan samlade många.',
    ]);
    // ...but not the other way: effektmål finds only effektmål.
    expect(texts(await search('effektmålen'))).toEqual(['Nämnden följer effektmål varje kvartal.']);
    // A miss stays a miss: no diacritics folded (mål is not mal), no other word.
    expect(await search('mal')).toEqual([]);
    expect(await search('budget')).toEqual([]);
    const [hit] = await search('Medborgardialoger');
    expect(hit).toMatchObject({
      documentTitle: 'dialog',
      evaluationId: id,
      page: null,
      heading: 'Medborgardialog',
      rank: expect.any(Number),
    });
    expect(hit.snippet.filter((run: any) => run.match).map((run: any) => run.text)).toHaveLength(1);
  });

  test('the original bytes come back as an attachment with nosniff', async ({ api }) => {
    const id = await draftEvaluation(api);
    const html =
      '<!doctype html><html><head><title>Ledningssystem</title>' +
      '<link rel="canonical" href="https://www.upplandsvasby.se/ledningssystem"></head><body>' +
      '<nav><a href="/">Startsida</a> Meny</nav><header>Sidhuvud</header>' +
      '<script>alert("x")</script><main><h1>Ledningssystem</h1><p>Fyra perspektiv styr.</p>' +
      '<ul><li>Medborgare</li><li>Ekonomi</li></ul></main><footer>Kontakt</footer></body></html>';
    const document = await uploadAndRead(api, id, { name: 'ledningssystem.html', bytes: html });
    expect(document).toMatchObject({
      title: 'Ledningssystem',
      kind: 'webbsida',
      url: 'https://www.upplandsvasby.se/ledningssystem',
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      contentType: 'text/html; charset=utf-8',
    });
    const { passages } = (await api.call('GET', `/api/documents/${document.id}/passages`)).body;
    expect(passages.map((p: any) => p.text)).toEqual([
      'Fyra perspektiv styr.',
      'Medborgare',
      'Ekonomi',
    ]);
    const response = await api.app.request(`/api/documents/${document.id}/file`, {
      headers: { cookie: api.adminCookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="ledningssystem.html"; filename*=UTF-8''ledningssystem.html`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(await response.text()).toBe(html);
  });

  test('a web page saved as text keeps its URL and the day it was seen', async ({ api }) => {
    const id = await draftEvaluation(api);
    const document = await uploadAndRead(
      api,
      id,
      { name: 'vasby.txt', bytes: fixture(VASBY) },
      {
        url: 'https://www.upplandsvasby.se/',
        title: 'Ledningssystem',
      },
    );
    expect(document).toMatchObject({
      kind: 'webbsida',
      url: 'https://www.upplandsvasby.se/',
      date: '2026-05-10',
    });
  });

  test('a re-evaluation searches the kommun’s earlier documents the caller may read', async ({
    api,
  }) => {
    const earlier = await draftEvaluation(api, '1471', '2019-05');
    const later = await draftEvaluation(api, '1471', '2023-05');
    const other = await draftEvaluation(api, '1472', '2018-05');
    await uploadAndRead(api, earlier, { name: 'styrmodell.txt', bytes: fixture(ESSUNGA) });
    await uploadAndRead(api, other, {
      name: 'annan.txt',
      bytes: 'Resursfördelning i grannkommunen.',
    });
    const evaluator = await api.user('evaluator');
    // The evaluator is on the later evaluation's team only.
    const summary = (await api.call('GET', `/api/evaluations/${later}`)).body;
    await api.deps.store.db
      .updateTable('team_members')
      .set({ user_id: evaluator.id })
      .where('id', '=', summary.team[0].id)
      .execute();
    const path = `/api/evaluations/${later}/documents/search?q=resursfördelning`;
    const admin = (await api.call('GET', path)).body.hits;
    expect(admin.length).toBeGreaterThan(0);
    expect(new Set(admin.map((hit: any) => hit.evaluationId))).toEqual(new Set([earlier]));
    // The earlier evaluation is another team's draft: not for this evaluator.
    expect(
      (await api.call('GET', path, undefined, { cookie: evaluator.cookie })).body.hits,
    ).toEqual([]);
  });

  test('listDocumentsRead gives the report its sources, dated first', async ({ api }) => {
    const id = await draftEvaluation(api);
    await upload(api, id, { name: 'b.txt', bytes: 'B.' }, { title: 'Budget', date: '2019-01-01' });
    await upload(api, id, { name: 'a.txt', bytes: 'A.' }, { title: 'Arbetsordning' });
    await upload(api, id, { name: 'v.txt', bytes: 'V.' }, { url: 'https://www.essunga.se/' });
    const read = await listDocumentsRead(api.deps.store.db, id);
    expect(read.map(({ title, kind, date, url }) => ({ title, kind, date, url }))).toEqual([
      { title: 'Budget', kind: 'annat', date: '2019-01-01', url: null },
      { title: 'v', kind: 'webbsida', date: '2026-05-10', url: 'https://www.essunga.se/' },
      { title: 'Arbetsordning', kind: 'annat', date: null, url: null },
    ]);
  });

  test('the queue takes up what a stopped server left, and leaves another server’s job', async ({
    api,
  }) => {
    const id = await draftEvaluation(api);
    const left = await uploadAndRead(api, id, { name: 'a.txt', bytes: 'Styrning.\n\nMål.' });
    const claimed = await uploadAndRead(api, id, { name: 'b.txt', bytes: 'Uppföljning.' });
    const db = api.deps.store.db;
    // a.txt: running under a claim that lapsed (its server died); b.txt: claimed until 2999.
    await db
      .updateTable('documents')
      .set({ extraction_status: 'running', extraction_lease: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', left.id)
      .execute();
    await db
      .updateTable('documents')
      .set({ extraction_status: 'running', extraction_lease: '2999-01-01T00:00:00.000Z' })
      .where('id', '=', claimed.id)
      .execute();
    api.deps.extraction?.notify();
    await api.deps.extraction?.idle();
    const status = async (documentId: string) =>
      (await api.call('GET', `/api/documents/${documentId}`)).body.extraction;
    expect(await status(left.id)).toMatchObject({ status: 'done', passages: 2 });
    expect(await status(claimed.id)).toMatchObject({ status: 'running' });
    // Only done documents are searched.
    const hits = (await api.call('GET', `/api/evaluations/${id}/documents/search?q=uppföljning`))
      .body.hits;
    expect(hits).toEqual([]);
  });
});
