import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { kommunByCode } from '../../rubrics/kommuner/scb-kommuner';
import { parseWithSchema } from '../../rubrics/validation';
import { writeAudit } from '../audit/audit.repository';
import { assertMayChangeTeam } from '../auth/team-access';
import type { Actor, AppDeps } from '../context';
import type { Database, EvaluationRow, EvaluationStatus } from '../db/database';
import { AppError, conflict, invalidInput, notFound } from '../errors';
import { hiddenScores } from '../evaluation-core/blind-scoring';
import {
  type EvaluationFilter,
  findEvaluation,
  insertEvaluation,
  insertTeamMembers,
  listEvaluations,
  listTeam,
  updateEvaluation,
} from '../evaluation-core/evaluations.repository';
import { assertWritable, PUBLISHED_READ_ONLY } from '../evaluation-core/writable';
import { EvaluationFile, validateEvaluationFile } from '../formats/evaluation-file';
import { newId } from '../ids';
import {
  findMunicipalityByCode,
  insertMunicipality,
} from '../municipalities/municipalities.repository';
import type { PinnedRubric } from '../rubrics/rubric-store';
import { assertTeamAccounts, linkMembersByName, type NameLinks } from '../team/team-accounts';
import { storeEvaluationContent } from './evaluation-import';
import { summarize } from './evaluation-snapshot';
import type {
  BlindScoringBody,
  CreateEvaluationBody,
  EvaluationSummary,
  ReopenBody,
  StatusBody,
  UpdateEvaluationBody,
} from './evaluations.schemas';
import { decidePublish, IMPORT_PUBLISH_REASON, publishChecklist } from './publish-rule';

