import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import type { TestApp } from '../test-support/test-app';

/** Eva's draft (she created it, so she is on its team) with an unlinked member Lotta. */
async function evasDraft(api: TestApp) {
  const eva = await api.user('evaluator', { name: 'Eva' });
  const colleague = await api.user('evaluator', { name: 'Kollega' });
  const created = await api.call(
    'POST',
    '/api/evaluations',
    {
      municipality: { name: 'Enköping', code: '0381' },
      rubric: 'kk-2010',
      date: '2018-05',
      evaluators: ['Eva', 'Lotta'],
    },
    { cookie: eva.cookie },
  );
  expect(created.status).toBe(201);
  const [evaMember, lotta] = created.body.team as { id: string; name: string }[];
  return {
    id: created.body.id as string,
    version: created.body.version as number,
    eva,
    colleague,
    evaMember: evaMember as { id: string },
    lotta: lotta as { id: string },
  };
}

describe.each(DIALECTS)('who changes a team on %s', (dialect) => {
  const test = apiTest(dialect);

  test('an evaluator cannot link, unlink, add or drop members: 403, and nothing changes', async ({
    api,
  }) => {
    const { id, version, eva, colleague, evaMember, lotta } = await evasDraft(api);
    const attempts = [
      // Giving a colleague access to the draft.
      [
        { id: evaMember.id, name: 'Eva' },
        { id: lotta.id, name: 'Lotta', userId: colleague.id },
      ],
      // Locking oneself's co-member out / unlinking oneself.
      [
        { id: evaMember.id, name: 'Eva', userId: null },
        { id: lotta.id, name: 'Lotta' },
      ],
      // A new member.
      [
        { id: evaMember.id, name: 'Eva' },
        { id: lotta.id, name: 'Lotta' },
        { name: 'Ny', userId: colleague.id },
      ],
      // Dropping a member.
      [{ id: evaMember.id, name: 'Eva' }],
    ];
    for (const team of attempts) {
      const response = await api.call(
        'PUT',
        `/api/evaluations/${id}`,
        { version, team },
        { cookie: eva.cookie },
      );
      expect(response.status, JSON.stringify(team)).toBe(403);
      expect(response.body.error.message).toMatch(/only an admin changes who is on the team/);
    }
    const colleagueSees = await api.call('GET', `/api/evaluations/${id}`, undefined, {
      cookie: colleague.cookie,
    });
    expect(colleagueSees.status).toBe(404);
    const summary = await api.call('GET', `/api/evaluations/${id}`);
    expect(summary.body.version).toBe(version);
    expect(summary.body.team).toEqual([
      { id: evaMember.id, name: 'Eva', userId: eva.id },
      { id: lotta.id, name: 'Lotta', userId: null },
    ]);
  });

  test('an evaluator may still rename, reorder and edit the rest; an admin links accounts, audited', async ({
    api,
  }) => {
    const { id, version, eva, colleague, evaMember, lotta } = await evasDraft(api);
    const renamed = await api.call(
      'PUT',
      `/api/evaluations/${id}`,
      {
        version,
        date: '2018-06',
        team: [
          { id: lotta.id, name: 'Lotta Berg', userId: null },
          { id: evaMember.id, name: 'Eva', userId: eva.id },
        ],
      },
      { cookie: eva.cookie },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body.team.map((m: { name: string }) => m.name)).toEqual(['Lotta Berg', 'Eva']);
    const linked = await api.call('PUT', `/api/evaluations/${id}`, {
      version: renamed.body.version,
      team: [
        { id: lotta.id, name: 'Lotta Berg', userId: colleague.id },
        { id: evaMember.id, name: 'Eva' },
      ],
    });
    expect(linked.status).toBe(200);
    const colleagueSees = await api.call('GET', `/api/evaluations/${id}`, undefined, {
      cookie: colleague.cookie,
    });
    expect(colleagueSees.status).toBe(200);
    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    const last = audit.body.entries.at(-1);
    expect(last).toMatchObject({ actor: api.adminId, action: 'evaluation.update' });
    expect(last.after.team.find((m: { id: string }) => m.id === lotta.id).user_id).toBe(
      colleague.id,
    );
  });
});
