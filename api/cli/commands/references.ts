import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SYSTEM_ACTOR } from '../../context';
import { openAppDeps } from '../../deps';
import { readEnv } from '../../env';
import { AppError } from '../../errors';
import { parseReferenceFile } from '../../formats/reference-file';
import { referencesService } from '../../references/references.service';
import { errorText } from '../error-text';
import { type Io, UsageError } from '../io';

export const referencesUsage = [
  'kompass references import FILE     import published results (.json or .csv), all or nothing',
  '  kompass references list            every stored reference: id, kommun, year, rubric, total, note',
].join('\n');

/** Stores reference results in the database (as `POST /api/references/import`), or lists them. */
export async function referencesCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'import' && sub !== 'list') {
    throw new UsageError(sub ? `unknown subcommand "${sub}"` : 'needs import FILE or list');
  }
  if (sub === 'import' && rest.length !== 1) throw new UsageError('import needs one FILE');
  if (sub === 'list' && rest.length > 0) throw new UsageError(`list takes no arguments`);
  const deps = await openAppDeps(readEnv(io.env));
  try {
    const service = referencesService(deps);
    if (sub === 'import') {
      const file = rest[0] as string;
      const path = resolve(io.cwd, file);
      const bytes = readFileSync(path);
      const ids = file.toLowerCase().endsWith('.csv')
        ? await service.importCsv(
            bytes.buffer.slice(
              bytes.byteOffset,
              bytes.byteOffset + bytes.byteLength,
            ) as ArrayBuffer,
            undefined,
            SYSTEM_ACTOR,
          )
        : await service.importFile(parseReferenceFile(bytes.toString('utf8'), file), SYSTEM_ACTOR);
      io.out(`${ids.join('\n')}\n`);
      io.err(`kompass references: imported ${ids.length} from ${file}`);
      return 0;
    }
    const references = await service.list();
    const lines = references.map((r) =>
      [
        r.id,
        `${r.municipality.name} (${r.municipality.code})`,
        String(r.year),
        r.rubric,
        r.totalsOnly ? `${r.total} (endast totalpoäng)` : String(r.total),
        r.note ?? '',
      ].join('\t'),
    );
    if (lines.length > 0) io.out(`${lines.join('\n')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.status < 500) {
      io.err(`kompass references: ${errorText(error)}`);
      return 1;
    }
    throw error;
  } finally {
    await deps.store.close();
  }
}
