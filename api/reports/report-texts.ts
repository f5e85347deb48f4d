/**
 * The report's fixed wording in Swedish (SKL's headings, as in the Enköping 2016 report) and
 * English. Rubric texts (area names, delfrågor, rubriker) stay as the rubric states them.
 */
import { type MeanSeries, meanSeriesLabel } from '../../scoring/mean-series';

export type ReportLanguage = 'sv' | 'en';

export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['sv', 'en'];

export interface ReportTexts {
  product: string;
  analysisOf: (kommun: string) => string;
  months: readonly string[];
  draft: string;
  draftNotice: string;
  contents: string;
  section1: string;
  intro: (areaTitles: readonly string[]) => { paragraphs: string[]; list: string[]; after: string };
  section2: (kommun: string) => string;
  theEvaluation: string;
  method: (input: MethodText) => string;
  resultSummary: string;
  resultTableCaption: (kommun: string, year: string) => string;
  area: string;
  result: (year: string) => string;
  total: string;
  incomplete: string;
  radarIntro: (kommun: KommunNames, references: readonly string[]) => string;
  radarTitle: (kommun: string) => string;
  /** The mean of a period's published evaluations, as a series is named. */
  meanLabel: (series: MeanSeries) => string;
  radarDesc: (series: readonly { label: string; values: readonly (number | null)[] }[]) => string;
  indicative: string;
  section3: string;
  areaHeading: (id: string, title: string) => string;
  headings: string;
  points: string;
  summary: string;
  strengths: string;
  improvements: string;
  none: string;
  section4: string;
  overviewIntro: (kommun: KommunNames) => string;
  achieved: string;
  max: string;
  percent: string;
  sum: string;
  section5: string;
  municipalityCode: string;
  evaluators: string;
  rubric: string;
  page: string;
}

/** A kommun's names as the text needs them: "Enköping", "Enköpings kommun", and genitives. */
export interface KommunNames {
  name: string;
  official: string;
  genitive: string;
  officialGenitive: string;
}

/** Swedish genitive: -s, except after s, x and z (Höganäs -> Höganäs resultat). */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

export interface MethodText {
  kommun: string;
  when: string;
  first: boolean | null;
  interviews: number;
  groups: readonly string[];
  documents: number;
  webPages: number;
}

const swedishGroups: Record<string, string> = {
  politicianMajority: 'politiker i majoriteten',
  politicianOpposition: 'politiker i oppositionen',
  official: 'ledande tjänstemän',
  unionRepresentative: 'fackliga representanter',
  other: 'övriga',
};

const englishGroups: Record<string, string> = {
  politicianMajority: 'politicians of the majority',
  politicianOpposition: 'politicians of the opposition',
  official: 'senior officials',
  unionRepresentative: 'union representatives',
  other: 'others',
};

