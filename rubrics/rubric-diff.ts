import type { Rubric } from './rubric';

export interface QuestionEntry {
  id: string;
  areaId: string;
  text: string;
  maxPoints: number;
}

export interface TextChange {
  id: string;
  before: string;
  after: string;
}

export interface WeightChange {
  id: string;
  before: number;
  after: number;
}

export interface AreaTitleChange {
  areaId: string;
  field: 'title' | 'shortTitle';
  before: string;
  after: string;
}

/** What changed from one rubric version to the next, delfråga by delfråga (matched by id). */
export interface RubricDiff {
  added: QuestionEntry[];
  removed: QuestionEntry[];
  reworded: TextChange[];
  /** Changed max points: the weights. */
  weights: WeightChange[];
  areaTitles: AreaTitleChange[];
}

function questionsOf(rubric: Rubric): Map<string, QuestionEntry> {
  return new Map(
    rubric.areas.flatMap((area) =>
      area.questions.map((question) => [
        question.id,
        { id: question.id, areaId: area.id, text: question.text, maxPoints: question.maxPoints },
      ]),
    ),
  );
}

/** The changes from `before` to `after`, in `after`'s order (removed ones in `before`'s). */
export function diffRubrics(before: Rubric, after: Rubric): RubricDiff {
  const old = questionsOf(before);
  const current = questionsOf(after);
  const diff: RubricDiff = { added: [], removed: [], reworded: [], weights: [], areaTitles: [] };
  for (const question of current.values()) {
    const previous = old.get(question.id);
    if (!previous) {
      diff.added.push(question);
      continue;
    }
    if (previous.text !== question.text)
      diff.reworded.push({ id: question.id, before: previous.text, after: question.text });
    if (previous.maxPoints !== question.maxPoints)
      diff.weights.push({ id: question.id, before: previous.maxPoints, after: question.maxPoints });
  }
  for (const question of old.values()) {
    if (!current.has(question.id)) diff.removed.push(question);
  }
  const oldAreas = new Map(before.areas.map((area) => [area.id, area]));
  for (const area of after.areas) {
    const previous = oldAreas.get(area.id);
    if (!previous) continue;
    for (const field of ['title', 'shortTitle'] as const) {
      if (previous[field] !== area[field])
        diff.areaTitles.push({
          areaId: area.id,
          field,
          before: previous[field],
          after: area[field],
        });
    }
  }
  return diff;
}
