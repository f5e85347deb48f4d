import type { Kysely } from 'kysely';
import type { Database, ScheduleGroup } from '../db/database';
import { listInterviewees, listInterviews } from './schedule.repository';

const GROUP_ORDER: ScheduleGroup[] = ['politician', 'official', 'unionRepresentative', 'other'];

/**
 * Who the visit's schedule interviews, for the report's "Utvärderingen" paragraph: the number of
 * people in scheduled interviews (a group interview counts each of its people, a person in two
 * interviews once) and how many of each group, in a fixed order, groups without people left out.
 */
export async function interviewSummaryOf(
  db: Kysely<Database>,
  evaluationId: string,
): Promise<{ interviewed: number; groups: { group: string; people: number }[] }> {
  const [people, interviews] = await Promise.all([
    listInterviewees(db, evaluationId),
    listInterviews(db, evaluationId),
  ]);
  const scheduled = new Set(
    interviews.flatMap((interview) => JSON.parse(interview.interviewee_ids) as string[]),
  );
  const counts = new Map<ScheduleGroup, number>();
  for (const person of people) {
    if (!scheduled.has(person.id)) continue;
    counts.set(person.interviewee_group, (counts.get(person.interviewee_group) ?? 0) + 1);
  }
  return {
    interviewed: [...counts.values()].reduce((sum, n) => sum + n, 0),
    groups: GROUP_ORDER.flatMap((group) =>
      counts.has(group) ? [{ group, people: counts.get(group) as number }] : [],
    ),
  };
}