/** Evaluations: list, read, create, edit, move through draft -> visit -> consensus -> published. */
export function evaluationsService(deps: AppDeps) {
  const { db } = deps.store;

  async function summaryOf(id: string, executor = db): Promise<EvaluationSummary> {
    const row = await findEvaluation(executor, id);
    if (!row) throw notFound(`evaluation ${id}`);
    const [entry] = await summarize(executor, deps.rubrics, [row]);
    if (!entry) throw notFound(`evaluation ${id}`);
    return entry.summary;
  }

  /**
   * The version a new evaluation pins: the one named by `versionId` (published, of this rubric),
   * or else the newest published version of the rubric. It must have delfrågor to be scored.
   */
  async function rubricFor(
    rubricId: string,
    path = 'rubric',
    versionId?: string,
  ): Promise<PinnedRubric> {
    let pinned: PinnedRubric | undefined;
    if (versionId !== undefined) {
      const named = await deps.rubrics.get(versionId).catch((error: unknown) => {
        if (error instanceof AppError && error.status === 404) return undefined;
        throw error;
      });
      if (named?.status !== 'published' || named.rubric.id !== rubricId) {
        throw invalidInput([
          {
            path: 'rubricVersionId',
            message: `no published version ${versionId} of rubric "${rubricId}"`,
          },
        ]);
      }
      pinned = named;
    } else pinned = await deps.rubrics.currentOf(rubricId);
    if (!pinned) {
      const known = (await deps.rubrics.list()).map((p) => p.rubric.id).join(', ');
      throw invalidInput([{ path, message: `unknown rubric "${rubricId}" (known: ${known})` }]);
    }
    if (pinned.rubric.areaLevelOnly) {
      throw invalidInput([
        { path, message: `rubric ${rubricId} has no public delfrågor: it serves comparisons only` },
      ]);
    }
    return pinned;
  }

  async function municipalityId(
    trx: Transaction<Database>,
    municipality: { code: string; name: string; officialName?: string | undefined },
    actor: Actor,
    now: string,
  ): Promise<string> {
    const existing = await findMunicipalityByCode(trx, municipality.code);
    if (existing) return existing.id;
    const created = await insertMunicipality(
      trx,
      {
        code: municipality.code,
        // SCB's spelling, whatever case the caller used (the schema checked it is the code's name).
        name: kommunByCode(municipality.code)?.name ?? municipality.name,
        officialName: municipality.officialName ?? null,
      },
      now,
    );
    await writeAudit(trx, {
      actor: actor.id,
      action: 'municipality.create',
      entity: 'municipality',
      entityId: created.id,
      evaluationId: null,
      before: null,
      after: created,
      at: now,
    });
    return created.id;
  }

  return {
    summaryOf,

    async list(filter: EvaluationFilter): Promise<EvaluationSummary[]> {
      const rows = await listEvaluations(db, filter);
      return (await summarize(db, deps.rubrics, rows)).map((entry) => entry.summary);
    },

    async create(
      body: z.infer<typeof CreateEvaluationBody>,
      actor: Actor,
    ): Promise<EvaluationSummary> {
      const pinned = await rubricFor(body.rubric, 'rubric', body.rubricVersionId);
      const now = deps.now();
      const id = newId();
      await db.transaction().execute(async (trx) => {
        const row: EvaluationRow = {
          id,
          municipality_id: await municipalityId(trx, body.municipality, actor, now),
          rubric_version_id: pinned.versionId,
          date: body.date,
          visit_start: body.visit?.start ?? null,
          visit_end: body.visit?.end ?? null,
          status: 'draft',
          facts: '{}',
          published_at: null,
          blind_scoring: 0,
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await insertEvaluation(trx, row);
        const members = body.evaluators.map((member) =>
          typeof member === 'string' ? { name: member, userId: null } : member,
        );
        await assertTeamAccounts(trx, members, (index) => `evaluators[${index}].userId`);
        const team = members.map((member, position) => ({
          id: newId(),
          evaluation_id: id,
          name: member.name,
          position,
          user_id: member.userId ?? null,
        }));
        await insertTeamMembers(trx, team);
        await linkCreator(trx, id, actor);
        await writeAudit(trx, {
          actor: actor.id,
          action: 'evaluation.create',
          entity: 'evaluation',
          entityId: id,
          evaluationId: id,
          before: null,
          after: { ...row, team },
          at: now,
        });
      });
      return summaryOf(id);
    },

    async update(id: string, body: z.infer<typeof UpdateEvaluationBody>, actor: Actor) {
      const now = deps.now();
      await db.transaction().execute(async (trx) => {
        const before = await findEvaluation(trx, id);
        assertWritable(before, id);
        if (!before) return;
        if (Number(before.version) !== body.version) {
          throw conflict('the evaluation was changed by someone else', await summaryOf(id, trx));
        }
        const visit = body.visit === undefined ? undefined : body.visit;
        if (visit && visit.end < visit.start) {
          throw invalidInput([{ path: 'visit.end', message: 'the visit ends before it starts' }]);
        }
        const beforeTeam = await listTeam(trx, [id]);
        if (body.team) {
          assertMayChangeTeam(actor, beforeTeam, body.team);
          await replaceTeam(trx, id, beforeTeam, body.team);
        }
        const ok = await updateEvaluation(trx, id, body.version, {
          ...(body.date === undefined ? {} : { date: body.date }),
          ...(visit === undefined
            ? {}
            : { visit_start: visit?.start ?? null, visit_end: visit?.end ?? null }),
          ...(body.facts === undefined ? {} : { facts: JSON.stringify(body.facts) }),
          updated_at: now,
        });
        if (!ok)
          throw conflict('the evaluation was changed by someone else', await summaryOf(id, trx));
        await writeAudit(trx, {
          actor: actor.id,
          action: 'evaluation.update',
          entity: 'evaluation',
          entityId: id,
          evaluationId: id,
          before: { ...before, team: beforeTeam },
          after: { ...(await findEvaluation(trx, id)), team: await listTeam(trx, [id]) },
          at: now,
        });
      });
      return summaryOf(id);
    },

    async setStatus(id: string, body: z.infer<typeof StatusBody>, actor: Actor) {
      const now = deps.now();
      await db.transaction().execute(async (trx) => {
        const before = await findEvaluation(trx, id);
        if (!before) throw notFound(`evaluation ${id}`);
        if (Number(before.version) !== body.version) {
          throw conflict('the evaluation was changed by someone else', await summaryOf(id, trx));
        }
        if (before.status === body.status) return;
        if (before.status === 'published')
          throw new AppError(409, 'published', PUBLISHED_READ_ONLY);
        let publishedWith: { reason: string | null; gaps: unknown } | null = null;
        if (body.status === 'published') {
          const decision = await decidePublish(trx, deps.rubrics, before, actor, body.reason);
          if (decision.refusal) throw decision.refusal;
          publishedWith = {
            reason: decision.reason,
            gaps: decision.reason === null ? null : decision.checklist,
          };
        }
        const ok = await updateEvaluation(trx, id, body.version, {
          status: body.status,
          ...(body.status === 'published' ? { published_at: now } : {}),
          updated_at: now,
        });
        if (!ok)
          throw conflict('the evaluation was changed by someone else', await summaryOf(id, trx));
        await writeAudit(trx, {
          actor: actor.id,
          action: body.status === 'published' ? 'evaluation.publish' : 'evaluation.status',
          entity: 'evaluation',
          entityId: id,
          evaluationId: id,
          before: { status: before.status },
          after: publishedWith
            ? { status: body.status, ...publishedWith }
            : { status: body.status },
          at: now,
        });
      });
      return summaryOf(id);
    },

    /** Blind scoring: which of the others' own scores `actor` may not see yet. */
    async hiddenScoresFor(id: string, actor: Actor) {
      const row = await findEvaluation(db, id);
      if (!row) throw notFound(`evaluation ${id}`);
      return hiddenScores(db, row, actor);
    },

    /** What is missing before publishing (the checklist of the publish rule). */
    async checklist(id: string) {
      const row = await findEvaluation(db, id);
      if (!row) throw notFound(`evaluation ${id}`);
      return publishChecklist(db, deps.rubrics, row);
    },

    /** Turns blind scoring on or off (versioned, audited); not on a published evaluation. */
    async setBlindScoring(id: string, body: z.infer<typeof BlindScoringBody>, actor: Actor) {
      const now = deps.now();
      await db.transaction().execute(async (trx) => {
        const before = await findEvaluation(trx, id);
        if (!before) throw notFound(`evaluation ${id}`);
        assertWritable(before, id);
        if (Number(before.version) !== body.version) {
          throw conflict('the evaluation was changed by someone else', await summaryOf(id, trx));
        }
        const blind = body.blindScoring ? 1 : 0;
        if (Number(before.blind_scoring) === blind) return;
        const ok = await updateEvaluation(trx, id, body.version, {
          blind_scoring: blind,
          updated_at: now,
        });
        if (!ok)
          throw conflict('the evaluation was changed by someone else', await summaryOf(id, trx));
        await writeAudit(trx, {
          actor: actor.id,
          action: 'evaluation.blindScoring',
          entity: 'evaluation',
          entityId: id,
          evaluationId: id,
          before: { blindScoring: Number(before.blind_scoring) === 1 },
          after: { blindScoring: body.blindScoring },
          at: now,
        });
      });
      return summaryOf(id);
    },

    async reopen(id: string, body: z.infer<typeof ReopenBody>, actor: Actor) {
      const now = deps.now();
      await db.transaction().execute(async (trx) => {
        const before = await findEvaluation(trx, id);
        if (!before) throw notFound(`evaluation ${id}`);
        if (before.status !== 'published') {
          throw new AppError(409, 'not_published', 'only a published evaluation can be reopened');
        }
        const ok = await updateEvaluation(trx, id, body.version, {
          status: 'consensus',
          updated_at: now,
        });
        if (!ok)
          throw conflict('the evaluation was changed by someone else', await summaryOf(id, trx));
        await writeAudit(trx, {
          actor: actor.id,
          action: 'evaluation.reopen',
          entity: 'evaluation',
          entityId: id,
          evaluationId: id,
          before: { status: 'published', publishedAt: before.published_at },
          after: { status: 'consensus', reason: body.reason },
          at: now,
        });
      });
      return summaryOf(id);
    },

    /**
     * Imports an evaluation file in one transaction: all of it, or nothing. A file that says
     * `published` is published only when the status route would publish it (the same rule:
     * complete, and the importer may publish); otherwise it is imported as a draft, and
     * `notice` says why.
     */
    async importFile(body: unknown, actor: Actor): Promise<ImportOutcome> {
      const file = parseWithSchema(EvaluationFile, body, 'body');
      let pinned: PinnedRubric;
      if (file.rubricChecksum) {
        const byChecksum = await deps.rubrics.byChecksum(file.rubricChecksum);
        // A draft is no version an evaluation can pin: it may still be replaced.
        if (byChecksum?.status !== 'published' || byChecksum.rubric.id !== file.rubric) {
          throw invalidInput([
            {
              path: 'rubricChecksum',
              message: `no published version of rubric ${file.rubric} has checksum ${file.rubricChecksum}`,
            },
          ]);
        }
        pinned = byChecksum;
      } else {
        pinned = await rubricFor(file.rubric);
      }
      const issues = validateEvaluationFile(file, pinned.rubric);
      if (issues.length > 0) throw invalidInput(issues);
      const now = deps.now();
      const id = newId();
      const wantsPublished = file.status === 'published';
      return db.transaction().execute(async (trx) => {
        await storeEvaluationContent(trx, {
          id,
          file,
          rubricVersionId: pinned.versionId,
          municipalityId: await municipalityId(trx, file.municipality, actor, now),
          now,
          // Stored in consensus first: publishing is then the status route's step from there.
          status: wantsPublished ? 'consensus' : (file.status ?? 'draft'),
        });
        const team = await linkMembersByName(trx, id);
        await linkCreator(trx, id, actor);
        await writeAudit(trx, {
          actor: actor.id,
          action: 'evaluation.import',
          entity: 'evaluation',
          entityId: id,
          evaluationId: id,
          before: null,
          after: { ...file, linkedAccounts: team.linked },
          at: now,
        });
        if (!wantsPublished) return { id, status: file.status ?? 'draft', notice: null, team };
        const stored = await findEvaluation(trx, id);
        if (!stored) throw notFound(`evaluation ${id}`);
        const decision = await decidePublish(
          trx,
          deps.rubrics,
          stored,
          actor,
          IMPORT_PUBLISH_REASON,
        );
        const refusal = decision.refusal;
        const status: EvaluationStatus = refusal ? 'draft' : 'published';
        await trx.updateTable('evaluations').set({ status }).where('id', '=', id).execute();
        const notice = refusal ? `imported as a draft, not published: ${refusal.message}` : null;
        await writeAudit(trx, {
          actor: actor.id,
          action: refusal ? 'evaluation.status' : 'evaluation.publish',
          entity: 'evaluation',
          entityId: id,
          evaluationId: id,
          before: { status: 'consensus' },
          after: refusal
            ? { status, reason: notice }
            : decision.reason === null
              ? { status }
              : { status, reason: decision.reason, gaps: decision.checklist },
          at: now,
        });
        return { id, status, notice, team };
      });
    },
  };
}

/**
 * An evaluator who creates or imports an evaluation is on its team: the member with their name
 * is linked to their account, or they are added as a member.
 */
async function linkCreator(trx: Transaction<Database>, evaluationId: string, actor: Actor) {
  if (actor.role !== 'evaluator') return;
  const team = await listTeam(trx, [evaluationId]);
  const same = team.find((member) => member.name === actor.name && member.user_id === null);
  if (same) {
    await trx
      .updateTable('team_members')
      .set({ user_id: actor.id })
      .where('id', '=', same.id)
      .execute();
  } else if (!team.some((member) => member.user_id === actor.id)) {
    await insertTeamMembers(trx, [
      {
        id: newId(),
        evaluation_id: evaluationId,
        name: actor.name,
        position: team.length,
        user_id: actor.id,
      },
    ]);
  }
}

/** Applies a new team list: renames and reorders by id, adds new members, refuses to drop scorers. */
async function replaceTeam(
  trx: Transaction<Database>,
  evaluationId: string,
  current: { id: string; name: string }[],
  wanted: { id?: string | undefined; name: string; userId?: string | null | undefined }[],
) {
  await assertTeamAccounts(trx, wanted, (index) => `team[${index}].userId`);
  const names = wanted.map((member) => member.name);
  if (new Set(names).size !== names.length) {
    throw invalidInput([{ path: 'team', message: 'evaluator names must be unique' }]);
  }
  const keep = new Set(wanted.flatMap((member) => (member.id ? [member.id] : [])));
  for (const [index, member] of wanted.entries()) {
    if (member.id && !current.some((c) => c.id === member.id)) {
      throw invalidInput([{ path: `team[${index}].id`, message: `no team member ${member.id}` }]);
    }
  }
  const dropped = current.filter((member) => !keep.has(member.id));
  if (dropped.length > 0) {
    const scored = await trx
      .selectFrom('evaluator_scores')
      .select('member_id')
      .where(
        'member_id',
        'in',
        dropped.map((member) => member.id),
      )
      .executeTakeFirst();
    if (scored) {
      throw new AppError(
        409,
        'member_has_scores',
        'a team member with scores cannot be removed: their scores would be lost',
      );
    }
    await trx
      .deleteFrom('team_members')
      .where(
        'id',
        'in',
        dropped.map((m) => m.id),
      )
      .execute();
  }
  // Two passes so renames that swap names never collide with the unique (evaluation, name).
  for (const [position, member] of wanted.entries()) {
    if (member.id) {
      await trx
        .updateTable('team_members')
        .set({ name: `~renaming~${member.id}`, position })
        .where('id', '=', member.id)
        .execute();
    }
  }
  for (const [position, member] of wanted.entries()) {
    // userId: given -> set (null unlinks); left out -> unchanged.
    const link = member.userId === undefined ? {} : { user_id: member.userId };
    if (member.id) {
      await trx
        .updateTable('team_members')
        .set({ name: member.name, ...link })
        .where('id', '=', member.id)
        .execute();
    } else {
      await insertTeamMembers(trx, [
        {
          id: newId(),
          evaluation_id: evaluationId,
          name: member.name,
          position,
          user_id: member.userId ?? null,
        },
      ]);
    }
  }
}

/** What an import made: the new evaluation's id and status, and why it is a draft if it is. */
export interface ImportOutcome {
  id: string;
  status: EvaluationStatus;
  notice: string | null;
  /** Evaluator names linked to the one account with that name, and those left unlinked. */
  team: NameLinks;
}

export type EvaluationsService = ReturnType<typeof evaluationsService>;
