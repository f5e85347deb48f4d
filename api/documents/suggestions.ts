import type { Kysely } from 'kysely';
import type { Rubric } from '../../rubrics/rubric';
import type { Database } from '../db/database';
import type { PassageQuestion, Suggestion } from './documents.schemas';
import { ownStems, STOP_STEMS, words } from './swedish-words';

interface Indexed {
  id: number;
  documentId: string;
  documentTitle: string;
  ordinal: number;
  page: number | null;
  heading: string | null;
  text: string;
  /** The text's stems in word order (the stored column, split). */
  stems: string[];
  /** BM25's length factor, computed once: K1 * (1 - B + B * length / average). */
  norm: number;
}

/** An evaluation's readable passages, indexed by stem for scoring against delfrågor. */
export interface PassageIndex {
  passages: Indexed[];
  /** Per stem: the passages holding it and how often (parallel arrays). */
  postings: Map<string, { at: number[]; tf: number[] }>;
}

/** The stems a delfråga is matched on, with weights: its own words count most. */
export type QuestionTerms = Map<string, number>;

const K1 = 1.2;
const B = 0.75;

export async function loadPassageIndex(
  db: Kysely<Database>,
  evaluationId: string,
): Promise<PassageIndex> {
  // Two plain reads (the documents, then their passages by the evaluation's index) and the
  // order made here: cheaper than a join sorted by the database.
  const documents = await db
    .selectFrom('documents')
    .select(['id', 'title'])
    .where('evaluation_id', '=', evaluationId)
    .where('extraction_status', '=', 'done')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const order = new Map(documents.map((document, i) => [document.id, i]));
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  const rows = (
    await db
      .selectFrom('passages')
      .select(['id', 'document_id', 'ordinal', 'page', 'heading', 'text', 'stems'])
      .where('evaluation_id', '=', evaluationId)
      .execute()
  )
    .filter((row) => order.has(row.document_id))
    .sort(
      (a, b) =>
        (order.get(a.document_id) as number) - (order.get(b.document_id) as number) ||
        Number(a.ordinal) - Number(b.ordinal),
    );
  const passages: Indexed[] = [];
  const postings = new Map<string, { at: number[]; tf: number[] }>();
  let total = 0;
  for (const row of rows) {
    const stems = ownStems(row.stems);
    const at = passages.length;
    // A stem seen before in this passage is the last entry of its list: count it there.
    for (const stem of stems) {
      const list = postings.get(stem);
      if (!list) postings.set(stem, { at: [at], tf: [1] });
      else if (list.at[list.at.length - 1] === at) {
        list.tf[list.tf.length - 1] = (list.tf[list.tf.length - 1] as number) + 1;
      } else {
        list.at.push(at);
        list.tf.push(1);
      }
    }
    total += stems.length;
    passages.push({
      id: Number(row.id),
      documentId: row.document_id,
      documentTitle: titles.get(row.document_id) as string,
      ordinal: Number(row.ordinal),
      page: row.page === null ? null : Number(row.page),
      heading: row.heading,
      text: row.text,
      stems,
      norm: stems.length,
    });
  }
  const average = passages.length > 0 ? total / passages.length : 1;
  for (const passage of passages) passage.norm = K1 * (1 - B + (B * passage.norm) / average);
  return { passages, postings };
}

function addTerms(terms: QuestionTerms, text: string, weight: number) {
  for (const word of words(text)) {
    if (STOP_STEMS.has(word.stem) || word.stem.length < 2 || /^\p{N}+$/u.test(word.stem)) continue;
    terms.set(word.stem, Math.max(terms.get(word.stem) ?? 0, weight));
  }
}

/** Each delfråga's terms: its text (weight 3), its guidance (1.5), its area's rubriker and guidance (1). */
export function questionTerms(rubric: Rubric): Map<string, QuestionTerms> {
  const result = new Map<string, QuestionTerms>();
  for (const area of rubric.areas) {
    for (const question of area.questions) {
      const terms: QuestionTerms = new Map();
      for (const heading of area.headings ?? []) addTerms(terms, heading, 1);
      if (area.guidance) addTerms(terms, area.guidance, 1);
      if (question.guidance) addTerms(terms, question.guidance, 1.5);
      addTerms(terms, question.text, 3);
      result.set(question.id, terms);
    }
  }
  return result;
}

