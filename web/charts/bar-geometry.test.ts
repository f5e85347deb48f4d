import { describe, expect, it } from 'vitest';
import { differenceBars, stripPositions } from './bar-geometry';

describe('differenceBars', () => {
  it('draws negative gaps left of zero and positive ones right, on a symmetric scale', () => {
    const { bars, zero, extent } = differenceBars(
      [
        { id: '1', label: 'Område 1', value: -14 },
        { id: '2', label: 'Område 2', value: 7 },
      ],
      280,
      20,
    );
    expect(extent).toBe(14);
    expect(zero).toBe(140);
    expect(bars[0]).toMatchObject({ x: 0, width: 140 });
    expect(bars[1]).toMatchObject({ x: 140, width: 70 });
    expect((bars[1]?.y ?? 0) > (bars[0]?.y ?? 0)).toBe(true);
  });
  it('keeps small gaps readable with a minimum extent of 10 points', () => {
    expect(differenceBars([{ id: '1', label: 'a', value: 2 }], 200, 20).extent).toBe(10);
  });
});

describe('stripPositions', () => {
  it('maps 0..max onto the width', () => {
    expect(stripPositions([0, 50, 100], 100, 300)).toEqual([0, 150, 300]);
  });
});
