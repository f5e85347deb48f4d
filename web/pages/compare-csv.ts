import type { CsvCell } from '../lib/swedish-csv';
import { t } from './compare.i18n';
import type { SelfAssessmentColumn } from './compare-self-assessment';

interface Row {
  value: number | null;
  others: { value: number | null; difference: number | null }[];
}

/** The parts of a comparison the table shows (as the API returns it). */
export interface ComparisonTable {
  subject: { label: string };
  compared: { label: string }[];
  areas: (Row & { id: string; title: string })[];
  total: Row;
}

/**
 * The comparison table as rows for swedishCsv: values, then the differences, per area and total;
 * the kommun's self-assessment, when shown, as the last value and the last difference column.
 */
export function comparisonRows(c: ComparisonTable, self?: SelfAssessmentColumn): CsvCell[][] {
  const header = [
    t('area'),
    c.subject.label,
    ...c.compared.map((o) => o.label),
    ...(self ? [self.label] : []),
    ...c.compared.map((o) => t('difference', o.label)),
    ...(self ? [t('selfDifference')] : []),
  ];
  const rows = [
    ...c.areas.map((a, i) => ({ ...a, label: `${a.id}. ${a.title}`, self: self?.areas[i] })),
    { ...c.total, label: t('total'), self: self?.total },
  ].map((row) => [
    row.label,
    row.value,
    ...row.others.map((o) => o.value),
    ...(self ? [row.self?.value ?? null] : []),
    ...row.others.map((o) => o.difference),
    ...(self ? [row.self?.difference ?? null] : []),
  ]);
  return [header, ...rows];
}
