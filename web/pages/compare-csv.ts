import type { CsvCell } from '../lib/swedish-csv';
import { t } from './compare.i18n';

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

/** The comparison table as rows for swedishCsv: values, then the differences, per area and total. */
export function comparisonRows(c: ComparisonTable): CsvCell[][] {
  const header = [
    t('area'),
    c.subject.label,
    ...c.compared.map((o) => o.label),
    ...c.compared.map((o) => t('difference', o.label)),
  ];
  const rows = [
    ...c.areas.map((a) => ({ ...a, label: `${a.id}. ${a.title}` })),
    { ...c.total, label: t('total') },
  ].map((row) => [
    row.label,
    row.value,
    ...row.others.map((o) => o.value),
    ...row.others.map((o) => o.difference),
  ]);
  return [header, ...rows];
}
