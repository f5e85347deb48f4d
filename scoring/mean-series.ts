/**
 * The series "mean of the published evaluations of a period": its id carries the period, so each
 * client can name it in its own language (the API's `label` is Swedish, as SKR writes it).
 */
export interface MeanSeries {
  from: number;
  to: number;
  /** How many evaluations the mean is of. */
  count: number;
  /** The evaluation compared, left out of its own mean (its label, e.g. "Essunga 2026"). */
  excluding?: string;
}

export function meanSeriesId(from: number, to: number): string {
  return `mean:${from}-${to}`;
}

export function meanSeriesLabel(series: MeanSeries): string {
  const period = series.from === series.to ? String(series.from) : `${series.from}–${series.to}`;
  const without = series.excluding ? `, utan ${series.excluding}` : '';
  return `Snitt ${period} (n = ${series.count}${without})`;
}

/** The period and count of a mean series, or null for any other series. */
export function parseMeanSeries(id: string, label: string): MeanSeries | null {
  const period = /^mean:(\d{4})-(\d{4})$/.exec(id);
  const count = /\(n = (\d+)(?:, utan (.+))?\)$/.exec(label);
  if (!period || !count) return null;
  return {
    from: Number(period[1]),
    to: Number(period[2]),
    count: Number(count[1]),
    ...(count[2] ? { excluding: count[2] } : {}),
  };
}
