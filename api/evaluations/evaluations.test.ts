import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile } from '../test-support/test-app';
import { ydreVisit } from '../test-support/ydre-visit-file';

const published = [54, 55, 63, 42, 43, 55, 56, 66];

describe.each(DIALECTS)('evaluations API on %s', (dialect) => {
  const test = apiTest(dialect);

  test('imports Enköping 2016 and reproduces 434 in /result', async ({ api }) => {
    const imported = await api.call('POST', '/api/evaluations/import', enkopingFile());
    expect(imported.status).toBe(201);
    const result = await api.call('GET', `/api/evaluations/${imported.body.id}/result`);
    expect(result.status).toBe(200);
    expect(result.body.total).toEqual({
      points: 432.5,
      shownPoints: 434,
      max: 800,
      complete: true,
    });
    expect(result.body.areas.map((a: { shownPoints: number }) => a.shownPoints)).toEqual(published);
    expect(result.body.areas[0].questions[1]).toEqual({
      id: '1.2',
      points: 12.1,
      shownPoints: 12,
      percent: 60.5,
      shownPercent: 61,
      max: 20,
    });
  });

  test('round-trips import -> export with the same scores, texts and metadata', async ({ api }) => {
    const file = enkopingFile();
    const { body } = await api.call('POST', '/api/evaluations/import', file);
    const exported = await api.call('GET', `/api/evaluations/${body.id}/export`);
    expect(exported.status).toBe(200);
    const { $schema: _schema, ...expected } = file;
    const { rubricVersion, rubricChecksum, ...rest } = exported.body;
    expect(rest).toEqual(expected);
    expect(rubricVersion).toBe('1.0.0');
    expect(rubricChecksum).toMatch(/^[0-9a-f]{64}$/);
    // The export imports again to an identical export.
    const again = await api.call('POST', '/api/evaluations/import', exported.body);
    const second = await api.call('GET', `/api/evaluations/${again.body.id}/export`);
    expect(second.body).toEqual(exported.body);
  });

  test('round-trips evaluator scores, rationales, evidence, visit and facts', async ({ api }) => {
    const file = {
      ...ydreVisit,
      evidence: [
        ...ydreVisit.evidence,
        {
          kind: 'webPage',
          date: '2025-03-01',
          reference: 'https://testby.se',
          notes: '',
          questions: [],
        },
      ],
      facts: { ...ydreVisit.facts, Kommunkod: '9999' },
    };
    const { status, body } = await api.call('POST', '/api/evaluations/import', file);
    expect(status).toBe(201);
    const exported = await api.call('GET', `/api/evaluations/${body.id}/export`);
    const { rubricVersion: _v, rubricChecksum: _c, ...rest } = exported.body;
    expect(rest).toEqual(file);
  });

  test('rejects an unknown question naming it, and writes nothing', async ({ api }) => {
    const file = enkopingFile();
    (file.scores as Record<string, unknown>)['9.1'] = { points: 1 };
    const response = await api.call('POST', '/api/evaluations/import', file);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_input');
    expect(response.body.error.message).toBe(
      'scores["9.1"]: unknown question "9.1" in rubric kk-2010',
    );
    const list = await api.call('GET', '/api/evaluations');
    expect(list.body.evaluations).toEqual([]);
  });

  test('leaves nothing behind when an import fails half-way', async ({ api }) => {
    const file = enkopingFile();
    // Valid JSON, but evidence that violates a database constraint after the scores are written.
    file.evidence = [{ kind: 'document', notes: 'x', questions: ['1.1'] }];
    const ok = await api.call('POST', '/api/evaluations/import', file);
    expect(ok.status).toBe(201);
    // Make the next import fail inside its transaction: drop the table its last step writes.
    await api.deps.store.db.schema.dropTable('evidence_questions').execute();
    const failed = await api.call('POST', '/api/evaluations/import', {
      ...file,
      municipality: { name: 'Vara', code: '1470' },
    });
    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({ error: { code: 'internal', message: 'Internal server error' } });
    const rows = await api.deps.store.db.selectFrom('evaluations').select('id').execute();
    expect(rows).toHaveLength(1);
    const kommuner = await api.deps.store.db.selectFrom('municipalities').select('code').execute();
    expect(kommuner.map((k) => k.code)).toEqual(['0381']);
  });

  test('creates, lists and filters evaluations', async ({ api }) => {
    await api.call('POST', '/api/evaluations/import', enkopingFile());
    const created = await api.call('POST', '/api/evaluations', {
      municipality: { name: 'Enköping', code: '0381' },
      rubric: 'kk-2010',
      date: '2018-05',
      evaluators: ['Leif Eldås', 'Anna Marnell'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      date: '2018-05',
      municipality: { code: '0381', name: 'Enköping' },
      rubric: { id: 'kk-2010', version: '1.0.0' },
      total: { shownPoints: null, max: 800, complete: false },
      version: 1,
    });
    expect(created.body.team.map((m: { name: string }) => m.name)).toEqual([
      'Leif Eldås',
      'Anna Marnell',
    ]);
    const all = await api.call('GET', '/api/evaluations?municipality=0381');
    expect(all.body.evaluations.map((e: { date: string }) => e.date)).toEqual([
      '2018-05',
      '2016-05',
    ]);
    const drafts = await api.call('GET', '/api/evaluations?status=draft,visit');
    expect(drafts.body.evaluations).toHaveLength(1);
    const bad = await api.call('GET', '/api/evaluations?status=done');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^status: /);
  });

  test('refuses an area-level-only rubric and an unknown rubric', async ({ api }) => {
    const body = {
      municipality: { name: 'Ale', code: '1440' },
      date: '2021-01',
      evaluators: ['A'],
    };
    const v2020 = await api.call('POST', '/api/evaluations', { ...body, rubric: 'kk-2020' });
    expect(v2020.status).toBe(400);
    expect(v2020.body.error.message).toMatch(/^rubric: rubric kk-2020 has no public delfrågor/);
    const unknown = await api.call('POST', '/api/evaluations', { ...body, rubric: 'kk-1999' });
    expect(unknown.body.error.message).toMatch(/unknown rubric "kk-1999"/);
  });

  test('moves through the statuses, publishes only when complete, and records a reopen', async ({
    api,
  }) => {
    const { body } = await api.call('POST', '/api/evaluations/import', {
      ...enkopingFile(),
      status: 'draft',
    });
    const id = body.id;
    const toPublish = await api.call('POST', `/api/evaluations/${id}/status`, {
      version: 1,
      status: 'published',
    });
    expect(toPublish.status).toBe(409);
    expect(toPublish.body.error.code).toBe('not_ready');
    const consensus = await api.call('POST', `/api/evaluations/${id}/status`, {
      version: 1,
      status: 'consensus',
    });
    expect(consensus.body).toMatchObject({ status: 'consensus', version: 2 });
    const stale = await api.call('POST', `/api/evaluations/${id}/status`, {
      version: 1,
      status: 'published',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ status: 'consensus', version: 2 });
    // The file holds no evaluator's own scores: a gap of the checklist, published with a reason.
    const pub = await api.call('POST', `/api/evaluations/${id}/status`, {
      version: 2,
      status: 'published',
      reason: 'Utvärderarnas egna poäng finns inte i filen.',
    });
    expect(pub.body).toMatchObject({ status: 'published', version: 3 });
    expect(pub.body.publishedAt).not.toBeNull();
    const edit = await api.call('PUT', `/api/evaluations/${id}`, { version: 3, date: '2016-06' });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('published');
    const noReason = await api.call('POST', `/api/evaluations/${id}/reopen`, {
      version: 3,
      reason: ' ',
    });
    expect(noReason.status).toBe(400);
    const reopened = await api.call('POST', `/api/evaluations/${id}/reopen`, {
      version: 3,
      reason: 'Fel i område 4 efter återföringen',
    });
    expect(reopened.body).toMatchObject({ status: 'consensus', version: 4 });
    const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual(
      [
        'municipality.create',
        'evaluation.import',
        'evaluation.status',
        'evaluation.publish',
        'evaluation.reopen',
      ].filter((a) => a !== 'municipality.create'),
    );
    expect(audit.body.entries.at(-1)).toMatchObject({
      actor: api.adminId,
      before: { status: 'published' },
      after: { status: 'consensus', reason: 'Fel i område 4 efter återföringen' },
    });
  });

  test('edits the team: renames, adds, and refuses to drop a member with scores', async ({
    api,
  }) => {
    const { body } = await api.call('POST', '/api/evaluations/import', {
      ...enkopingFile(),
      status: 'visit',
      evaluatorScores: { 'Leif Eldås': { '1.1': { points: 9 } } },
    });
    const summary = (await api.call('GET', `/api/evaluations/${body.id}`)).body;
    const [leif, lotta, anna] = summary.team;
    const swapped = await api.call('PUT', `/api/evaluations/${body.id}`, {
      version: 1,
      team: [
        { id: lotta.id, name: 'Anna Marnell' },
        { id: anna.id, name: 'Lotta Ricklander' },
        { id: leif.id, name: 'Leif Eldås' },
        { name: 'Ny Person' },
      ],
    });
    expect(swapped.status).toBe(200);
    expect(swapped.body.team.map((m: { name: string }) => m.name)).toEqual([
      'Anna Marnell',
      'Lotta Ricklander',
      'Leif Eldås',
      'Ny Person',
    ]);
    const drop = await api.call('PUT', `/api/evaluations/${body.id}`, {
      version: 2,
      team: [{ id: lotta.id, name: 'Anna Marnell' }],
    });
    expect(drop.status).toBe(409);
    expect(drop.body.error.code).toBe('member_has_scores');
  });

  test('compares with references and other evaluations, and names unknown ids', async ({ api }) => {
    const { body } = await api.call('POST', '/api/evaluations/import', enkopingFile());
    await api.deps.store.db
      .insertInto('reference_results')
      .values({
        id: 'orebro-2012',
        municipality_code: '1880',
        municipality_name: 'Örebro',
        year: 2012,
        rubric_id: 'kk-2010',
        kind: 'municipality',
        areas: JSON.stringify({ 1: 68, 2: 85, 3: 86, 4: 74, 5: 70, 6: 74, 7: 71, 8: 87 }),
        total: 615,
        source: 'test',
        note: null,
        version: 1,
        created_at: 'x',
        updated_at: 'x',
      })
      .execute();
    const other = await api.call('POST', '/api/evaluations/import', {
      ...enkopingFile(),
      date: '2018-05',
      scores: { '1.1': { points: 15 } },
    });
    const comparison = await api.call(
      'GET',
      `/api/evaluations/${body.id}/comparison?with=orebro-2012,${other.body.id}`,
    );
    expect(comparison.status).toBe(200);
    expect(comparison.body.total).toEqual({
      value: 434,
      others: [
        { id: 'orebro-2012', value: 615, difference: -181 },
        { id: other.body.id, value: 15, difference: 419 },
      ],
      rank: { rank: 2, of: 3, percentile: 50 },
    });
    expect(comparison.body.compared.map((c: { label: string }) => c.label)).toEqual([
      'Örebro 2012',
      'Enköping 2018',
    ]);
    expect(comparison.body.radar[0].values).toEqual(published);
    const unknown = await api.call('GET', `/api/evaluations/${body.id}/comparison?with=nowhere`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe('with: no reference or evaluation "nowhere"');
  });

  test('gives 404 in the error shape for an unknown evaluation', async ({ api }) => {
    const response = await api.call('GET', '/api/evaluations/nope/result');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      error: { code: 'not_found', message: 'evaluation nope not found' },
    });
  });
});
