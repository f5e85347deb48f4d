import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { readEnv } from '../../env';
import type { Io } from '../io';

export const migrateUsage = 'kompass migrate                 bring the database schema up to date';

export async function migrateCommand(_args: string[], io: Io): Promise<number> {
  const store = connect(readEnv(io.env).DATABASE_URL);
  try {
    const applied = await migrateToLatest(store.db);
    io.out(applied.length === 0 ? 'The schema is up to date.' : `Applied: ${applied.join(', ')}`);
    return 0;
  } finally {
    await store.close();
  }
}
