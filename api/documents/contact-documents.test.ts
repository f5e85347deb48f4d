import { describe, expect } from 'vitest';
import { kommunPartSetUp } from '../contacts/test-support/kommun-part';
import type { EvaluationStatus } from '../db/database';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import type { TestApp } from '../test-support/test-app';
import { draftEvaluation, upload } from './test-support/documents-test';

const KOMMUN_TEXT = 'Styrmodell\n\nKommunfullmäktige fastställer mål och budget för hela kommunen.';
const TEAM_TEXT = 'Anteckning\n\nUtvärderarnas egen sammanställning inför besöket.';

/**
 * An Enköping draft with its evaluator and a contact; a second contact of the same evaluation,
 * a contact of another evaluation of the kommun, a reader of the kommun who is no contact, a
 * contact of another kommun's evaluation and an evaluator of another team. The contact has added one document
 * (the kommun's) and the evaluator one (the team's).
 */
async function setUp(api: TestApp) {
  const s = await kommunPartSetUp(api);
  const secondContact = await api.user('reader', { municipalityCode: '0381', name: 'Kim Kontakt' });
  const otherContact = await api.user('reader', { municipalityCode: '0381', name: 'Per Annan' });
  const reader = await api.user('reader', { municipalityCode: '0381', name: 'Rut Läsare' });
  const otherKommun = await api.user('reader', { municipalityCode: '1880', name: 'Örjan Örebro' });
  const outsider = await api.user('evaluator', { name: 'Otto Annat Team' });
  for (const [evaluationId, user] of [
    [s.id, secondContact],
    [s.otherId, otherContact],
  ] as const) {
    const invited = await api.call(
      'POST',
      `/api/evaluations/${evaluationId}/contacts`,
      { userId: user.id },
      { cookie: s.evaluator.cookie },
    );
    expect(invited.status).toBe(201);
  }
  // The reader of another kommun is a contact there: it gives nothing here.
  const elsewhere = await draftEvaluation(api, '1880');
  const invitedElsewhere = await api.call('POST', `/api/evaluations/${elsewhere}/contacts`, {
    userId: otherKommun.id,
  });
  expect(invitedElsewhere.status).toBe(201);
  const kommunDoc = await upload(
    api,
    s.id,
    { name: 'styrmodell.txt', bytes: KOMMUN_TEXT },
    { kind: 'styrdokument' },
    s.contact.cookie,
  );
  expect(kommunDoc.status).toBe(201);
  const teamDoc = await upload(
    api,
    s.id,
    { name: 'anteckning.txt', bytes: TEAM_TEXT },
    {},
    s.evaluator.cookie,
  );
  expect(teamDoc.status).toBe(201);
  await api.deps.extraction?.idle();
  const passageOf = async (documentId: string) =>
    (await api.call('GET', `/api/documents/${documentId}/passages`)).body.passages[0].id as string;
  const setStatus = (status: EvaluationStatus) =>
    api.deps.store.db.updateTable('evaluations').set({ status }).where('id', '=', s.id).execute();
  return {
    ...s,
    kommunDoc: { id: kommunDoc.body.id as string, passageId: await passageOf(kommunDoc.body.id) },
    teamDoc: { id: teamDoc.body.id as string, passageId: await passageOf(teamDoc.body.id) },
    setStatus,
    cookies: {
      contact: s.contact.cookie,
      secondContact: secondContact.cookie,
      otherContact: otherContact.cookie,
      reader: reader.cookie,
      otherKommun: otherKommun.cookie,
      outsider: outsider.cookie,
      evaluator: s.evaluator.cookie,
    },
  };
}

type Who =
  | 'contact'
  | 'secondContact'
  | 'otherContact'
  | 'reader'
  | 'otherKommun'
  | 'outsider'
  | 'evaluator';

