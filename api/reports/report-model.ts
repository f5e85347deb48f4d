import type { Rubric } from '../../rubrics/rubric';
import { isolateBidi } from '../../scoring/bidi-isolate';
import type { Comparison } from '../../scoring/compare';
import { parseMeanSeries } from '../../scoring/mean-series';
import type { EvaluationResult } from '../../scoring/score-evaluation';
import type { EvaluationFile } from '../formats/evaluation-file';
import { type Publisher, publisherOn } from './organisation-name';
import type { DocumentRead } from './report-sources';
import {
  genitive,
  joinList,
  type KommunNames,
  type RadarBasis,
  type ReportLanguage,
  reportTexts,
} from './report-texts';
import { fillPlaceholders, richText, type TextBlock } from './rich-text';
import type { SelfAssessmentSection } from './self-assessment-section';
import type { LanguageText, ReportStandardTexts } from './standard-texts.service';
import type { VisitSummary } from './visit-summary';

/**
 * Everything a report shows, decided once: the HTML, PDF and Word renderings draw the same
 * model, so they cannot disagree. Numbers are the scoring engine's shown figures (SKL's rounding).
 * `sv` marks what stays Swedish in an English report (rubric texts, findings, standard texts
 * without an English version); renderings tag it with the language.
 */
export interface ReportModel {
  language: ReportLanguage;
  /** True unless the evaluation is published: every rendering carries "Utkast". */
  draft: boolean;
  kommun: KommunNames & { code: string };
  /** "Analys av Enköpings kommun" */
  title: string;
  /** "maj 2016" (lower case, as Swedish writes months) */
  monthYear: string;
  year: string;
  cover: {
    analysisOf: string;
    kommun: string;
    /** "Leif Eldås och Lotta Ricklander, SKL": evaluators grouped by organisation. */
    evaluatorLines: string[];
    publisher: string;
  };
  evaluators: string[];
  publisher: Publisher;
  rubric: { id: string; title: string; version: string };
  contents: { anchor: string; title: string; sv: boolean }[];
  intro: { blocks: TextBlock[]; sv: boolean };
  method: string;
  results: {
    caption: string;
    rows: { id: string; title: string; sv: boolean; points: number | null; complete: boolean }[];
    total: number | null;
    complete: boolean;
  };
  radar: ReportRadar;
  comparisons: { blocks: TextBlock[]; sv: boolean };
  areas: ReportArea[];
  overview: ReportOverviewTable[];
  /** Kortfakta: empty (and the section left out) when it would say the kommunkod only. */
  facts: [label: string, value: string][];
  documents: DocumentRead[];
  /** The optional section "Självskattning och utvärdering" (issue #20). */
  selfAssessment?: SelfAssessmentSection | undefined;
}

export interface ReportRadar {
  intro: string;
  /** What the radar compares with and why (the default when nobody chose). */
  basis: string;
  title: string;
  desc: string;
  axes: { id: string; label: string; max: number }[];
  /** The axis labels are the rubric's short titles: Swedish, marked so in an English report. */
  axesSv: boolean;
  series: { id: string; label: string; values: (number | null)[] }[];
  /** A compared result went through a mapping between rubric versions. */
  indicative: boolean;
}

export interface ReportArea {
  id: string;
  heading: string;
  headingSv: boolean;
  headings: string[];
  points: number | null;
  complete: boolean;
  general: { blocks: TextBlock[]; sv: boolean };
  summary: TextBlock[];
  strengths: string[];
  improvements: string[];
}

export interface ReportOverviewTable {
  id: string;
  title: string;
  titleSv: boolean;
  complete: boolean;
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
  /** Years of the kommun's earlier evaluations (stored or references); empty: its first. */
  earlier: number[];
  standard: ReportStandardTexts;
  /** The team, with each person's organisation where known. */
  team: { name: string; organisation: string | null }[];
  visit: VisitSummary;
  documents: DocumentRead[];
  basis: RadarBasis;
}

/** `2016-05` -> "maj 2016"; `2016-05-12` -> "maj 2016". */
export function monthYear(date: string, months: readonly string[]): string {
  const month = Number(date.slice(5, 7));
  return `${months[month - 1] ?? ''} ${date.slice(0, 4)}`.trim();
}

