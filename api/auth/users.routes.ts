import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../context';
import type { UserRow } from '../db/database';
import { notFound } from '../errors';
import { errorResponses, json, jsonBody, router } from '../router';
import { access } from './access';
import { inviteUser } from './links/invitations';
import { Invitation } from './links/links.schemas';
import { publicOrigin } from './security';
import { findUser } from './users.repository';
import {
  CreatedUser,
  CreateUserBody,
  ResetPasswordBody,
  UpdateUserBody,
  UserSchema,
} from './users.schemas';
import { usersService } from './users.service';

const tags = ['users'];
const IdParam = z.object({ id: z.string().min(1).max(100) });
const admin = access('admin');

const list = createRoute({
  operationId: 'listUsers',
  summary: 'Every user account (admins only)',
  method: 'get',
  path: '/api/users',
  tags,
  middleware: admin,
  responses: { 200: json(z.object({ users: z.array(UserSchema) }), 'Users'), ...errorResponses },
});
const create = createRoute({
  operationId: 'createUser',
  method: 'post',
  path: '/api/users',
  tags,
  summary: 'Create a user; without a password one is generated and returned once',
  middleware: admin,
  request: jsonBody(CreateUserBody),
  responses: { 201: json(CreatedUser, 'Created'), ...errorResponses },
});
const update = createRoute({
  operationId: 'updateUser',
  method: 'put',
  path: '/api/users/{id}',
  tags,
  summary: 'Change name, role, kommun or disable (versioned); a role change ends their sessions',
  middleware: admin,
  request: { params: IdParam, ...jsonBody(UpdateUserBody) },
  responses: { 200: json(UserSchema, 'Updated'), ...errorResponses },
});
const resetPassword = createRoute({
  operationId: 'resetUserPassword',
  method: 'post',
  path: '/api/users/{id}/password',
  tags,
  summary: "Set or generate a user's password; all their sessions end",
  middleware: admin,
  request: { params: IdParam, ...jsonBody(ResetPasswordBody) },
  responses: { 200: json(z.object({ password: z.string().optional() }), 'Set'), ...errorResponses },
});

const invite = createRoute({
  operationId: 'inviteUser',
  method: 'post',
  path: '/api/users/{id}/invitation',
  tags,
  summary: 'Sends a new invitation link (the earlier ones stop working)',
  middleware: admin,
  request: { params: IdParam },
  responses: { 200: json(Invitation, 'Invited'), ...errorResponses },
});

const unlink = createRoute({
  operationId: 'unlinkUserIdentity',
  method: 'delete',
  path: '/api/users/{id}/identity',
  tags,
  summary: "Unlinks the user's account at the OpenID Connect provider",
  middleware: admin,
  request: { params: IdParam },
  responses: { 204: { description: 'Unlinked' }, ...errorResponses },
});

const unlock = createRoute({
  operationId: 'unlockUser',
  method: 'post',
  path: '/api/users/{id}/unlock',
  tags,
  summary: "Lifts the lock on a user's logins after too many failed attempts (audited)",
  middleware: admin,
  request: { params: IdParam },
  responses: { 204: { description: 'Unlocked' }, ...errorResponses },
});

export function usersRoutes(deps: AppDeps) {
  const users = usersService(deps);
  const origin = (c: Context<AppEnv>) => publicOrigin(c, deps);
  return router()
    .openapi(list, async (c) => c.json({ users: await users.list() }, 200))
    .openapi(create, async (c) => {
      const created = await users.create(c.req.valid('json'), c.var.actor);
      if (!c.req.valid('json').invite) return c.json(created, 201);
      const row = (await findUser(deps.store.db, created.user.id)) as UserRow;
      const invitation = await inviteUser(deps, row, c.var.actor, origin(c));
      return c.json({ ...created, invitation }, 201);
    })
    .openapi(unlock, async (c) => {
      await users.unlock(c.req.valid('param').id, c.var.actor);
      return c.body(null, 204);
    })
    .openapi(unlink, async (c) => {
      await users.unlinkProvider(c.req.valid('param').id, c.var.actor);
      return c.body(null, 204);
    })
    .openapi(invite, async (c) => {
      const row = await findUser(deps.store.db, c.req.valid('param').id);
      if (!row) throw notFound(`user ${c.req.valid('param').id}`);
      return c.json(await inviteUser(deps, row, c.var.actor, origin(c)), 200);
    })
    .openapi(update, async (c) =>
      c.json(await users.update(c.req.valid('param').id, c.req.valid('json'), c.var.actor), 200),
    )
    .openapi(resetPassword, async (c) => {
      const generated = await users.resetPassword(
        c.req.valid('param').id,
        c.req.valid('json').password,
        c.var.actor,
      );
      return c.json(generated ? { password: generated } : {}, 200);
    });
}
