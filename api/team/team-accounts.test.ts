import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile } from '../test-support/test-app';

describe.each(DIALECTS)('a team made of accounts on %s', (dialect) => {
  const test = apiTest(dialect);

  test('the create form links members to accounts, and the linked evaluator sees the draft', async ({
    api,
  }) => {
    const eva = await api.user('evaluator', { name: 'Eva Ek' });
    const olle = await api.user('evaluator', { name: 'Olle Ås' });
    await api.user('reader', { name: 'Rita Läsare', municipalityCode: '1445' });

    const candidates = await api.call('GET', '/api/team-candidates?q=ås', undefined, {
      cookie: eva.cookie,
    });
    expect(candidates.status).toBe(200);
    expect(candidates.body.candidates.map((c: { name: string }) => c.name)).toEqual(['Olle Ås']);
    // Readers are never offered; only staff may ask.
    const everyone = await api.call('GET', '/api/team-candidates');
    expect(everyone.body.candidates.map((c: { role: string }) => c.role)).not.toContain('reader');

    const created = await api.call(
      'POST',
      '/api/evaluations',
      {
        municipality: { name: 'Essunga', code: '1445' },
        rubric: 'kk-2010',
        date: '2026-05',
        evaluators: [
          { name: 'Eva Ek', userId: eva.id },
          { name: 'Olle Ås', userId: olle.id },
          'Extern Utvärderare',
        ],
      },
      { cookie: eva.cookie },
    );
    expect(created.status).toBe(201);
    expect(
      created.body.team.map((m: { name: string; userId: string | null }) => [m.name, m.userId]),
    ).toEqual([
      ['Eva Ek', eva.id],
      ['Olle Ås', olle.id],
      ['Extern Utvärderare', null],
    ]);
    // Olle sees it in his list and at its address (before: "Inga utvärderingar matchar", 404).
    const list = await api.call('GET', '/api/evaluations', undefined, { cookie: olle.cookie });
    expect(list.body.evaluations.map((e: { id: string }) => e.id)).toContain(created.body.id);
    const own = await api.call('GET', `/api/evaluations/${created.body.id}`, undefined, {
      cookie: olle.cookie,
    });
    expect(own.status).toBe(200);
  });

  test('a link to a reader, an unknown or a disabled account, or the same account twice, is refused naming the member', async ({
    api,
  }) => {
    const eva = await api.user('evaluator', { name: 'Eva Ek' });
    const reader = await api.user('reader', { name: 'Rita', municipalityCode: '1445' });
    const body = (evaluators: unknown[]) => ({
      municipality: { name: 'Essunga', code: '1445' },
      rubric: 'kk-2010',
      date: '2026-05',
      evaluators,
    });
    const reading = await api.call(
      'POST',
      '/api/evaluations',
      body(['Eva', { name: 'Rita', userId: reader.id }]),
    );
    expect(reading.status).toBe(400);
    expect(reading.body.error.issues).toEqual([
      {
        path: 'evaluators[1].userId',
        message: `no active evaluator or admin account ${reader.id}`,
      },
    ]);
    const twice = await api.call(
      'POST',
      '/api/evaluations',
      body([
        { name: 'Eva', userId: eva.id },
        { name: 'Eva igen', userId: eva.id },
      ]),
    );
    expect(twice.status).toBe(400);
    expect(twice.body.error.issues[0]).toMatchObject({ path: 'evaluators[1].userId' });
    const backwards = await api.call('POST', '/api/evaluations', {
      ...body(['Eva']),
      visit: { start: '2026-05-12', end: '2026-05-10' },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.issues[0]).toMatchObject({
      path: 'visit.end',
      message: 'the visit ends before it starts',
    });
    const listed = await api.call('GET', '/api/evaluations');
    expect(
      listed.body.evaluations.filter(
        (e: { municipality: { code: string } }) => e.municipality.code === '1445',
      ),
    ).toEqual([]);
  });

  test('an imported file links each evaluator name to the one account of that name, and says which it did not', async ({
    api,
  }) => {
    const file = enkopingFile();
    const [first, second] = file.evaluators as string[];
    const linked = await api.user('evaluator', {
      name: ` ${(first as string).toUpperCase()} `,
      email: 'leif@example.se',
    });
    // Two accounts share the second name: no guess is made.
    await api.user('evaluator', { name: second as string, email: 'a@example.se' });
    await api.user('admin', { name: second as string, email: 'b@example.se' });

    const imported = await api.call('POST', '/api/evaluations/import', file);
    expect(imported.status).toBe(201);
    expect(imported.body.team).toEqual({
      linked: [{ name: first, email: 'leif@example.se' }],
      unlinked: (file.evaluators as string[]).slice(1),
    });
    const summary = await api.call('GET', `/api/evaluations/${imported.body.id}`);
    expect(summary.body.team[0]).toMatchObject({ name: first, userId: linked.id });
    expect(summary.body.team[1]).toMatchObject({ name: second, userId: null });
    const sees = await api.call('GET', `/api/evaluations/${imported.body.id}`, undefined, {
      cookie: linked.cookie,
    });
    expect(sees.status).toBe(200);
  });
});
