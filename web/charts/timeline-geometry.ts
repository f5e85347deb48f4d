import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { observationDay, type StatedStatus } from '../../scoring/goal-status';

/**
 * The timeline of an effektmål's measurements as pure geometry (rendering is separate): dates
 * along x, values up y, the status bands as horizontal strips behind the line.
 */

export interface TimelineValue {
  date: string;
  value: number;
  status: StatedStatus;
}

export interface TimelineBand {
  status: StatedStatus;
  min: number | null;
  max: number | null;
}

export interface TimelinePoint extends TimelineValue {
  x: number;
  y: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  points: TimelinePoint[];
  /** The line through the points in date order. */
  path: string;
  /** Strips of the plot's value range, one per band, top to bottom as drawn. */
  bands: (TimelineBand & { y: number; height: number })[];
  yTicks: { y: number; value: number }[];
  /** Ticks on the time axis as YYYY-MM-DD. */
  xTicks: { x: number; date: string }[];
}

const MARGIN = { left: 44, right: 12, top: 12, bottom: 28 };
const DAY = 86_400_000;

/** `2018-12` -> the time of 31 December 2018 (a month's observation is its state at the end). */
export function dateTime(date: string): number {
  const time = Date.parse(`${observationDay(date)}T00:00:00Z`);
  if (Number.isNaN(time)) throw new RangeError(`not a date: "${date}"`);
  return time;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Lays out values (any order) and bands on a `width` x `height` chart. The value range covers
 * every value and every finite band bound, padded a little; one date is given a year around it.
 *
 * @example timelineLayout([{ date: '2018-12', value: 2.74, status: 'near' }], bands).points[0].y
 */
export function timelineLayout(
  values: readonly TimelineValue[],
  bands: readonly TimelineBand[],
  width = 480,
  height = 220,
): TimelineLayout {
  for (const v of values) {
    if (!Number.isFinite(v.value)) throw new RangeError(`${v.date}: the value is not a number`);
  }
  const sorted = [...values].sort((a, b) => dateTime(a.date) - dateTime(b.date));
  const plot = {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };
  const numbers = [
    ...sorted.map((v) => v.value),
    ...bands.flatMap((band) => [band.min, band.max]).filter((n): n is number => n !== null),
  ];
  let low = numbers.length > 0 ? Math.min(...numbers) : 0;
  let high = numbers.length > 0 ? Math.max(...numbers) : 1;
  const pad = Math.max((high - low) * 0.15, 1);
  const floor = Math.min(...bands.map((band) => band.min ?? Number.NEGATIVE_INFINITY));
  low = Math.max(low - pad, floor === Number.NEGATIVE_INFINITY ? low - pad : floor);
  high += pad;
  const times = sorted.map((v) => dateTime(v.date));
  let first = times[0] ?? Date.parse('2020-01-01T00:00:00Z');
  let last = times.at(-1) ?? first;
  if (last - first < 60 * DAY) {
    first -= 183 * DAY;
    last += 183 * DAY;
  }
  const x = scaleUtc().domain([first, last]).range([plot.left, plot.right]);
  const y = scaleLinear().domain([low, high]).range([plot.bottom, plot.top]).nice();
  const [domainLow, domainHigh] = y.domain() as [number, number];
  const clamp = (n: number | null, fallback: number) =>
    n === null ? fallback : Math.min(domainHigh, Math.max(domainLow, n));
  const points = sorted.map((v) => ({ ...v, x: round(x(dateTime(v.date))), y: round(y(v.value)) }));
  return {
    width,
    height,
    plot,
    points,
    path:
      line<TimelinePoint>()
        .x((p) => p.x)
        .y((p) => p.y)(points) ?? '',
    bands: bands.map((band) => {
      const top = round(y(clamp(band.max, domainHigh)));
      const bottom = round(y(clamp(band.min, domainLow)));
      return { ...band, y: top, height: round(bottom - top) };
    }),
    yTicks: y.ticks(5).map((value) => ({ y: round(y(value)), value })),
    xTicks: x.ticks(4).map((date) => ({
      x: round(x(date)),
      date: date.toISOString().slice(0, 10),
    })),
  };
}
