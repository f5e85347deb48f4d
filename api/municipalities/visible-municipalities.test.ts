import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { projectRoot } from '../../rubrics/project-root';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile } from '../test-support/test-app';

describe.each(DIALECTS)('which kommuner a user is told of on %s', (dialect) => {
  const test = apiTest(dialect);

  test('a kommun known only through a draft is listed to admins and its team only', async ({
    api,
  }) => {
    const eva = await api.user('evaluator', { name: 'Eva' });
    const otto = await api.user('evaluator', { name: 'Otto' });
    const reader = await api.user('reader', { municipalityCode: '0360' });
    // Enköping: published. Kinda: only Eva's draft. Örebro: reference results only.
    // Tierp: the reader's own, in the register. Knivsta: in the register, no evaluation.
    expect((await api.call('POST', '/api/evaluations/import', enkopingFile())).status).toBe(201);
    const draft = await api.call(
      'POST',
      '/api/evaluations',
      {
        municipality: { name: 'Kinda', code: '0513' },
        rubric: 'kk-2010',
        date: '2026-05',
        evaluators: ['Eva'],
      },
      { cookie: eva.cookie },
    );
    expect(draft.status).toBe(201);
    for (const [code, name] of [
      ['1880', 'Örebro'],
      ['0360', 'Tierp'],
      ['0330', 'Knivsta'],
    ]) {
      expect((await api.call('POST', '/api/municipalities', { code, name })).status).toBe(201);
    }
    const references = JSON.parse(
      readFileSync(join(projectRoot(), 'fixtures/references/orebro.json'), 'utf8'),
    );
    expect((await api.call('POST', '/api/references/import', references)).status).toBe(201);

    const names = async (cookie: string) => {
      const response = await api.call('GET', '/api/municipalities', undefined, { cookie });
      expect(response.status).toBe(200);
      return response.body.municipalities.map((m: { name: string }) => m.name);
    };
    expect(await names(api.adminCookie)).toEqual([
      'Enköping',
      'Kinda',
      'Knivsta',
      'Tierp',
      'Örebro',
    ]);
    expect(await names(reader.cookie)).toEqual(['Enköping', 'Tierp', 'Örebro']);
    expect(await names(eva.cookie)).toEqual(['Enköping', 'Kinda', 'Knivsta', 'Tierp', 'Örebro']);
    expect(await names(otto.cookie)).toEqual(['Enköping', 'Knivsta', 'Tierp', 'Örebro']);

    // Reopened, Enköping is a draft again: a reader of another kommun no longer hears of it.
    const enkoping = (await api.call('GET', '/api/evaluations?municipality=0381')).body
      .evaluations[0];
    await api.call('POST', `/api/evaluations/${enkoping.id}/reopen`, {
      version: enkoping.version,
      reason: 'Rättelse',
    });
    expect(await names(reader.cookie)).toEqual(['Tierp', 'Örebro']);
  });
});
