import type { Kysely, Transaction } from 'kysely';
import type { Database, SignupDomainRow } from '../db/database';

type Executor = Kysely<Database> | Transaction<Database>;

export function listSignupDomains(db: Executor): Promise<SignupDomainRow[]> {
  return db.selectFrom('signup_domains').selectAll().orderBy('domain').execute();
}

/** The rule for an e-mail address's domain (exact match, lower-case), if any. */
export function signupDomainFor(db: Executor, email: string) {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return db
    .selectFrom('signup_domains')
    .selectAll()
    .where('domain', '=', domain)
    .executeTakeFirst();
}

export async function insertSignupDomain(db: Executor, row: SignupDomainRow): Promise<void> {
  await db.insertInto('signup_domains').values(row).execute();
}

export function findSignupDomain(db: Executor, id: string) {
  return db.selectFrom('signup_domains').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteSignupDomain(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('signup_domains').where('id', '=', id).execute();
}
