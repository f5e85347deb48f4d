import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { zipEntry } from '../test-support/zip-entry';
import { swedishDate } from './plan-docx';
import { actionFrom, kotidGoal, publishedEnkoping } from './test-support/plan-fixtures';

describe('swedishDate', () => {
  it('writes dates as the web app does', () => {
    expect(swedishDate('2016-05-23')).toBe('23 maj 2016');
    expect(swedishDate('2018-12')).toBe('december 2018');
    expect(swedishDate(null)).toBe('–');
  });
});

describe.each(DIALECTS)('the follow-up report (Word) on %s', (dialect) => {
  const test = apiTest(dialect);

  test('lists actions per area with status in words and every goal with Nuläge and status', async ({
    api,
  }) => {
    const { id, reader, improvements } = await publishedEnkoping(api);
    const as = { cookie: reader.cookie };
    const action = await api.call(
      'POST',
      `/api/evaluations/${id}/plan/actions`,
      actionFrom(improvements('4')[0] as string, { status: 'inProgress' }),
      as,
    );
    await api.call(
      'POST',
      `/api/evaluations/${id}/plan/actions/${action.body.id}/notes`,
      { text: 'Halvvägs.' },
      as,
    );
    const goal = await api.call(
      'POST',
      `/api/evaluations/${id}/plan/goals`,
      { ...kotidGoal, actionId: action.body.id },
      as,
    );
    await api.call(
      'POST',
      `/api/evaluations/${id}/plan/goals/${goal.body.id}/measurements`,
      { date: '2019-12', value: 1.9 },
      as,
    );

    for (const cookie of [reader.cookie, api.adminCookie]) {
      const response = await api.app.request(`/api/evaluations/${id}/plan/follow-up.docx`, {
        headers: { cookie },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="uppfoljning-enkoping-2016.docx"',
      );
      const xml = zipEntry(Buffer.from(await response.arrayBuffer()), 'word/document.xml');
      const words = xml.replace(/<[^>]+>/g, ' ');
      expect(words).toContain('Uppföljning av handlingsplan');
      // The kommun's name is isolated (FSI … PDI): a U+202E in it would reverse nothing after it.
      expect(words).toContain('\u2068Enköpings kommun\u2069 – Kommunkompassen maj 2016');
      expect(words).toContain(
        'Åtgärder: 1 (planerad 0, pågår 1, klar 0, avbruten 0); försenade: 1.',
      );
      expect(words).toContain('4. Ledarskap, ansvar och delegation');
      expect(words).toContain('Pågår – försenad');
      expect(words).toContain('Halvvägs.');
      expect(words).toContain('2,74 minuter (december 2018)');
      expect(words).toContain('1,9 minuter (december 2019)');
      expect(words).toContain('Målet uppnått');
    }
  });
});
