// Test and bench support: the Enköping 2016 fixture's report model, built without a database.
import { readFileSync } from 'node:fs';
import { loadRubricLibrary } from '../../../rubrics/load-rubrics';
import { comparableFromResult } from '../../../scoring/comparable-result';
import { compareResults } from '../../../scoring/compare';
import { scoreEvaluation } from '../../../scoring/score-evaluation';
import { type EvaluationFile, parseEvaluationFile } from '../../formats/evaluation-file';
import { buildReportModel, type ReportModel } from '../report-model';
import type { DocumentRead } from '../report-sources';
import type { ReportLanguage } from '../report-texts';
import { mergeStandardTexts } from '../standard-texts.service';
import { defaultStandardTexts } from '../standard-texts-defaults';
import type { VisitSummary } from '../visit-summary';

const library = loadRubricLibrary();

export function fixtureReportModel(
  options: {
    language?: ReportLanguage;
    edit?: (file: EvaluationFile) => EvaluationFile;
    compareWith?: {
      id: string;
      label: string;
      areas: Record<string, number>;
      total: number;
      /** Another rubric's result (kk-2020): compared through the mapping, indicative. */
      rubric?: string;
    }[];
    earlier?: number[];
    team?: { name: string; organisation: string | null }[];
    visit?: VisitSummary;
    documents?: DocumentRead[];
  } = {},
): ReportModel {
  const language = options.language ?? 'sv';
  const path = new URL('../../../fixtures/evaluations/enkoping-2016.json', import.meta.url);
  const parsed = parseEvaluationFile(readFileSync(path, 'utf8'), path.pathname, library.rubrics);
  const file = options.edit ? options.edit(parsed.file) : parsed.file;
  const result = scoreEvaluation(parsed.rubric, file.scores);
  const subject = comparableFromResult(result, {
    id: 'enkoping-2016',
    label: 'Enköping 2016',
    year: 2016,
    municipalityCode: '0381',
  });
  const others = (options.compareWith ?? []).map((other) => ({
    ...other,
    rubric: other.rubric ?? parsed.rubric.id,
    year: null,
    municipalityCode: null,
    complete: true,
    indicative: false,
  }));
  return buildReportModel({
    file,
    rubric: parsed.rubric,
    result,
    comparison: compareResults(parsed.rubric, subject, others, library.mappings),
    language,
    earlier: options.earlier ?? [],
    standard: mergeStandardTexts(
      defaultStandardTexts(parsed.rubric.id, language),
      defaultStandardTexts(parsed.rubric.id, 'sv'),
      language,
    ),
    team: options.team ?? [
      { name: 'Leif Eldås', organisation: 'SKL' },
      { name: 'Lotta Ricklander', organisation: 'SKL' },
      { name: 'Anna Marnell', organisation: 'Katrineholms kommun' },
    ],
    visit: options.visit ?? {
      interviewed: 20,
      groups: [
        { group: 'politicianMajority', people: 6 },
        { group: 'official', people: 11 },
        { group: 'unionRepresentative', people: 3 },
      ],
      sources: ['documents', 'website', 'intranet'],
      documents: 14,
    },
    documents: options.documents ?? [],
    basis: others.length > 0 ? { kind: 'chosen' } : { kind: 'none' },
  });
}
