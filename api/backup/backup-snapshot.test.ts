// A backup taken while another connection writes is one snapshot: the state after whole
// transactions, never a mix.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { connect, type Db, type Dialect } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { DIALECTS, openTestDb } from '../db/test-db';
import {
  type Backup,
  type BackupRow,
  type BackupTable,
  createBackup,
  restoreBackup,
} from './backup';

/** A store and a second connection that writes to it at the same time. */
async function openSharedStore(dialect: Dialect) {
  if (dialect === 'postgres') {
    const store = await openTestDb('postgres');
    return { store, writer: store, close: () => store.close() };
  }
  // In-memory SQLite has one connection only: a file lets a second one write during the backup.
  const dir = await mkdtemp(join(tmpdir(), 'kompass-backup-'));
  const url = `sqlite:${join(dir, 'kompass.db')}`;
  const store = connect(url);
  await migrateToLatest(store.db);
  const writer = connect(url);
  return {
    store,
    writer,
    close: async () => {
      await writer.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const at = '2026-05-10T08:00:00.000Z';
const stamps = { version: 1, created_at: at, updated_at: at };

/**
 * One writer step, one transaction: evaluation `w{writer}-{i}` with a team member, 3 evaluator
 * scores, a consensus score, evidence for 2 questions, an area text and an audit row; every
 * third step also deletes the evaluation of two steps before (cascading to its rows).
 */
async function writeStep(writer: Db, w: number, i: number): Promise<void> {
  const id = `w${w}-${i}`;
  await writer.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('evaluations')
      .values({
        id,
        municipality_id: 'm',
        rubric_version_id: 'rv',
        date: '2026-05',
        visit_start: null,
        visit_end: null,
        status: 'visit',
        facts: '{}',
        published_at: null,
        ...stamps,
      })
      .execute();
    await trx
      .insertInto('team_members')
      .values({ id: `${id}-m`, evaluation_id: id, name: 'A', position: 0, user_id: null })
      .execute();
    await trx
      .insertInto('evaluator_scores')
      .values(
        ['1.1', '1.2', '1.3'].map((q) => ({
          id: `${id}-e${q}`,
          evaluation_id: id,
          member_id: `${id}-m`,
          question_id: q,
          points: i % 10,
          percent: null,
          rationale: '',
          ...stamps,
        })),
      )
      .execute();
    await trx
      .insertInto('consensus_scores')
      .values({
        id: `${id}-c`,
        evaluation_id: id,
        question_id: '1.1',
        points: 5.5,
        percent: null,
        rationale: '',
        ...stamps,
      })
      .execute();
    await trx
      .insertInto('evidence')
      .values({
        id: `${id}-d`,
        evaluation_id: id,
        kind: 'document',
        date: null,
        title: 'Plan',
        interviewee_group: null,
        function: null,
        reference: null,
        notes: '',
        ...stamps,
      })
      .execute();
    await trx
      .insertInto('evidence_questions')
      .values([
        { evidence_id: `${id}-d`, question_id: '1.1' },
        { evidence_id: `${id}-d`, question_id: '1.2' },
      ])
      .execute();
    await trx
      .insertInto('area_texts')
      .values({
        id: `${id}-a`,
        evaluation_id: id,
        area_id: '1',
        summary: '',
        strengths: '[]',
        improvements: '[]',
        ...stamps,
      })
      .execute();
    await trx
      .insertInto('audit_log')
      .values({
        id,
        at,
        actor: 'writer',
        action: 'evaluation.create',
        entity: 'evaluation',
        entity_id: id,
        evaluation_id: id,
        before: null,
        after: null,
      })
      .execute();
    if (i % 3 === 2) {
      await trx
        .deleteFrom('evaluations')
        .where('id', '=', `w${w}-${i - 2}`)
        .execute();
    }
  });
}

/** The backup is the state after some whole number of steps of each writer, nothing in between. */
function expectSnapshot(backup: Backup, writers: number): number {
  const tables = backup.tables;
  const ids = (rows: BackupRow[] | undefined) => new Set((rows ?? []).map((r) => r.id));
  const evaluations = ids(tables.evaluations);
  const members = ids(tables.team_members);
  const evidence = ids(tables.evidence);
  for (const table of ['team_members', 'evidence', 'evaluator_scores'] as const) {
    for (const row of tables[table] ?? []) expect(evaluations).toContain(row.evaluation_id);
  }
  for (const table of ['consensus_scores', 'area_texts'] as const) {
    for (const row of tables[table] ?? []) expect(evaluations).toContain(row.evaluation_id);
  }
  for (const row of tables.evaluator_scores ?? []) expect(members).toContain(row.member_id);
  for (const row of tables.evidence_questions ?? []) expect(evidence).toContain(row.evidence_id);

  const count = (table: BackupTable, id: string) =>
    (tables[table] ?? []).filter((r) => r.evaluation_id === id).length;
  let steps = 0;
  for (let w = 0; w < writers; w++) {
    const audited = (tables.audit_log ?? [])
      .filter((r) => String(r.id).startsWith(`w${w}-`))
      .map((r) => Number(String(r.id).split('-')[1]))
      .sort((a, b) => a - b);
    const n = audited.length;
    expect(audited).toEqual(Array.from({ length: n }, (_, i) => i));
    const expected = audited
      .filter((k) => !(k + 2 < n && (k + 2) % 3 === 2))
      .map((k) => `w${w}-${k}`);
    expect([...evaluations].filter((id) => String(id).startsWith(`w${w}-`)).sort()).toEqual(
      expected.sort(),
    );
    for (const id of expected) {
      expect(
        [
          count('team_members', id),
          count('evaluator_scores', id),
          count('consensus_scores', id),
          count('evidence', id),
          count('area_texts', id),
        ],
        id,
      ).toEqual([1, 3, 1, 1, 1]);
    }
    steps += n;
  }
  return steps;
}

describe.each(DIALECTS)('a backup on %s while writes go on', (dialect) => {
  test('is one consistent snapshot that restores', async () => {
    const { store, writer, close } = await openSharedStore(dialect);
    try {
      await store.db
        .insertInto('municipalities')
        .values({ id: 'm', code: '0381', name: 'Enköping', official_name: null, ...stamps })
        .execute();
      await store.db
        .insertInto('rubric_versions')
        .values({
          id: 'rv',
          rubric_id: 'kk-2010',
          version: '1.0.0',
          checksum: 'x',
          title: 'Kommunkompassen 2010',
          content: '{}',
          loaded_at: at,
        })
        .execute();
      // PostgreSQL: several writers on the pool at once; SQLite: one (it has one writer at a time).
      // better-sqlite3 never yields to the event loop, so progress is awaited through promises,
      // not timers: the two SQLite connections interleave statement by statement.
      const writers = dialect === 'postgres' ? 4 : 1;
      let committed = 0;
      let stop = false;
      let waiters: { steps: number; resolve: () => void }[] = [];
      const notify = () => {
        const ready = waiters.filter((w) => committed >= w.steps || stop);
        waiters = waiters.filter((w) => !ready.includes(w));
        for (const w of ready) w.resolve();
      };
      const reached = (steps: number) =>
        new Promise<void>((resolve) => {
          waiters.push({ steps, resolve });
          notify();
        });
      const loops = Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; !stop && i < 5000; i++) {
          await writeStep(writer, w, i);
          committed++;
          notify();
        }
      });
      let overlapped = 0;
      let last: Backup | undefined;
      try {
        for (let round = 1; round <= 20 && overlapped < 3; round++) {
          await reached(10 * round);
          const start = committed;
          const backup = await createBackup(store);
          const end = committed;
          const steps = expectSnapshot(backup, writers);
          expect(steps).toBeGreaterThanOrEqual(start);
          expect(steps).toBeLessThanOrEqual(end + writers);
          if (end > start) overlapped++;
          last = backup;
        }
      } finally {
        stop = true;
        notify();
        await Promise.all(loops);
      }
      expect(overlapped, 'writes committed while a backup ran').toBeGreaterThan(0);
      // Foreign keys hold: the last backup restores.
      const target = await openTestDb(dialect);
      try {
        await restoreBackup(target, last as Backup);
        expect((await createBackup(target)).tables).toEqual((last as Backup).tables);
      } finally {
        await target.close();
      }
    } finally {
      await close();
    }
  });
});
