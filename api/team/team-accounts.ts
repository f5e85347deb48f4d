import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database';
import { invalidInput } from '../errors';

/**
 * The accounts a team member may be linked to: active evaluators and admins. Linking an account
 * is what gives an evaluator access to the evaluation, so every link is checked here, whether it
 * comes from the create form, a team edit or an imported file.
 */

export interface TeamCandidate {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'evaluator';
}

type Db = Kysely<Database> | Transaction<Database>;

/** Active evaluator and admin accounts, by name; `query` matches a part of the name or e-mail. */
export async function listTeamCandidates(db: Db, query = ''): Promise<TeamCandidate[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'email', 'role'])
    .where('role', 'in', ['admin', 'evaluator'])
    .where('disabled', '=', 0)
    .orderBy('display_name')
    .orderBy('email')
    .execute();
  const needle = query.trim().toLocaleLowerCase('sv');
  return rows
    .filter(
      (row) =>
        needle === '' ||
        row.display_name.toLocaleLowerCase('sv').includes(needle) ||
        row.email.includes(needle),
    )
    .map((row) => ({
      id: row.id,
      name: row.display_name,
      email: row.email,
      role: row.role as 'admin' | 'evaluator',
    }));
}

/** Refuses a link to an account that is not an active evaluator or admin, or the same account twice. */
export async function assertTeamAccounts(
  db: Db,
  members: { userId?: string | null | undefined }[],
  path: (index: number) => string,
): Promise<void> {
  const ids = members.flatMap((member) => (member.userId ? [member.userId] : []));
  if (ids.length === 0) return;
  const found = await db
    .selectFrom('users')
    .select(['id', 'role', 'disabled'])
    .where('id', 'in', ids)
    .execute();
  const seen = new Set<string>();
  const issues: { path: string; message: string }[] = [];
  for (const [index, member] of members.entries()) {
    if (!member.userId) continue;
    const user = found.find((row) => row.id === member.userId);
    if (!user || user.role === 'reader' || Number(user.disabled) === 1) {
      issues.push({
        path: path(index),
        message: `no active evaluator or admin account ${member.userId}`,
      });
    } else if (seen.has(member.userId)) {
      issues.push({ path: path(index), message: 'the same account is on the team twice' });
    }
    seen.add(member.userId);
  }
  if (issues.length > 0) throw invalidInput(issues);
}

export interface NameLinks {
  /** Members now linked, with the account's e-mail. */
  linked: { name: string; email: string }[];
  /** Members left without an account: no account, or more than one, has their name. */
  unlinked: string[];
}

const fold = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/**
 * Links each unlinked member of an evaluation to the one active evaluator or admin account with
 * the same name (case and spacing aside). A name that matches no account, or several, is left
 * unlinked and named, so the importer knows whom to link by hand.
 */
export async function linkMembersByName(db: Db, evaluationId: string): Promise<NameLinks> {
  const members = await db
    .selectFrom('team_members')
    .select(['id', 'name', 'user_id'])
    .where('evaluation_id', '=', evaluationId)
    .orderBy('position')
    .execute();
  const candidates = await listTeamCandidates(db);
  const taken = new Set(members.flatMap((member) => (member.user_id ? [member.user_id] : [])));
  const result: NameLinks = { linked: [], unlinked: [] };
  for (const member of members) {
    if (member.user_id) continue;
    const matches = candidates.filter((c) => fold(c.name) === fold(member.name));
    const [only] = matches;
    if (matches.length !== 1 || !only || taken.has(only.id)) {
      result.unlinked.push(member.name);
      continue;
    }
    await db
      .updateTable('team_members')
      .set({ user_id: only.id })
      .where('id', '=', member.id)
      .execute();
    taken.add(only.id);
    result.linked.push({ name: member.name, email: only.email });
  }
  return result;
}
