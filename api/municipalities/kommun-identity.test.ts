import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile } from '../test-support/test-app';

const UNKNOWN =
  'municipality.code: kommunkod 9999 is not one of SCB\'s 290 kommuner (name given: "Testby")';
const WRONG_NAME = 'municipality.name: kommunkod 1445 is Essunga, not "Fel namn"';

// A kommun is one of SCB's 290: an unknown kommunkod, or a name that is not the code's, is refused
// naming both, and nothing is written.
describe.each(DIALECTS)('kommun identity on %s', (dialect) => {
  const test = apiTest(dialect);

  test('kommun create and update refuse an unknown code or a name that is not the code’s', async ({
    api,
  }) => {
    const unknown = await api.call('POST', '/api/municipalities', { name: 'Testby', code: '9999' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe(UNKNOWN.replace('municipality.', ''));
    const wrong = await api.call('POST', '/api/municipalities', { name: 'Fel namn', code: '1445' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toBe(WRONG_NAME.replace('municipality.', ''));
    expect((await api.call('GET', '/api/municipalities')).body.municipalities).toEqual([]);

    // Any case is accepted and stored as SCB spells it.
    const created = await api.call('POST', '/api/municipalities', {
      name: 'essunga',
      code: '1445',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: '1445', name: 'Essunga' });
    const url = `/api/municipalities/${created.body.id}`;
    const renamed = await api.call('PUT', url, { version: 1, name: 'Fel namn' });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.message).toBe(WRONG_NAME.replace('municipality.', ''));
    const official = await api.call('PUT', url, { version: 1, officialName: 'Essunga kommun' });
    expect(official.body).toMatchObject({ name: 'Essunga', officialName: 'Essunga kommun' });
  });

  test('creating an evaluation refuses them, and does not file Fel namn under Essunga', async ({
    api,
  }) => {
    const body = (municipality: { name: string; code: string }) => ({
      municipality,
      rubric: 'kk-2010',
      date: '2026-05',
      evaluators: ['A'],
    });
    await api.call('POST', '/api/evaluations', body({ name: 'Essunga', code: '1445' }));
    const unknown = await api.call(
      'POST',
      '/api/evaluations',
      body({ name: 'Testby', code: '9999' }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe(UNKNOWN);
    const wrong = await api.call(
      'POST',
      '/api/evaluations',
      body({ name: 'Fel namn', code: '1445' }),
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toBe(WRONG_NAME);
    expect((await api.call('GET', '/api/evaluations')).body.evaluations).toHaveLength(1);
  });

  test('the evaluation-file import refuses them, naming code and name', async ({ api }) => {
    const file = enkopingFile();
    for (const [municipality, message] of [
      [{ name: 'Testby', code: '9999' }, UNKNOWN],
      [{ name: 'Fel namn', code: '1445' }, WRONG_NAME],
    ] as const) {
      const response = await api.call('POST', '/api/evaluations/import', { ...file, municipality });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(message);
    }
    expect((await api.call('GET', '/api/evaluations')).body.evaluations).toEqual([]);
    expect((await api.call('POST', '/api/evaluations/import', file)).status).toBe(201);
  });
});
