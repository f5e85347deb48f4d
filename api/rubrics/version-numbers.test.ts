import { describe, expect, it } from 'vitest';
import { nextVersion } from './version-numbers';

describe('nextVersion', () => {
  it('counts the first number up and zeroes the rest, skipping versions already taken', () => {
    expect(nextVersion('1', new Set())).toBe('2');
    expect(nextVersion('1.0.0', new Set())).toBe('2.0.0');
    expect(nextVersion('1.4.2', new Set())).toBe('2.0.0');
    expect(nextVersion('1', new Set(['2', '3']))).toBe('4');
    expect(nextVersion('2020', new Set())).toBe('2021');
  });

  it('adds a counter to a version that is not a number', () => {
    expect(nextVersion('vår', new Set())).toBe('vår-2');
    expect(nextVersion('vår-2', new Set(['vår-3']))).toBe('vår-4');
  });
});
