import { resolve } from 'node:path';
import { jsonLineIndex, lineOf } from '../../../rubrics/json-lines';
import { loadRubricLibrary, parseRubric } from '../../../rubrics/load-rubrics';
import { RubricMapping } from '../../../rubrics/rubric-mapping';
import { parseJsonFile, parseJsonText, ValidationError } from '../../../rubrics/validation';
import { parseEvaluationFile } from '../../formats/evaluation-file';
import { parseGoalsFile } from '../../formats/goals-file';
import { parseReferenceCsv } from '../../formats/reference-csv';
import { parseReferenceFile } from '../../formats/reference-file';
import { readTextFile } from '../../formats/text-file';
import { type Io, UsageError } from '../io';

export const validateUsage =
  'kompass validate FILE...        check rubric, mapping, evaluation or reference files (JSON or CSV)';

/** Checks one file by its `format` (or `.csv` extension) and describes what it holds. */
export function describeValidFile(text: string, source: string): string {
  if (source.toLowerCase().endsWith('.csv')) {
    return `${parseReferenceCsv(text, source).length} reference results (CSV)`;
  }
  const value = parseJsonText(text, source) as { format?: unknown };
  const format = typeof value === 'object' && value !== null ? value.format : undefined;
  switch (format) {
    case 'kommunkompassen-rubric/1': {
      const rubric = parseRubric(text, source);
      const questions = rubric.areas.reduce((n, area) => n + area.questions.length, 0);
      return `rubric ${rubric.id} ${rubric.version}: ${rubric.areas.length} areas, ${questions} questions`;
    }
    case 'kommunkompassen-rubric-mapping/1': {
      const mapping = parseJsonFile(RubricMapping, text, source);
      return `mapping ${mapping.from} -> ${mapping.to} (${mapping.areas.length} areas, indicative)`;
    }
    case 'kommunkompassen-evaluation/1': {
      const { file } = parseEvaluationFile(text, source, loadRubricLibrary().rubrics);
      const scored = Object.values(file.scores).filter((score) => score !== null).length;
      return `evaluation of ${file.municipality.name} ${file.date} (${file.rubric}), ${scored} scores`;
    }
    case 'kommunkompassen-goals/1': {
      const goals = parseGoalsFile(text, source);
      return `${goals.goals.length} effektmål of ${goals.municipality.name} (${goals.title})`;
    }
    case 'kommunkompassen-references/1':
      return `${parseReferenceFile(text, source).references.length} reference results`;
    default:
      throw new ValidationError(source, [
        {
          path: 'format',
          line: lineOf(jsonLineIndex(text), 'format'),
          message: `unknown format ${JSON.stringify(format)}: expected kommunkompassen-rubric/1, kommunkompassen-rubric-mapping/1, kommunkompassen-evaluation/1, kommunkompassen-references/1 or kommunkompassen-goals/1`,
        },
      ]);
  }
}

export async function validateCommand(args: string[], io: Io): Promise<number> {
  if (args.length === 0) throw new UsageError('kompass validate needs at least one FILE');
  let failed = 0;
  for (const file of args) {
    try {
      const text = readTextFile(resolve(io.cwd, file), file);
      io.out(`OK ${file}: ${describeValidFile(text, file)}`);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      failed++;
      io.err(error.message);
    }
  }
  return failed === 0 ? 0 : 1;
}
