import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { Actor, AppEnv } from '../context';
import type { Database } from '../db/database';
import { preparedFirst } from '../db/prepared';
import { AppError, notFound } from '../errors';
import { isContact } from './contact-access';

/**
 * Who may call a route:
 * - `public`: anyone; `user`: anyone logged in; `staff`: admins and evaluators; `admin`: admins.
 * - `evaluation:read`: whoever can see the evaluation named by `{id}` (admins; evaluators on its
 *   team; readers of its kommun once it is published). Anyone else gets 404, so a draft's
 *   existence does not leak.
 * - `evaluation:team`: admins and the team's evaluators; a reader who can see it gets 403.
 * - `evaluation:reopen`: admins; others who can see it get 403.
 * - `plan:edit`: the kommun's readers, once they can see the evaluation (the handlingsplan is the
 *   kommun's work, not the evaluators'); admins and evaluators who can see it get 403.
 * - `kommun:read`: the kommun's part before the visit (written answers, self-assessment,
 *   schedule): whoever can see the evaluation, and the evaluation's contacts (kontaktpersoner)
 *   before it is published. A contact sees nothing else of an unpublished evaluation.
 * - `kommun:write`: the evaluation's contacts only (the answers are the kommun's); others who may
 *   read the kommun's part get 403.
 * - `documents:add`: admins, the team's evaluators and the evaluation's contacts (the kommun adds
 *   its own documents to the library; api/documents/document-access.ts says what each then
 *   sees); others who can see the evaluation get 403.
 */
export type Access =
  | 'public'
  | 'user'
  | 'staff'
  | 'admin'
  | 'evaluation:read'
  | 'evaluation:team'
  | 'evaluation:reopen'
  | 'plan:edit'
  | 'kommun:read'
  | 'kommun:write'
  | 'documents:add';

const forbidden = () => new AppError(403, 'forbidden', 'your role does not allow this');

export interface EvaluationVisibility {
  visible: boolean;
  onTeam: boolean;
}

/** Whether `actor` can see the evaluation and whether they are on its team. */
export async function evaluationVisibility(
  db: Kysely<Database>,
  evaluationId: string,
  actor: Actor,
): Promise<EvaluationVisibility | null> {
  // Read on every request to an evaluation: compiled once.
  const row = await preparedFirst(db, 'evaluationVisibility', [evaluationId], (db) =>
    db
      .selectFrom('evaluations as e')
      .innerJoin('municipalities as m', 'm.id', 'e.municipality_id')
      .select(['e.status', 'm.code'])
      .where('e.id', '=', evaluationId),
  );
  if (!row) return null;
  if (actor.role === 'admin') return { visible: true, onTeam: false };
  if (actor.role === 'evaluator') {
    const member = await preparedFirst(db, 'teamMembership', [evaluationId, actor.id], (db) =>
      db
        .selectFrom('team_members')
        .select('id')
        .where('evaluation_id', '=', evaluationId)
        .where('user_id', '=', actor.id),
    );
    return { visible: member !== undefined, onTeam: member !== undefined };
  }
  return {
    visible: row.status === 'published' && row.code === actor.municipalityCode,
    onTeam: false,
  };
}

/** The route middleware enforcing an access level (declare one on every route). */
export function access(level: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (level === 'public') return next();
    const actor = c.get('actor');
    if (!actor) throw new AppError(401, 'not_logged_in', 'log in first');
    if (level === 'user') return next();
    if (level === 'admin') {
      if (actor.role !== 'admin') throw forbidden();
      return next();
    }
    if (level === 'staff') {
      if (actor.role === 'reader') throw forbidden();
      return next();
    }
    const id = c.req.param('id');
    if (!id) throw new Error(`access ${level} on a route without {id}`);
    const visibility = await evaluationVisibility(c.get('db'), id, actor);
    if (level === 'documents:add') {
      if (visibility?.visible && (actor.role === 'admin' || visibility.onTeam)) return next();
      if (actor.role === 'reader' && (await isContact(c.get('db'), id, actor.id))) return next();
      if (!visibility?.visible) throw notFound(`evaluation ${id}`);
      throw forbidden();
    }
    if (level === 'kommun:read' || level === 'kommun:write') {
      const contact = actor.role === 'reader' && (await isContact(c.get('db'), id, actor.id));
      if (!visibility?.visible && !contact) throw notFound(`evaluation ${id}`);
      if (level === 'kommun:write' && !contact) throw forbidden();
      return next();
    }
    if (!visibility?.visible) throw notFound(`evaluation ${id}`);
    if (level === 'evaluation:team' && actor.role !== 'admin' && !visibility.onTeam)
      throw forbidden();
    if (level === 'evaluation:reopen' && actor.role !== 'admin') throw forbidden();
    if (level === 'plan:edit' && actor.role !== 'reader') throw forbidden();
    return next();
  };
}
