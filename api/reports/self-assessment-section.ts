import type { AppDeps } from '../context';
import {
  type SelfAssessmentComparison,
  selfAssessmentComparison,
} from '../questionnaire/self-assessment-comparison';
import { htmlText as esc } from './html-text';
import type { ReportRadar } from './report-model';
import { type ReportLanguage, reportTexts } from './report-texts';

/** The optional report section "Självskattning och utvärdering": per-area gaps. */
export interface SelfAssessmentSection {
  language: ReportLanguage;
  title: string;
  intro: string;
  headers: [area: string, evaluation: string, self: string, difference: string];
  rows: {
    label: string;
    /** The label is a rubric text (an area title), Swedish in an English report too. */
    labelSv: boolean;
    /** The total row (the last). */
    sum: boolean;
    evaluation: string;
    self: string;
    difference: string;
  }[];
  /** The self-assessment as a radar series: per area id, null where not estimated throughout. */
  series: { label: string; values: Record<string, number | null> };
}

const TEXTS = {
  sv: {
    title: 'Självskattning och utvärdering',
    intro:
      'Före platsbesöket skattade kommunen själv delfrågorna. Tabellen visar kommunens självskattning bredvid utvärderingens poäng per område. Ett område där kommunen inte skattade varje delfråga får ingen siffra. Skillnaden är självskattningen minus utvärderingen, avrundad från de exakta poängen.',
    headers: ['Område', 'Utvärderingen', 'Kommunens självskattning', 'Skillnad'],
    total: 'Totalt',
    series: 'Kommunens självskattning',
    notAssessed: 'ej skattat',
    partlyAssessed: 'ofullständigt skattat',
  },
  en: {
    title: 'Self-assessment and evaluation',
    intro:
      "Before the visit the kommun estimated the questions itself. The table shows the kommun's self-assessment beside the evaluation's points per area. An area where the kommun did not estimate every question gets no figure. The difference is the self-assessment minus the evaluation, rounded from the exact points.",
    headers: ['Area', 'The evaluation', "The kommun's self-assessment", 'Difference'],
    total: 'Total',
    series: "The kommun's self-assessment",
    notAssessed: 'not assessed',
    partlyAssessed: 'partly assessed',
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
  return selfAssessmentSection(await selfAssessmentComparison(deps, evaluationId), language);
}

/** The section from the self-assessment beside the result (the API's figures), in a language. */
export function selfAssessmentSection(
  comparison: SelfAssessmentComparison,
  language: ReportLanguage,
): SelfAssessmentSection | undefined {
  if (!comparison.available) return undefined;
  const t = TEXTS[language];
  const rows = [...comparison.areas, ...(comparison.total ? [comparison.total] : [])];
  return {
    language,
    title: t.title,
    intro: t.intro,
    headers: [...t.headers],
    rows: rows.map((row) => ({
      label: row.id === 'total' ? t.total : `${row.id}. ${row.title}`,
      labelSv: row.id !== 'total',
      sum: row.id === 'total',
      evaluation: row.evaluation === null ? '–' : String(row.evaluation),
      // A partly estimated area has no figure (the API leaves it out): say so, never a partial sum.
      self:
        row.selfAssessment !== null
          ? String(row.selfAssessment)
          : row.selfAssessed === 'partial'
            ? t.partlyAssessed
            : t.notAssessed,
      difference: signed(row.difference),
    })),
    series: {
      label: t.series,
      values: Object.fromEntries(comparison.areas.map((area) => [area.id, area.selfAssessment])),
    },
  };
}

/**
 * The report's radar with the self-assessment as one more series (its own colour, dash and
 * marker by its place) and its values in the chart's description; as it was without a section.
 * An area not estimated throughout is null: a gap, never a partial sum.
 */
export function withSelfAssessmentSeries(
  radar: ReportRadar,
  section: SelfAssessmentSection | undefined,
): ReportRadar {
  if (!section) return radar;
  const values = radar.axes.map((axis) => {
    const value = section.series.values[axis.id];
    if (value === undefined) throw new Error(`the self-assessment has no area ${axis.id}`);
    return value;
  });
  const series = [...radar.series, { id: 'self-assessment', label: section.series.label, values }];
  return { ...radar, series, desc: reportTexts(section.language).radarDesc(series) };
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
      `<tr><th scope="row"${row.labelSv && section.language !== 'sv' ? ' lang="sv"' : ''}>${esc(row.label)}</th><td class="num">${esc(row.evaluation)}</td><td class="num">${esc(row.self)}</td><td class="num">${esc(row.difference)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
</section>`;
}