function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const sv: ReportTexts = {
  product: 'Kommunkompassen',
  analysisOf: (kommun) => `Analys av ${kommun}`,
  months: [
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
  ],
  draft: 'Utkast',
  draftNotice: 'Utkast: utvärderingen är inte publicerad och resultatet kan ändras.',
  contents: 'Innehåll',
  section1: '1 Vad är Kommunkompassen?',
  intro: (areaTitles) => ({
    paragraphs: [
      'Kommunkompassen är ett verktyg för utvärdering och analys av hur en kommun leds och styrs. Verktyget togs fram i mitten av 1990-talet i Norden och har använts av Sveriges Kommuner och Regioner (tidigare Sveriges Kommuner och Landsting) sedan 2002.',
      'Kommunkompassen utvärderar inte verksamhetens resultat utan sättet att leda den och sättet att samspela i organisationen. Utvärderarna hämtar information från tre källor: intervjuer, officiella dokument och kommunens webbplats.',
      'Resultatet sammanställs i en rapport med en poängbedömning och en kvalitativ beskrivning av hur kommunen fungerar. Bedömningen görs inom åtta huvudområden med 100 poäng vardera, 800 poäng sammanlagt:',
    ],
    list: [...areaTitles],
    after:
      'Kommunen får både styrkor och förbättringsområden beskrivna. Till förbättringsområdena kopplas naturligt handlingsplaner, och många kommuner gör efter några års arbete en ny utvärdering för att få sina förbättringar bekräftade.',
  }),
  section2: (kommun) => `2 ${kommun}: En sammanfattande genomgång`,
  theEvaluation: 'Utvärderingen',
  method: (m) => {
    const parts = [`Utvärderingen av ${m.kommun} genomfördes ${m.when}`];
    if (m.first === true)
      parts[0] += ' och var kommunens första utvärdering enligt Kommunkompassen';
    if (m.first === false) parts[0] += ' och var en förnyad utvärdering enligt Kommunkompassen';
    const sources: string[] = [];
    sources.push(m.documents > 0 ? `studerat ${m.documents} dokument` : 'studerat dokument');
    sources.push(
      m.webPages > 0
        ? `granskat kommunens webbplats (${m.webPages} ${m.webPages === 1 ? 'sida' : 'sidor'})`
        : 'granskat kommunens webbplats',
    );
    sources.push(
      m.interviews > 0
        ? `genomfört ${m.interviews} ${m.interviews === 1 ? 'intervju' : 'intervjuer'}`
        : 'genomfört intervjuer',
    );
    let text = `${parts[0]}. Utvärderarna har ${joinList(sources, 'och')}.`;
    if (m.groups.length > 0) {
      text += ` Bland de intervjuade fanns ${joinList(
        m.groups.map((g) => swedishGroups[g] ?? g),
        'och',
      )}.`;
    }
    return text;
  },
  resultSummary: 'Sammanfattning av resultat',
  resultTableCaption: (kommun, year) =>
    `Tabell 1 ${kommun} ${year} i förhållande till Kommunkompassens huvudområden.`,
  area: 'Huvudområde',
  result: (year) => `Resultat ${year}`,
  total: 'TOTALT',
  incomplete: 'ej fullständigt bedömt',
  radarIntro: (kommun, references) =>
    references.length === 0
      ? `Diagrammet visar ${kommun.genitive} resultatprofil utifrån Kommunkompassens poängberäkning.`
      : `I diagrammet illustreras ${kommun.genitive} resultatprofil i jämförelse med ${joinList(references, 'och')}, utifrån Kommunkompassens poängberäkning.`,
  radarTitle: (kommun) => `Resultatprofil för ${kommun}`,
  meanLabel: meanSeriesLabel,
  radarDesc: (series) =>
    series
      .map((s) => `${s.label}: ${s.values.map((v) => (v === null ? '–' : String(v))).join(', ')}`)
      .join('. '),
  indicative: 'Jämförelsen går mellan olika versioner av Kommunkompassen och är endast indikativ.',
  section3: '3 Genomgång utifrån de åtta huvudområdena',
  areaHeading: (id, title) => `Område ${id} ${title}`,
  headings: 'Rubriker',
  points: 'Poäng',
  summary: 'Sammanfattning',
  strengths: 'Styrkor',
  improvements: 'Förbättringsmöjligheter',
  none: '–',
  section4: '4 Översikt av poängfördelning',
  overviewIntro: (kommun) =>
    `I nedanstående tabeller visas ${kommun.officialGenitive} resultat fördelat på delfrågor inom respektive område.`,
  achieved: 'Uppnått',
  max: 'Max',
  percent: 'Procent',
  sum: 'Summa',
  section5: '5 Kortfakta om kommunen',
  municipalityCode: 'Kommunkod',
  evaluators: 'Utvärderare',
  rubric: 'Version av Kommunkompassen',
  page: 'Sida',
};

