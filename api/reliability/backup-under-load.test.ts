// A backup taken while clients autosave is one consistent snapshot: restored into a fresh
// database, every evaluation's export, result and audit log equal the source's at the backup's
// point (the source at its end with the changes made after the backup undone).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hashPassword } from '../auth/password';
import { type Backup, createBackup, restoreBackup } from '../backup/backup';
import { appOn, seed, visible } from '../backup/test-support/backup-seed';
import { connect, type Db, type Dialect } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { DIALECTS, openTestDb } from '../db/test-db';
import { newId } from '../ids';
import { TEST_PASSWORD, type TestApp } from '../test-support/test-app';
import { type Call, inProcessLoad, workerLoad } from './autosave-load';
import { startServerProcess } from './server-process';

const CLIENTS = 16;
const QUESTIONS = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4'];

async function addAdmin(store: Db): Promise<void> {
  const now = '2026-05-10T08:00:00.000Z';
  await store.db
    .insertInto('users')
    .values({
      id: newId(),
      email: 'admin@test.se',
      display_name: 'Admin',
      role: 'admin',
      municipality_code: null,
      password_hash: await hashPassword(TEST_PASSWORD),
      password_changed_at: now,
      disabled: 0,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

/** The API over HTTP as admin@test.se, the way the web app calls it. */
async function httpClient(url: string): Promise<{ call: Call; cookie: string }> {
  const login = await fetch(`${url}api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@test.se', password: TEST_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const call: Call = async (method, path, body) => {
    const response = await fetch(`${url}${path.slice(1)}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, origin: url.slice(0, -1) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await response.json() };
  };
  return { call, cookie };
}

/**
 * The source under load and a second connection for the backup. SQLite: the server runs in a
 * process of its own on a file, so the backup reads its WAL snapshot while the server commits.
 * PostgreSQL: the app in-process on a pool, the backup on another of its connections.
 */
async function openSource(dialect: Dialect) {
  if (dialect === 'postgres') {
    const store = await openTestDb('postgres');
    await addAdmin(store);
    const call = await appOn(store);
    return { call, second: store, load: inProcessLoad(call), close: () => store.close() };
  }
  const dir = await mkdtemp(join(tmpdir(), 'kompass-load-'));
  const url = `sqlite:${join(dir, 'kompass.db')}`;
  const second = connect(url);
  await migrateToLatest(second.db);
  await addAdmin(second);
  const server = await startServerProcess({ DATABASE_URL: url });
  const { call, cookie } = await httpClient(server.url);
  return {
    call,
    second,
    load: workerLoad(server.url, cookie),
    close: async () => {
      await server.stop();
      await second.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The restored store's state at the backup: the end state with every later audited change undone. */
async function undoAfter(store: Db, backup: Backup): Promise<void> {
  const kept = new Set((backup.tables.audit_log ?? []).map((row) => row.id));
  const later = (
    await store.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').execute()
  ).filter((row) => !kept.has(row.id));
  for (const row of later) {
    expect(row.entity, `only autosaves happen during the load: ${row.action}`).toBe(
      'evaluatorScore',
    );
    const before = JSON.parse(row.before ?? 'null');
    if (before === null) {
      // Created after the backup: undone, it is gone.
      await store.db.deleteFrom('evaluator_scores').where('id', '=', row.entity_id).execute();
      await store.db.deleteFrom('audit_log').where('id', '=', row.id).execute();
      continue;
    }
    await store.db
      .updateTable('evaluator_scores')
      .set({
        points: before.points,
        percent: before.percent,
        rationale: before.rationale,
        version: before.version,
        updated_at: before.updatedAt,
      })
      .where('id', '=', row.entity_id)
      .execute();
    await store.db.deleteFrom('audit_log').where('id', '=', row.id).execute();
  }
}

describe.each(DIALECTS)('backup under autosave load on %s', (dialect) => {
  test('restored, the backup equals the source at the backup point', {
    timeout: 120_000,
  }, async () => {
    const source = await openSource(dialect);
    const targets: Db[] = [];
    try {
      // `seed` wants a TestApp: its calls and its store (for a reference row).
      await seed({ call: source.call, deps: { store: source.second } } as unknown as TestApp);
      const list = await source.call('GET', '/api/evaluations');
      const writable = list.body.evaluations.filter(
        (e: { status: string }) => e.status !== 'published',
      );
      expect(writable.length).toBeGreaterThan(0);
      // Every client autosaves its own evaluator score (evaluation, member, question), version
      // after version.
      const slots = writable
        .flatMap((evaluation: { id: string; team: { id: string }[] }) =>
          evaluation.team.flatMap((member) =>
            QUESTIONS.map(
              (question) =>
                `/api/evaluations/${evaluation.id}/evaluator-scores/${member.id}/${question}`,
            ),
          ),
        )
        .slice(0, CLIENTS);
      expect(slots.length).toBe(CLIENTS);
      const load = source.load(slots);
      let backup: Backup | undefined;
      let atBackup = 0;
      let afterBackup = 0;
      try {
        const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
        while (load.acknowledged() < 100 && !load.failed()) await sleep(10);
        // A backup that overlapped writes: acknowledged meanwhile (PostgreSQL: the clients run in
        // this process), or committed by the server process while it was read (SQLite: the
        // connection's data_version moved). A backup can fall between two commits: up to 20 tries.
        const commits = () => source.second.sqlite?.pragma('data_version', { simple: true });
        let overlapped = false;
        for (let attempt = 0; attempt < 20 && !overlapped; attempt++) {
          atBackup = load.acknowledged();
          const before = commits();
          backup = await createBackup(source.second);
          afterBackup = load.acknowledged();
          overlapped = dialect === 'postgres' ? afterBackup > atBackup : commits() !== before;
        }
        expect(overlapped, 'a backup was taken while saves were committed').toBe(true);
        const target = load.acknowledged() + 100;
        while (load.acknowledged() < target && !load.failed()) await sleep(10);
      } finally {
        await load.stop();
      }
      expect(atBackup, 'saves were made before the backup').toBeGreaterThan(0);
      expect(load.acknowledged(), 'and after it').toBeGreaterThan(afterBackup);

      if (!backup) throw new Error('no backup was taken');
      // Inside the backup, every score row is where its last audit entry left it.
      const audit = backup.tables.audit_log ?? [];
      for (const row of backup.tables.evaluator_scores ?? []) {
        const entries = audit.filter((a) => a.entity_id === row.id);
        const last = JSON.parse(String(entries[entries.length - 1]?.after ?? 'null'));
        expect(last?.version, `audit of score ${row.id}`).toBe(row.version);
        expect(last?.rationale).toBe(row.rationale);
      }

      // The backup restored into a fresh database...
      const restored = await openTestDb(dialect);
      targets.push(restored);
      await restoreBackup(restored, backup);
      // ... against the source at its end, restored elsewhere, with the later changes undone.
      const expected = await openTestDb(dialect);
      targets.push(expected);
      await restoreBackup(expected, await createBackup(source.second));
      await undoAfter(expected, backup);
      const got = await visible(await appOn(restored));
      expect(Object.keys(got.evaluations).length).toBe(list.body.evaluations.length);
      expect(got).toEqual(await visible(await appOn(expected)));
    } finally {
      for (const target of targets) await target.close();
      await source.close();
    }
  });
});