const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** BM25 of every passage against the weighted terms, into `scores` (zeroed first). */
function score(index: PassageIndex, terms: QuestionTerms, scores: Float64Array): number[] {
  scores.fill(0);
  const touched: number[] = [];
  const n = index.passages.length;
  for (const [stem, weight] of terms) {
    const list = index.postings.get(stem);
    if (!list) continue;
    const w = weight * idf(n, list.at.length) * (K1 + 1);
    for (let i = 0; i < list.at.length; i++) {
      const at = list.at[i] as number;
      const tf = list.tf[i] as number;
      if (scores[at] === 0) touched.push(at);
      scores[at] = (scores[at] as number) + (w * tf) / (tf + (index.passages[at] as Indexed).norm);
    }
  }
  return touched;
}

/** The passage's words (as written, lower-cased) whose stems are terms. */
function matchedWords(passage: Indexed, terms: QuestionTerms): string[] {
  const seen = new Set<string>();
  let i = 0;
  // The stored stems follow the text's words one for one.
  for (const match of passage.text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (terms.has(passage.stems[i] as string)) seen.add(match[0].toLocaleLowerCase('sv'));
    i++;
  }
  return [...seen];
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The passages that most likely speak to a delfråga, best first, each with its matched words. */
export function suggestFor(
  index: PassageIndex,
  terms: QuestionTerms,
  limit = 10,
  scores = new Float64Array(index.passages.length),
): Suggestion[] {
  const touched = score(index, terms, scores);
  // The best `limit`, kept sorted as they come (a full sort of thousands is not needed).
  const best: number[] = [];
  const better = (a: number, b: number) =>
    (scores[a] as number) > (scores[b] as number) || (scores[a] === scores[b] && a < b);
  for (const at of touched) {
    if (best.length === limit && !better(at, best[limit - 1] as number)) continue;
    let i = Math.min(best.length, limit - 1);
    if (best.length < limit) best.push(at);
    while (i > 0 && better(at, best[i - 1] as number)) {
      best[i] = best[i - 1] as number;
      i--;
    }
    best[i] = at;
  }
  return best.map((at) => {
    const passage = index.passages[at] as Indexed;
    return {
      passage: {
        id: String(passage.id),
        documentId: passage.documentId,
        documentTitle: passage.documentTitle,
        ordinal: passage.ordinal,
        page: passage.page,
        heading: passage.heading,
        text: passage.text,
      },
      score: round(scores[at] as number),
      matched: matchedWords(passage, terms),
    };
  });
}

/** Suggestions for every delfråga at once (one index, one score array). */
export function suggestAll(
  index: PassageIndex,
  terms: Map<string, QuestionTerms>,
  limit = 10,
): Map<string, Suggestion[]> {
  const scores = new Float64Array(index.passages.length);
  const result = new Map<string, Suggestion[]>();
  for (const [questionId, questionTerms] of terms) {
    result.set(questionId, suggestFor(index, questionTerms, limit, scores));
  }
  return result;
}

/** The delfrågor a passage most likely speaks to, best first. */
export function questionsFor(
  index: PassageIndex,
  passageId: number,
  terms: Map<string, QuestionTerms>,
  limit = 5,
): PassageQuestion[] {
  const passage = index.passages.find((candidate) => candidate.id === passageId);
  if (!passage) return [];
  const counts = new Map<string, number>();
  for (const stem of passage.stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  const n = index.passages.length;
  const found: PassageQuestion[] = [];
  for (const [questionId, questionTerms] of terms) {
    let total = 0;
    for (const [stem, weight] of questionTerms) {
      const tf = counts.get(stem);
      if (!tf) continue;
      const df = index.postings.get(stem)?.at.length ?? 1;
      total += (weight * idf(n, df) * tf * (K1 + 1)) / (tf + passage.norm);
    }
    if (total > 0) {
      found.push({
        questionId,
        score: round(total),
        matched: matchedWords(passage, questionTerms),
      });
    }
  }
  return found.sort((a, b) => b.score - a.score).slice(0, limit);
}
