import { sql } from 'kysely';
import { test as base, describe, expect } from 'vitest';
import type { Db } from '../db/connect';
import { knownMigrations } from '../db/migrate';
import { DIALECTS, openTestDb } from '../db/test-db';
import { apiTest } from '../test-support/api-test';
import { enkopingFile, openTestApp } from '../test-support/test-app';
import {
  BACKUP_TABLES,
  type Backup,
  type BackupRow,
  backupJson,
  createBackup,
  DERIVED_TABLES,
  restoreBackup,
  TRANSIENT_TABLES,
} from './backup';
import { addAuditRows, appOn, seed, testby, visible } from './test-support/backup-seed';

async function schemaOf(store: Db) {
  const ours = (name: string) =>
    !name.startsWith('kysely_migration') &&
    !name.startsWith('sqlite_') &&
    !DERIVED_TABLES.some((derived) => name === derived || name.startsWith(`${derived}_`));
  if (store.dialect === 'sqlite') {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table'`.execute(store.db);
    const keys = await sql<{ child: string; parent: string }>`
      select m.name as child, p."table" as parent
      from sqlite_master m join pragma_foreign_key_list(m.name) p
      where m.type = 'table'`.execute(store.db);
    return { tables: tables.rows.map((r) => r.name).filter(ours), foreignKeys: keys.rows };
  }
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.db);
  const keys = await sql<{ child: string; parent: string }>`
    select conrelid::regclass::text as child, confrelid::regclass::text as parent
    from pg_constraint
    where contype = 'f' and connamespace = current_schema()::regnamespace`.execute(store.db);
  return { tables: tables.rows.map((r) => r.name).filter(ours), foreignKeys: keys.rows };
}

