import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { writeAudit } from '../audit/audit.repository';
import { access } from '../auth/access';
import { type InvitationDelivery, inviteUser } from '../auth/links/invitations';
import { Invitation } from '../auth/links/links.schemas';
import { publicOrigin } from '../auth/security';
import { findUserByEmail } from '../auth/users.repository';
import { usersService } from '../auth/users.service';
import type { Actor, AppDeps } from '../context';
import { AppError, invalidInput, notFound } from '../errors';
import { insertTeamMembers, listTeam } from '../evaluation-core/evaluations.repository';
import { PUBLISHED_READ_ONLY } from '../evaluation-core/writable';
import { newId } from '../ids';
import { errorResponses, json, jsonBody, router } from '../router';

export const TeamInvitationBody = z
  .strictObject({
    email: z.string().trim().toLowerCase().email('not an e-mail address').max(320),
    name: z.string().trim().min(1).max(200),
  })
  .meta({ id: 'TeamInvitation' });

const TeamInvitationResult = z.object({
  memberId: z.string(),
  userId: z.string(),
  /** Set when a new account was made: how its invitation went out. */
  invitation: Invitation.optional(),
});

const inviteRoute = createRoute({
  operationId: 'inviteToTeam',
  method: 'post',
  path: '/api/evaluations/{id}/team/invitations',
  tags: ['evaluations'],
  summary:
    'Puts someone on the team by e-mail: an existing evaluator or admin is linked; a new address gets an evaluator account and an invitation',
  middleware: access('evaluation:team'),
  request: {
    params: z.object({ id: z.string().min(1).max(100) }),
    ...jsonBody(TeamInvitationBody),
  },
  responses: { 201: json(TeamInvitationResult, 'On the team'), ...errorResponses },
});

/**
 * Invites a person to an evaluation's team. A new address becomes an evaluator account that
 * sets its password through the invitation (by e-mail, or a link for the inviter to pass on).
 * The evaluation's version goes up, so a team list edited from an older copy gets 409 rather
 * than silently dropping the new member.
 */
async function inviteToTeam(
  deps: AppDeps,
  evaluationId: string,
  body: z.infer<typeof TeamInvitationBody>,
  actor: Actor,
  origin: string,
): Promise<z.infer<typeof TeamInvitationResult>> {
  const { db } = deps.store;
  const evaluation = await db
    .selectFrom('evaluations')
    .select(['status'])
    .where('id', '=', evaluationId)
    .executeTakeFirst();
  if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
  if (evaluation.status === 'published') throw new AppError(409, 'published', PUBLISHED_READ_ONLY);
  let user = await findUserByEmail(db, body.email);
  if (user && (user.role === 'reader' || Number(user.disabled))) {
    throw invalidInput([
      { path: 'email', message: `${body.email} is not an active evaluator or admin account` },
    ]);
  }
  const before = await listTeam(db, [evaluationId]);
  if (user && before.some((member) => member.user_id === user?.id)) {
    throw new AppError(409, 'conflict', `${body.email} is already on the team`);
  }
  if (before.some((member) => member.name === body.name)) {
    throw invalidInput([{ path: 'name', message: `the team already has a ${body.name}` }]);
  }
  let isNew = false;
  if (!user) {
    const created = await usersService(deps).create(
      { email: body.email, name: body.name, role: 'evaluator', invite: true },
      actor,
    );
    user = (await findUserByEmail(db, created.user.email)) as NonNullable<typeof user>;
    isNew = true;
  }
  const userId = user.id;
  const memberId = newId();
  await db.transaction().execute(async (trx) => {
    const team = await listTeam(trx, [evaluationId]);
    if (team.some((member) => member.user_id === userId)) {
      throw new AppError(409, 'conflict', `${body.email} is already on the team`);
    }
    if (team.some((member) => member.name === body.name)) {
      throw invalidInput([{ path: 'name', message: `the team already has a ${body.name}` }]);
    }
    await insertTeamMembers(trx, [
      {
        id: memberId,
        evaluation_id: evaluationId,
        name: body.name,
        position: team.length,
        user_id: userId,
      },
    ]);
    const now = deps.now();
    await trx
      .updateTable('evaluations')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: now }))
      .where('id', '=', evaluationId)
      .execute();
    await writeAudit(trx, {
      actor: actor.id,
      action: 'team.invite',
      entity: 'teamMember',
      entityId: memberId,
      evaluationId,
      before: null,
      after: { name: body.name, userId, email: body.email, newAccount: isNew },
      at: now,
    });
  });
  let invitation: InvitationDelivery | undefined;
  if (isNew) invitation = await inviteUser(deps, user, actor, origin);
  return { memberId, userId, ...(invitation ? { invitation } : {}) };
}

export function teamInvitationsRoutes(deps: AppDeps) {
  return router().openapi(inviteRoute, async (c) =>
    c.json(
      await inviteToTeam(
        deps,
        c.req.valid('param').id,
        c.req.valid('json'),
        c.var.actor,
        publicOrigin(c, deps),
      ),
      201,
    ),
  );
}
