import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { library } from '../test-support/test-app';

describe.each(DIALECTS)('rubrics API on %s', (dialect) => {
  const test = apiTest(dialect);

  test('lists the current rubrics with version, checksum and stored version id', async ({
    api,
  }) => {
    const response = await api.call('GET', '/api/rubrics');
    expect(response.status).toBe(200);
    expect(response.body.rubrics).toEqual([
      {
        id: 'kk-2010',
        version: '1.0.0',
        checksum: library.rubrics.get('kk-2010')?.checksum,
        versionId: (await api.deps.rubrics.currentOf('kk-2010'))?.versionId,
        title: 'Kommunkompassen, 2010 års version',
        year: 2010,
        areaLevelOnly: false,
      },
      {
        id: 'kk-2020',
        version: '1.0.0',
        checksum: library.rubrics.get('kk-2020')?.checksum,
        versionId: (await api.deps.rubrics.currentOf('kk-2020'))?.versionId,
        title: 'Kommunkompassen, 2020 års version',
        year: 2020,
        areaLevelOnly: true,
      },
    ]);
  });

  test('serves a stored version in full: areas, headings, guidance, questions', async ({ api }) => {
    const [kk2010] = (await api.call('GET', '/api/rubrics')).body.rubrics;
    const response = await api.call('GET', `/api/rubrics/versions/${kk2010.versionId}`);
    expect(response.status).toBe(200);
    const rubric = response.body;
    expect(rubric).toMatchObject({
      id: 'kk-2010',
      version: '1.0.0',
      versionId: kk2010.versionId,
      checksum: kk2010.checksum,
      areaLevelOnly: false,
    });
    expect(rubric.$schema).toBeUndefined();
    expect(rubric.areas).toHaveLength(8);
    expect(rubric.areas[0]).toMatchObject({
      id: '1',
      title: 'Offentlighet och demokrati',
      maxPoints: 100,
      headings: expect.arrayContaining(['Information till medborgare']),
      guidance: expect.stringMatching(/^Bedöm hur kommunorganisationen/),
    });
    expect(rubric.areas[0].questions[0]).toEqual({
      id: '1.1',
      text: 'Finns en plan/strategi för demokratiutveckling och information?',
      maxPoints: 15,
    });
    const questions = rubric.areas.flatMap((a: { questions: unknown[] }) => a.questions);
    expect(questions).toHaveLength(45);
    // The version an evaluation pins is the same one.
    const { body: evaluation } = await api.call('POST', '/api/evaluations', {
      municipality: { name: 'Ydre', code: '0512' },
      rubric: 'kk-2010',
      date: '2025-03',
      evaluators: ['Anna'],
    });
    expect(evaluation.rubric.versionId).toBe(kk2010.versionId);
  });

  test('gives 404 for an unknown version id', async ({ api }) => {
    const response = await api.call('GET', '/api/rubrics/versions/nope');
    expect(response.status).toBe(404);
    expect(response.body.error).toEqual({
      code: 'not_found',
      message: 'rubric version nope not found',
    });
  });

  test('lists the rubric mappings, always indicative', async ({ api }) => {
    const response = await api.call('GET', '/api/rubric-mappings');
    expect(response.status).toBe(200);
    expect(response.body.mappings).toHaveLength(1);
    const [mapping] = response.body.mappings;
    expect(mapping).toMatchObject({
      format: 'kommunkompassen-rubric-mapping/1',
      from: 'kk-2010',
      to: 'kk-2020',
      indicative: true,
      authority: 'inferred',
    });
    expect(mapping.$schema).toBeUndefined();
    expect(mapping.areas).toHaveLength(8);
    expect(mapping.areas[1]).toEqual({ from: '8', to: '2' });
  });
});
