import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { writeAudit } from '../audit/audit.repository';
import type { AppDeps } from '../context';
import type { UserRow } from '../db/database';
import { conflict, notFound } from '../errors';
import { errorResponses, json, jsonBody, router } from '../router';
import { access } from './access';
import { findUser, updateUser } from './users.repository';
import { Organisation } from './users.schemas';

const tags = ['auth'];

/** What a person sets about themselves (Mitt konto): their organisation, for reports' covers. */
export const Profile = z
  .object({ organisation: z.string().nullable(), version: z.number().int() })
  .meta({ id: 'Profile' });

const get = createRoute({
  operationId: 'getOwnProfile',
  method: 'get',
  path: '/api/auth/profile',
  tags,
  summary: "The logged-in user's own profile (organisation)",
  middleware: access('user'),
  responses: { 200: json(Profile, 'Profile'), ...errorResponses },
});

const put = createRoute({
  operationId: 'updateOwnProfile',
  method: 'put',
  path: '/api/auth/profile',
  tags,
  summary: "Changes the logged-in user's own organisation; 409 when the version is stale",
  middleware: access('user'),
  request: jsonBody(
    z.strictObject({
      organisation: Organisation.nullable(),
      version: z.number().int().min(1),
    }),
  ),
  responses: { 200: json(Profile, 'Saved'), ...errorResponses },
});

const profileOf = (row: UserRow) => ({
  organisation: row.organisation ?? null,
  version: Number(row.version),
});

export function profileRoutes(deps: AppDeps) {
  const { db } = deps.store;
  return router()
    .openapi(get, async (c) => {
      const row = await findUser(db, c.var.actor.id);
      if (!row) throw notFound('user');
      return c.json(profileOf(row), 200);
    })
    .openapi(put, async (c) => {
      const body = c.req.valid('json');
      const id = c.var.actor.id;
      const now = deps.now();
      await db.transaction().execute(async (trx) => {
        const before = await findUser(trx, id);
        if (!before) throw notFound('user');
        const ok = await updateUser(trx, id, body.version, {
          organisation: body.organisation,
          updated_at: now,
        });
        if (!ok) throw conflict('your profile was changed elsewhere', profileOf(before));
        await writeAudit(trx, {
          actor: id,
          action: 'user.profile',
          entity: 'user',
          entityId: id,
          evaluationId: null,
          before: { organisation: before.organisation ?? null },
          after: { organisation: body.organisation },
          at: now,
        });
      });
      return c.json(profileOf((await findUser(db, id)) as UserRow), 200);
    });
}
