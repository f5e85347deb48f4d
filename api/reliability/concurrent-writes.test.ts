// Many clients writing the same records with versions: no lost update. Every accepted change is
// in the audit log, every refused one got a 409, and what is stored is the last accepted write.
import { describe, expect } from 'vitest';
import { DIALECTS } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import type { TestApp } from '../test-support/test-app';

const CLIENTS = 10;
const ATTEMPTS = 12;

/** One contended record: how to write it with a value, and how to read that value back. */
interface ContendedRecord {
  entity: string;
  path: string;
  body: (value: string, version: number) => unknown;
  /** The value as the API returns it (a saved record, a 409's `current`, an audit entry's after). */
  valueOf: (record: any) => string;
  read: (api: TestApp) => Promise<{ value: string; version: number; id: string }>;
}

function records(id: string, member: string): ContendedRecord[] {
  const score = (list: 'evaluatorScores' | 'consensusScores') => async (api: TestApp) => {
    const scores = await api.call('GET', `/api/evaluations/${id}/scores`);
    const row = scores.body[list].find((s: { questionId: string }) => s.questionId === '1.1');
    return { value: row.rationale, version: row.version, id: row.id };
  };
  return [
    {
      entity: 'evaluatorScore',
      path: `/api/evaluations/${id}/evaluator-scores/${member}/1.1`,
      body: (value, version) => ({ points: value.length % 15, rationale: value, version }),
      valueOf: (record) => record.rationale,
      read: score('evaluatorScores'),
    },
    {
      entity: 'consensusScore',
      path: `/api/evaluations/${id}/consensus-scores/1.1`,
      body: (value, version) => ({ points: value.length % 15, rationale: value, version }),
      valueOf: (record) => record.rationale,
      read: score('consensusScores'),
    },
    {
      entity: 'areaText',
      path: `/api/evaluations/${id}/areas/1`,
      body: (value, version) => ({ summary: value, strengths: [value], improvements: [], version }),
      valueOf: (record) => record.summary,
      read: async (api) => {
        const areas = await api.call('GET', `/api/evaluations/${id}/areas`);
        const area = areas.body.areas.find((a: { areaId: string }) => a.areaId === '1');
        // Area texts carry no id in the API: the audit log's entity id is found below.
        return { value: area.summary, version: area.version, id: '' };
      },
    },
  ];
}

describe.each(DIALECTS)('concurrent versioned writes on %s', (dialect) => {
  const test = apiTest(dialect);

  test(`${CLIENTS} clients x ${ATTEMPTS} attempts on 3 shared records lose no update`, {
    timeout: 120_000,
  }, async ({ api }) => {
    const created = await api.call('POST', '/api/evaluations', {
      municipality: { name: 'Ydre', code: '0512' },
      rubric: 'kk-2010',
      date: '2026-05',
      evaluators: ['A', 'B'],
    });
    expect(created.status).toBe(201);
    const id: string = created.body.id;

    for (const record of records(id, created.body.team[0].id)) {
      const accepted: { version: number; value: string }[] = [];
      let refused = 0;
      // Every client starts at version 0 (all race to create) and then writes on the version it
      // last saw: its own save's, or the current record a 409 hands back.
      const client = async (c: number) => {
        let version = 0;
        for (let i = 0; i < ATTEMPTS; i++) {
          const value = `client ${c} write ${i}`;
          // A random pause lets the clients interleave differently on each run.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
          const response = await api.call('PUT', record.path, record.body(value, version));
          if (response.status === 200) {
            expect(record.valueOf(response.body)).toBe(value);
            accepted.push({ version: response.body.version, value });
            version = response.body.version;
          } else {
            expect(response.status, JSON.stringify(response.body)).toBe(409);
            expect(response.body.error.code).toBe('conflict');
            refused++;
            version = response.body.error.current?.version ?? 0;
          }
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));

      // Each accepted write made the next version: 1, 2, ... with no version given twice.
      accepted.sort((a, b) => a.version - b.version);
      expect(accepted.map((a) => a.version)).toEqual(accepted.map((_, i) => i + 1));
      expect(accepted.length + refused).toBe(CLIENTS * ATTEMPTS);
      expect(refused, 'the clients did contend').toBeGreaterThan(0);

      // The stored value is the last accepted write's.
      const stored = await record.read(api);
      const last = accepted[accepted.length - 1];
      expect(stored).toMatchObject({ value: last?.value, version: last?.version });

      // The audit log holds exactly the accepted writes, each based on the version before it.
      const audit = await api.call('GET', `/api/evaluations/${id}/audit`);
      const entries = audit.body.entries.filter(
        (e: { entity: string; entityId: string }) =>
          e.entity === record.entity && (stored.id === '' || e.entityId === stored.id),
      );
      expect(
        entries.map((e: { after: unknown }) => ({
          version: (e.after as { version: number }).version,
          value: record.valueOf(e.after),
        })),
      ).toEqual(accepted);
      for (const entry of entries) {
        const after = entry.after as { version: number };
        const before = entry.before as { version: number } | null;
        expect(before?.version ?? 0).toBe(after.version - 1);
      }
    }
  });
});