/** "Leif Eldås och Lotta Ricklander, SKL": neighbours of one organisation share a line. */
export function evaluatorLines(
  team: readonly { name: string; organisation: string | null }[],
  and: string,
): string[] {
  const lines: { organisation: string | null; names: string[] }[] = [];
  for (const member of team) {
    const last = lines[lines.length - 1];
    if (last && last.organisation !== null && last.organisation === member.organisation) {
      last.names.push(isolateBidi(member.name));
    } else {
      lines.push({ organisation: member.organisation, names: [isolateBidi(member.name)] });
    }
  }
  return lines.map(
    (line) =>
      `${joinList(line.names, and)}${line.organisation ? `, ${isolateBidi(line.organisation)}` : ''}`,
  );
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { file, rubric, result, comparison, language, standard } = input;
  const texts = reportTexts(language);
  const english = language !== 'sv';
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
  const publisher = publisherOn(file.date);
  const areaText = (
    id: string,
    field: 'contentsTitle' | 'tableTitle' | 'sectionTitle' | 'overviewTitle',
    fallback: string,
  ): LanguageText => standard.areas[id]?.[field] ?? { text: fallback, language: 'sv' };
  const isSv = (text: LanguageText) => english && text.language === 'sv';

  // Section 1: the organisation's text with the areas as this version's report names them.
  const contentsTitles = rubric.areas.map((area) => areaText(area.id, 'contentsTitle', area.title));
  const introBlocks = richText(
    fillPlaceholders(standard.texts.intro, {
      organisation: publisher.name,
      organisationShort: publisher.short,
    }),
  ).map(
    (block): TextBlock =>
      block.kind === 'p' && block.text === '{areas}'
        ? { kind: 'ul', items: contentsTitles.map((title) => title.text) }
        : block,
  );

  // Utvärderingen: the template's sentences, as far as the data tells.
  const visit = input.visit;
  const period = texts.period(file.visit ?? null, file.date);
  const values = {
    kommun: official,
    period,
    earlier: joinList(input.earlier.map(String), texts.and),
    // Joined by commas: the template's own "och" follows ("…, granskat webbplatsen och intervjuat").
    sources: (visit.sources.length > 0 ? visit.sources : (['documents', 'website'] as const))
      .map((kind) => texts.source(kind, visit.documents))
      .join(', '),
    interviewed: visit.interviewed === null ? '' : String(visit.interviewed),
    groups: joinList(
      visit.groups.map((group) => texts.group(group.group, group.people)),
      texts.and,
    ),
  };
  const template = standard.texts.evaluation;
  const method = [
    input.earlier.length === 0 ? template.first : template.renewed,
    visit.interviewed === null ? template.sourcesWithoutCount : template.sources,
    visit.groups.length > 0 ? template.groups : '',
  ]
    .filter((sentence) => sentence.trim() !== '')
    .map((sentence) => fillPlaceholders(sentence.trim(), values))
    .join(' ');

  // The radar: the API names a period's mean in Swedish; the report in its own language. An
  // area not fully scored is a gap, never a partial sum drawn as if it were the area's points.
  const basis = input.basis;
  const reportMean = basis.kind === 'mean' || basis.kind === 'chosen' ? (basis.mean ?? null) : null;
  const labelOf = (id: string, label: string) => {
    if (reportMean && id.startsWith('mean:')) {
      return texts.meanSeries({
        ...reportMean,
        ...(reportMean.excluding ? { excluding: isolateBidi(reportMean.excluding) } : {}),
      });
    }
    const mean = parseMeanSeries(id, label);
    return mean ? texts.meanLabel(mean) : isolateBidi(label);
  };
  const complete = new Map(result.areas.map((area) => [area.id, area.complete]));
  const references = comparison.compared.map((c) => labelOf(c.id, c.label));
  const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const radarSeries = comparison.radar.map((series, index) => ({
    id: series.id,
    label: capitalised(labelOf(series.id, series.label)),
    values:
      index === 0
        ? series.values.map((value, i) =>
            complete.get(rubric.areas[i]?.id ?? '') === false ? null : value,
          )
        : series.values,
  }));

  const contents = [
    { anchor: 'vad-ar-kommunkompassen', title: texts.section1, sv: false },
    { anchor: 'sammanfattande-genomgang', title: texts.section2(official), sv: false },
    { anchor: 'huvudomraden', title: texts.section3, sv: false },
    ...rubric.areas.map((area, i) => ({
      anchor: `omrade-${area.id}`,
      title: texts.areaHeading(area.id, (contentsTitles[i] as LanguageText).text),
      sv: isSv(contentsTitles[i] as LanguageText),
    })),
    { anchor: 'poangfordelning', title: texts.section4, sv: false },
  ];
  const facts = Object.entries(file.facts ?? {});
  if (facts.length > 0) contents.push({ anchor: 'kortfakta', title: texts.section5, sv: false });
  if (input.documents.length > 0)
    contents.push({ anchor: 'bilaga', title: texts.appendix, sv: false });

  return {
    language,
    draft: file.status !== 'published',
    kommun,
    title: `${texts.analysisOf} ${official}`,
    monthYear: monthYear(file.date, texts.months),
    year,
    cover: {
      analysisOf: texts.analysisOf,
      kommun: official,
      evaluatorLines: evaluatorLines(input.team, texts.and),
      publisher: publisher.name,
    },
    evaluators: input.team.map((member) => isolateBidi(member.name)),
    publisher,
    rubric: { id: rubric.id, title: texts.rubricTitle(rubric.title), version: rubric.version },
    contents,
    intro: { blocks: introBlocks, sv: false },
    method,
    results: {
      caption: texts.resultTableCaption(official, year),
      rows: result.areas.map((area) => {
        const title = areaText(area.id, 'tableTitle', area.title);
        return {
          id: area.id,
          title: `${area.id}. ${title.text}`,
          sv: isSv(title),
          points: area.shownPoints,
          complete: area.complete,
        };
      }),
      total: result.total.shownPoints,
      complete: result.total.complete,
    },
    radar: {
      intro: texts.radarIntro(english ? official : kommun.genitive, references),
      basis: texts.radarBasis(input.basis),
      title: texts.radarTitle(official),
      desc: texts.radarDesc(radarSeries),
      axes: rubric.areas.map((area) => ({
        id: area.id,
        label: `${area.id}. ${area.shortTitle}`,
        max: area.maxPoints,
      })),
      axesSv: english,
      series: radarSeries,
      indicative: comparison.indicative,
    },
    comparisons: {
      blocks: richText(
        fillPlaceholders(standard.texts.comparisons, {
          organisation: publisher.name,
          organisationShort: publisher.short,
          website: publisher.website,
        }),
      ),
      sv: false,
    },
    areas: rubric.areas.map((area) => {
      const areaTexts = file.areas?.[area.id];
      const areaResult = result.areas.find((a) => a.id === area.id);
      const title = areaText(area.id, 'sectionTitle', area.title);
      const general = standard.areas[area.id]?.general ?? { text: '', language };
      return {
        id: area.id,
        heading: texts.areaHeading(area.id, title.text),
        headingSv: isSv(title),
        headings: [...area.headings],
        points: areaResult?.shownPoints ?? null,
        complete: areaResult?.complete ?? false,
        general: {
          blocks: richText(fillPlaceholders(general.text, { kommun: official })),
          sv: isSv(general),
        },
        summary: richText(areaTexts?.summary ?? ''),
        strengths: [...(areaTexts?.strengths ?? [])],
        improvements: [...(areaTexts?.improvements ?? [])],
      };
    }),
    overview: result.areas.map((area) => {
      const questions = rubric.areas.find((a) => a.id === area.id)?.questions ?? [];
      const title = areaText(area.id, 'overviewTitle', area.title);
      return {
        id: area.id,
        title: title.text,
        titleSv: isSv(title),
        complete: area.complete,
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
    facts: facts.length > 0 ? [[texts.municipalityCode, file.municipality.code], ...facts] : [],
    documents: input.documents.map((doc) => ({
      ...doc,
      title: isolateBidi(doc.title),
      reference: doc.reference === null ? null : isolateBidi(doc.reference),
    })),
  };
}
