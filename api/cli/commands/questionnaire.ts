import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openAppDeps } from '../../deps';
import { readEnv } from '../../env';
import { AppError } from '../../errors';
import {
  exportQuestionnaire,
  QUESTIONNAIRE_FORMATS,
  type QuestionnaireFormat,
} from '../../questionnaire/questionnaire-export';
import { type Io, UsageError } from '../io';

export const questionnaireUsage =
  "kompass questionnaire export ID --format docx|csv -o FILE   the question set with the kommun's answers";

export async function questionnaireCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  const option = (name: string) => {
    const at = rest.indexOf(name);
    return at === -1 ? undefined : rest[at + 1];
  };
  const format = option('--format');
  const output = option('-o');
  const positional = rest.filter(
    (arg, i) =>
      !['--format', '-o'].includes(arg) && !['--format', '-o'].includes(rest[i - 1] ?? ''),
  );
  const [id] = positional;
  if (sub !== 'export' || !id || positional.length !== 1 || !output) {
    throw new UsageError('kompass questionnaire export needs one ID, --format and -o FILE');
  }
  if (!QUESTIONNAIRE_FORMATS.includes(format as QuestionnaireFormat)) {
    throw new UsageError(`--format is docx or csv, not "${format ?? ''}"`);
  }
  const deps = await openAppDeps(readEnv(io.env));
  try {
    const bytes = await exportQuestionnaire(deps, id, format as QuestionnaireFormat);
    writeFileSync(resolve(io.cwd, output), bytes);
    io.out(`Wrote ${output}\n`);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) {
      io.err(`kompass questionnaire: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await deps.store.close();
  }
}
