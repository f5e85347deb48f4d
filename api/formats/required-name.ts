import { z } from 'zod';

/**
 * A name that must be given (a kommun's, an evaluator's): 1 to `max` characters, not only white
 * space (a heading of blanks names nothing). Kept as typed; trimming is the reader's choice.
 */
export function requiredName(max = 200) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((text) => text.trim() !== '', 'is only white space: give a name');
}
