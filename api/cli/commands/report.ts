import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openAppDeps } from '../../deps';
import { readEnv } from '../../env';
import { AppError } from '../../errors';
import { REPORT_FORMATS, type ReportFormat, renderReport } from '../../reports/report-service';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../reports/report-texts';
import { type Io, UsageError } from '../io';

export const reportUsage =
  'kompass report ID --format html|pdf|docx -o FILE [--with ID,ID] [--lang sv|en]\n' +
  "                                   write the evaluation's report (radar against --with)";

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) {
    throw new UsageError(`kompass report: ${name} needs a value`);
  }
  return value;
}

export async function reportCommand(args: string[], io: Io): Promise<number> {
  const valued = new Set(['--format', '-o', '--with', '--lang']);
  const positional = args.filter((arg, i) => !valued.has(arg) && !valued.has(args[i - 1] ?? ''));
  const unknown = positional.filter((arg) => arg.startsWith('-'));
  if (unknown.length > 0) throw new UsageError(`kompass report: unknown option ${unknown[0]}`);
  const [id] = positional;
  const format = option(args, '--format') ?? 'html';
  const output = option(args, '-o');
  const language = option(args, '--lang') ?? 'sv';
  if (!id || positional.length !== 1) throw new UsageError('kompass report needs one ID');
  if (!REPORT_FORMATS.includes(format as ReportFormat)) {
    throw new UsageError(
      `kompass report: --format is one of ${REPORT_FORMATS.join(', ')}, not "${format}"`,
    );
  }
  if (!REPORT_LANGUAGES.includes(language as ReportLanguage)) {
    throw new UsageError(`kompass report: --lang is sv or en, not "${language}"`);
  }
  if (!output && format !== 'html') {
    throw new UsageError(`kompass report: a ${format} report needs -o FILE`);
  }
  const deps = await openAppDeps(readEnv(io.env));
  try {
    const report = await renderReport(deps, id, {
      format: format as ReportFormat,
      language: language as ReportLanguage,
      with: (option(args, '--with') ?? '')
        .split(',')
        .map((other) => other.trim())
        .filter((other) => other !== ''),
    });
    if (output) {
      const path = resolve(io.cwd, output);
      writeFileSync(path, report.body);
      io.err(
        `kompass report: wrote ${path} (${report.body.length} bytes${report.draft ? ', Utkast' : ''})`,
      );
    } else {
      io.out(Buffer.from(report.body).toString('utf8'));
    }
    return 0;
  } catch (error) {
    if (error instanceof AppError && (error.status < 500 || error.code === 'chromium_missing')) {
      const issues =
        error.issues?.map((issue) => `\n  ${issue.path}: ${issue.message}`).join('') ?? '';
      io.err(`kompass report: ${error.message}${issues}`);
      return 1;
    }
    throw error;
  } finally {
    await deps.pdf?.close();
    await deps.store.close();
  }
}