const en: ReportTexts = {
  ...sv,
  analysisOf: (kommun) => `Analysis of ${kommun}`,
  months: [
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
  ],
  draft: 'Draft',
  draftNotice: 'Draft: the evaluation is not published and its result may change.',
  contents: 'Contents',
  section1: '1 What is Kommunkompassen?',
  intro: (areaTitles) => ({
    paragraphs: [
      'Kommunkompassen (the Municipal Compass) is a tool for evaluating and analysing how a municipality is led and steered. It was developed in the Nordic countries in the mid-1990s and has been used by the Swedish Association of Local Authorities and Regions (SKR, formerly SKL) since 2002.',
      'Kommunkompassen does not evaluate the results of services but the way they are led and how the organisation works together. The evaluators draw on three sources: interviews, official documents and the municipality’s website.',
      'The result is a report with points and a qualitative description of how the municipality works. It is assessed in eight main areas of 100 points each, 800 in all:',
    ],
    list: [...areaTitles],
    after:
      'The municipality receives both its strengths and its areas for improvement. Action plans naturally follow from the areas for improvement, and many municipalities are evaluated again after a few years to have their improvements confirmed.',
  }),
  section2: (kommun) => `2 ${kommun}: A summary`,
  theEvaluation: 'The evaluation',
  method: (m) => {
    let text = `The evaluation of ${m.kommun} was made ${m.when}`;
    if (m.first === true) text += ' and was its first Kommunkompassen evaluation';
    if (m.first === false) text += ' and was a renewed Kommunkompassen evaluation';
    const sources = [
      m.documents > 0
        ? `studied ${m.documents} document${m.documents === 1 ? '' : 's'}`
        : 'studied documents',
      m.webPages > 0
        ? `reviewed the website (${m.webPages} page${m.webPages === 1 ? '' : 's'})`
        : 'reviewed the website',
      m.interviews > 0
        ? `held ${m.interviews} interview${m.interviews === 1 ? '' : 's'}`
        : 'held interviews',
    ];
    text += `. The evaluators ${joinList(sources, 'and')}.`;
    if (m.groups.length > 0) {
      text += ` The interviewees included ${joinList(
        m.groups.map((g) => englishGroups[g] ?? g),
        'and',
      )}.`;
    }
    return text;
  },
  resultSummary: 'Summary of the result',
  resultTableCaption: (kommun, year) =>
    `Table 1 ${kommun} ${year} in Kommunkompassen's main areas.`,
  area: 'Main area',
  result: (year) => `Result ${year}`,
  total: 'TOTAL',
  incomplete: 'not fully scored',
  radarIntro: (kommun, references) =>
    references.length === 0
      ? `The diagram shows the result profile of ${kommun.official} by Kommunkompassen's points.`
      : `The diagram compares the result profile of ${kommun.official} with ${joinList(references, 'and')}, by Kommunkompassen's points.`,
  radarTitle: (kommun) => `Result profile of ${kommun}`,
  meanLabel: ({ from, to, count, excluding }) =>
    `Mean ${from === to ? from : `${from}–${to}`} (n = ${count}${excluding ? `, without ${excluding}` : ''})`,
  indicative: 'The comparison crosses versions of Kommunkompassen and is indicative only.',
  section3: '3 The eight main areas',
  areaHeading: (id, title) => `Area ${id} ${title}`,
  headings: 'Topics',
  points: 'Points',
  summary: 'Summary',
  strengths: 'Strengths',
  improvements: 'Areas for improvement',
  section4: '4 Overview of the points',
  overviewIntro: (kommun) =>
    `The tables below show the result of ${kommun.official} per question within each area.`,
  achieved: 'Achieved',
  max: 'Max',
  percent: 'Percent',
  sum: 'Sum',
  section5: '5 Facts about the municipality',
  municipalityCode: 'Municipality code',
  evaluators: 'Evaluators',
  rubric: 'Version of Kommunkompassen',
  page: 'Page',
};

export function reportTexts(language: ReportLanguage): ReportTexts {
  return language === 'en' ? en : sv;
}
