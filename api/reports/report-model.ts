import type { Rubric } from '../../rubrics/rubric';
import { isolateBidi } from '../../scoring/bidi-isolate';
import type { Comparison } from '../../scoring/compare';
import { parseMeanSeries } from '../../scoring/mean-series';
import type { EvaluationResult } from '../../scoring/score-evaluation';
import type { EvaluationFile } from '../formats/evaluation-file';
import {
  genitive,
  type KommunNames,
  type ReportLanguage,
  type ReportTexts,
  reportTexts,
} from './report-texts';
import type { SelfAssessmentSection } from './self-assessment-section';

/**
 * Everything a report shows, decided once: the HTML, PDF and Word renderings draw the same
 * model, so they cannot disagree. Numbers are the scoring engine's shown figures (SKL's rounding).
 */
export interface ReportModel {
  language: ReportLanguage;
  /** True unless the evaluation is published: every rendering carries "Utkast". */
  draft: boolean;
  kommun: KommunNames & { code: string };
  title: string;
  /** "Maj 2016" */
  monthYear: string;
  year: string;
  evaluators: string[];
  rubric: { id: string; title: string; version: string };
  intro: { paragraphs: string[]; list: string[]; after: string };
  method: string;
  results: {
    caption: string;
    rows: { id: string; title: string; points: number | null; complete: boolean }[];
    total: number | null;
    complete: boolean;
  };
  radar: ReportRadar;
  areas: ReportArea[];
  overview: ReportOverviewTable[];
  facts: [label: string, value: string][];
  /** The optional section "Självskattning och utvärdering" (issue #20). */
  selfAssessment?: SelfAssessmentSection | undefined;
}

export interface ReportRadar {
  intro: string;
  title: string;
  desc: string;
  axes: { id: string; label: string; max: number }[];
  series: { id: string; label: string; values: (number | null)[] }[];
  /** A compared result went through a mapping between rubric versions. */
  indicative: boolean;
}

export interface ReportArea {
  id: string;
  heading: string;
  headings: string[];
  points: number | null;
  summary: string;
  strengths: string[];
  improvements: string[];
}

export interface ReportOverviewTable {
  id: string;
  title: string;
  rows: ReportOverviewRow[];
  sum: ReportOverviewRow;
}

export interface ReportOverviewRow {
  id: string;
  text: string;
  points: number | null;
  max: number;
  percent: number | null;
}

export interface ReportInput {
  file: EvaluationFile;
  rubric: Rubric;
  result: EvaluationResult;
  /** The evaluation against the chosen references; its radar's first series is this one. */
  comparison: Comparison;
  language: ReportLanguage;
  /** Whether the kommun had been evaluated before (null when unknown). */
  first: boolean | null;
}

