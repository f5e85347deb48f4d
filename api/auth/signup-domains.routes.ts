import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { writeAudit } from '../audit/audit.repository';
import type { AppDeps } from '../context';
import type { SignupDomainRow } from '../db/database';
import { isUniqueViolation } from '../db/db-errors';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { errorResponses, json, jsonBody, router } from '../router';
import { access } from './access';
import {
  deleteSignupDomain,
  findSignupDomain,
  insertSignupDomain,
  listSignupDomains,
} from './signup-domains.repository';
import {
  CreateSignupDomainBody,
  type SignupDomain,
  SignupDomainSchema,
} from './signup-domains.schemas';
import { checkRoleKommun } from './users.service';

const tags = ['users'];
const admin = access('admin');

const list = createRoute({
  operationId: 'listSignupDomains',
  method: 'get',
  path: '/api/signup-domains',
  tags,
  summary: 'E-mail domains whose people may sign up through SSO, with the role they get',
  middleware: admin,
  responses: {
    200: json(z.object({ domains: z.array(SignupDomainSchema) }), 'Rules'),
    ...errorResponses,
  },
});
const create = createRoute({
  operationId: 'createSignupDomain',
  method: 'post',
  path: '/api/signup-domains',
  tags,
  summary: 'Allows sign-up through SSO for an e-mail domain (a reader needs its kommunkod)',
  middleware: admin,
  request: jsonBody(CreateSignupDomainBody),
  responses: { 201: json(SignupDomainSchema, 'Created'), ...errorResponses },
});
const remove = createRoute({
  operationId: 'deleteSignupDomain',
  method: 'delete',
  path: '/api/signup-domains/{id}',
  tags,
  summary: 'Ends sign-up for a domain (accounts already created stay)',
  middleware: admin,
  request: { params: z.object({ id: z.string().min(1).max(100) }) },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
});

function domainOf(row: SignupDomainRow): SignupDomain {
  return {
    id: row.id,
    domain: row.domain,
    role: row.role,
    municipalityCode: row.municipality_code,
    createdAt: row.created_at,
  };
}

/** Admins' rules for self-registration through SSO by e-mail domain. */
export function signupDomainsRoutes(deps: AppDeps) {
  const { db } = deps.store;
  return router()
    .openapi(list, async (c) =>
      c.json({ domains: (await listSignupDomains(db)).map(domainOf) }, 200),
    )
    .openapi(create, async (c) => {
      const body = c.req.valid('json');
      const code = body.municipalityCode ?? null;
      checkRoleKommun(body.role, code);
      const now = deps.now();
      const row: SignupDomainRow = {
        id: newId(),
        domain: body.domain,
        role: body.role,
        municipality_code: code,
        created_by: c.var.actor.id,
        created_at: now,
      };
      try {
        await db.transaction().execute(async (trx) => {
          await insertSignupDomain(trx, row);
          await writeAudit(trx, {
            actor: c.var.actor.id,
            action: 'signupDomain.create',
            entity: 'signupDomain',
            entityId: row.id,
            evaluationId: null,
            before: null,
            after: domainOf(row),
            at: now,
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError(409, 'duplicate', `${body.domain} already has a rule`);
        }
        throw error;
      }
      return c.json(domainOf(row), 201);
    })
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      const row = await findSignupDomain(db, id);
      if (!row) throw notFound(`sign-up rule ${id}`);
      await db.transaction().execute(async (trx) => {
        await deleteSignupDomain(trx, id);
        await writeAudit(trx, {
          actor: c.var.actor.id,
          action: 'signupDomain.delete',
          entity: 'signupDomain',
          entityId: id,
          evaluationId: null,
          before: domainOf(row),
          after: null,
          at: deps.now(),
        });
      });
      return c.body(null, 204);
    });
}
