/**
 * The number after `version`: "1" -> "2", "1.0.0" -> "2.0.0" (a new version of a rubric is a
 * new major version: its delfrågor or weights changed), anything else gets "-2", "-3", … Never
 * one of `taken`.
 */
export function nextVersion(version: string, taken: ReadonlySet<string>): string {
  const bump = (v: string): string => {
    const numbers = /^(\d+)((?:\.\d+)*)$/.exec(v);
    if (numbers) {
      const rest = (numbers[2] ?? '').replace(/\d+/g, '0');
      return `${Number(numbers[1]) + 1}${rest}`;
    }
    const suffix = /^(.*)-(\d+)$/.exec(v);
    return suffix ? `${suffix[1]}-${Number(suffix[2]) + 1}` : `${v}-2`;
  };
  let next = bump(version);
  while (taken.has(next)) next = bump(next);
  return next;
}
