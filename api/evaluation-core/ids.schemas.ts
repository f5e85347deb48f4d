import { z } from 'zod';

/** Ids and versions as every evaluation-scoped route takes them. */
export const Id = z.string().min(1).max(100);
export const Version = z.number().int().min(0);
export const IdParam = z.object({ id: Id });

/** `?version=N` on a DELETE: the version the delete is based on (a stale one gives 409). */
export const VersionQuery = z.object({
  version: z
    .string({ error: 'name the version the delete is based on, e.g. ?version=3' })
    .regex(/^\d{1,9}$/, 'a version is a whole number, e.g. ?version=3'),
});
