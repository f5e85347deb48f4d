/**
 * A Styrkor | Förbättringsmöjligheter table as the rows it is printed in. A short table is one
 * row, kept on one page. A long one is split into rows of at least three bullets on its longer
 * side, each row kept whole: the table breaks between rows only, so a page never holds one or
 * two bullets of it alone, and the bullets still read in order down each column.
 */
export interface FindingRow {
  strengths: string[];
  improvements: string[];
}

/** A table with at most this many bullets in all is kept whole on one page. */
export const SHORT_FINDINGS = 12;

/** The fewest bullets a row holds on its longer side (three: never one or two alone). */
export const BULLETS_PER_ROW = 3;

/**
 * @example findingRows(twenty, eighteen).map((r) => r.strengths.length) // [4, 4, 3, 3, 3, 3]
 */
export function findingRows(
  strengths: readonly string[],
  improvements: readonly string[],
): FindingRow[] {
  if (strengths.length + improvements.length <= SHORT_FINDINGS) {
    return [{ strengths: [...strengths], improvements: [...improvements] }];
  }
  const count = Math.max(
    1,
    Math.floor(Math.max(strengths.length, improvements.length) / BULLETS_PER_ROW),
  );
  return Array.from({ length: count }, (_, index) => ({
    strengths: share(strengths, count, index),
    improvements: share(improvements, count, index),
  }));
}

/** The index-th of `count` nearly equal runs of `items` (the first ones one longer). */
function share<T>(items: readonly T[], count: number, index: number): T[] {
  const size = Math.floor(items.length / count);
  const longer = items.length % count;
  const start = index * size + Math.min(index, longer);
  return items.slice(start, start + size + (index < longer ? 1 : 0));
}
