import { describe, expect } from 'vitest';
import type { Db } from '../db/connect';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';

// What the visit autosaves (scores, evidence, area texts) is written through the store's `write`:
// on SQLite, saves arriving together share one commit (api/db/group-commit.ts).
describe.each(DIALECTS)('autosaved writes on %s', (dialect) => {
  const test = apiTest(dialect);

  test('go through the store write, sharing commits on SQLite, each answered and kept', async ({
    api,
  }) => {
    const { body: evaluation } = await api.call('POST', '/api/evaluations', {
      municipality: { name: 'Ydre', code: '0512' },
      rubric: 'kk-2010',
      date: '2025-03',
      evaluators: ['Anna'],
    });
    const id = evaluation.id as string;
    const member = evaluation.team[0].id as string;
    const store = api.deps.store as Db & { write: Db['write'] & { groups?: () => number } };
    const groupsBefore = store.write.groups?.() ?? 0;
    const original = store.write;
    let writes = 0;
    store.write = Object.assign(
      <T>(work: Parameters<Db['write']>[0]) => {
        writes++;
        return original(work) as Promise<T>;
      },
      { groups: original.groups },
    ) as Db['write'];

    const areas = ['1', '2', '3', '4', '5', '6', '7', '8'];
    const answers = await Promise.all([
      ...areas.map((area) =>
        api.call('PUT', `/api/evaluations/${id}/evaluator-scores/${member}/${area}.1`, {
          points: 1,
          version: 0,
        }),
      ),
      ...areas.map((area) =>
        api.call('POST', `/api/evaluations/${id}/evidence`, {
          kind: 'document',
          date: '2025-03-10',
          title: `Dokument ${area}`,
          notes: '',
          questions: [`${area}.1`],
        }),
      ),
      ...areas.map((area) =>
        api.call('PUT', `/api/evaluations/${id}/areas/${area}`, {
          summary: `Område ${area}`,
          strengths: [],
          improvements: [],
          version: 0,
        }),
      ),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([
      ...areas.map(() => 200),
      ...areas.map(() => 201),
      ...areas.map(() => 200),
    ]);
    expect(writes).toBe(24);
    if (dialect === 'sqlite') {
      expect((store.write.groups?.() ?? 0) - groupsBefore).toBeLessThan(24);
    }

    const { db } = api.deps.store;
    expect(await db.selectFrom('evaluator_scores').select('id').execute()).toHaveLength(8);
    expect(await db.selectFrom('evidence').select('id').execute()).toHaveLength(8);
    expect(await db.selectFrom('area_texts').select('id').execute()).toHaveLength(8);
  });
});