describe.each(DIALECTS)("the kommun's documents on %s", (dialect) => {
  const test = apiTest(dialect);

  test('per member and status: contacts add and read the kommun’s documents, never the team’s before publishing, nor citations, search or suggestions', async ({
    api,
  }) => {
    const s = await setUp(api);
    const documentReads = (doc: { id: string }) => [
      `/api/documents/${doc.id}`,
      `/api/documents/${doc.id}/file`,
      `/api/documents/${doc.id}/passages`,
    ];
    // What the team derives from the library: only for those who see the evaluation.
    const evidenceReads = [
      `/api/evaluations/${s.id}/documents`,
      `/api/evaluations/${s.id}/documents/search?q=mål`,
      `/api/evaluations/${s.id}/citations`,
      `/api/evaluations/${s.id}/questions/3.2/suggestions`,
      `/api/documents/${s.kommunDoc.id}/passages/${s.kommunDoc.passageId}/questions`,
    ];
    const statuses: [string, EvaluationStatus][] = [
      ['draft', 'draft'],
      ['visit', 'visit'],
      ['consensus', 'consensus'],
      ['published', 'published'],
      ['reopened', 'consensus'],
    ];
    for (const [name, status] of statuses) {
      await s.setStatus(status);
      const published = status === 'published';
      for (const who of Object.keys(s.cookies) as Who[]) {
        const cookie = s.cookies[who];
        const isContact = who === 'contact' || who === 'secondContact';
        const ofKommun = isContact || who === 'otherContact' || who === 'reader';
        const seesEvaluation = who === 'evaluator' || (ofKommun && published);
        const where = (what: string) => `${who} ${what} (${name})`;
        for (const path of documentReads(s.kommunDoc)) {
          const response = await api.call('GET', path, undefined, { cookie });
          expect(response.status, where(`GET ${path}`)).toBe(
            seesEvaluation || isContact ? 200 : 404,
          );
        }
        for (const path of [...documentReads(s.teamDoc), ...evidenceReads]) {
          const response = await api.call('GET', path, undefined, { cookie });
          expect(response.status, where(`GET ${path}`)).toBe(seesEvaluation ? 200 : 404);
        }
        // A contact changes the kommun's own documents while its part is open (here the stale
        // version answers 409), and never the team's; a reader who only reads gets 403.
        const open = status === 'draft' || status === 'visit';
        const patch = await api.call(
          'PATCH',
          `/api/documents/${s.kommunDoc.id}`,
          { title: 'Nytt namn', version: 999 },
          { cookie },
        );
        expect(patch.status, where('PATCH')).toBe(
          who === 'evaluator' || isContact ? 409 : seesEvaluation ? 403 : 404,
        );
        if (isContact)
          expect(patch.body.error.code, where('PATCH')).toBe(open ? 'conflict' : 'closed');
        const patchTeams = await api.call(
          'PATCH',
          `/api/documents/${s.teamDoc.id}`,
          { title: 'Nytt namn', version: 999 },
          { cookie },
        );
        expect(patchTeams.status, where('PATCH the team’s')).toBe(
          who === 'evaluator' ? 409 : seesEvaluation ? 403 : 404,
        );
        const removeTeams = await api.call(
          'DELETE',
          `/api/documents/${s.teamDoc.id}?version=999`,
          undefined,
          { cookie },
        );
        expect(removeTeams.status, where('DELETE the team’s')).toBe(
          who === 'evaluator' ? 409 : seesEvaluation ? 403 : 404,
        );
        const added = await upload(api, s.id, { name: 'ny.txt', bytes: 'Ny text.' }, {}, cookie);
        const expected =
          who === 'evaluator'
            ? published
              ? 409
              : 201
            : isContact
              ? open
                ? 201
                : 409
              : seesEvaluation
                ? 403
                : 404;
        expect(added.status, where(`upload: ${JSON.stringify(added.body)}`)).toBe(expected);
        if (isContact && !open) expect(added.body.error.code).toBe('closed');
      }
    }
    // A 404 names the document as if it did not exist.
    const hidden = await api.call('GET', `/api/documents/${s.teamDoc.id}`, undefined, {
      cookie: s.cookies.contact,
    });
    expect(hidden.body.error.message).toBe(`document ${s.teamDoc.id} not found`);
  });

  test('after the kommun submits, its contacts add nothing until the team sends the answers back; the upload is audited as the contact’s', async ({
    api,
  }) => {
    const s = await setUp(api);
    const as = { cookie: s.contact.cookie };
    const url = `/api/evaluations/${s.id}/questionnaire`;
    expect((await api.call('POST', `${url}/submit`, { version: 0 }, as)).status).toBe(200);
    const locked = await upload(api, s.id, { name: 'sen.txt', bytes: 'Sent.' }, {}, as.cookie);
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('submitted');
    // The team still adds to the library.
    const byTeam = await upload(
      api,
      s.id,
      { name: 'team.txt', bytes: 'Team.' },
      {},
      s.evaluator.cookie,
    );
    expect(byTeam.status).toBe(201);
    const returned = await api.call(
      'POST',
      `${url}/return`,
      { comment: 'Bifoga styrmodellen', version: 1 },
      { cookie: s.evaluator.cookie },
    );
    expect(returned.status).toBe(200);
    const again = await upload(api, s.id, { name: 'igen.txt', bytes: 'Igen.' }, {}, as.cookie);
    expect(again.status).toBe(201);
    expect(again.body.addedBy).toEqual({ id: s.contact.id, name: 'Karin Kontakt' });

    // The questionnaire lists the kommun's documents only: the contacts', not the team's.
    const questionnaire = (await api.call('GET', url, undefined, as)).body;
    expect(questionnaire.documents.map((d: { title: string }) => d.title)).toEqual([
      'styrmodell',
      'igen',
    ]);
    const audit = await api.call('GET', `/api/evaluations/${s.id}/audit`);
    const creates = audit.body.entries
      .filter((e: { action: string }) => e.action === 'document.create')
      .map((e: { actor: string }) => (e.actor === s.evaluator.id ? 'team' : e.actor));
    expect(creates).toEqual([s.contact.id, 'team', 'team', s.contact.id]);
  });

  test('a contact renames and deletes the kommun’s own upload while its part is open; audited; the team’s copy of the list follows', async ({
    api,
  }) => {
    const s = await setUp(api);
    const as = { cookie: s.contact.cookie };
    const url = `/api/evaluations/${s.id}/questionnaire`;
    const mistaken = await upload(
      api,
      s.id,
      { name: 'fel-fil.txt', bytes: 'Fel fil.' },
      {},
      as.cookie,
    );
    expect(mistaken.status).toBe(201);
    const attached = await api.call(
      'POST',
      `${url}/answers/1.1/documents`,
      { documentId: mistaken.body.id },
      as,
    );
    expect(attached.status).toBe(201);
    // Renamed: the title a contact gives, hostile text kept as text.
    const title = '<img src=x onerror=alert(1)> Styrmodell 2026';
    const renamed = await api.call(
      'PATCH',
      `/api/documents/${mistaken.body.id}`,
      { title, version: 1 },
      as,
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title, version: 2 });
    const seen = (await api.call('GET', url, undefined, { cookie: s.evaluator.cookie })).body;
    expect(seen.documents.find((d: { id: string }) => d.id === mistaken.body.id)).toMatchObject({
      title,
      questionIds: ['1.1'],
    });
    // Deleted: gone from the library and from the answer it was attached to.
    const removed = await api.call(
      'DELETE',
      `/api/documents/${mistaken.body.id}?version=2`,
      undefined,
      as,
    );
    expect(removed.status).toBe(204);
    expect(
      (await api.call('GET', `/api/documents/${mistaken.body.id}`, undefined, as)).status,
    ).toBe(404);
    const after = (await api.call('GET', url, undefined, as)).body;
    expect(after.documents.map((d: { id: string }) => d.id)).not.toContain(mistaken.body.id);
    const audit = await api.deps.store.db
      .selectFrom('audit_log')
      .select(['action', 'actor'])
      .where('entity_id', '=', mistaken.body.id)
      .orderBy('id')
      .execute();
    expect(audit.map((row) => [row.action, row.actor])).toEqual([
      ['document.create', s.contact.id],
      ['document.update', s.contact.id],
      ['document.delete', s.contact.id],
    ]);
    // Once submitted, the kommun's documents stay as they are until the team sends them back.
    const kept = (await upload(api, s.id, { name: 'kvar.txt', bytes: 'Kvar.' }, {}, as.cookie))
      .body;
    expect((await api.call('POST', `${url}/submit`, { version: 0 }, as)).status).toBe(200);
    const late = await api.call(
      'PATCH',
      `/api/documents/${kept.id}`,
      { title: 'Sent', version: 1 },
      as,
    );
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('submitted');
    const lateDelete = await api.call(
      'DELETE',
      `/api/documents/${kept.id}?version=1`,
      undefined,
      as,
    );
    expect(lateDelete.status).toBe(409);
    expect(lateDelete.body.error.code).toBe('submitted');
  });

  test('a burst of renames and deletes of one upload by both contacts: one wins, the rest get 409, nothing half-done', async ({
    api,
  }) => {
    const s = await setUp(api);
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) => {
        const cookie = i % 2 === 0 ? s.cookies.contact : s.cookies.secondContact;
        return i % 3 === 0
          ? api.call('DELETE', `/api/documents/${s.kommunDoc.id}?version=1`, undefined, { cookie })
          : api.call(
              'PATCH',
              `/api/documents/${s.kommunDoc.id}`,
              { title: `Titel ${i}`, version: 1 },
              { cookie },
            );
      }),
    );
    const statuses = burst.map((response) => response.status);
    expect(statuses.filter((status) => status === 200 || status === 204)).toHaveLength(1);
    // The others lost the race: a stale version, or the document already gone.
    expect(statuses.filter((status) => status === 409 || status === 404)).toHaveLength(11);
    const audit = await api.deps.store.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', s.kommunDoc.id)
      .where('action', 'in', ['document.update', 'document.delete'])
      .execute();
    expect(audit).toHaveLength(1);
  });
});
