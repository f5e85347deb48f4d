import { resolve } from 'node:path';
import { loadRubricLibrary } from '../../../rubrics/load-rubrics';
import { scoreEvaluation } from '../../../scoring/score-evaluation';
import { parseEvaluationFile } from '../../formats/evaluation-file';
import { readTextFile } from '../../formats/text-file';
import { formatScoreTable } from '../format-score-table';
import { type Io, UsageError } from '../io';

export const scoreUsage =
  'kompass score FILE [--json]   score an evaluation file (Översikt av poängfördelning)';

export async function scoreCommand(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  const [file] = files;
  if (files.length !== 1 || !file) throw new UsageError('kompass score needs exactly one FILE');
  const path = resolve(io.cwd, file);
  const { rubrics } = loadRubricLibrary();
  const { file: evaluation, rubric } = parseEvaluationFile(readTextFile(path, file), file, rubrics);
  const result = scoreEvaluation(rubric, evaluation.scores);
  io.out(json ? JSON.stringify(result, null, 2) : formatScoreTable(rubric, result));
  return 0;
}
