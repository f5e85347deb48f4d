import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openAppDeps } from '../../deps';
import { readEnv } from '../../env';
import { AppError } from '../../errors';
import { REPORT_FORMATS, type ReportFormat, renderReport } from '../../reports/report-service';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../reports/report-texts';
import { errorText } from '../error-text';
import { type Io, UsageError } from '../io';

export const reportUsage = [
  'kompass report ID [--format html|pdf|docx] [-o FILE] [--with REF...] [--mean FROM-TO] [--lang sv|en] [--self-assessment]',
  "                                   write the evaluation's report; the radar compares with the",
  '                                   references or evaluations after --with and the mean of the',
  '                                   published results dated FROM-TO (stored evaluations and',
  "                                   references); with neither, the organisation's model kommun",
  '                                   or the mean of all published results of the version;',
  '                                   --self-assessment adds the section "Självskattning och',
  '                                   utvärdering" (the kommun\'s self-assessment per area beside the',
  '                                   evaluation) when the kommun gave one',
].join('\n');

const VALUED = new Set(['--format', '-o', '--lang', '--mean']);

interface ReportArgs {
  id: string;
  format: ReportFormat;
  output: string | undefined;
  language: ReportLanguage;
  with: string[];
  mean: { from: number; to: number } | undefined;
  selfAssessment: boolean;
}

/** Reads the arguments: `--with` takes every id up to the next option, as `compare` does. */
export function parseReportArgs(args: string[]): ReportArgs {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const withIds: string[] = [];
  let selfAssessment = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (VALUED.has(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`${arg} needs a value`);
      values.set(arg, value);
      i++;
    } else if (arg === '--with') {
      let taken = 0;
      while (i + 1 < args.length && !(args[i + 1] as string).startsWith('-')) {
        withIds.push(...(args[++i] as string).split(',').filter((id) => id.trim() !== ''));
        taken++;
      }
      if (taken === 0) throw new UsageError('--with needs at least one REF');
    } else if (arg === '--self-assessment') {
      selfAssessment = true;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError('needs one ID');
  const format = values.get('--format') ?? 'html';
  if (!REPORT_FORMATS.includes(format as ReportFormat)) {
    throw new UsageError(`--format is one of ${REPORT_FORMATS.join(', ')}, not "${format}"`);
  }
  const language = values.get('--lang') ?? 'sv';
  if (!REPORT_LANGUAGES.includes(language as ReportLanguage)) {
    throw new UsageError(`--lang is sv or en, not "${language}"`);
  }
  const output = values.get('-o');
  if (!output && format !== 'html') throw new UsageError(`a ${format} report needs -o FILE`);
  const meanText = values.get('--mean');
  let mean: ReportArgs['mean'];
  if (meanText !== undefined) {
    const match = /^(\d{4})-(\d{4})$/.exec(meanText);
    if (!match)
      throw new UsageError(`--mean is a period FROM-TO such as 2010-2016, not "${meanText}"`);
    const [from, to] = [Number(match[1]), Number(match[2])];
    mean = { from: Math.min(from, to), to: Math.max(from, to) };
  }
  return {
    id: positional[0] as string,
    format: format as ReportFormat,
    output,
    language: language as ReportLanguage,
    with: withIds.map((id) => id.trim()),
    mean,
    selfAssessment,
  };
}

export async function reportCommand(args: string[], io: Io): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`usage: ${reportUsage}\n`);
    return 0;
  }
  const parsed = parseReportArgs(args);
  const deps = await openAppDeps(readEnv(io.env));
  try {
    const report = await renderReport(deps, parsed.id, {
      format: parsed.format,
      language: parsed.language,
      with: parsed.with,
      ...(parsed.mean ? { comparison: { mean: parsed.mean } } : {}),
      selfAssessment: parsed.selfAssessment,
    });
    if (parsed.selfAssessment && !report.selfAssessment) {
      io.err(
        'kompass report: the kommun has made no self-assessment for this evaluation; the report ' +
          'has no "Självskattning och utvärdering" section',
      );
    }
    if (parsed.output) {
      const path = resolve(io.cwd, parsed.output);
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
      io.err(`kompass report: ${errorText(error)}`);
      return 1;
    }
    throw error;
  } finally {
    await deps.pdf?.close();
    await deps.store.close();
  }
}
