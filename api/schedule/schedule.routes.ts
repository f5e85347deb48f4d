import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { access } from '../auth/access';
import type { AppDeps } from '../context';
import { IdParam, VersionQuery } from '../evaluation-core/ids.schemas';
import { errorResponses, json, jsonBody, router } from '../router';
import {
  Interview,
  InterviewBody,
  Interviewee,
  IntervieweeBody,
  IntervieweeParams,
  IntervieweeUpdate,
  InterviewParams,
  InterviewUpdate,
  Schedule,
} from './schedule.schemas';
import { scheduleService } from './schedule.service';

const tags = ['interview schedule'];
const calendar = {
  200: {
    description: 'An iCalendar file (RFC 5545)',
    content: { 'text/calendar': { schema: z.string() } },
  },
  ...errorResponses,
};

// The kommun's contacts and the team both propose people (the `kommun:read` level: whoever
// reads the kommun's part); only the team schedules interviews.
const get = createRoute({
  operationId: 'getSchedule',
  method: 'get',
  path: '/api/evaluations/{id}/schedule',
  middleware: access('kommun:read'),
  tags,
  summary: 'The proposed interviewees and the scheduled interviews of the visit',
  request: { params: IdParam },
  responses: { 200: json(Schedule, 'The intervjuschema'), ...errorResponses },
});
const propose = createRoute({
  operationId: 'proposeInterviewee',
  method: 'post',
  path: '/api/evaluations/{id}/interviewees',
  middleware: access('kommun:read'),
  tags,
  summary: 'Propose a person to interview (name, function, group, preferred times)',
  request: { params: IdParam, ...jsonBody(IntervieweeBody) },
  responses: { 201: json(Interviewee, 'Proposed'), ...errorResponses },
});
const updatePerson = createRoute({
  operationId: 'updateInterviewee',
  method: 'put',
  path: '/api/evaluations/{id}/interviewees/{intervieweeId}',
  middleware: access('kommun:read'),
  tags,
  summary: 'Change a proposed person (versioned)',
  request: { params: IntervieweeParams, ...jsonBody(IntervieweeUpdate) },
  responses: { 200: json(Interviewee, 'Saved'), ...errorResponses },
});
const removePerson = createRoute({
  operationId: 'removeInterviewee',
  method: 'delete',
  path: '/api/evaluations/{id}/interviewees/{intervieweeId}',
  middleware: access('kommun:read'),
  tags,
  summary: 'Withdraw a proposed person who is in no interview',
  request: { params: IntervieweeParams, query: VersionQuery },
  responses: { 204: { description: 'Removed' }, ...errorResponses },
});
const schedule = createRoute({
  operationId: 'scheduleInterview',
  method: 'post',
  path: '/api/evaluations/{id}/interviews',
  middleware: access('evaluation:team'),
  tags,
  summary: 'Schedule an interview (date, time, room or video link, one or more people)',
  request: { params: IdParam, ...jsonBody(InterviewBody) },
  responses: { 201: json(Interview, 'Scheduled'), ...errorResponses },
});
const reschedule = createRoute({
  operationId: 'updateInterview',
  method: 'put',
  path: '/api/evaluations/{id}/interviews/{interviewId}',
  middleware: access('evaluation:team'),
  tags,
  summary: 'Change a scheduled interview (versioned)',
  request: { params: InterviewParams, ...jsonBody(InterviewUpdate) },
  responses: { 200: json(Interview, 'Saved'), ...errorResponses },
});
const cancel = createRoute({
  operationId: 'cancelInterview',
  method: 'delete',
  path: '/api/evaluations/{id}/interviews/{interviewId}',
  middleware: access('evaluation:team'),
  tags,
  summary: 'Cancel a scheduled interview',
  request: { params: InterviewParams, query: VersionQuery },
  responses: { 204: { description: 'Cancelled' }, ...errorResponses },
});
const visitIcs = createRoute({
  operationId: 'getScheduleCalendar',
  method: 'get',
  path: '/api/evaluations/{id}/schedule.ics',
  middleware: access('kommun:read'),
  tags,
  summary: 'Every scheduled interview of the visit as an iCalendar file',
  request: { params: IdParam },
  responses: calendar,
});
const interviewIcs = createRoute({
  operationId: 'getInterviewCalendar',
  method: 'get',
  path: '/api/evaluations/{id}/interviews/{interviewId}/calendar.ics',
  middleware: access('kommun:read'),
  tags,
  summary: 'One scheduled interview as an iCalendar file',
  request: { params: InterviewParams },
  responses: calendar,
});

const ics = (text: string, filename: string) =>
  new Response(text, {
    status: 200,
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
    },
  });

export function scheduleRoutes(deps: AppDeps) {
  const service = scheduleService(deps);
  return router()
    .openapi(get, async (c) => c.json(await service.get(c.req.valid('param').id), 200))
    .openapi(propose, async (c) =>
      c.json(await service.propose(c.req.valid('param').id, c.req.valid('json'), c.var.actor), 201),
    )
    .openapi(updatePerson, async (c) => {
      const { id, intervieweeId } = c.req.valid('param');
      return c.json(
        await service.updatePerson(id, intervieweeId, c.req.valid('json'), c.var.actor),
        200,
      );
    })
    .openapi(removePerson, async (c) => {
      const { id, intervieweeId } = c.req.valid('param');
      await service.removePerson(
        id,
        intervieweeId,
        Number(c.req.valid('query').version),
        c.var.actor,
      );
      return c.body(null, 204);
    })
    .openapi(schedule, async (c) =>
      c.json(
        await service.schedule(c.req.valid('param').id, c.req.valid('json'), c.var.actor),
        201,
      ),
    )
    .openapi(reschedule, async (c) => {
      const { id, interviewId } = c.req.valid('param');
      return c.json(
        await service.reschedule(id, interviewId, c.req.valid('json'), c.var.actor),
        200,
      );
    })
    .openapi(cancel, async (c) => {
      const { id, interviewId } = c.req.valid('param');
      await service.cancel(id, interviewId, Number(c.req.valid('query').version), c.var.actor);
      return c.body(null, 204);
    })
    .openapi(
      visitIcs,
      async (c) =>
        ics(await service.calendar(c.req.valid('param').id), 'intervjuschema.ics') as never,
    )
    .openapi(interviewIcs, async (c) => {
      const { id, interviewId } = c.req.valid('param');
      return ics(await service.calendar(id, interviewId), 'intervju.ics') as never;
    });
}
