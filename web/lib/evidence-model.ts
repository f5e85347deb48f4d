import type { EditInput } from './autosave';
import type { PendingEdit } from './pending-store';

export const EVIDENCE_KINDS = ['interview', 'document', 'webPage'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const INTERVIEWEE_GROUPS = [
  'politicianMajority',
  'politicianOpposition',
  'official',
  'unionRepresentative',
  'other',
] as const;
export type IntervieweeGroup = (typeof INTERVIEWEE_GROUPS)[number];

/** One piece of evidence as the page edits it: the API's fields, blank texts as null. */
export interface EvidenceDraft {
  id: string;
  kind: EvidenceKind;
  date: string | null;
  title: string | null;
  intervieweeGroup: IntervieweeGroup | null;
  function: string | null;
  reference: string | null;
  notes: string;
  questions: string[];
}

/** A stored piece of evidence: the draft plus its server version. */
export interface EvidenceRecord extends EvidenceDraft {
  version: number;
}

/** What the lists show: the newest text (unsent edits first) and where it stands. */
export interface EvidenceView extends EvidenceDraft {
  version: number;
  /** Typed but not yet acknowledged by the server. */
  unsent: boolean;
  conflict: boolean;
  error: string | null;
}

export const evidencePrefix = (evaluationId: string) => `evidence:${evaluationId}:`;
export const evidenceKey = (evaluationId: string, evidenceId: string) =>
  `${evidencePrefix(evaluationId)}${evidenceId}`;

/** Today in the user's time zone as YYYY-MM-DD (not UTC: an interview at 00:30 is today). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A new, empty item with its own id, so even its first save can be retried safely. */
export function newDraft(kind: EvidenceKind, date: string | null = today()): EvidenceDraft {
  return {
    id: crypto.randomUUID(),
    kind,
    date,
    title: null,
    intervieweeGroup: null,
    function: null,
    reference: null,
    notes: '',
    questions: [],
  };
}

/** Anything worth keeping: a form with only its kind and today's date is not an item yet. */
export function hasContent(draft: EvidenceDraft): boolean {
  return Boolean(
    draft.notes.trim() ||
      draft.title?.trim() ||
      draft.function?.trim() ||
      draft.reference?.trim() ||
      draft.intervieweeGroup ||
      draft.questions.length > 0,
  );
}

/** `1.10` after `1.9`: question ids compared as numbers. */
export function compareQuestionIds(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

const blankToNull = (value: string | null | undefined) =>
  value == null || value.trim() === '' ? null : value;

/**
 * The draft as the server will store it: blank texts null, an interviewee group only on an
 * interview, questions once each in rubric order. Sending it in this shape lets a retried create
 * be recognised as our own (the stored record then equals what was sent).
 */
export function normalizeDraft(draft: EvidenceDraft): EvidenceDraft {
  return {
    id: draft.id,
    kind: draft.kind,
    date: blankToNull(draft.date),
    title: blankToNull(draft.title),
    intervieweeGroup: draft.kind === 'interview' ? draft.intervieweeGroup : null,
    function: blankToNull(draft.function),
    reference: blankToNull(draft.reference),
    notes: draft.notes,
    questions: [...new Set(draft.questions)].sort(compareQuestionIds),
  };
}

/**
 * The queued save of a whole item: a POST to the collection while the server has no version of
 * it (the queue moves on to the PUT path once it has), a PUT on the item after.
 */
export function evidenceEdit(
  evaluationId: string,
  draft: EvidenceDraft,
  version: number,
): EditInput {
  const collection = `/api/evaluations/${evaluationId}/evidence`;
  const itemPath = `${collection}/${encodeURIComponent(draft.id)}`;
  const body = { ...normalizeDraft(draft) };
  // The server refuses an interview without its group and a web page without its URL: keep such
  // a note in the browser (it is never lost) and send it once it is complete.
  const held =
    (body.kind === 'interview' && !body.intervieweeGroup) ||
    (body.kind === 'webPage' && !body.reference);
  return version === 0
    ? { method: 'POST', path: collection, updatePath: itemPath, body, baseVersion: 0, held }
    : { method: 'PUT', path: itemPath, body, baseVersion: version, held };
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const isKind = (value: unknown): value is EvidenceKind =>
  (EVIDENCE_KINDS as readonly unknown[]).includes(value);
const isGroup = (value: unknown): value is IntervieweeGroup =>
  (INTERVIEWEE_GROUPS as readonly unknown[]).includes(value);

/** A queued body (or a 409's record) read back as a draft; unknown shapes fall back to blanks. */
export function draftFromBody(id: string, body: Record<string, unknown>): EvidenceDraft {
  return {
    id,
    kind: isKind(body.kind) ? body.kind : 'interview',
    date: text(body.date),
    title: text(body.title),
    intervieweeGroup: isGroup(body.intervieweeGroup) ? body.intervieweeGroup : null,
    function: text(body.function),
    reference: text(body.reference),
    notes: text(body.notes) ?? '',
    questions: Array.isArray(body.questions)
      ? body.questions.filter((q): q is string => typeof q === 'string')
      : [],
  };
}

export interface MergeInput {
  evaluationId: string;
  /** The server's list, in the order it was recorded. */
  server: readonly EvidenceRecord[];
  /** Records the queue saved since the list was loaded, by evidence id. */
  saved: Readonly<Record<string, EvidenceRecord | undefined>>;
  /** The queue's unsent edits, by key (any kind: only this evaluation's evidence is read). */
  pending: Readonly<Record<string, PendingEdit | undefined>>;
  errors: Readonly<Record<string, string | undefined>>;
  /** Items the user deleted here. */
  deleted: ReadonlySet<string>;
}

/**
 * The server's list with what this browser knows better on top: saved records replace the
 * listed ones, unsent edits replace both, and items that exist only in the queue (written
 * offline, kept across a reload) are added after the listed ones.
 */
export function mergeEvidence(input: MergeInput): EvidenceView[] {
  const prefix = evidencePrefix(input.evaluationId);
  const order: string[] = [];
  const records = new Map<string, EvidenceRecord>();
  for (const record of input.server) {
    order.push(record.id);
    records.set(record.id, record);
  }
  for (const [id, record] of Object.entries(input.saved)) {
    if (!record) continue;
    if (!records.has(id)) order.push(id);
    records.set(id, record);
  }
  const edits = Object.values(input.pending)
    .filter((edit): edit is PendingEdit => edit?.key.startsWith(prefix) === true)
    .sort((a, b) => a.updatedAt - b.updatedAt);
  const byId = new Map<string, PendingEdit>();
  for (const edit of edits) {
    const id = edit.key.slice(prefix.length);
    byId.set(id, edit);
    if (!records.has(id)) order.push(id);
  }
  return order
    .filter((id) => !input.deleted.has(id))
    .map((id) => {
      const edit = byId.get(id);
      const record = records.get(id);
      const draft = edit ? draftFromBody(id, edit.body) : (record as EvidenceRecord);
      return {
        ...draft,
        id,
        version: record?.version ?? 0,
        unsent: edit !== undefined,
        conflict: edit?.conflict !== undefined,
        error: input.errors[`${prefix}${id}`] ?? null,
      };
    });
}

export interface EvidenceFilter {
  kind: EvidenceKind | null;
  question: string | null;
}

/** The items of one kind and/or tied to one delfråga. */
export function filterEvidence<T extends EvidenceDraft>(
  items: readonly T[],
  filter: EvidenceFilter,
) {
  return items.filter(
    (item) =>
      (filter.kind === null || item.kind === filter.kind) &&
      (filter.question === null || item.questions.includes(filter.question)),
  );
}

/** Sorted by date (undated last), keeping the recorded order among equal dates. */
export function byDate<T extends EvidenceDraft>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}

/** What names an item in a list or a question: its title, else its notes' first line. */
export function evidenceLabel(item: Pick<EvidenceDraft, 'title' | 'notes'>): string | null {
  const title = item.title?.trim();
  if (title) return title;
  return (
    item.notes
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '') ?? null
  );
}
