import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { listDocumentsRead } from '../documents/documents-read';
import { interviewSummaryOf } from '../schedule/interview-summary';

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
  'politician',
  'official',
  'unionRepresentative',
  'other',
];

/**
 * Who was interviewed and what was read, as the report's Utvärderingen paragraph tells it. The
 * visit's interview schedule gives the people and their groups (a group interview counts its
 * people); without a schedule, each interview record of the evidence is one person of its group.
 * Documents read are the document library's and the document evidence.
 */
export async function visitSummaryOf(
  db: Kysely<Database>,
  evaluationId: string,
): Promise<VisitSummary> {
  const [rows, schedule, library] = await Promise.all([
    db
      .selectFrom('evidence')
      .select(['kind', 'interviewee_group', 'title', 'reference'])
      .where('evaluation_id', '=', evaluationId)
      .execute(),
    interviewSummaryOf(db, evaluationId),
    listDocumentsRead(db, evaluationId),
  ]);
  const interviews = rows.filter((row) => row.kind === 'interview');
  const counts = new Map<string, number>();
  for (const row of interviews) {
    const group = row.interviewee_group ?? 'other';
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const fromEvidence = [...counts.entries()]
    .sort(([a], [b]) => GROUP_ORDER.indexOf(a) - GROUP_ORDER.indexOf(b))
    .map(([group, people]) => ({ group, people }));
  const groups = schedule.interviewed > 0 ? schedule.groups : fromEvidence;
  const interviewed = schedule.interviewed > 0 ? schedule.interviewed : interviews.length;
  const documents =
    rows.filter((row) => row.kind === 'document').length +
    library.filter((doc) => doc.kind !== 'webbsida').length;
  const webPages = [
    ...rows.filter((row) => row.kind === 'webPage'),
    ...library
      .filter((doc) => doc.kind === 'webbsida')
      .map((doc) => ({ title: doc.title, reference: doc.url })),
  ];
  const intranet = webPages.some((row) =>
    /intran(ä|e)t/i.test(`${row.title ?? ''} ${row.reference ?? ''}`),
  );
  const sources: SourceRead[] = [];
  if (documents > 0) sources.push('documents');
  if (webPages.some((row) => !/intran(ä|e)t/i.test(`${row.title ?? ''} ${row.reference ?? ''}`)))
    sources.push('website');
  if (intranet) sources.push('intranet');
  return {
    interviewed: interviewed > 0 ? interviewed : null,
    groups,
    sources,
    documents,
  };
}
