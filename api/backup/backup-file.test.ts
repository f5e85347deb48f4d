import { mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, describe, expect } from 'vitest';
import { connect } from '../db/connect';
import { openTestApp } from '../test-support/test-app';
import {
  type Backup,
  backupJson,
  createBackup,
  readBackupFile,
  restoreBackup,
  writeBackupFile,
} from './backup';
import { seed } from './test-support/backup-seed';

const fileTest = base.extend<{ dir: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest fixtures take their dependencies this way
  dir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'kompass-backup-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

describe('backup files', () => {
  async function sqliteBackup(): Promise<Backup> {
    const api = await openTestApp('sqlite');
    try {
      await seed(api);
      return await createBackup(api.deps.store);
    } finally {
      await api.close();
    }
  }

  fileTest('writes one row per line and reads back the same backup', async ({ dir }) => {
    const backup = await sqliteBackup();
    const path = join(dir, 'backups', 'kompass.json');
    await writeBackupFile(backup, path);
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toEqual(backup);
    expect(text).toBe(backupJson(backup));
    expect(text.split('\n')).toContain(JSON.stringify(backup.tables.reference_results?.[0]));
    expect(await readBackupFile(path)).toEqual(backup);
    expect(await readdir(join(dir, 'backups'))).toEqual(['kompass.json']);
  });

  fileTest('replaces an existing file whole and leaves no temporary file', async ({ dir }) => {
    const backup = await sqliteBackup();
    const path = join(dir, 'kompass.json');
    await writeFile(path, 'old');
    await writeBackupFile(backup, path);
    expect(await readBackupFile(path)).toEqual(backup);
    // A failed write (the target is a folder) leaves the folder and no temporary file behind.
    const folder = join(dir, 'taken');
    await mkdir(folder);
    await expect(writeBackupFile(backup, folder)).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['kompass.json', 'taken']);
  });

  fileTest('a truncated or foreign file gives an error naming the path', async ({ dir }) => {
    const backup = await sqliteBackup();
    const path = join(dir, 'kompass.json');
    await writeBackupFile(backup, path);
    const { size } = await stat(path);
    await truncate(path, Math.floor(size / 2));
    await expect(readBackupFile(path)).rejects.toThrow(
      new RegExp(`^${path.replaceAll('\\', '\\\\')}: \\(root\\) \\(line \\d+\\): not valid JSON`),
    );

    const foreign = join(dir, 'foreign.json');
    await writeFile(
      foreign,
      JSON.stringify({ ...backup, format: 'kommunkompassen-evaluation/1', tables: { votes: [] } }),
    );
    const error = await readBackupFile(foreign).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toContain(`${foreign}: format`);
    expect(error?.message).toContain(`${foreign}: tables`);
    expect(error?.message).toContain('votes');
  });

  base('restores into an empty, unmigrated SQLite database', async () => {
    const backup = await sqliteBackup();
    const target = connect('sqlite::memory:');
    try {
      await restoreBackup(target, backup);
      expect((await createBackup(target)).tables).toEqual(backup.tables);
    } finally {
      await target.close();
    }
  });
});
