import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

/** The kinds of source the Utvärderingen paragraph names, in the order it names them. */
export type SourceRead = 'documents' | 'website' | 'intranet';

export interface VisitSummary {
  /** People interviewed (a group interview counts its people); null when nobody recorded it. */
  interviewed: number | null;
  /** Interviewees per group (politicianMajority, official, …), groups with nobody left out. */
  groups: { group: string; people: number }[];
  sources: SourceRead[];
  /** How many documents were read (0 when none is recorded). */
  documents: number;
}

const GROUP_ORDER = [
  'politicianMajority',
  'politicianOpposition',
  'official',
  'unionRepresentative',
  'other',
];

/**
 * Who was interviewed and what was read, as the report's Utvärderingen paragraph tells it. Today
 * from the evaluation's evidence: each interview record is one person of its group. The
 * interview schedule (issue #20) feeds this function with its groups and head counts instead.
 */
export async function visitSummaryOf(
  db: Kysely<Database>,
  evaluationId: string,
): Promise<VisitSummary> {
  const rows = await db
    .selectFrom('evidence')
    .select(['kind', 'interviewee_group', 'title', 'reference'])
    .where('evaluation_id', '=', evaluationId)
    .execute();
  const interviews = rows.filter((row) => row.kind === 'interview');
  const counts = new Map<string, number>();
  for (const row of interviews) {
    const group = row.interviewee_group ?? 'other';
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const groups = [...counts.entries()]
    .sort(([a], [b]) => GROUP_ORDER.indexOf(a) - GROUP_ORDER.indexOf(b))
    .map(([group, people]) => ({ group, people }));
  const documents = rows.filter((row) => row.kind === 'document').length;
  const webPages = rows.filter((row) => row.kind === 'webPage');
  const intranet = webPages.some((row) =>
    /intran(ä|e)t/i.test(`${row.title ?? ''} ${row.reference ?? ''}`),
  );
  const sources: SourceRead[] = [];
  if (documents > 0) sources.push('documents');
  if (webPages.some((row) => !/intran(ä|e)t/i.test(`${row.title ?? ''} ${row.reference ?? ''}`)))
    sources.push('website');
  if (intranet) sources.push('intranet');
  return {
    interviewed: interviews.length > 0 ? interviews.length : null,
    groups,
    sources,
    documents,
  };
}
