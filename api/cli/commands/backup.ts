import { resolve } from 'node:path';
import { ValidationError } from '../../../rubrics/validation';
import { createBackup, readBackupFile, restoreBackup, writeBackupFile } from '../../backup/backup';
import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { readEnv } from '../../env';
import { type Io, UsageError } from '../io';

export const backupUsage =
  'kompass backup FILE              a consistent copy of the whole database (safe while the server runs)';
export const restoreUsage =
  'kompass restore FILE [--replace] restore a backup (refuses a newer schema; --replace to overwrite data)';

export async function backupCommand(args: string[], io: Io): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new UsageError('kompass backup needs exactly one FILE');
  const store = connect(readEnv(io.env).DATABASE_URL);
  try {
    await migrateToLatest(store.db);
    const backup = await createBackup(store);
    await writeBackupFile(backup, resolve(io.cwd, file));
    const rows = Object.values(backup.tables).reduce((sum, table) => sum + (table?.length ?? 0), 0);
    io.out(
      `Wrote ${file}: ${rows} rows from ${store.dialect}, schema ${backup.migrations.at(-1) ?? '(empty)'}`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

export async function restoreCommand(args: string[], io: Io): Promise<number> {
  const replace = args.includes('--replace');
  const files = args.filter((arg) => arg !== '--replace');
  const [file] = files;
  if (!file || files.length !== 1) throw new UsageError('kompass restore needs exactly one FILE');
  let backup: Awaited<ReturnType<typeof readBackupFile>>;
  try {
    backup = await readBackupFile(resolve(io.cwd, file));
  } catch (error) {
    if (error instanceof ValidationError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
  const store = connect(readEnv(io.env).DATABASE_URL);
  try {
    await migrateToLatest(store.db);
    const existing = await store.db
      .selectFrom('evaluations')
      .select('id')
      .limit(1)
      .executeTakeFirst();
    const users = await store.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
    if ((existing || users) && !replace) {
      io.err(
        'kompass restore: the database holds data; add --replace to overwrite all of it with the backup',
      );
      return 1;
    }
    const counts = await restoreBackup(store, backup);
    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    io.out(`Restored ${rows} rows from ${file}. Restart a running server; everyone logs in again.`);
    return 0;
  } catch (error) {
    if (error instanceof Error && /newer schema|restore failed/.test(error.message)) {
      io.err(`kompass restore: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}
