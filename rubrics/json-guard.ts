import { joinKey } from './json-lines';
import { forbiddenCharacter } from './text-characters';

/** One broken rule at a JSON path (the shape of rubrics/validation's ValidationIssue). */
interface JsonIssue {
  path: string;
  message: string;
}

/** The deepest nesting a JSON document may have: the deepest of ours is about 6 levels. */
export const MAX_JSON_DEPTH = 64;

/** The issue's message for a document nested deeper than MAX_JSON_DEPTH. */
export const TOO_DEEP = `nested deeper than ${MAX_JSON_DEPTH} levels`;

/** Keys that would reach an object's prototype if copied: refused wherever they appear. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The rules every parsed JSON document (request body or file) must follow before it is read:
 * at most MAX_JSON_DEPTH levels deep, no key `__proto__`, `constructor` or `prototype`, and no
 * text (key or value) with a character that cannot be stored (see forbiddenCharacter). Each
 * issue names its path. A walk with its own stack, so no document overflows the call stack.
 */
export function jsonIssues(document: unknown): JsonIssue[] {
  const issues: JsonIssue[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: document, path: '', depth: 0 },
  ];
  while (stack.length > 0 && issues.length < 20) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string') {
      const problem = forbiddenCharacter(value);
      if (problem) issues.push({ path, message: problem });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      return [{ path, message: TOO_DEEP }];
    }
    const children: typeof stack = [];
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        children.push({ value: item, path: `${path}[${index}]`, depth: depth + 1 });
      });
    } else {
      for (const [key, item] of Object.entries(value)) {
        const at = joinKey(path, key);
        const keyProblem = forbiddenCharacter(key);
        if (FORBIDDEN_KEYS.has(key))
          issues.push({ path: at, message: `the key "${key}" is not allowed` });
        else if (keyProblem) issues.push({ path: at, message: `the key: ${keyProblem}` });
        else children.push({ value: item, path: at, depth: depth + 1 });
      }
    }
    for (let i = children.length - 1; i >= 0; i--)
      stack.push(children[i] as (typeof stack)[number]);
  }
  return issues;
}
