import type { Rubric } from '../../rubrics/rubric';
import type { EvaluationResult } from '../../scoring/score-evaluation';

const TEXT_WIDTH = 64;

function cut(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

const num = (value: number | null) => (value === null ? '–' : String(value));
const pct = (value: number | null) => (value === null ? '–' : `${value}%`);

/**
 * The report's "Översikt av poängfördelning" as plain text: per area the rows delfråga | Uppnått |
 * Max | Procent and the area sum, then the total. Unscored rows show "–".
 */
export function formatScoreTable(rubric: Rubric, result: EvaluationResult): string {
  const lines: string[] = [];
  const row = (id: string, text: string, points: string, max: string, percent: string) =>
    `${id.padEnd(5)}${cut(text, TEXT_WIDTH)}  ${points.padStart(7)}  ${max.padStart(4)}  ${percent.padStart(7)}`;
  for (const area of result.areas) {
    const rubricArea = rubric.areas.find((candidate) => candidate.id === area.id);
    lines.push(row(`${area.id}.`, area.title, 'Uppnått', 'Max', 'Procent'));
    for (const question of area.questions) {
      const text = rubricArea?.questions.find((q) => q.id === question.id)?.text ?? '';
      lines.push(
        row(
          question.id,
          text,
          num(question.shownPoints),
          String(question.max),
          pct(question.shownPercent),
        ),
      );
    }
    const note = area.complete
      ? ''
      : `(ofullständigt: ${area.scoredCount} av ${area.questions.length} bedömda)`;
    lines.push(row('', note, num(area.shownPoints), String(area.max), pct(area.shownPercent)));
    lines.push('');
  }
  const totalNote = result.total.complete ? 'TOTALT' : 'TOTALT (ofullständigt)';
  lines.push(row('', totalNote, num(result.total.shownPoints), String(result.total.max), ''));
  return `${lines.join('\n')}\n`;
}
