import type { Rubric } from './rubric';

/**
 * A rubric as JSON text in one fixed layout: keys in schema order, two-space indent, a final
 * newline, no `$schema`. Imported versions are stored (and checksummed, and exported) in this
 * form, so the same content always has the same bytes: import -> export -> import is identical.
 */
export function canonicalRubricText(rubric: Rubric): string {
  const canonical = {
    format: rubric.format,
    id: rubric.id,
    version: rubric.version,
    title: rubric.title,
    year: rubric.year,
    areaLevelOnly: rubric.areaLevelOnly,
    source: rubric.source,
    areas: rubric.areas.map((area) => ({
      id: area.id,
      title: area.title,
      shortTitle: area.shortTitle,
      alternativeTitles: area.alternativeTitles,
      headings: area.headings,
      guidance: area.guidance,
      maxPoints: area.maxPoints,
      questions: area.questions.map((question) => ({
        id: question.id,
        text: question.text,
        maxPoints: question.maxPoints,
        ...(question.guidance === undefined ? {} : { guidance: question.guidance }),
      })),
    })),
    ...(rubric.writtenQuestions && rubric.writtenQuestions.length > 0
      ? {
          writtenQuestions: rubric.writtenQuestions.map((question) => ({
            id: question.id,
            text: question.text,
            ...(question.areaId === undefined ? {} : { areaId: question.areaId }),
          })),
        }
      : {}),
    ...(rubric.selfAssessmentScale === undefined
      ? {}
      : {
          selfAssessmentScale: {
            notAtAll: rubric.selfAssessmentScale.notAtAll,
            partly: rubric.selfAssessmentScale.partly,
            largely: rubric.selfAssessmentScale.largely,
            fully: rubric.selfAssessmentScale.fully,
          },
        }),
  };
  return `${JSON.stringify(canonical, null, 2)}\n`;
}
