import { evaluationVisibility } from '../auth/access';
import type { Actor, AppDeps } from '../context';
import { notFound } from '../errors';
import type { SearchHit } from './documents.schemas';
import { searchStems } from './search.repository';
import { snippet } from './snippet';
import { words } from './swedish-words';

/**
 * The evaluations a search covers: this one and, for a re-evaluation, the same kommun's earlier
 * evaluations that `actor` may see now.
 */
export async function searchScope(deps: AppDeps, evaluationId: string, actor: Actor) {
  const { db } = deps.store;
  const evaluation = await db
    .selectFrom('evaluations')
    .select(['id', 'municipality_id', 'date'])
    .where('id', '=', evaluationId)
    .executeTakeFirst();
  if (!evaluation) throw notFound(`evaluation ${evaluationId}`);
  const earlier = await db
    .selectFrom('evaluations')
    .select('id')
    .where('municipality_id', '=', evaluation.municipality_id)
    .where('date', '<', evaluation.date)
    .where('id', 'in', (sub) => sub.selectFrom('documents').select('evaluation_id'))
    .execute();
  const visible: string[] = [evaluationId];
  for (const { id } of earlier) {
    if ((await evaluationVisibility(db, id, actor))?.visible) visible.push(id);
  }
  return visible;
}

/** Swedish full-text search over the documents of `evaluationIds`. */
export async function searchDocuments(
  deps: AppDeps,
  evaluationIds: string[],
  query: string,
  limit: number,
): Promise<SearchHit[]> {
  const stems = [...new Set(words(query).map((word) => word.stem))];
  const rows = await searchStems(deps.store.db, deps.store.dialect, evaluationIds, stems, limit);
  const matching = new Set(stems);
  return rows.map((row) => ({
    passageId: String(row.id),
    documentId: row.document_id,
    documentTitle: row.title,
    evaluationId: row.evaluation_id,
    page: row.page === null ? null : Number(row.page),
    heading: row.heading,
    snippet: snippet(row.text, matching),
    rank: Number(row.score),
  }));
}
