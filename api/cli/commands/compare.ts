import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadRubricLibrary } from '../../../rubrics/load-rubrics';
import { parseJsonText, ValidationError } from '../../../rubrics/validation';
import { type ComparableResult, comparableFromResult } from '../../../scoring/comparable-result';
import { type Comparison, compareResults } from '../../../scoring/compare';
import { scoreEvaluation } from '../../../scoring/score-evaluation';
import { parseEvaluationFile } from '../../formats/evaluation-file';
import { isTotalsOnly, type ReferenceResult } from '../../formats/reference-file';
import {
  comparableFromReference,
  loadReferenceDirectory,
  readReferenceSource,
} from '../../formats/reference-library';
import { readTextFile } from '../../formats/text-file';
import { type Io, UsageError } from '../io';

export const compareUsage =
  'kompass compare FILE --with REF... [--json]   per-area differences, rank and radar series;\n' +
  '                                REF is a reference id (e.g. orebro-2012), a reference file or an evaluation file';

type Library = ReturnType<typeof loadRubricLibrary>;

function readEvaluation(path: string, source: string, library: Library): ComparableResult {
  const { file, rubric } = parseEvaluationFile(readTextFile(path, source), source, library.rubrics);
  const result = scoreEvaluation(rubric, file.scores);
  return comparableFromResult(result, {
    id: source,
    label: `${file.municipality.name} ${file.date.slice(0, 4)}`,
    year: Number(file.date.slice(0, 4)),
    municipalityCode: file.municipality.code,
  });
}

/** A per-area comparison needs area values: a totals-only result is named and refused. */
function withAreas(references: ReferenceResult[], source: string): ComparableResult[] {
  const totalsOnly = references.filter(isTotalsOnly);
  if (totalsOnly.length > 0) {
    throw new ValidationError(
      source,
      totalsOnly.map((reference) => ({
        path: reference.id,
        message:
          'has a published total only, no area scores: it belongs in a trend of totals, ' +
          'not in a per-area comparison',
      })),
    );
  }
  return references.map(comparableFromReference);
}

function resolveReference(ref: string, io: Io, library: Library): ComparableResult[] {
  const path = resolve(io.cwd, ref);
  if (existsSync(path)) {
    const text = readTextFile(path, ref);
    const format = ref.toLowerCase().endsWith('.csv')
      ? 'csv'
      : (parseJsonText(text, ref) as { format?: string }).format;
    if (format === 'kommunkompassen-evaluation/1') return [readEvaluation(path, ref, library)];
    return withAreas(readReferenceSource(path), ref);
  }
  const shipped = loadReferenceDirectory().find((reference) => reference.id === ref);
  if (!shipped) {
    const known = loadReferenceDirectory()
      .map((reference) => reference.id)
      .join(', ');
    throw new UsageError(`"${ref}" is neither a file nor a reference id (known: ${known})`);
  }
  return withAreas([shipped], '--with');
}

const signed = (value: number | null) =>
  value === null ? '–' : value > 0 ? `+${value}` : value === 0 ? '±0' : `−${Math.abs(value)}`;
const plain = (value: number | null) => (value === null ? '–' : String(value));

export function formatComparison(comparison: Comparison): string {
  const names = comparison.compared.map((c) => `${c.label}${c.indicative ? ' *' : ''}`);
  const head = [
    'Område'.padEnd(28),
    comparison.subject.label.padStart(14),
    ...names.map((n) => n.padStart(22)),
  ];
  const lines = [head.join(' ')];
  const row = (label: string, v: Comparison['total']) =>
    [
      label.padEnd(28),
      plain(v.value).padStart(14),
      ...v.others.map((o) => `${plain(o.value)} (${signed(o.difference)})`.padStart(22)),
    ].join(' ');
  for (const area of comparison.areas) lines.push(row(`${area.id}. ${area.shortTitle}`, area));
  lines.push(row('Totalt', comparison.total));
  lines.push('');
  const rank = comparison.total.rank;
  if (rank) {
    const percentile = rank.percentile === null ? '' : `, percentil ${rank.percentile}`;
    lines.push(`Rang totalt: ${rank.rank} av ${rank.of}${percentile}`);
  }
  for (const area of comparison.areas) {
    if (area.rank)
      lines.push(`  ${area.id}. ${area.shortTitle}: rang ${area.rank.rank} av ${area.rank.of}`);
  }
  lines.push('', 'Radarserier (område 1–8):');
  for (const series of comparison.radar) {
    lines.push(
      `  ${series.label}: ${series.values.map(plain).join(', ')}${series.indicative ? ' *' : ''}`,
    );
  }
  if (comparison.indicative) {
    lines.push('', '* Jämförelse mellan versioner via en härledd mappning: endast indikativ.');
  }
  return `${lines.join('\n')}\n`;
}

export async function compareCommand(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const rest = args.filter((arg) => arg !== '--json');
  const withAt = rest.indexOf('--with');
  const file = withAt === 0 ? undefined : rest[0];
  const refs = withAt === -1 ? [] : rest.slice(withAt + 1);
  if (!file || withAt === -1 || refs.length === 0 || (withAt !== 1 && withAt !== -1)) {
    throw new UsageError('kompass compare needs FILE --with REF...');
  }
  const library = loadRubricLibrary();
  const subject = readEvaluation(resolve(io.cwd, file), file, library);
  const rubric = library.rubrics.get(subject.rubric)?.rubric;
  if (!rubric) throw new ValidationError(file, [{ path: 'rubric', message: 'unknown rubric' }]);
  const others = refs.flatMap((ref) => resolveReference(ref, io, library));
  const comparison = compareResults(rubric, subject, others, library.mappings);
  io.out(json ? JSON.stringify(comparison, null, 2) : formatComparison(comparison));
  return 0;
}
