import { resolve } from 'node:path';
import { parseJsonText } from '../../../rubrics/validation';
import { SYSTEM_ACTOR } from '../../context';
import { openAppDeps } from '../../deps';
import { readEnv } from '../../env';
import { AppError } from '../../errors';
import { evaluationsService } from '../../evaluations/evaluations.service';
import { readTextFile } from '../../formats/text-file';
import { type Io, UsageError } from '../io';

export const importUsage =
  'kompass import FILE              import an evaluation file (all or nothing); prints its id';

export async function importCommand(args: string[], io: Io): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new UsageError('kompass import needs exactly one FILE');
  const body = parseJsonText(readTextFile(resolve(io.cwd, file), file), file);
  const deps = await openAppDeps(readEnv(io.env));
  try {
    const { id, notice } = await evaluationsService(deps).importFile(body, SYSTEM_ACTOR);
    io.out(id);
    if (notice) io.err(`${file}: ${notice}`);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.status < 500) {
      const lines = error.issues?.map((issue) => `${file}: ${issue.path}: ${issue.message}`) ?? [
        `${file}: ${error.message}`,
      ];
      io.err(lines.join('\n'));
      return 1;
    }
    throw error;
  } finally {
    await deps.store.close();
  }
}
