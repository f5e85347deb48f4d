// Which reference results a page offers to compare an evaluation with.
import type { client } from './api';

type ReferencesGet = (typeof client.api.references)['$get'];
export type ReferenceListItem = Awaited<
  ReturnType<Awaited<ReturnType<ReferencesGet>>['json']>
>['references'][number];

interface Subject {
  municipality: { code: string };
  /** YYYY-MM */
  date: string;
  rubric: { id: string };
}

/**
 * The references an evaluation can be compared with: those with area points (a totals-only
 * result has none), never the published copy of this very evaluation (same kommun, same year),
 * and with `sameRubric` only those of its rubric version (the report's radar: no mapping).
 */
export function referenceChoices(
  references: readonly ReferenceListItem[],
  subject: Subject | undefined,
  options: { sameRubric: boolean },
): ReferenceListItem[] {
  if (!subject) return [];
  return references.filter(
    (r) =>
      !r.totalsOnly &&
      (!options.sameRubric || r.rubric === subject.rubric.id) &&
      !(
        r.municipality.code === subject.municipality.code &&
        String(r.year) === subject.date.slice(0, 4)
      ),
  );
}
