// Reads by a list of ids hold to what a statement can bind on each store: 70,000 ids (over
// SQLite's 32,766 and PostgreSQL's 65,535 parameters) read in batches, not a bare 500.
import { describe, expect, it } from 'vitest';
import { listTeam } from '../evaluation-core/evaluations.repository';
import { listConsensusScores } from '../scores/scores.repository';
import { apiTest } from '../test-support/api-test';
import { enkopingFile } from '../test-support/test-app';
import { batches } from './batches';
import { DIALECTS } from './test-db';

describe('batches', () => {
  it('slices rows under 30,000 bound parameters a statement, 500 rows at most', () => {
    const rows = Array.from({ length: 1_201 }, (_, i) => i);
    expect(batches(rows, 12).map((b) => b.length)).toEqual([500, 500, 201]);
    expect(batches(rows, 100).map((b) => b.length)).toEqual([300, 300, 300, 300, 1]);
    expect(batches(Array.from({ length: 70_000 }, String), 1).map((b) => b.length)).toEqual([
      30_000, 30_000, 10_000,
    ]);
  });
});

describe.each(DIALECTS)('reads by 70,000 evaluation ids on %s', (dialect) => {
  const test = apiTest(dialect);

  test('consensus scores and teams come back for the ids that exist', { timeout: 60_000 }, async ({
    api,
  }) => {
    const { body } = await api.call('POST', '/api/evaluations/import', enkopingFile());
    const ids = Array.from({ length: 70_000 }, (_, i) => `missing-${i}`);
    ids.splice(35_000, 0, body.id);
    const db = api.deps.store.db;
    const scores = await listConsensusScores(db, ids);
    expect(scores.length).toBeGreaterThan(40);
    expect(new Set(scores.map((s) => s.evaluation_id))).toEqual(new Set([body.id]));
    const team = await listTeam(db, ids);
    expect(team.map((m) => m.name)).toEqual(enkopingFile().evaluators);
  });
});
