import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { kommunPartSetUp, moveTo } from './test-support/kommun-part';

/** What a contact must never read before publishing: every evaluators' route of the evaluation. */
const EVALUATORS_ONLY = [
  '',
  '/scores',
  '/evidence',
  '/areas',
  '/result',
  '/comparison',
  '/distribution',
  '/trend',
  '/report?format=html',
  '/audit',
  '/export',
  '/plan',
  '/contacts',
];

describe.each(DIALECTS)('kommun contacts on %s', (dialect) => {
  const test = apiTest(dialect);

  test('a contact reads the kommun part of their evaluation and nothing else before publishing (404)', async ({
    api,
  }) => {
    const { id, otherId, contact } = await kommunPartSetUp(api);
    const as = { cookie: contact.cookie };
    expect(
      (await api.call('GET', `/api/evaluations/${id}/questionnaire`, undefined, as)).status,
    ).toBe(200);
    expect(
      (await api.call('GET', `/api/evaluations/${id}/self-assessment`, undefined, as)).status,
    ).toBe(200);
    for (const path of EVALUATORS_ONLY) {
      const response = await api.call('GET', `/api/evaluations/${id}${path}`, undefined, as);
      expect(response.status, path).toBe(404);
      expect(JSON.stringify(response.body), path).not.toMatch(/Anna|Stratsys|rationale/);
    }
    // Another evaluation of the same kommun: not even its kommun part.
    for (const path of ['/questionnaire', '/self-assessment', '']) {
      const response = await api.call('GET', `/api/evaluations/${otherId}${path}`, undefined, as);
      expect(response.status, path).toBe(404);
    }
    // Writes to the evaluators' work: 404 as well, nothing learned.
    const write = await api.call(
      'PUT',
      `/api/evaluations/${id}/areas/1`,
      { summary: 'x', strengths: [], improvements: [], version: 0 },
      as,
    );
    expect(write.status).toBe(404);
    // The evaluations list shows no draft; the contact's own list names the one evaluation.
    const list = await api.call('GET', '/api/evaluations', undefined, as);
    expect(list.body.evaluations).toEqual([]);
    const mine = await api.call('GET', '/api/contact-evaluations', undefined, as);
    expect(mine.body.evaluations.map((e: { id: string }) => e.id)).toEqual([id]);
  });

  test('per member: another reader of the kommun, another kommun and another team get 404', async ({
    api,
  }) => {
    const { id } = await kommunPartSetUp(api);
    const sameKommun = await api.user('reader', { municipalityCode: '0381' });
    const otherKommun = await api.user('reader', { municipalityCode: '1445' });
    const otherTeam = await api.user('evaluator');
    for (const person of [sameKommun, otherKommun, otherTeam]) {
      for (const path of ['/questionnaire', '/self-assessment']) {
        const response = await api.call('GET', `/api/evaluations/${id}${path}`, undefined, {
          cookie: person.cookie,
        });
        expect(response.status).toBe(404);
      }
      const write = await api.call(
        'PUT',
        `/api/evaluations/${id}/questionnaire/answers/1.1`,
        { text: 'x', notApplicable: false, notApplicableReason: '', version: 0 },
        { cookie: person.cookie },
      );
      expect(write.status).toBe(404);
    }
    // Readers get mine: [] and cannot invite.
    const invite = await api.call(
      'POST',
      `/api/evaluations/${id}/contacts`,
      { userId: sameKommun.id },
      { cookie: sameKommun.cookie },
    );
    expect(invite.status).toBe(404);
  });

  test('per status: a contact writes in draft and visit, reads in consensus, and after publishing sees what any reader of the kommun sees', async ({
    api,
  }) => {
    const { id, contact } = await kommunPartSetUp(api);
    const as = { cookie: contact.cookie };
    const answer = (version: number) =>
      api.call(
        'PUT',
        `/api/evaluations/${id}/questionnaire/answers/1.1`,
        { text: `svar ${version}`, notApplicable: false, notApplicableReason: '', version },
        as,
      );
    expect((await answer(0)).status).toBe(200);
    await moveTo(api, id, 'visit');
    expect((await answer(1)).status).toBe(200);
    await moveTo(api, id, 'consensus');
    const closed = await answer(2);
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('closed');
    expect(
      (await api.call('GET', `/api/evaluations/${id}/questionnaire`, undefined, as)).body.open,
    ).toBe(false);
    expect((await api.call('GET', `/api/evaluations/${id}/scores`, undefined, as)).status).toBe(
      404,
    );
    await moveTo(api, id, 'published');
    // Published: the kommun's readers see the result; the evaluators' own work stays the team's.
    expect((await api.call('GET', `/api/evaluations/${id}/result`, undefined, as)).status).toBe(
      200,
    );
    expect(
      (await api.call('GET', `/api/evaluations/${id}/questionnaire`, undefined, as)).status,
    ).toBe(200);
    expect((await api.call('GET', `/api/evaluations/${id}/scores`, undefined, as)).status).toBe(
      403,
    );
    expect((await answer(2)).status).toBe(409);
  });

  test('the team invites readers of the kommun only, while draft or visit; removing one ends the access', async ({
    api,
  }) => {
    const { id, evaluator, contact, contactId } = await kommunPartSetUp(api);
    const team = { cookie: evaluator.cookie };
    const otherKommun = await api.user('reader', { municipalityCode: '1445' });
    const wrong = await api.call(
      'POST',
      `/api/evaluations/${id}/contacts`,
      { userId: otherKommun.id },
      team,
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues[0]).toMatchObject({ path: 'userId' });
    expect(wrong.body.error.issues[0].message).toContain('0381');
    const notReader = await api.call(
      'POST',
      `/api/evaluations/${id}/contacts`,
      { userId: evaluator.id },
      team,
    );
    expect(notReader.status).toBe(400);
    const twice = await api.call(
      'POST',
      `/api/evaluations/${id}/contacts`,
      { userId: contact.id },
      team,
    );
    expect(twice.status).toBe(409);

    const listed = await api.call('GET', `/api/evaluations/${id}/contacts`, undefined, team);
    expect(listed.body.contacts).toEqual([
      expect.objectContaining({ id: contactId, userId: contact.id, name: 'Karin Kontakt' }),
    ]);
    const removed = await api.call(
      'DELETE',
      `/api/evaluations/${id}/contacts/${contactId}`,
      undefined,
      team,
    );
    expect(removed.status).toBe(204);
    expect(
      (
        await api.call('GET', `/api/evaluations/${id}/questionnaire`, undefined, {
          cookie: contact.cookie,
        })
      ).status,
    ).toBe(404);
    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    expect(
      audit.body.entries
        .filter((e: { entity: string }) => e.entity === 'contact')
        .map((e: { action: string; actor: string }) => [e.action, e.actor]),
    ).toEqual([
      ['contact.invite', evaluator.id],
      ['contact.remove', evaluator.id],
    ]);

    await moveTo(api, id, 'consensus');
    const late = await api.call(
      'POST',
      `/api/evaluations/${id}/contacts`,
      { userId: contact.id },
      team,
    );
    expect(late.status).toBe(409);
  });

  test('a new reader is created on the spot: with a one-time link, or a password shown once', async ({
    api,
  }) => {
    const { id, evaluator } = await kommunPartSetUp(api);
    const team = { cookie: evaluator.cookie };
    const linked = await api.call(
      'POST',
      `/api/evaluations/${id}/contacts`,
      { email: 'Ny.Kontakt@Enkoping.se', name: 'Ny Kontakt' },
      team,
    );
    expect(linked.status).toBe(201);
    expect(linked.body.invitation.link).toMatch(/\/set-password#?.*token=|\/set-password/);
    expect(linked.body.password).toBeUndefined();
    const user = await api.deps.store.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'ny.kontakt@enkoping.se')
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({ role: 'reader', municipality_code: '0381' });

    const printed = await api.call(
      'POST',
      `/api/evaluations/${id}/contacts`,
      { email: 'utskrift@enkoping.se', name: 'Utskrift', invite: false },
      team,
    );
    expect(printed.status).toBe(201);
    expect(typeof printed.body.password).toBe('string');
    const cookie = await api.login('utskrift@enkoping.se', printed.body.password);
    expect(
      (await api.call('GET', `/api/evaluations/${id}/questionnaire`, undefined, { cookie })).status,
    ).toBe(200);

    // An existing account of another role or kommun is named, not converted.
    const clash = await api.call(
      'POST',
      `/api/evaluations/${id}/contacts`,
      { email: 'admin@test.se', name: 'Admin' },
      team,
    );
    expect(clash.status).toBe(400);
    expect(clash.body.error.issues[0].path).toBe('email');
  });

  test('a contact moved to another kommun loses the evaluation', async ({ api }) => {
    const { id, contact } = await kommunPartSetUp(api);
    await api.deps.store.db
      .updateTable('users')
      .set({ municipality_code: '1445' })
      .where('id', '=', contact.id)
      .execute();
    const response = await api.call('GET', `/api/evaluations/${id}/questionnaire`, undefined, {
      cookie: contact.cookie,
    });
    expect(response.status).toBe(404);
  });
});
