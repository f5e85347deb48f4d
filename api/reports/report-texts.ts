/**
 * The tool's own words in a report, Swedish (SKL's headings, as in the Enköping 2016 report) and
 * English. The organisation's standard texts (section 1, Allmänt, Jämförelser, the Utvärderingen
 * template) are data (standard-texts.*); rubric texts stay as the rubric states them.
 */
import type { MeanSeries } from '../../scoring/mean-series';
import { meanSeriesLabel } from '../../scoring/mean-series';
import type { SourceRead } from './visit-summary';

export type ReportLanguage = 'sv' | 'en';

export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['sv', 'en'];

/** What a mean in the report is of, so its label and the text under the radar can say so. */
export interface ReportMean {
  /** The period asked for (`--mean 2010-2016`); null: every year (the default comparison). */
  period: { from: number; to: number } | null;
  count: number;
  /** How many of them are stored published evaluations, and how many reference results. */
  evaluations: number;
  references: number;
  /** The years the results are from, ascending, each once. */
  years: number[];
  /** The evaluation compared, when its own published result was left out of the mean. */
  excluding?: string;
}

/** What the radar compares with (said under the chart): chosen (with a period's mean), or a default. */
export type RadarBasis =
  | { kind: 'chosen'; mean?: ReportMean }
  | { kind: 'model'; label: string }
  | { kind: 'mean'; mean: ReportMean }
  | { kind: 'none' };

export interface ReportTexts {
  product: string;
  analysisOf: string;
  months: readonly string[];
  draft: string;
  draftNotice: string;
  contents: string;
  section1: string;
  section2: (kommun: string) => string;
  theEvaluation: string;
  resultSummary: string;
  resultTableCaption: (kommun: string, year: string) => string;
  area: string;
  result: (year: string) => string;
  total: string;
  incomplete: string;
  radarIntro: (kommunGenitive: string, references: readonly string[]) => string;
  radarTitle: (kommun: string) => string;
  radarBasis: (basis: RadarBasis) => string;
  /** A mean series named by its label alone (from the API's comparison). */
  meanLabel: (series: MeanSeries) => string;
  /** A mean the report computed: how many results, from which years (a period's, or the default). */
  meanSeries: (mean: ReportMean) => string;
  radarDesc: (series: readonly { label: string; values: readonly (number | null)[] }[]) => string;
  indicative: string;
  comparisons: string;
  section3: string;
  areaHeading: (id: string, title: string) => string;
  headings: string;
  points: string;
  general: string;
  summary: string;
  strengths: string;
  improvements: string;
  none: string;
  section4: string;
  overviewIntro: (kommunGenitive: string) => string;
  achieved: string;
  max: string;
  percent: string;
  sum: string;
  section5: string;
  appendix: string;
  appendixIntro: string;
  document: string;
  date: string;
  noDocuments: string;
  municipalityCode: string;
  evaluators: string;
  publisher: string;
  rubric: string;
  rubricTitle: (title: string) => string;
  page: string;
  and: string;
  period: (when: { start: string; end: string } | null, date: string) => string;
  source: (kind: SourceRead, documents: number) => string;
  group: (group: string, people: number) => string;
}

function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export { joinList };

/** The years a mean's results are from: each of a few, or the span of many ("2010 till 2021"). */
function years(list: readonly number[], and: string): string {
  if (list.length > 4)
    return `${list[0]} ${and === 'och' ? 'till' : 'to'} ${list[list.length - 1]}`;
  return joinList(list.map(String), and);
}

