import type { Transaction } from 'kysely';
import { writeAudit } from '../audit/audit.repository';
import type { Actor, AppDeps } from '../context';
import type { Database, IntervieweeRow, InterviewRow } from '../db/database';
import { AppError, conflict, invalidInput, notFound } from '../errors';
import { findEvaluation } from '../evaluation-core/evaluations.repository';
import { assertWritable } from '../evaluation-core/writable';
import { newId } from '../ids';
import { KOMMUN_PART_CLOSED } from '../questionnaire/kommun-writable';
import { type IcsEvent, icsCalendar } from './ics';
import {
  deleteInterview,
  deleteInterviewee,
  findInterview,
  findInterviewee,
  insertInterview,
  insertInterviewee,
  listInterviewees,
  listInterviews,
  updateInterview,
  updateInterviewee,
} from './schedule.repository';
import type { Interview, InterviewBody, Interviewee } from './schedule.schemas';

const GROUP_NAMES: Record<string, string> = {
  politician: 'politiker',
  official: 'tjänsteperson',
  unionRepresentative: 'facklig företrädare',
  other: 'övrigt',
};

export function toInterviewee(row: IntervieweeRow): Interviewee {
  return {
    id: row.id,
    name: row.name,
    function: row.function,
    group: row.interviewee_group,
    preferredTimes: JSON.parse(row.preferred_times),
    version: Number(row.version),
  };
}

export function toInterview(row: InterviewRow): Interview {
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    location: row.location,
    videoLink: row.video_link,
    intervieweeIds: JSON.parse(row.interviewee_ids),
    version: Number(row.version),
  };
}

interface IntervieweeFields {
  name: string;
  function: string;
  group: IntervieweeRow['interviewee_group'];
  preferredTimes: string[];
}

/** How a versioned row of the schedule is found, changed, removed and shown. */
interface Versioned<Row extends { id: string; version: number }, Api> {
  entity: 'interviewee' | 'interview';
  stale: string;
  find: (trx: Transaction<Database>, evaluationId: string, id: string) => Promise<Row | undefined>;
  update: (
    trx: Transaction<Database>,
    id: string,
    version: number,
    values: Partial<Omit<Row, 'id' | 'version'>>,
  ) => Promise<boolean>;
  insert: (trx: Transaction<Database>, row: Row) => Promise<void>;
  remove: (trx: Transaction<Database>, id: string) => Promise<void>;
  toApi: (row: Row) => Api;
}

const PERSON: Versioned<IntervieweeRow, Interviewee> = {
  entity: 'interviewee',
  stale: 'this person was changed by someone else',
  find: findInterviewee,
  insert: insertInterviewee,
  update: updateInterviewee,
  remove: deleteInterviewee,
  toApi: toInterviewee,
};

const INTERVIEW: Versioned<InterviewRow, Interview> = {
  entity: 'interview',
  stale: 'this interview was changed by someone else',
  find: findInterview,
  insert: insertInterview,
  update: updateInterview,
  remove: deleteInterview,
  toApi: toInterview,
};

