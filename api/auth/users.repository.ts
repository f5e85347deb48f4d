import type { Kysely, Transaction } from 'kysely';
import type { Database, UserRole, UserRow } from '../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

export function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export function findUser(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listUsers(db: Executor): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('email').execute();
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(
  db: Executor,
  row: Omit<UserRow, 'organisation'> & { organisation?: string | null },
): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function updateUser(
  db: Executor,
  id: string,
  version: number,
  values: Partial<
    Pick<
      UserRow,
      | 'display_name'
      | 'role'
      | 'municipality_code'
      | 'organisation'
      | 'disabled'
      | 'password_hash'
      | 'password_changed_at'
    >
  > & {
    updated_at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ ...values, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export type { UserRole };