/** A period as the report writes it, "2010–2016" (one year alone: "2014"). */
function periodText(mean: ReportMean): string {
  const period = mean.period;
  if (!period) return '';
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

/** "2 utvärderingar och 3 referensresultat från 2010, 2012 och 2014" */
function svMeanParts(mean: ReportMean): string {
  const parts = [
    mean.evaluations > 0
      ? `${mean.evaluations} ${mean.evaluations === 1 ? 'utvärdering' : 'utvärderingar'}`
      : '',
    mean.references > 0 ? `${mean.references} referensresultat` : '',
  ].filter((part) => part !== '');
  return `${joinList(parts, 'och')} från ${years(mean.years, 'och')}`;
}

/** "2 evaluations and 3 reference results from 2010, 2012 and 2014" */
function enMeanParts(mean: ReportMean): string {
  const parts = [
    mean.evaluations > 0
      ? `${mean.evaluations} evaluation${mean.evaluations === 1 ? '' : 's'}`
      : '',
    mean.references > 0
      ? `${mean.references} reference result${mean.references === 1 ? '' : 's'}`
      : '',
  ].filter((part) => part !== '');
  return `${joinList(parts, 'and')} from ${years(mean.years, 'and')}`;
}

const SV_MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

function visitPeriod(start: string, end: string, months: readonly string[]): string {
  const day = (date: string) => String(Number(date.slice(8, 10)));
  const month = (date: string) => months[Number(date.slice(5, 7)) - 1] ?? '';
  const year = end.slice(0, 4);
  if (start === end) return `${day(start)} ${month(start)} ${year}`;
  if (start.slice(0, 7) === end.slice(0, 7)) {
    return `${day(start)}–${day(end)} ${month(end)} ${year}`;
  }
  return `${day(start)} ${month(start)}–${day(end)} ${month(end)} ${year}`;
}

const swedishGroups: Record<string, [string, string]> = {
  politicianMajority: ['politiker i majoriteten', 'politiker i majoriteten'],
  politicianOpposition: ['politiker i oppositionen', 'politiker i oppositionen'],
  politician: ['politiker', 'politiker'],
  official: ['ledande tjänsteman', 'ledande tjänstemän'],
  unionRepresentative: ['facklig representant', 'fackliga representanter'],
  other: ['övrig', 'övriga'],
};

const englishGroups: Record<string, [string, string]> = {
  politicianMajority: ['politician of the majority', 'politicians of the majority'],
  politicianOpposition: ['politician of the opposition', 'politicians of the opposition'],
  politician: ['politician', 'politicians'],
  official: ['senior official', 'senior officials'],
  unionRepresentative: ['union representative', 'union representatives'],
  other: ['other', 'others'],
};

const sv: ReportTexts = {
  product: 'Kommunkompassen',
  analysisOf: 'Analys av',
  months: SV_MONTHS,
  draft: 'Utkast',
  draftNotice: 'Utkast: utvärderingen är inte publicerad och resultatet kan ändras.',
  contents: 'Innehåll',
  section1: '1 Vad är Kommunkompassen?',
  section2: (kommun) => `2 ${kommun}: En sammanfattande genomgång`,
  theEvaluation: 'Utvärderingen',
  resultSummary: 'Sammanfattning av resultat',
  resultTableCaption: (kommun, year) =>
    `Tabell 1 ${kommun} ${year} i förhållande till Kommunkompassens huvudområden.`,
  area: 'Huvudområde',
  result: (year) => `Resultat ${year}`,
  total: 'TOTALT',
  incomplete: 'ej fullständigt bedömt',
  radarIntro: (genitive, references) =>
    references.length === 0
      ? `Diagrammet visar ${genitive} resultatprofil utifrån Kommunkompassens poängberäkning.`
      : `I diagrammet illustreras ${genitive} resultatprofil i jämförelse med ${joinList(references, 'och')}, utifrån Kommunkompassens poängberäkning.`,
  radarTitle: (kommun) => `Resultatprofil för ${kommun}`,
  radarBasis: (basis) => {
    switch (basis.kind) {
      case 'model':
        return `Jämförelsen är organisationens valda förebild, ${basis.label}.`;
      case 'mean':
        return `Ingen jämförelse valdes, så diagrammet visar snittet av de publicerade resultaten av samma version: ${svMeanParts(basis.mean)}.`;
      case 'none':
        return 'Det finns ännu inga andra publicerade resultat av samma version att jämföra med.';
      default:
        return basis.mean
          ? `Snittet ${periodText(basis.mean)} är beräknat på publicerade resultat av samma version: ${svMeanParts(basis.mean)}.`
          : '';
    }
  },
  meanLabel: meanSeriesLabel,
  meanSeries: (mean) =>
    mean.period
      ? `Snitt ${periodText(mean)} (n = ${mean.count} från ${years(mean.years, 'och')}${mean.excluding ? `, utan ${mean.excluding}` : ''})`
      : `snittet av ${mean.count} publicerade resultat av samma version från ${years(mean.years, 'och')}${mean.excluding ? ` (utan ${mean.excluding})` : ''}`,
  radarDesc: (series) =>
    series
      .map((s) => `${s.label}: ${s.values.map((v) => (v === null ? '–' : String(v))).join(', ')}`)
      .join('. '),
  indicative: 'Jämförelsen går mellan olika versioner av Kommunkompassen och är endast indikativ.',
  comparisons: 'Jämförelser',
  section3: '3 Genomgång utifrån de åtta huvudområdena',
  areaHeading: (id, title) => `Område ${id} ${title}`,
  headings: 'Rubriker',
  points: 'Poäng',
  general: 'Allmänt',
  summary: 'Sammanfattning',
  strengths: 'Styrkor',
  improvements: 'Förbättringsmöjligheter',
  none: '–',
  section4: '4 Översikt av poängfördelning',
  overviewIntro: (genitive) =>
    `I nedanstående tabeller visas ${genitive} resultat fördelat på delfrågor inom respektive område.`,
  achieved: 'Uppnått',
  max: 'Max',
  percent: 'Procent',
  sum: 'Summa',
  section5: '5 Kortfakta om kommunen',
  appendix: 'Bilaga: Lästa dokument',
  appendixIntro: 'Utvärderarna har läst följande dokument.',
  document: 'Dokument',
  date: 'Datum',
  noDocuments: 'Inga dokument är registrerade för utvärderingen.',
  municipalityCode: 'Kommunkod',
  evaluators: 'Utvärderare',
  publisher: 'Utgivare',
  rubric: 'Version av Kommunkompassen',
  rubricTitle: (title) => title,
  page: 'Sida',
  and: 'och',
  period: (visit, date) =>
    visit
      ? `den ${visitPeriod(visit.start, visit.end, SV_MONTHS)}`
      : `i ${SV_MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`,
  source: (kind, documents) =>
    kind === 'documents'
      ? documents > 0
        ? `studerat ${documents} dokument`
        : 'studerat dokument'
      : kind === 'website'
        ? 'granskat kommunens webbplats'
        : 'granskat kommunens intranät',
  group: (group, people) => {
    const [one, many] = swedishGroups[group] ?? [group, group];
    return `${people === 1 ? `en ${one}` : `${people} ${many}`}`;
  },
};

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const en: ReportTexts = {
  ...sv,
  analysisOf: 'Analysis of',
  months: EN_MONTHS,
  draft: 'Draft',
  draftNotice: 'Draft: the evaluation is not published and its result may change.',
  contents: 'Contents',
  section1: '1 What is Kommunkompassen?',
  section2: (kommun) => `2 ${kommun}: A summary`,
  theEvaluation: 'The evaluation',
  resultSummary: 'Summary of the result',
  resultTableCaption: (kommun, year) =>
    `Table 1 ${kommun} ${year} in Kommunkompassen's main areas.`,
  area: 'Main area',
  result: (year) => `Result ${year}`,
  total: 'TOTAL',
  incomplete: 'not fully scored',
  radarIntro: (official, references) =>
    references.length === 0
      ? `The diagram shows the result profile of ${official} by Kommunkompassen's points.`
      : `The diagram compares the result profile of ${official} with ${joinList(references, 'and')}, by Kommunkompassen's points.`,
  radarTitle: (kommun) => `Result profile of ${kommun}`,
  radarBasis: (basis) => {
    switch (basis.kind) {
      case 'model':
        return `The comparison is the organisation's chosen model, ${basis.label}.`;
      case 'mean':
        return `No comparison was chosen, so the diagram shows the mean of the published results of the same version: ${enMeanParts(basis.mean)}.`;
      case 'none':
        return 'There are no other published results of the same version to compare with yet.';
      default:
        return basis.mean
          ? `The mean ${periodText(basis.mean)} is of published results of the same version: ${enMeanParts(basis.mean)}.`
          : '';
    }
  },
  meanLabel: ({ from, to, count, excluding }) =>
    `Mean ${from === to ? from : `${from}–${to}`} (n = ${count}${excluding ? `, without ${excluding}` : ''})`,
  meanSeries: (mean) =>
    mean.period
      ? `Mean ${periodText(mean)} (n = ${mean.count} from ${years(mean.years, 'and')}${mean.excluding ? `, without ${mean.excluding}` : ''})`
      : `the mean of ${mean.count} published results of the same version from ${years(mean.years, 'and')}${mean.excluding ? ` (without ${mean.excluding})` : ''}`,
  indicative: 'The comparison crosses versions of Kommunkompassen and is indicative only.',
  comparisons: 'Comparisons',
  section3: '3 The eight main areas',
  areaHeading: (id, title) => `Area ${id} ${title}`,
  headings: 'Topics',
  points: 'Points',
  general: 'General',
  summary: 'Summary',
  strengths: 'Strengths',
  improvements: 'Areas for improvement',
  section4: '4 Overview of the points',
  overviewIntro: (official) =>
    `The tables below show the result of ${official} per question within each area.`,
  achieved: 'Achieved',
  max: 'Max',
  percent: 'Percent',
  sum: 'Sum',
  section5: '5 Facts about the municipality',
  appendix: 'Appendix: Documents read',
  appendixIntro: 'The evaluators have read the following documents.',
  document: 'Document',
  date: 'Date',
  noDocuments: 'No documents are recorded for the evaluation.',
  municipalityCode: 'Municipality code',
  evaluators: 'Evaluators',
  publisher: 'Publisher',
  rubric: 'Version of Kommunkompassen',
  rubricTitle: (title) => title.replace(/(\d{4}) års version/, '$1 version'),
  page: 'Page',
  and: 'and',
  period: (visit, date) =>
    visit
      ? `on ${visitPeriod(visit.start, visit.end, EN_MONTHS)}`
      : `in ${EN_MONTHS[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`,
  source: (kind, documents) =>
    kind === 'documents'
      ? documents > 0
        ? `studied ${documents} document${documents === 1 ? '' : 's'}`
        : 'studied documents'
      : kind === 'website'
        ? "reviewed the municipality's website"
        : "reviewed the municipality's intranet",
  group: (group, people) => {
    const [one, many] = englishGroups[group] ?? [group, group];
    return people === 1 ? `one ${one}` : `${people} ${many}`;
  },
};

/** Swedish genitive: -s, except after s, x and z (Höganäs -> Höganäs resultat). */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** A kommun's names as the text needs them: "Enköping", "Enköpings kommun", and genitives. */
export interface KommunNames {
  name: string;
  official: string;
  genitive: string;
  officialGenitive: string;
}

export function reportTexts(language: ReportLanguage): ReportTexts {
  return language === 'en' ? en : sv;
}
