import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { seedDemoData } from '../demo/seed-demo';
import { apiTest } from '../test-support/api-test';

describe.each(DIALECTS)('the demo documents on %s', (dialect) => {
  const test = apiTest(dialect);

  test('Enköping 2016 carries seeds 000 and 001 with citations; its reader searches them', async ({
    api,
  }) => {
    expect(await seedDemoData(api.deps)).not.toBeNull();
    const id = (await api.call('GET', '/api/evaluations')).body.evaluations[0].id;
    const reader = await api.user('reader', { municipalityCode: '0381' });
    const get = (path: string) => api.call('GET', path, undefined, { cookie: reader.cookie });
    const { documents } = (await get(`/api/evaluations/${id}/documents`)).body;
    expect(
      documents.map((d: any) => [d.title, d.kind, d.url, d.fileName, d.extraction.status]),
    ).toEqual([
      ['Kommunstyrelsens plan', 'plan', null, '000_319f42704471323e.txt', 'done'],
      [
        'Styrning och uppföljning',
        'webbsida',
        'https://www.enkoping.se/',
        '001_e936b69a72062b18.txt',
        'done',
      ],
    ]);
    const { citations } = (await get(`/api/evaluations/${id}/citations`)).body;
    expect(citations.map((c: any) => [c.documentTitle, c.questionIds])).toEqual([
      ['Kommunstyrelsens plan', ['3.3']],
      ['Styrning och uppföljning', ['3.2']],
      ['Styrning och uppföljning', ['3.1', '3.3']],
    ]);
    for (const citation of citations) {
      const { passages } = (await get(`/api/documents/${citation.documentId}/passages`)).body;
      const passage = passages.find((p: any) => p.id === citation.passageId);
      expect(passage.text.slice(citation.start, citation.end)).toBe(citation.quote);
    }
    const { hits } = (await get(`/api/evaluations/${id}/documents/search?q=strategiska%20mål`))
      .body;
    // Among the first two: the other holds strategiska mål and effektmål, whose last part
    // counts as a mål too (PostgreSQL's ts_rank ranks that one first).
    expect(
      hits.slice(0, 2).map((hit: any) => hit.snippet.map((r: any) => r.text).join('')),
    ).toContainEqual(
      expect.stringMatching(
        /^Fullmäktige beskriver den övergripande politiska viljan i fem strategiska mål/,
      ),
    );
    const result = (await get(`/api/evaluations/${id}/result`)).body;
    expect(result.total.shownPoints).toBe(434);
  });
});
