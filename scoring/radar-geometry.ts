/**
 * Radar geometry as pure functions (rendering is separate): axis i of n starts at the top and
 * runs clockwise; a value v of max m lies at radius r * v / m.
 */

export interface Point {
  x: number;
  y: number;
}

/** The angle of axis `index` of `count`, in radians, 0 at the top, clockwise. */
export function axisAngle(index: number, count: number): number {
  if (count < 3) throw new RangeError(`a radar needs at least 3 axes, got ${count}`);
  if (index < 0 || index >= count) throw new RangeError(`axis ${index} outside 0..${count - 1}`);
  return (2 * Math.PI * index) / count;
}

/** The point of `value` (0..max) on axis `index`, around the centre (0, 0). */
export function radarPoint(
  value: number,
  max: number,
  index: number,
  count: number,
  radius: number,
): Point {
  if (!(max > 0)) throw new RangeError(`max must be positive, got ${max}`);
  if (value < 0 || value > max) throw new RangeError(`value ${value} outside 0..${max}`);
  const angle = axisAngle(index, count);
  const r = (radius * value) / max;
  return { x: round(r * Math.sin(angle)), y: round(-r * Math.cos(angle)) };
}

/** A series' polygon; every axis needs a value (a missing one fails loudly, never drops). */
export function radarPolygon(
  values: readonly (number | null)[],
  maxes: readonly number[],
  radius: number,
): Point[] {
  if (values.length !== maxes.length) {
    throw new RangeError(`${values.length} values for ${maxes.length} axes`);
  }
  return values.map((value, index) => {
    if (value === null) throw new RangeError(`axis ${index + 1} has no value`);
    return radarPoint(value, maxes[index] as number, index, values.length, radius);
  });
}

/** An SVG path through the points, closed. */
export function polygonPath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  return `${points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ')} Z`;
}

/** Where to put an axis label and how to anchor its text so it sits outside the chart. */
export function labelPlacement(
  index: number,
  count: number,
  radius: number,
): Point & { anchor: 'start' | 'middle' | 'end' } {
  const angle = axisAngle(index, count);
  const x = round((radius + 14) * Math.sin(angle));
  const y = round(-(radius + 14) * Math.cos(angle));
  const anchor = Math.abs(x) < 1 ? 'middle' : x > 0 ? 'start' : 'end';
  return { x, y, anchor };
}

/**
 * Where a grid ring's value (e.g. 60 of 100) is written: the middle of the ring's edge between the
 * last axis and the first, up and to the left of the centre. Series markers sit on the axes, so
 * the values there never cover a ring label, as they did when the labels ran up the first axis.
 */
export function ringLabelPoint(level: number, max: number, count: number, radius: number): Point {
  const ring = radarPoint(level, max, 0, count, radius); // checks level, max and count
  // The edge's middle lies on the bisector at -π/count, at r·cos(π/count) from the centre.
  const half = Math.PI / count;
  const distance = -ring.y * Math.cos(half);
  return { x: round(-distance * Math.sin(half)), y: round(-distance * Math.cos(half)) };
}

/** Grid rings at even steps: [20, 40, 60, 80, 100] for max 100 and 5 steps. */
export function gridLevels(max: number, steps: number): number[] {
  return Array.from({ length: steps }, (_, i) => round((max * (i + 1)) / steps));
}

/** Coordinates rounded to 0.01 so snapshots and SVG text stay short and stable. */
function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * A series' outline as an SVG path and its points: the closed polygon when every axis has a
 * value; otherwise a line between each pair of scored neighbours, an unscored area a gap (as a
 * draft mid-visit has). Points of unscored axes are null.
 */
export function radarOutline(
  values: readonly (number | null)[],
  maxes: readonly number[],
  radius: number,
): { points: (Point | null)[]; path: string } {
  if (values.every((value) => value !== null)) {
    const points = radarPolygon(values, maxes, radius);
    return { points, path: polygonPath(points) };
  }
  if (values.length !== maxes.length) {
    throw new RangeError(`${values.length} values for ${maxes.length} axes`);
  }
  const points = values.map((value, index) =>
    value === null ? null : radarPoint(value, maxes[index] as number, index, values.length, radius),
  );
  const segments = points.flatMap((point, index) => {
    const next = points[(index + 1) % points.length];
    return point && next ? [`M${point.x},${point.y} L${next.x},${next.y}`] : [];
  });
  return { points, path: segments.join(' ') };
}
