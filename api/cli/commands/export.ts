import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openAppDeps } from '../../deps';
import { readEnv } from '../../env';
import { AppError } from '../../errors';
import { exportEvaluation } from '../../evaluations/evaluation-export';
import { evaluationsService } from '../../evaluations/evaluations.service';
import { type Io, UsageError } from '../io';

export const exportUsage =
  'kompass export ID [-o FILE]      write an evaluation as an evaluation file';

export async function exportCommand(args: string[], io: Io): Promise<number> {
  const outAt = args.indexOf('-o');
  const output = outAt === -1 ? undefined : args[outAt + 1];
  const ids =
    outAt === -1 ? args : args.filter((_, index) => index !== outAt && index !== outAt + 1);
  const [id] = ids;
  if (!id || ids.length !== 1 || (outAt !== -1 && !output)) {
    throw new UsageError('kompass export needs one ID (and a FILE after -o)');
  }
  const deps = await openAppDeps(readEnv(io.env));
  try {
    const summary = await evaluationsService(deps).summaryOf(id);
    const text = `${JSON.stringify(await exportEvaluation(deps.store.db, summary), null, 2)}\n`;
    if (output) writeFileSync(resolve(io.cwd, output), text);
    else io.out(text);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) {
      io.err(`kompass export: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await deps.store.close();
  }
}
