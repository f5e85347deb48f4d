import { createRoute } from '@hono/zod-openapi';
import { access } from '../auth/access';
import { publicOrigin } from '../auth/security';
import type { AppDeps } from '../context';
import { IdParam } from '../evaluation-core/ids.schemas';
import { errorResponses, json, jsonBody, router } from '../router';
import {
  ContactBody,
  ContactCreated,
  ContactEvaluationList,
  ContactList,
  ContactParams,
} from './contacts.schemas';
import { contactsService } from './contacts.service';

const tags = ['kommun contacts'];

const list = createRoute({
  operationId: 'listContacts',
  method: 'get',
  path: '/api/evaluations/{id}/contacts',
  middleware: access('evaluation:team'),
  tags,
  summary: "The kommun's contacts invited to the evaluation",
  request: { params: IdParam },
  responses: { 200: json(ContactList, 'Contacts, oldest first'), ...errorResponses },
});
const invite = createRoute({
  operationId: 'inviteContact',
  method: 'post',
  path: '/api/evaluations/{id}/contacts',
  middleware: access('evaluation:team'),
  tags,
  summary:
    'Invites a reader of the kommun (by userId), or creates one with an e-mail, to the evaluation before the visit',
  request: { params: IdParam, ...jsonBody(ContactBody) },
  responses: { 201: json(ContactCreated, 'Invited'), ...errorResponses },
});
const remove = createRoute({
  operationId: 'removeContact',
  method: 'delete',
  path: '/api/evaluations/{id}/contacts/{contactId}',
  middleware: access('evaluation:team'),
  tags,
  summary: 'Removes a contact from the evaluation (the account stays)',
  request: { params: ContactParams },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
});
const mine = createRoute({
  operationId: 'listMyContactEvaluations',
  method: 'get',
  path: '/api/contact-evaluations',
  middleware: access('user'),
  tags,
  summary: 'The evaluations the logged-in reader is a contact of',
  responses: { 200: json(ContactEvaluationList, 'Evaluations'), ...errorResponses },
});

export function contactsRoutes(deps: AppDeps) {
  const service = contactsService(deps);
  return router()
    .openapi(list, async (c) =>
      c.json({ contacts: await service.list(c.req.valid('param').id) }, 200),
    )
    .openapi(invite, async (c) =>
      c.json(
        await service.invite(
          c.req.valid('param').id,
          c.req.valid('json'),
          c.var.actor,
          publicOrigin(c, deps),
        ),
        201,
      ),
    )
    .openapi(remove, async (c) => {
      const { id, contactId } = c.req.valid('param');
      await service.remove(id, contactId, c.var.actor);
      return c.body(null, 204);
    })
    .openapi(mine, async (c) => c.json({ evaluations: await service.mine(c.var.actor) }, 200));
}
