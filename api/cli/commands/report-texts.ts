import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SYSTEM_ACTOR } from '../../context';
import { openAppDeps } from '../../deps';
import { readEnv } from '../../env';
import { AppError } from '../../errors';
import { getStandardTexts } from '../../reports/standard-texts.service';
import {
  importStandardTexts,
  parseStandardTextsFile,
  resolveRubricVersion,
  standardTextsFileText,
} from '../../reports/standard-texts-file';
import { errorText } from '../error-text';
import { type Io, UsageError } from '../io';

export const reportTextsUsage = [
  "kompass report-texts import FILE   store a standard-texts file (the admin page's format) as the",
  '                                   next version of its rubric version and language, audited',
  '  kompass report-texts export [--rubric ID[@VERSION]] [--language sv|en] [-o FILE]',
  '                                   write the texts in force (default: the newest published',
  '                                   version with delfrågor, Swedish; stdout without -o)',
].join('\n');

const LANGUAGES = ['sv', 'en'] as const;

/** `--name value` options out of the arguments, and what is left. */
function options(args: string[], names: readonly string[]) {
  const values = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (names.includes(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-'))
        throw new UsageError(`${arg} needs a value`);
      values.set(arg, value);
      i++;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else rest.push(arg);
  }
  return { values, rest };
}

/** Imports or exports the report's standard texts, as an admin does on the page. */
export async function reportTextsCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...more] = args;
  if (sub === '--help' || sub === '-h' || more.includes('--help')) {
    io.out(`usage: ${reportTextsUsage}\n`);
    return 0;
  }
  if (sub !== 'import' && sub !== 'export') {
    throw new UsageError(sub ? `unknown subcommand "${sub}"` : 'needs import FILE or export');
  }
  const { values, rest } = options(more, sub === 'export' ? ['--rubric', '--language', '-o'] : []);
  if (sub === 'import' && rest.length !== 1) throw new UsageError('import needs one FILE');
  if (sub === 'export' && rest.length > 0)
    throw new UsageError('export takes no FILE; use -o FILE');
  const language = values.get('--language') ?? 'sv';
  if (!LANGUAGES.includes(language as 'sv')) {
    throw new UsageError(`--language is sv or en, not "${language}"`);
  }
  // The file is read and validated before the database is opened: a bad file touches nothing.
  const file =
    sub === 'import'
      ? parseStandardTextsFile(
          readFileSync(resolve(io.cwd, rest[0] as string), 'utf8'),
          rest[0] as string,
        )
      : null;
  const deps = await openAppDeps(readEnv(io.env));
  try {
    if (file) {
      const result = await importStandardTexts(deps, SYSTEM_ACTOR, file);
      const what = `${file.rubric} ${file.rubricVersion} (${file.language})`;
      io.err(
        result.outcome === 'saved'
          ? `kompass report-texts: saved ${what} as version ${result.record.version}`
          : `kompass report-texts: ${what} unchanged, version ${result.record.version}`,
      );
      return 0;
    }
    const key = await resolveRubricVersion(deps, SYSTEM_ACTOR, values.get('--rubric'));
    const record = await getStandardTexts(deps, { ...key, language: language as 'sv' | 'en' });
    const text = standardTextsFileText(record);
    const output = values.get('-o');
    if (output) {
      writeFileSync(resolve(io.cwd, output), text);
      io.err(
        `kompass report-texts: wrote ${key.rubric} ${key.rubricVersion} (${language}), version ${record.version}, to ${output}`,
      );
    } else io.out(text);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.status < 500) {
      io.err(`kompass report-texts: ${errorText(error)}`);
      return 1;
    }
    throw error;
  } finally {
    await deps.store.close();
  }
}
