import { expect } from 'vitest';
import type { TestApp } from './test-app';

/** An Enköping 2018 evaluation whose team is Eva and Otto, each member linked to their account. */
export async function teamOfTwo(api: TestApp) {
  const eva = await api.user('evaluator', { name: 'Eva' });
  const otto = await api.user('evaluator', { name: 'Otto' });
  const created = await api.call('POST', '/api/evaluations', {
    municipality: { name: 'Enköping', code: '0381' },
    rubric: 'kk-2010',
    date: '2018-05',
    evaluators: ['Eva', 'Otto'],
  });
  const [evaMember, ottoMember] = created.body.team as { id: string }[];
  const linked = await api.call('PUT', `/api/evaluations/${created.body.id}`, {
    version: created.body.version,
    team: [
      { id: evaMember?.id, name: 'Eva', userId: eva.id },
      { id: ottoMember?.id, name: 'Otto', userId: otto.id },
    ],
  });
  expect(linked.status).toBe(200);
  return {
    id: created.body.id as string,
    version: linked.body.version as number,
    eva: { ...eva, memberId: evaMember?.id as string },
    otto: { ...otto, memberId: ottoMember?.id as string },
  };
}

export type TeamOfTwo = Awaited<ReturnType<typeof teamOfTwo>>;
