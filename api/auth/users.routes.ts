import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { AppDeps } from '../context';
import { errorResponses, json, jsonBody, router } from '../router';
import { access } from './access';
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

export function usersRoutes(deps: AppDeps) {
  const users = usersService(deps);
  return router()
    .openapi(list, async (c) => c.json({ users: await users.list() }, 200))
    .openapi(create, async (c) => c.json(await users.create(c.req.valid('json'), c.var.actor), 201))
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
