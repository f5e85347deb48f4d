import { describe, expect } from 'vitest';
import { kommunPartSetUp } from '../contacts/test-support/kommun-part';
import { DIALECTS } from '../db/test-db';
import { fixture, upload } from '../documents/test-support/documents-test';
import { apiTest } from '../test-support/api-test';
import { documentsReadFor } from './report-sources';
import { visitSummaryOf } from './visit-summary';

// The report's Utvärderingen paragraph and its appendix of sources read what the team recorded in
// the tool: the interview schedule (issue #20) and the document library (issue #19).
describe.each(DIALECTS)(
  'what the report says was read and who was interviewed, on %s',
  (dialect) => {
    const test = apiTest(dialect);

    test('the schedule counts each scheduled person once by group; the library is read', async ({
      api,
    }) => {
      const { id, contact, evaluator } = await kommunPartSetUp(api, 'visit');
      const db = api.deps.store.db;
      expect(await visitSummaryOf(db, id)).toMatchObject({ interviewed: null, documents: 0 });

      const propose = async (name: string, group: string) => {
        const response = await api.call(
          'POST',
          `/api/evaluations/${id}/interviewees`,
          { name, function: 'ledamot', group, preferredTimes: [] },
          { cookie: contact.cookie },
        );
        expect(response.status).toBe(201);
        return response.body.id as string;
      };
      const chair = await propose('Anna Ordförande', 'politician');
      const opposition = await propose('Olle Opposition', 'politician');
      const director = await propose('Kim Direktör', 'official');
      await propose('Ej Schemalagd', 'other');
      const interview = (title: string, intervieweeIds: string[], startTime: string) =>
        api.call(
          'POST',
          `/api/evaluations/${id}/interviews`,
          {
            title,
            date: '2026-05-12',
            startTime,
            endTime: `${Number(startTime.slice(0, 2)) + 1}:00`,
            location: 'Sessionssalen',
            videoLink: null,
            intervieweeIds,
          },
          { cookie: evaluator.cookie },
        );
      expect((await interview('Politisk ledning', [chair, opposition], '09:00')).status).toBe(201);
      expect((await interview('Ledning', [director, chair], '11:00')).status).toBe(201);

      const created = await upload(
        api,
        id,
        { name: 'styrmodell.txt', bytes: fixture('003_4bca3ae12e78cf2c.txt') },
        { title: 'Styrmodell för Essunga kommun', kind: 'styrdokument', date: '2025-06-01' },
      );
      expect(created.status).toBe(201);

      const summary = await visitSummaryOf(db, id);
      expect(summary.interviewed).toBe(3);
      expect(summary.groups).toEqual([
        { group: 'politician', people: 2 },
        { group: 'official', people: 1 },
      ]);
      expect(summary.documents).toBe(1);
      expect(summary.sources).toContain('documents');

      const read = await documentsReadFor(db, id);
      expect(read).toEqual([
        { title: 'Styrmodell för Essunga kommun', date: '2025-06-01', reference: null },
      ]);
    });
  },
);
