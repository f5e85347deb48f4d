import type { Rubric } from './rubric';

/** A written question as the kommun answers it; `questionIds` are the delfrågor it informs. */
export interface QuestionnaireQuestion {
  id: string;
  text: string;
  areaId: string | null;
  questionIds: string[];
}

/**
 * The rubric version's written questions (frågeunderlag): its own list when it carries one,
 * otherwise one per delfråga with the delfråga's text.
 */
export function writtenQuestionsOf(rubric: Rubric): QuestionnaireQuestion[] {
  if (rubric.writtenQuestions && rubric.writtenQuestions.length > 0) {
    return rubric.writtenQuestions.map((question) => ({
      id: question.id,
      text: question.text,
      areaId: question.areaId ?? null,
      questionIds: [],
    }));
  }
  return rubric.areas.flatMap((area) =>
    area.questions.map((question) => ({
      id: question.id,
      text: question.text,
      areaId: area.id,
      questionIds: [question.id],
    })),
  );
}
