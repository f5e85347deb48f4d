import { describe, expect, it } from 'vitest';
import { meanSeriesId, meanSeriesLabel, parseMeanSeries } from './mean-series';

describe('mean series', () => {
  it('round-trips the period and count through id and label', () => {
    const series = { from: 2010, to: 2019, count: 3 };
    expect(meanSeriesLabel(series)).toBe('Snitt 2010–2019 (n = 3)');
    expect(parseMeanSeries(meanSeriesId(2010, 2019), meanSeriesLabel(series))).toEqual(series);
    expect(meanSeriesLabel({ from: 2016, to: 2016, count: 1 })).toBe('Snitt 2016 (n = 1)');
  });

  it('names the evaluation left out of its own mean, and reads it back', () => {
    const series = { from: 2010, to: 2026, count: 1, excluding: 'Essunga 2026' };
    expect(meanSeriesLabel(series)).toBe('Snitt 2010–2026 (n = 1, utan Essunga 2026)');
    expect(parseMeanSeries(meanSeriesId(2010, 2026), meanSeriesLabel(series))).toEqual(series);
  });

  it('is null for every other series', () => {
    expect(parseMeanSeries('orebro-2012', 'Örebro 2012')).toBeNull();
    expect(parseMeanSeries('mean:2010-2019', 'Örebro 2012')).toBeNull();
  });
});
