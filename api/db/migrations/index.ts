import type { Migration } from 'kysely';
import * as domain from './2026-11-23T19-00_domain';

/** Every migration, by its frozen timestamp name, in order. */
export const migrations: Record<string, Migration> = {
  '2026-11-23T19-00_domain': domain,
};
