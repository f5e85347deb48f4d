import type { Kysely } from 'kysely';
import type { Rubric } from '../../rubrics/rubric';
import type { Database } from '../db/database';
import type { PassageQuestion, Suggestion } from './documents.schemas';
import { STOP_STEMS, words } from './swedish-words';

interface Indexed {
  id: number;
  documentId: string;
  documentTitle: string;
  ordinal: number;
  page: number | null;
  heading: string | null;
  text: string;
  length: number;
  counts: Map<string, number>;
}

/** An evaluation's readable passages, indexed by stem for scoring against delfrågor. */
export interface PassageIndex {
  passages: Indexed[];
  postings: Map<string, number[]>;
  averageLength: number;
}

/** The stems a delfråga is matched on, with weights: its own words count most. */
export type QuestionTerms = Map<string, number>;

const K1 = 1.2;
const B = 0.75;

export async function loadPassageIndex(
  db: Kysely<Database>,
  evaluationId: string,
): Promise<PassageIndex> {
  const rows = await db
    .selectFrom('passages as p')
    .innerJoin('documents as d', 'd.id', 'p.document_id')
    .select([
      'p.id',
      'p.document_id',
      'p.ordinal',
      'p.page',
      'p.heading',
      'p.text',
      'p.stems',
      'd.title',
    ])
    .where('d.evaluation_id', '=', evaluationId)
    .where('d.extraction_status', '=', 'done')
    .orderBy('d.created_at')
    .orderBy('p.ordinal')
    .execute();
  const passages: Indexed[] = [];
  const postings = new Map<string, number[]>();
  let total = 0;
  for (const row of rows) {
    const counts = new Map<string, number>();
    const stems = row.stems === '' ? [] : row.stems.split(' ');
    for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    const index = passages.length;
    for (const stem of counts.keys()) {
      const list = postings.get(stem);
      if (list) list.push(index);
      else postings.set(stem, [index]);
    }
    total += stems.length;
    passages.push({
      id: Number(row.id),
      documentId: row.document_id,
      documentTitle: row.title,
      ordinal: Number(row.ordinal),
      page: row.page === null ? null : Number(row.page),
      heading: row.heading,
      text: row.text,
      length: stems.length,
      counts,
    });
  }
  return { passages, postings, averageLength: passages.length ? total / passages.length : 1 };
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
      const guidance = question.guidance;
      if (guidance) addTerms(terms, guidance, 1.5);
      addTerms(terms, question.text, 3);
      result.set(question.id, terms);
    }
  }
  return result;
}

interface Scored {
  index: number;
  score: number;
  matched: Set<string>;
}

/** BM25 of every passage holding a term, weighted per term. */
function score(index: PassageIndex, terms: QuestionTerms): Map<number, Scored> {
  const n = index.passages.length;
  const scores = new Map<number, Scored>();
  for (const [stem, weight] of terms) {
    const list = index.postings.get(stem);
    if (!list) continue;
    const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
    for (const at of list) {
      const passage = index.passages[at] as Indexed;
      const tf = passage.counts.get(stem) ?? 0;
      const part =
        (weight * idf * (tf * (K1 + 1))) /
        (tf + K1 * (1 - B + (B * passage.length) / index.averageLength));
      const entry = scores.get(at) ?? { index: at, score: 0, matched: new Set<string>() };
      entry.score += part;
      entry.matched.add(stem);
      scores.set(at, entry);
    }
  }
  return scores;
}

/** The passage's words (as written, lower-cased) whose stems matched. */
function matchedWords(text: string, stems: Set<string>): string[] {
  const seen = new Set<string>();
  for (const word of words(text)) {
    if (stems.has(word.stem)) seen.add(word.text.toLocaleLowerCase('sv'));
  }
  return [...seen];
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** The passages that most likely speak to a delfråga, best first, each with its matched words. */
export function suggestFor(index: PassageIndex, terms: QuestionTerms, limit = 10): Suggestion[] {
  return [...score(index, terms).values()]
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((entry) => {
      const passage = index.passages[entry.index] as Indexed;
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
        score: round(entry.score),
        matched: matchedWords(passage.text, entry.matched),
      };
    });
}

/** Suggestions for every delfråga at once (one index, one pass per delfråga). */
export function suggestAll(
  index: PassageIndex,
  terms: Map<string, QuestionTerms>,
  limit = 10,
): Map<string, Suggestion[]> {
  const result = new Map<string, Suggestion[]>();
  for (const [questionId, questionTerms] of terms) {
    result.set(questionId, suggestFor(index, questionTerms, limit));
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
  const n = index.passages.length;
  const found: PassageQuestion[] = [];
  for (const [questionId, questionTerms] of terms) {
    let total = 0;
    const matched = new Set<string>();
    for (const [stem, weight] of questionTerms) {
      const tf = passage.counts.get(stem);
      if (!tf) continue;
      const df = index.postings.get(stem)?.length ?? 1;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      total +=
        (weight * idf * (tf * (K1 + 1))) /
        (tf + K1 * (1 - B + (B * passage.length) / index.averageLength));
      matched.add(stem);
    }
    if (total > 0) {
      found.push({ questionId, score: round(total), matched: matchedWords(passage.text, matched) });
    }
  }
  return found.sort((a, b) => b.score - a.score).slice(0, limit);
}