describe.each(DIALECTS)('backups on %s', (dialect) => {
  const test = apiTest(dialect);

  test('BACKUP_TABLES and TRANSIENT_TABLES name every table of the schema, parents first', async ({
    api,
  }) => {
    const { tables, foreignKeys } = await schemaOf(api.deps.store);
    expect(
      [...tables].sort(),
      'a table of the schema is in neither BACKUP_TABLES nor TRANSIENT_TABLES (api/backup/backup.ts)',
    ).toEqual([...BACKUP_TABLES, ...TRANSIENT_TABLES].sort());
    expect(foreignKeys.length).toBeGreaterThan(5);
    const position = (table: string) => BACKUP_TABLES.indexOf(table as never);
    for (const { child, parent } of foreignKeys) {
      if (position(child) < 0) continue; // transient: emptied first
      expect(position(parent), `${child} references ${parent}, not backed up`).toBeGreaterThan(-1);
      expect(position(parent), `${parent} must come before ${child}`).toBeLessThan(position(child));
    }
  });

  test('restores into another database: every export, result and audit log is the same', async ({
    api,
  }) => {
    const enkopingId = await seed(api);
    const before = await visible(api.call);
    const backup = await createBackup(api.deps.store, { now: () => '2026-05-12T10:00:00.000Z' });
    expect(backup).toMatchObject({
      format: 'kommunkompassen-backup/1',
      createdAt: '2026-05-12T10:00:00.000Z',
      dialect,
      migrations: knownMigrations(),
    });
    expect(Object.keys(backup.tables)).toEqual(BACKUP_TABLES);
    expect(backup.tables.evaluations).toHaveLength(2);
    expect(backup.tables.users).toEqual([
      expect.objectContaining({ email: 'admin@test.se', role: 'admin', disabled: 0 }),
    ]);
    expect(backup.tables).not.toHaveProperty('sessions');
    expect(backup.tables.reference_results).toEqual([
      expect.objectContaining({ id: 'orebro-2012', year: 2012, total: 512.5 }),
    ]);
    expect(backup.tables.consensus_scores).toContainEqual(
      expect.objectContaining({ question_id: '1.2', points: 7.25, percent: null, version: 1 }),
    );

    // The target's own data is replaced, not merged.
    const target = await openTestApp(dialect);
    try {
      const own = await target.call('POST', '/api/evaluations/import', {
        ...testby,
        municipality: { name: 'Boxholm', code: '0560' },
      });
      expect(own.status).toBe(201);
      const counts = await restoreBackup(target.deps.store, backup);
      expect(counts).toEqual(
        Object.fromEntries(BACKUP_TABLES.map((t) => [t, backup.tables[t]?.length ?? 0])),
      );
      // Sessions are not restored: the target's own login is gone.
      expect((await target.call('GET', '/api/evaluations')).status).toBe(401);
      const restored = await appOn(target.deps.store);
      expect(await visible(restored)).toEqual(before);
      const result = await restored('GET', `/api/evaluations/${enkopingId}/result`);
      expect(result.body.total.shownPoints).toBe(434);
      // The restored store keeps working: a new import pins the restored rubric version.
      const again = await restored('POST', '/api/evaluations/import', {
        ...enkopingFile(),
        date: '2020-05',
      });
      expect(again.status).toBe(201);
      const { tables } = await createBackup(target.deps.store);
      expect(tables.rubric_versions).toEqual(backup.tables.rubric_versions);
      expect(tables.evaluations).toHaveLength(3);
    } finally {
      await target.close();
    }
  });

  test('restores tables of more than 500 rows', async ({ api }) => {
    await seed(api);
    await addAuditRows(api.deps.store, 1234);
    const backup = await createBackup(api.deps.store);
    expect(backup.tables.audit_log?.length).toBeGreaterThan(1234);
    const target = await openTestDb(dialect);
    try {
      await restoreBackup(target, backup);
      expect((await createBackup(target)).tables).toEqual(backup.tables);
    } finally {
      await target.close();
    }
  });

  test('refuses a backup from a newer schema and leaves the target as it was', async ({ api }) => {
    await seed(api);
    const kept = await createBackup(api.deps.store);
    const newer: Backup = {
      ...kept,
      migrations: [...kept.migrations, '2027-01-01T00-00_users'],
      tables: {},
    };
    await expect(restoreBackup(api.deps.store, newer)).rejects.toThrow(
      'backup is from a newer schema (unknown migration 2027-01-01T00-00_users): upgrade kompass first',
    );
    expect((await createBackup(api.deps.store)).tables).toEqual(kept.tables);
  });

  test('a restore that fails half-way leaves the target as it was', async ({ api }) => {
    await seed(api);
    await addAuditRows(api.deps.store, 1100);
    const backup = await createBackup(api.deps.store);
    // The last table's last row lacks a NOT NULL column: every other row is in by then.
    const broken = structuredClone(backup);
    const audit = broken.tables.audit_log ?? [];
    const { actor: _actor, ...row } = audit[0] as BackupRow;
    audit.push({ ...row, id: 'zzzz-broken' });

    const target = await openTestApp(dialect);
    try {
      await target.call('POST', '/api/evaluations/import', enkopingFile());
      const kept = await createBackup(target.deps.store);
      await expect(restoreBackup(target.deps.store, broken)).rejects.toThrow(
        new RegExp(`^restore failed in audit_log \\(rows 1001-${audit.length}\\): .*actor`),
      );
      expect((await createBackup(target.deps.store)).tables).toEqual(kept.tables);
    } finally {
      await target.close();
    }
  });
});

describe.runIf(DIALECTS.includes('sqlite') && DIALECTS.includes('postgres'))(
  'backups between SQLite and PostgreSQL',
  () => {
    base.each([
      ['sqlite', 'postgres'],
      ['postgres', 'sqlite'],
    ] as const)('a backup taken on %s restores into %s', async (from, to) => {
      const source = await openTestApp(from);
      const target = await openTestDb(to);
      try {
        const enkopingId = await seed(source);
        await addAuditRows(source.deps.store, 600);
        const before = await visible(source.call);
        const backup = await createBackup(source.deps.store);
        await restoreBackup(target, backup);
        // Same rows, same JS types, same order: the dialects are indistinguishable in a backup.
        const again = await createBackup(target);
        expect(again.dialect).toBe(to);
        expect(again.tables).toEqual(backup.tables);
        expect(backupJson({ ...again, createdAt: backup.createdAt, dialect: from })).toBe(
          backupJson(backup),
        );
        const restored = await appOn(target);
        expect(await visible(restored)).toEqual(before);
        const result = await restored('GET', `/api/evaluations/${enkopingId}/result`);
        expect(result.body.total.shownPoints).toBe(434);
      } finally {
        await source.close();
        await target.close();
      }
    });
  },
);
