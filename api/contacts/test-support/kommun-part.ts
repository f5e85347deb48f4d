import { enkopingFile, type TestApp } from '../../test-support/test-app';

/** Two evaluations of Enköping (0381) with an evaluator on their teams, and a contact on one. */
export async function kommunPartSetUp(api: TestApp, status: 'draft' | 'visit' = 'draft') {
  const evaluator = await api.user('evaluator', { name: 'Eva Utvärderare' });
  const contact = await api.user('reader', { municipalityCode: '0381', name: 'Karin Kontakt' });
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const imported = await api.call('POST', '/api/evaluations/import', {
      ...enkopingFile(),
      date: i === 0 ? '2026-05' : '2024-05',
      status: 'draft',
    });
    if (imported.status !== 201) throw new Error(JSON.stringify(imported.body));
    const summary = (await api.call('GET', `/api/evaluations/${imported.body.id}`)).body;
    await api.deps.store.db
      .updateTable('team_members')
      .set({ user_id: evaluator.id })
      .where('id', '=', summary.team[0].id)
      .execute();
    if (status === 'visit') await moveTo(api, summary.id, 'visit');
    ids.push(summary.id);
  }
  const [id, otherId] = ids as [string, string];
  const invited = await api.call(
    'POST',
    `/api/evaluations/${id}/contacts`,
    { userId: contact.id },
    { cookie: evaluator.cookie },
  );
  if (invited.status !== 201) throw new Error(JSON.stringify(invited.body));
  return { id, otherId, evaluator, contact, contactId: invited.body.contact.id as string };
}

/** Moves an evaluation to a status as the admin. */
export async function moveTo(
  api: TestApp,
  id: string,
  status: 'draft' | 'visit' | 'consensus' | 'published',
) {
  const current = (await api.call('GET', `/api/evaluations/${id}`)).body;
  const moved = await api.call('POST', `/api/evaluations/${id}/status`, {
    version: current.version,
    status,
    // The fixture's evaluators have no scores of their own: the checklist's gap, passed knowingly.
    ...(status === 'published' ? { reason: 'Testdata utan bedömarnas egna poäng.' } : {}),
  });
  if (moved.status !== 200) throw new Error(JSON.stringify(moved.body));
}
