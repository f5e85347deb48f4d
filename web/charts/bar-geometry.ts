import { scaleBand, scaleLinear } from 'd3-scale';

export interface Bar {
  id: string;
  label: string;
  value: number;
  /** Left edge, width, top and height in the chart's coordinates. */
  x: number;
  width: number;
  y: number;
  height: number;
}

/**
 * Horizontal bars around a zero line for signed differences: negative bars grow left of zero,
 * positive right. The domain is symmetric so equal gaps look equal on both sides.
 *
 * @example differenceBars([{ id: '1', label: 'a', value: -14 }], 200, 20).bars[0] // x < zero
 */
export function differenceBars(
  values: readonly { id: string; label: string; value: number }[],
  width: number,
  rowHeight: number,
): { bars: Bar[]; zero: number; extent: number; height: number } {
  const extent = Math.max(10, ...values.map((v) => Math.abs(v.value)));
  const x = scaleLinear().domain([-extent, extent]).range([0, width]);
  const y = scaleBand<string>()
    .domain(values.map((v) => v.id))
    .range([0, values.length * rowHeight])
    .padding(0.25);
  const zero = x(0);
  return {
    zero,
    extent,
    height: values.length * rowHeight,
    bars: values.map((v) => {
      const end = x(v.value);
      return {
        id: v.id,
        label: v.label,
        value: v.value,
        x: Math.min(zero, end),
        width: Math.abs(end - zero),
        y: y(v.id) ?? 0,
        height: y.bandwidth(),
      };
    }),
  };
}

/** Positions on a 0..max axis of `width`: for strip plots of a distribution. */
export function stripPositions(values: readonly number[], max: number, width: number): number[] {
  const x = scaleLinear().domain([0, max]).range([0, width]);
  return values.map((value) => x(value));
}
