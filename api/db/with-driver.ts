import type { Dialect, Driver } from 'kysely';

/** The dialect with its driver changed by `patch` (which may change it in place). */
export function withDriver(dialect: Dialect, patch: (driver: Driver) => Driver): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: () => patch(dialect.createDriver()),
  };
}
