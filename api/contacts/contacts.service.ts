import { writeAudit } from '../audit/audit.repository';
import { type InvitationDelivery, inviteUser } from '../auth/links/invitations';
import { findUser, findUserByEmail } from '../auth/users.repository';
import { usersService } from '../auth/users.service';
import type { Actor, AppDeps } from '../context';
import type { UserRow } from '../db/database';
import { isUniqueViolation } from '../db/db-errors';
import { AppError, invalidInput, notFound } from '../errors';
import { findEvaluation } from '../evaluation-core/evaluations.repository';
import { assertWritable } from '../evaluation-core/writable';
import { newId } from '../ids';
import {
  deleteContact,
  findContact,
  insertContact,
  listContactEvaluations,
  listContacts,
} from './contacts.repository';
import type { Contact, ContactBody } from './contacts.schemas';

export const CONTACTS_BEFORE_VISIT =
  'contacts are invited while the evaluation is a draft or in its visit, before consensus';

const isKommunReader = (user: UserRow, code: string) =>
  user.role === 'reader' && !Number(user.disabled) && user.municipality_code === code;

/** The kommun's contacts (kontaktpersoner) on an evaluation: invited by the team or an admin. */
export function contactsService(deps: AppDeps) {
  const { db } = deps.store;

  async function evaluationOf(evaluationId: string) {
    const evaluation = await findEvaluation(db, evaluationId);
    if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
    return evaluation;
  }

  /** The reader the body names or creates; 400 naming the field when it is not the kommun's. */
  async function readerFor(
    body: ContactBody,
    code: string,
    actor: Actor,
    origin: string,
  ): Promise<{ user: UserRow; invitation?: InvitationDelivery; password?: string }> {
    const notReader = (field: string, who: string) =>
      invalidInput([
        { path: field, message: `${who} is not an active reader account of kommun ${code}` },
      ]);
    if ('userId' in body) {
      const user = await findUser(db, body.userId);
      if (!user || !isKommunReader(user, code)) throw notReader('userId', `user ${body.userId}`);
      return { user };
    }
    const existing = await findUserByEmail(db, body.email);
    if (existing) {
      if (!isKommunReader(existing, code)) throw notReader('email', body.email);
      return { user: existing };
    }
    const invite = body.invite ?? true;
    const created = await usersService(deps).create(
      { email: body.email, name: body.name, role: 'reader', municipalityCode: code, invite },
      actor,
    );
    const user = (await findUserByEmail(db, created.user.email)) as UserRow;
    if (!invite) return { user, ...(created.password ? { password: created.password } : {}) };
    return { user, invitation: await inviteUser(deps, user, actor, origin) };
  }

  return {
    async list(evaluationId: string): Promise<Contact[]> {
      const rows = await listContacts(db, evaluationId);
      return rows.map((row) => ({
        id: row.id,
        userId: row.user_id,
        name: row.display_name,
        email: row.email,
        createdAt: row.created_at,
      }));
    },

    async invite(evaluationId: string, body: ContactBody, actor: Actor, origin: string) {
      const evaluation = await evaluationOf(evaluationId);
      if (evaluation.status !== 'draft' && evaluation.status !== 'visit') {
        throw new AppError(409, 'conflict', CONTACTS_BEFORE_VISIT);
      }
      const { user, invitation, password } = await readerFor(
        body,
        evaluation.municipality_code,
        actor,
        origin,
      );
      const now = deps.now();
      const row = {
        id: newId(),
        evaluation_id: evaluationId,
        user_id: user.id,
        created_by: actor.id,
        created_at: now,
      };
      const contact: Contact = {
        id: row.id,
        userId: user.id,
        name: user.display_name,
        email: user.email,
        createdAt: now,
      };
      try {
        await db.transaction().execute(async (trx) => {
          await insertContact(trx, row);
          await writeAudit(trx, {
            actor: actor.id,
            action: 'contact.invite',
            entity: 'contact',
            entityId: row.id,
            evaluationId,
            before: null,
            after: contact,
            at: now,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError(409, 'conflict', `${user.email} is already a contact`);
        }
        throw error;
      }
      return {
        contact,
        ...(invitation ? { invitation } : {}),
        ...(password ? { password } : {}),
      };
    },

    async remove(evaluationId: string, contactId: string, actor: Actor): Promise<void> {
      assertWritable(await evaluationOf(evaluationId), evaluationId);
      const row = await findContact(db, evaluationId, contactId);
      if (!row) throw notFound(`contact ${contactId}`);
      await db.transaction().execute(async (trx) => {
        await deleteContact(trx, row.id);
        await writeAudit(trx, {
          actor: actor.id,
          action: 'contact.remove',
          entity: 'contact',
          entityId: row.id,
          evaluationId,
          before: { userId: row.user_id },
          after: null,
          at: deps.now(),
        });
      });
    },

    /** The evaluations the actor is a contact of (readers only; others have none). */
    async mine(actor: Actor) {
      if (actor.role !== 'reader' || !actor.municipalityCode) return [];
      const rows = await listContactEvaluations(db, actor.id, actor.municipalityCode);
      return rows.map((row) => ({
        id: row.id,
        municipalityCode: row.code,
        municipalityName: row.name,
        date: row.date,
        status: row.status,
        visitStart: row.visit_start,
        visitEnd: row.visit_end,
      }));
    },
  };
}