/** `2016-05` -> "maj 2016"; `2016-05-12` -> "maj 2016". */
export function monthYear(date: string, texts: ReportTexts): string {
  const month = Number(date.slice(5, 7));
  return `${texts.months[month - 1] ?? ''} ${date.slice(0, 4)}`.trim();
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function buildReportModel(input: ReportInput): ReportModel {
  const { file, rubric, result, comparison, language } = input;
  const texts = reportTexts(language);
  // The kommun's names are user text set into sentences: each isolated (see isolateBidi).
  const name = file.municipality.name;
  const plainOfficial = file.municipality.officialName ?? `${name} kommun`;
  const official = isolateBidi(plainOfficial);
  const kommun = {
    name: isolateBidi(name),
    official,
    genitive: isolateBidi(genitive(name)),
    officialGenitive: isolateBidi(genitive(plainOfficial)),
    code: file.municipality.code,
  };
  const year = file.date.slice(0, 4);
  const evidence = file.evidence ?? [];
  const interviews = evidence.filter((item) => item.kind === 'interview');
  const groups = [
    'politicianMajority',
    'politicianOpposition',
    'official',
    'unionRepresentative',
    'other',
  ].filter((group) => interviews.some((item) => item.intervieweeGroup === group));
  const when = file.visit
    ? `${language === 'sv' ? 'den' : 'on'} ${visitPeriod(file.visit.start, file.visit.end, texts)}`
    : `${language === 'sv' ? 'i' : 'in'} ${monthYear(file.date, texts)}`;
  // The API names a period's mean in Swedish; the report names it in its own language.
  const labelOf = (id: string, label: string) => {
    const mean = parseMeanSeries(id, label);
    return mean ? texts.meanLabel(mean) : isolateBidi(label);
  };
  const references = comparison.compared.map((c) => labelOf(c.id, c.label));
  const radarSeries = comparison.radar.map((series) => ({
    id: series.id,
    label: labelOf(series.id, series.label),
    values: series.values,
  }));
  return {
    language,
    draft: file.status !== 'published',
    kommun,
    title: texts.analysisOf(official),
    monthYear: capitalise(monthYear(file.date, texts)),
    year,
    evaluators: file.evaluators.map(isolateBidi),
    rubric: { id: rubric.id, title: rubric.title, version: rubric.version },
    intro: texts.intro(rubric.areas.map((area) => area.title)),
    method: texts.method({
      kommun: official,
      when,
      first: input.first,
      interviews: interviews.length,
      groups,
      documents: evidence.filter((item) => item.kind === 'document').length,
      webPages: evidence.filter((item) => item.kind === 'webPage').length,
    }),
    results: {
      caption: texts.resultTableCaption(official, year),
      rows: result.areas.map((area) => ({
        id: area.id,
        title: `${area.id}. ${area.title}`,
        points: area.shownPoints,
        complete: area.complete,
      })),
      total: result.total.shownPoints,
      complete: result.total.complete,
    },
    radar: {
      intro: texts.radarIntro(kommun, references),
      title: texts.radarTitle(official),
      desc: texts.radarDesc(radarSeries),
      axes: rubric.areas.map((area) => ({
        id: area.id,
        label: `${area.id}. ${area.shortTitle}`,
        max: area.maxPoints,
      })),
      series: radarSeries,
      indicative: comparison.indicative,
    },
    areas: rubric.areas.map((area) => {
      const areaTexts = file.areas?.[area.id];
      const areaResult = result.areas.find((a) => a.id === area.id);
      return {
        id: area.id,
        heading: texts.areaHeading(area.id, area.title),
        headings: [...area.headings],
        points: areaResult?.shownPoints ?? null,
        summary: areaTexts?.summary ?? '',
        strengths: [...(areaTexts?.strengths ?? [])],
        improvements: [...(areaTexts?.improvements ?? [])],
      };
    }),
    overview: result.areas.map((area) => {
      const questions = rubric.areas.find((a) => a.id === area.id)?.questions ?? [];
      return {
        id: area.id,
        title: `${area.id}. ${area.title}`,
        rows: area.questions.map((q) => ({
          id: q.id,
          text: questions.find((question) => question.id === q.id)?.text ?? q.id,
          points: q.shownPoints,
          max: q.max,
          percent: q.shownPercent,
        })),
        sum: {
          id: area.id,
          text: texts.sum,
          points: area.shownPoints,
          max: area.max,
          percent: area.shownPercent,
        },
      };
    }),
    facts: [[texts.municipalityCode, file.municipality.code], ...Object.entries(file.facts ?? {})],
  };
}

function visitPeriod(start: string, end: string, texts: ReportTexts): string {
  const day = (date: string) => String(Number(date.slice(8, 10)));
  const month = (date: string) => texts.months[Number(date.slice(5, 7)) - 1] ?? '';
  const year = end.slice(0, 4);
  if (start === end) return `${day(start)} ${month(start)} ${year}`;
  if (start.slice(0, 7) === end.slice(0, 7)) {
    return `${day(start)}–${day(end)} ${month(end)} ${year}`;
  }
  return `${day(start)} ${month(start)}–${day(end)} ${month(end)} ${year}`;
}
