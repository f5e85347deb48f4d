import type { Rubric } from '../rubrics/rubric';
import type { RubricMapping } from '../rubrics/rubric-mapping';
import type { ComparableResult } from './comparable-result';

export class ComparisonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ComparisonError';
  }
}

/**
 * Puts a result on the areas of `target`. Within one rubric version it is returned unchanged;
 * across versions it goes through a mapping (in either direction) and is marked indicative,
 * since SKR advises that only comparisons within one version are reliable.
 *
 * @example toRubric(vallentuna2021, kk2010, [mapping]).areas['8'] // area 2 of kk-2020 (Samhällsutveckling)
 */
export function toRubric(
  result: ComparableResult,
  target: Rubric,
  mappings: readonly RubricMapping[],
): ComparableResult {
  if (result.rubric === target.id) return result;
  // References are compared with thousands of evaluations: map each (immutable) one once.
  const cached = mappedCache.get(result)?.get(target)?.get(mappings);
  if (cached) return cached;
  const mapped = mapAreas(result, target, mappings);
  let byTarget = mappedCache.get(result);
  if (!byTarget) {
    byTarget = new WeakMap();
    mappedCache.set(result, byTarget);
  }
  let byMappings = byTarget.get(target);
  if (!byMappings) {
    byMappings = new WeakMap();
    byTarget.set(target, byMappings);
  }
  byMappings.set(mappings, mapped);
  return mapped;
}

const mappedCache = new WeakMap<
  ComparableResult,
  WeakMap<Rubric, WeakMap<readonly RubricMapping[], ComparableResult>>
>();

function mapAreas(
  result: ComparableResult,
  target: Rubric,
  mappings: readonly RubricMapping[],
): ComparableResult {
  const forward = mappings.find((m) => m.from === result.rubric && m.to === target.id);
  const backward = mappings.find((m) => m.from === target.id && m.to === result.rubric);
  const mapping = forward ?? backward;
  if (!mapping) {
    throw new ComparisonError(
      `no mapping between rubric ${result.rubric} and ${target.id}: "${result.label}" cannot be compared`,
    );
  }
  const pairs = mapping.areas.map((pair) =>
    forward ? { source: pair.from, target: pair.to } : { source: pair.to, target: pair.from },
  );
  const areas: Record<string, number | null> = {};
  for (const area of target.areas) {
    const pair = pairs.find((candidate) => candidate.target === area.id);
    if (!pair || !(pair.source in result.areas)) {
      throw new ComparisonError(
        `mapping ${mapping.from} -> ${mapping.to} gives no value for area ${area.id} of ${target.id}`,
      );
    }
    areas[area.id] = result.areas[pair.source] ?? null;
  }
  return { ...result, rubric: target.id, areas, indicative: true };
}
