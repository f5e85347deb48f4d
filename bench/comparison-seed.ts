// Seeds a store with many published kk-2010 evaluations (consensus scores only) and the shipped
// reference results, straight into the tables: the comparison benchmark's data.
import type { Db } from '../api/db/connect';
import { loadReferenceDirectory } from '../api/formats/reference-library';
import { insertReferences } from '../api/references/references.repository';
import { RubricStore } from '../api/rubrics/rubric-store';
import { KOMMUNER, type Kommun } from '../rubrics/kommuner/scb-kommuner';
import { loadRubricLibrary } from '../rubrics/load-rubrics';
import { generateScores } from './scoring.bench';

const AT = '2026-05-10T08:00:00.000Z';
const stamps = { version: 1, created_at: AT, updated_at: AT };

/** Kommun `i` of the seed: the `i`th of SCB's 290 kommuner, with its kommunkod and name. */
const kommun = (i: number) => {
  const { code, name } = KOMMUNER[i] as Kommun;
  return { code, name };
};

/**
 * `count` published evaluations: 290 kommuner, one evaluation per kommun and year from 2010 on,
 * every delfråga scored (the scoring benchmark's generated scores). Returns their ids in order.
 */
export async function seedPublishedEvaluations(store: Db, count: number): Promise<string[]> {
  const library = loadRubricLibrary();
  const rubrics = await RubricStore.open(store.db, library, AT);
  const pinned = await rubrics.currentOf('kk-2010');
  if (!pinned) throw new Error('kk-2010 missing');
  const scores = generateScores(count);
  const ids = scores.map((_, i) => `bench-${String(i).padStart(5, '0')}`);
  const kommuner = Math.min(290, count);
  await store.db.transaction().execute(async (trx) => {
    await insertReferences(trx, loadReferenceDirectory(), AT);
    await trx
      .insertInto('municipalities')
      .values(
        Array.from({ length: kommuner }, (_, i) => ({
          id: `m-${i}`,
          official_name: null,
          ...kommun(i),
          ...stamps,
        })),
      )
      .execute();
    for (let start = 0; start < count; start += 500) {
      const chunk = ids.slice(start, start + 500);
      await trx
        .insertInto('evaluations')
        .values(
          chunk.map((id, j) => {
            const i = start + j;
            return {
              id,
              municipality_id: `m-${i % kommuner}`,
              rubric_version_id: pinned.versionId,
              date: `${2010 + Math.floor(i / kommuner)}-05`,
              visit_start: null,
              visit_end: null,
              status: 'published' as const,
              facts: '{}',
              published_at: AT,
              ...stamps,
            };
          }),
        )
        .execute();
      const rows = chunk.flatMap((id, j) =>
        Object.entries(scores[start + j] ?? {}).map(([question, score]) => ({
          id: `${id}-${question}`,
          evaluation_id: id,
          question_id: question,
          points: score?.points ?? null,
          percent: null,
          rationale: '',
          ...stamps,
        })),
      );
      for (let k = 0; k < rows.length; k += 500) {
        await trx
          .insertInto('consensus_scores')
          .values(rows.slice(k, k + 500))
          .execute();
      }
    }
  });
  return ids;
}
