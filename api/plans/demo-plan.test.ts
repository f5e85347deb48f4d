import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { seedDemoData } from '../demo/seed-demo';
import { apiTest } from '../test-support/api-test';

describe.each(DIALECTS)('the demo handlingsplan on %s', (dialect) => {
  const test = apiTest(dialect);

  test("Enköping 2016 gets a plan with actions from its improvements and seed 000's goals", async ({
    api,
  }) => {
    expect(await seedDemoData(api.deps)).not.toBeNull();
    const list = await api.call('GET', '/api/evaluations');
    const id = list.body.evaluations[0].id;
    const plan = await api.call('GET', `/api/evaluations/${id}/plan`);
    expect(plan.status).toBe(200);
    expect(
      plan.body.actions.map((a: { areaId: string; status: string; overdue: boolean }) => [
        a.areaId,
        a.status,
        a.overdue,
      ]),
    ).toEqual([
      ['2', 'inProgress', true],
      ['3', 'planned', true],
      ['6', 'done', false],
      ['8', 'inProgress', true],
    ]);
    expect(plan.body.actions[0].improvement).toBe(
      'Ett strategiskt grepp om tillgänglighet och bemötande som allmänna kvalitetsaspekter',
    );
    expect(
      plan.body.goals.map((g: { title: string; status: string; actionId: string | null }) => [
        g.title.slice(0, 20),
        g.status,
        g.actionId === null,
      ]),
    ).toEqual([
      ['Kötiden för att komm', 'near', false],
      ['I SCBs medborgarunde', 'near', false],
      ['God prognossäkerhet ', 'notMet', false],
      ['Öka kommunens attrak', 'near', false],
      ['Öka kommunens attrak', 'near', false],
      ['80 procent av medarb', 'notMet', false],
      ['Nya infartsskyltar b', 'notMet', false],
      ['NKI – företag, ska v', 'near', true],
    ]);
  });
});
