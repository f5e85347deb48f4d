import type { AppDeps } from '../context';
import { selfAssessmentComparison } from '../questionnaire/self-assessment-comparison';
import { htmlText as esc } from './html-text';
import type { ReportLanguage } from './report-texts';

/** The optional report section "Självskattning och utvärdering": per-area gaps. */
export interface SelfAssessmentSection {
  title: string;
  intro: string;
  headers: [area: string, evaluation: string, self: string, difference: string];
  rows: { label: string; evaluation: string; self: string; difference: string }[];
}

const TEXTS = {
  sv: {
    title: 'Självskattning och utvärdering',
    intro:
      'Före platsbesöket skattade kommunen själv varje delfråga. Tabellen visar kommunens självskattning bredvid utvärderingens poäng per område. Skillnaden är självskattningen minus utvärderingen, avrundad från de exakta poängen.',
    headers: ['Område', 'Utvärderingen', 'Kommunens självskattning', 'Skillnad'],
    total: 'Totalt',
    notAssessed: 'ej skattat',
    decimal: ',',
  },
  en: {
    title: 'Self-assessment and evaluation',
    intro:
      "Before the visit the kommun estimated every question itself. The table shows the kommun's self-assessment beside the evaluation's points per area. The difference is the self-assessment minus the evaluation, rounded from the exact points.",
    headers: ['Area', 'The evaluation', "The kommun's self-assessment", 'Difference'],
    total: 'Total',
    notAssessed: 'not assessed',
    decimal: '.',
  },
} as const;

const signed = (value: number | null) =>
  value === null ? '–' : value > 0 ? `+${value}` : value === 0 ? '±0' : `−${-value}`;

/** The section's content, or undefined when the kommun gave no self-assessment. */
export async function loadSelfAssessmentSection(
  deps: AppDeps,
  evaluationId: string,
  language: ReportLanguage,
): Promise<SelfAssessmentSection | undefined> {
  const comparison = await selfAssessmentComparison(deps, evaluationId);
  if (!comparison.available) return undefined;
  const t = TEXTS[language];
  const rows = [...comparison.areas, ...(comparison.total ? [comparison.total] : [])];
  return {
    title: t.title,
    intro: t.intro,
    headers: [...t.headers],
    rows: rows.map((row) => ({
      label: row.id === 'total' ? t.total : `${row.id}. ${row.title}`,
      evaluation: row.evaluation === null ? '–' : String(row.evaluation),
      self: row.selfAssessment === null ? t.notAssessed : String(row.selfAssessment),
      difference: signed(row.difference),
    })),
  };
}

/** The section as HTML (a chapter before Kortfakta), or nothing. */
export function selfAssessmentSectionHtml(section: SelfAssessmentSection | undefined): string {
  if (!section) return '';
  const [area, evaluation, self, difference] = section.headers.map(esc);
  return `<section class="chapter" id="sjalvskattning">
<h2>${esc(section.title)}</h2>
<p>${esc(section.intro)}</p>
<table class="results">
<thead><tr><th scope="col">${area}</th><th scope="col" class="num">${evaluation}</th><th scope="col" class="num">${self}</th><th scope="col" class="num">${difference}</th></tr></thead>
<tbody>
${section.rows
  .map(
    (row) =>
      `<tr><th scope="row">${esc(row.label)}</th><td class="num">${esc(row.evaluation)}</td><td class="num">${esc(row.self)}</td><td class="num">${esc(row.difference)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
</section>`;
}
