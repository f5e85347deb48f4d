import { describe, expect, it } from 'vitest';
import {
  axisAngle,
  gridLevels,
  labelPlacement,
  polygonPath,
  radarPoint,
  radarPolygon,
  ringLabelPoint,
} from './radar-geometry';

describe('radar geometry', () => {
  it('starts at the top and runs clockwise', () => {
    expect(axisAngle(0, 8)).toBe(0);
    expect(axisAngle(2, 8)).toBeCloseTo(Math.PI / 2);
    expect(radarPoint(100, 100, 0, 8, 100)).toEqual({ x: 0, y: -100 });
    expect(radarPoint(100, 100, 2, 8, 100)).toEqual({ x: 100, y: 0 });
    expect(radarPoint(50, 100, 4, 8, 100)).toEqual({ x: 0, y: 50 });
    expect(radarPoint(0, 100, 3, 8, 100)).toEqual({ x: 0, y: 0 });
  });

  it("draws Enköping 2016's eight areas", () => {
    const points = radarPolygon([54, 55, 63, 42, 43, 55, 56, 66], Array(8).fill(100), 100);
    expect(points[0]).toEqual({ x: 0, y: -54 });
    expect(points[1]).toEqual({ x: 38.89, y: -38.89 }); // 55 at 45 degrees
    expect(polygonPath(points.slice(0, 2))).toBe('M0,-54 L38.89,-38.89 Z');
  });

  it('fails loudly on mismatched or out-of-range data', () => {
    expect(() => radarPolygon([1, 2], [100, 100, 100], 100)).toThrow('2 values for 3 axes');
    expect(() => radarPolygon([1, null, 3], [100, 100, 100], 100)).toThrow('axis 2 has no value');
    expect(() => radarPoint(101, 100, 0, 8, 100)).toThrow('value 101 outside 0..100');
    expect(() => axisAngle(0, 2)).toThrow('at least 3 axes');
  });

  it('places labels outside with a sensible anchor, and grid rings at even steps', () => {
    expect(labelPlacement(0, 8, 100)).toEqual({ x: 0, y: -114, anchor: 'middle' });
    expect(labelPlacement(2, 8, 100).anchor).toBe('start');
    expect(labelPlacement(6, 8, 100).anchor).toBe('end');
    expect(gridLevels(100, 5)).toEqual([20, 40, 60, 80, 100]);
  });

  it('writes ring values between the last axis and the first, off every axis', () => {
    // Octagon of radius 100: ring 100's edge from (-70.71, -70.71) to (0, -100).
    expect(ringLabelPoint(100, 100, 8, 100)).toEqual({ x: -35.36, y: -85.36 });
    expect(ringLabelPoint(50, 100, 8, 100)).toEqual({ x: -17.68, y: -42.68 });
    for (const count of [3, 5, 8]) {
      const point = ringLabelPoint(60, 100, count, 100);
      const angle = Math.atan2(point.x, -point.y);
      const half = Math.PI / count;
      expect(Math.abs(angle + half)).toBeLessThan(1e-3); // on the bisector, not an axis
    }
  });
});