/** The intervjuschema: people the kommun proposes, interviews the team schedules, ICS files. */
export function scheduleService(deps: AppDeps) {
  const { db } = deps.store;

  async function evaluationOf(evaluationId: string) {
    const evaluation = await findEvaluation(db, evaluationId);
    if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
    return evaluation;
  }

  /** The kommun proposes people while the evaluation is a draft or in its visit. */
  async function assertProposalsOpen(evaluationId: string) {
    const evaluation = await evaluationOf(evaluationId);
    assertWritable(evaluation, evaluationId);
    if (evaluation.status !== 'draft' && evaluation.status !== 'visit') {
      throw new AppError(409, 'closed', KOMMUN_PART_CLOSED);
    }
  }

  async function checkPeople(evaluationId: string, ids: string[]) {
    const known = new Set((await listInterviewees(db, evaluationId)).map((row) => row.id));
    const issues = ids.flatMap((id, i) =>
      known.has(id)
        ? []
        : [{ path: `intervieweeIds[${i}]`, message: `no interviewee ${id} in this evaluation` }],
    );
    if (issues.length > 0) throw invalidInput(issues);
  }

  const audit = (
    trx: Transaction<Database>,
    actor: Actor,
    evaluationId: string,
    action: string,
    entity: string,
    entityId: string,
    before: unknown,
    after: unknown,
  ) =>
    writeAudit(trx, {
      actor: actor.id,
      action,
      entity,
      entityId,
      evaluationId,
      before,
      after,
      at: deps.now(),
    });

  /** Adds one row, audited. */
  const insertAudited = async <Row extends { id: string; version: number }, Api>(
    kind: Versioned<Row, Api>,
    evaluationId: string,
    row: Row,
    actor: Actor,
  ): Promise<Api> => {
    const after = kind.toApi(row);
    await db.transaction().execute(async (trx) => {
      await kind.insert(trx, row);
      await audit(
        trx,
        actor,
        evaluationId,
        `${kind.entity}.create`,
        kind.entity,
        row.id,
        null,
        after,
      );
    });
    return after;
  };

  /** Changes one row at `version`, audited; 409 with the row as it now is when stale. */
  const updateVersioned = <Row extends { id: string; version: number }, Api>(
    kind: Versioned<Row, Api>,
    evaluationId: string,
    id: string,
    version: number,
    values: Partial<Omit<Row, 'id' | 'version'>>,
    actor: Actor,
  ) =>
    db.transaction().execute(async (trx) => {
      const existing = await kind.find(trx, evaluationId, id);
      if (!existing) throw notFound(`${kind.entity} ${id}`);
      if (!(await kind.update(trx, id, version, values))) {
        throw conflict(kind.stale, kind.toApi(existing));
      }
      const after = kind.toApi({ ...existing, ...values, version: version + 1 });
      const before = kind.toApi(existing);
      await audit(
        trx,
        actor,
        evaluationId,
        `${kind.entity}.update`,
        kind.entity,
        id,
        before,
        after,
      );
      return after;
    });

  /** Removes one row at `version` once `check` allows it, audited. */
  const removeVersioned = <Row extends { id: string; version: number }, Api>(
    kind: Versioned<Row, Api>,
    evaluationId: string,
    id: string,
    version: number,
    actor: Actor,
    check?: (trx: Transaction<Database>, existing: Row) => Promise<void>,
  ) =>
    db.transaction().execute(async (trx) => {
      const existing = await kind.find(trx, evaluationId, id);
      if (!existing) throw notFound(`${kind.entity} ${id}`);
      if (Number(existing.version) !== version) throw conflict(kind.stale, kind.toApi(existing));
      await check?.(trx, existing);
      await kind.remove(trx, id);
      const before = kind.toApi(existing);
      await audit(trx, actor, evaluationId, `${kind.entity}.delete`, kind.entity, id, before, null);
    });

  return {
    async get(evaluationId: string) {
      await evaluationOf(evaluationId);
      const [people, interviews] = await Promise.all([
        listInterviewees(db, evaluationId),
        listInterviews(db, evaluationId),
      ]);
      return { interviewees: people.map(toInterviewee), interviews: interviews.map(toInterview) };
    },

    async propose(evaluationId: string, body: IntervieweeFields, actor: Actor) {
      await assertProposalsOpen(evaluationId);
      const now = deps.now();
      const row: IntervieweeRow = {
        id: newId(),
        evaluation_id: evaluationId,
        name: body.name,
        function: body.function,
        interviewee_group: body.group,
        preferred_times: JSON.stringify(body.preferredTimes),
        proposed_by: actor.id,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      return insertAudited(PERSON, evaluationId, row, actor);
    },

    async updatePerson(
      evaluationId: string,
      id: string,
      body: IntervieweeFields & { version: number },
      actor: Actor,
    ) {
      await assertProposalsOpen(evaluationId);
      const values = {
        name: body.name,
        function: body.function,
        interviewee_group: body.group,
        preferred_times: JSON.stringify(body.preferredTimes),
        updated_at: deps.now(),
      };
      return updateVersioned(PERSON, evaluationId, id, body.version, values, actor);
    },

    async removePerson(evaluationId: string, id: string, version: number, actor: Actor) {
      await assertProposalsOpen(evaluationId);
      await removeVersioned(PERSON, evaluationId, id, version, actor, async (trx, existing) => {
        const scheduled = (await listInterviews(trx, evaluationId)).some((interview) =>
          (JSON.parse(interview.interviewee_ids) as string[]).includes(id),
        );
        if (scheduled) {
          throw new AppError(409, 'conflict', `${existing.name} is in a scheduled interview`);
        }
      });
    },

    async schedule(evaluationId: string, body: InterviewBody, actor: Actor) {
      assertWritable(await evaluationOf(evaluationId), evaluationId);
      await checkPeople(evaluationId, body.intervieweeIds);
      const now = deps.now();
      const row: InterviewRow = {
        id: newId(),
        evaluation_id: evaluationId,
        title: body.title,
        date: body.date,
        start_time: body.startTime,
        end_time: body.endTime,
        location: body.location,
        video_link: body.videoLink,
        interviewee_ids: JSON.stringify(body.intervieweeIds),
        version: 1,
        created_at: now,
        updated_at: now,
      };
      return insertAudited(INTERVIEW, evaluationId, row, actor);
    },

    async reschedule(
      evaluationId: string,
      id: string,
      body: InterviewBody & { version: number },
      actor: Actor,
    ) {
      assertWritable(await evaluationOf(evaluationId), evaluationId);
      await checkPeople(evaluationId, body.intervieweeIds);
      const values = {
        title: body.title,
        date: body.date,
        start_time: body.startTime,
        end_time: body.endTime,
        location: body.location,
        video_link: body.videoLink,
        interviewee_ids: JSON.stringify(body.intervieweeIds),
        updated_at: deps.now(),
      };
      return updateVersioned(INTERVIEW, evaluationId, id, body.version, values, actor);
    },

    async cancel(evaluationId: string, id: string, version: number, actor: Actor) {
      assertWritable(await evaluationOf(evaluationId), evaluationId);
      await removeVersioned(INTERVIEW, evaluationId, id, version, actor);
    },

    /** The whole visit, or one interview, as an iCalendar file. */
    async calendar(evaluationId: string, interviewId?: string): Promise<string> {
      const evaluation = await evaluationOf(evaluationId);
      const [people, interviews] = await Promise.all([
        listInterviewees(db, evaluationId),
        listInterviews(db, evaluationId),
      ]);
      const chosen = interviewId ? interviews.filter((i) => i.id === interviewId) : interviews;
      if (interviewId && chosen.length === 0) throw notFound(`interview ${interviewId}`);
      const byId = new Map(people.map((p) => [p.id, p]));
      const events: IcsEvent[] = chosen.map((row) => {
        const interview = toInterview(row);
        const who = interview.intervieweeIds.flatMap((id) => {
          const person = byId.get(id);
          return person
            ? [`${person.name}, ${person.function} (${GROUP_NAMES[person.interviewee_group]})`]
            : [];
        });
        return {
          uid: `${interview.id}@kommunkompassen`,
          date: interview.date,
          start: interview.startTime,
          end: interview.endTime,
          summary: `Kommunkompassen ${evaluation.municipality_name}: ${interview.title}`,
          description: [
            'Intervjupersoner:',
            ...who,
            ...(interview.videoLink ? [`Videolänk: ${interview.videoLink}`] : []),
          ].join('\n'),
          location: interview.location || (interview.videoLink ?? ''),
          url: interview.videoLink,
        };
      });
      return icsCalendar(
        events,
        `Kommunkompassen ${evaluation.municipality_name} ${evaluation.date}`,
        deps.now(),
      );
    },
  };
}
