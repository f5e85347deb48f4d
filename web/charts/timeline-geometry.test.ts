import { describe, expect, it } from 'vitest';
import { dateTime, type TimelineBand, timelineLayout } from './timeline-geometry';

// Kötid (seed 000): met [0, 2], near (2, 3), not met [3, ∞).
const kotid: TimelineBand[] = [
  { status: 'met', min: 0, max: 2 },
  { status: 'near', min: 2, max: 3 },
  { status: 'notMet', min: 3, max: null },
];

type Strip = { y: number; height: number };

describe('timeline geometry', () => {
  it('puts dates left to right in date order and values bottom to top', () => {
    const layout = timelineLayout(
      [
        { date: '2019-12', value: 1.9, status: 'met' },
        { date: '2018-12', value: 2.74, status: 'near' },
        { date: '2020-12', value: 3.1, status: 'notMet' },
      ],
      kotid,
    );
    expect(layout.points.map((p) => p.date)).toEqual(['2018-12', '2019-12', '2020-12']);
    expect(layout.points[0]?.x).toBe(layout.plot.left);
    expect(layout.points[2]?.x).toBe(layout.plot.right);
    const [a, b, c] = layout.points.map((p) => p.y) as [number, number, number];
    expect(b).toBeGreaterThan(a); // 1.9 is lower on the chart than 2.74
    expect(c).toBeLessThan(a);
    expect(layout.path.startsWith(`M${layout.points[0]?.x},${layout.points[0]?.y}`)).toBe(true);
  });

  it('draws each band as a strip: met at the bottom for a lower-is-better goal', () => {
    const layout = timelineLayout([{ date: '2018-12', value: 2.74, status: 'near' }], kotid);
    const [met, near, notMet] = layout.bands as unknown as [Strip, Strip, Strip];
    expect(met.y + met.height).toBe(layout.plot.bottom); // from 0, the bottom of the range
    expect(near.y + near.height).toBe(met.y); // strips touch at 2
    expect(notMet.y + notMet.height).toBe(near.y); // and at 3
    expect(notMet.y).toBe(layout.plot.top); // unbounded above: to the top
    const point = layout.points[0] as { y: number };
    expect(point.y).toBeGreaterThan(near.y);
    expect(point.y).toBeLessThan(near.y + near.height);
  });

  it('gives a single date a year around it, and never goes below a band’s lowest bound', () => {
    const layout = timelineLayout([{ date: '2018-12', value: 0.2, status: 'met' }], kotid);
    expect(layout.points[0]?.x).toBeCloseTo((layout.plot.left + layout.plot.right) / 2, 0);
    expect(layout.yTicks[0]?.value).toBe(0);
    expect(layout.xTicks.length).toBeGreaterThan(0);
  });

  it('fails loudly on a value that is not a number or a date that is not a date', () => {
    expect(() =>
      timelineLayout([{ date: '2018-12', value: Number.NaN, status: 'met' }], kotid),
    ).toThrow('2018-12: the value is not a number');
    expect(() => dateTime('2018-13-45')).toThrow('not a date');
    expect(dateTime('2018-12')).toBe(Date.parse('2018-12-31T00:00:00Z'));
  });
});
