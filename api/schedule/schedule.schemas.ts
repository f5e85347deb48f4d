import { z } from 'zod';
import { Id, Version } from '../evaluation-core/ids.schemas';

export const SCHEDULE_GROUPS = ['politician', 'official', 'unionRepresentative', 'other'] as const;
export const ScheduleGroup = z.enum(SCHEDULE_GROUPS);

const Text = (max: number) => z.string().trim().min(1).max(max);

export const Interviewee = z
  .object({
    id: z.string(),
    name: z.string(),
    function: z.string(),
    group: ScheduleGroup,
    preferredTimes: z.array(z.string()),
    version: z.number(),
  })
  .meta({ id: 'Interviewee' });
export type Interviewee = z.infer<typeof Interviewee>;

export const IntervieweeBody = z
  .strictObject({
    name: Text(200),
    function: Text(200),
    group: ScheduleGroup,
    /** Free-text slots the person prefers ("tis 12 maj fm"). */
    preferredTimes: z.array(Text(200)).max(20),
  })
  .meta({ id: 'IntervieweeCreate' });
export const IntervieweeUpdate = IntervieweeBody.extend({ version: Version }).meta({
  id: 'IntervieweeUpdate',
});

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:MM, e.g. 09:30');
const DateText = z.iso.date('a date is YYYY-MM-DD');

export const Interview = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    location: z.string(),
    videoLink: z.string().nullable(),
    intervieweeIds: z.array(z.string()),
    version: z.number(),
  })
  .meta({ id: 'ScheduledInterview' });
export type Interview = z.infer<typeof Interview>;

const InterviewFields = z.strictObject({
  title: Text(300),
  date: DateText,
  startTime: Time,
  endTime: Time,
  location: z.string().trim().max(300),
  videoLink: z
    .url({ protocol: /^https$/, error: 'a video link is an https:// address' })
    .max(2000)
    .nullable(),
  intervieweeIds: z.array(Id).min(1, 'an interview has at least one interviewee').max(60),
});

function checkInterview(
  body: z.infer<typeof InterviewFields>,
  ctx: z.core.$RefinementCtx<z.infer<typeof InterviewFields>>,
) {
  if (body.endTime <= body.startTime) {
    ctx.addIssue({
      code: 'custom',
      path: ['endTime'],
      message: 'the interview ends before it starts',
    });
  }
  if (body.location === '' && body.videoLink === null) {
    ctx.addIssue({ code: 'custom', path: ['location'], message: 'give a room or a video link' });
  }
}

export const InterviewBody = InterviewFields.superRefine(checkInterview).meta({
  id: 'InterviewCreate',
});
export type InterviewBody = z.infer<typeof InterviewBody>;
export const InterviewUpdate = InterviewFields.extend({ version: Version })
  .superRefine(checkInterview)
  .meta({ id: 'InterviewUpdate' });

export const Schedule = z
  .object({ interviewees: z.array(Interviewee), interviews: z.array(Interview) })
  .meta({ id: 'Schedule' });

export const IntervieweeParams = z.object({ id: Id, intervieweeId: Id });
export const InterviewParams = z.object({ id: Id, interviewId: Id });
