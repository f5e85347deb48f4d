import { z } from 'zod';
import { parseJsonFile } from '../../rubrics/validation';
import { scbMunicipality } from './evaluation-file';

export const REFERENCE_FORMAT = 'kommunkompassen-references/1';

/** What a reference stands for: one kommun's result, or SKR's national mean (Sverigesnitt). */
export const ReferenceKind = z.enum(['municipality', 'nationalMean']);
export type ReferenceKind = z.infer<typeof ReferenceKind>;

export const REFERENCE_AREA_IDS = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
export const AREA_MAX_POINTS = 100;
export const TOTAL_MAX_POINTS = 800;

const AreaPoints = z
  .number({
    error: (issue) =>
      issue.input === undefined
        ? 'missing: give all the areas "1" to "8", or leave out "areas" for a result published as a total only'
        : `${JSON.stringify(issue.input)} is not a number`,
  })
  .min(0, { error: (issue) => `${issue.input} is below 0` })
  .max(AREA_MAX_POINTS, { error: (issue) => `${issue.input} is above ${AREA_MAX_POINTS}` });

/**
 * A result published per area gives every area, so a partial record is a data error, not a gap
 * to fill. A result published as a total only leaves `areas` out altogether (see ReferenceResult).
 */
export const ReferenceAreas = z.strictObject({
  '1': AreaPoints,
  '2': AreaPoints,
  '3': AreaPoints,
  '4': AreaPoints,
  '5': AreaPoints,
  '6': AreaPoints,
  '7': AreaPoints,
  '8': AreaPoints,
});
export type ReferenceAreas = z.infer<typeof ReferenceAreas>;

/** Sums are compared in millionths so 0.1 + 0.2 style errors never fail a correct record. */
const micro = (value: number) => Math.round(value * 1e6);

/** The sum of the 8 areas, free of float error for figures with up to 6 decimals. */
export function sumOfAreas(areas: ReferenceAreas): number {
  return REFERENCE_AREA_IDS.reduce((sum, id) => sum + micro(areas[id]), 0) / 1e6;
}

/**
 * One published result used for comparison. `source` is a URL or a text such as "seed 002";
 * `note` says how a figure was obtained when it was not published as such (e.g. derived, or a
 * rubric version inferred from the year). Without `areas` it is a totals-only result: only its
 * total was published, so it serves trends of totals and never a per-area comparison.
 */
export const ReferenceResult = z.strictObject({
  id: z
    .string()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      'an id is lower-case letters and digits joined by dashes, e.g. "orebro-2012"',
    ),
  municipality: scbMunicipality({ riket: true }),
  year: z.number().int().min(1990).max(2100),
  rubric: z.string().min(1, 'a rubric id is required, e.g. "kk-2010"'),
  kind: ReferenceKind,
  areas: ReferenceAreas.optional().describe(
    'Points per area "1" to "8"; leave out for a result published as a total only',
  ),
  total: z
    .number()
    .min(0, { error: (issue) => `${issue.input} is below 0` })
    .max(TOTAL_MAX_POINTS, { error: (issue) => `${issue.input} is above ${TOTAL_MAX_POINTS}` }),
  source: z.string().min(1, 'a source is required: a URL or a text such as "seed 002"').max(2000),
  note: z.string().min(1).max(20_000).optional(),
});
export type ReferenceResult = z.infer<typeof ReferenceResult>;

/** The start of the note a result gets when its published total is not the sum of its areas. */
export const TOTAL_NOTE_START = 'Publicerad totalsumma';

/**
 * A published total that differs from the sum of the published areas (rounding in the source)
 * is kept as published, never corrected and never refused: the result's note says so. Returns
 * the note to store (the given note, with the difference added once), or the given note.
 */
export function noteWithTotal(reference: {
  areas?: ReferenceAreas | undefined;
  total: number;
  note?: string | undefined;
}): string | undefined {
  if (reference.areas === undefined) return reference.note;
  const areaSum = sumOfAreas(reference.areas);
  if (micro(reference.total) === micro(areaSum)) return reference.note;
  if (reference.note?.includes(TOTAL_NOTE_START)) return reference.note;
  const shown = (value: number) => String(value).replace('.', ',');
  const text = `${TOTAL_NOTE_START} ${shown(reference.total)} skiljer sig från summan av områdena ${shown(areaSum)} (avrundning i källan); totalsumman är den publicerade.`;
  return reference.note ? `${reference.note} ${text}` : text;
}

/** True when only the total was published (no `areas`). */
export function isTotalsOnly(reference: { areas?: unknown }): boolean {
  return reference.areas === undefined;
}

/** For each id used before, where: `[index, index of the first use]`. */
export function findDuplicateIds(ids: readonly (string | undefined)[]): [number, number][] {
  const first = new Map<string, number>();
  const duplicates: [number, number][] = [];
  ids.forEach((id, index) => {
    if (id === undefined) return;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, index);
    else duplicates.push([index, seen]);
  });
  return duplicates;
}

const References = z.array(ReferenceResult).superRefine(
  (references, ctx) => {
    // Runs even when a record broke a rule (see `when`), so items may not match the type; zod
    // still skips it when a record has the wrong shape (a missing key, a string for a number).
    const ids = (references as readonly unknown[]).map((item) => {
      const id = (item as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? id : undefined;
    });
    for (const [index, firstIndex] of findDuplicateIds(ids)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `duplicate id "${ids[index]}" (first used by references[${firstIndex}])`,
      });
    }
  },
  // A duplicate id is worth reporting together with every other problem of the file.
  { when: (payload) => Array.isArray(payload.value) },
);

/** The reference file: published results, each with its source and rubric version. */
export const ReferenceFile = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(REFERENCE_FORMAT),
  references: References,
});
export type ReferenceFile = z.infer<typeof ReferenceFile>;

/** Parses and validates a reference file; every issue names its JSON path and line. */
export function parseReferenceFile(text: string, source: string): ReferenceFile {
  return parseJsonFile(ReferenceFile, text, source);
}
