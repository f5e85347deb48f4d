import { randomUUID } from 'node:crypto';

/** A random id for records (UUID v4). */
export const newId = (): string => randomUUID();

let lastMs = 0;
let counter = 0;

/**
 * An id that sorts by creation time within this process (audit rows written in the same
 * millisecond keep their order): 12 hex digits of milliseconds, a 6-digit counter, random tail.
 */
export function sortableId(now = Date.now()): string {
  if (now === lastMs) counter++;
  else {
    lastMs = now;
    counter = 0;
  }
  return `${now.toString(16).padStart(12, '0')}-${counter.toString(16).padStart(6, '0')}-${randomUUID().slice(0, 8)}`;
}
