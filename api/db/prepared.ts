import type { Compilable, CompiledQuery, DialectAdapter, Kysely, Transaction } from 'kysely';
import type { Database } from './database';

type Executor = Kysely<Database> | Transaction<Database>;

/** Compiled SQL per adapter (one per open store, shared by its transactions) and query name. */
const compiledByAdapter = new WeakMap<DialectAdapter, Map<string, CompiledQuery>>();

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]));
}

/**
 * Runs a query of the hot paths (every request's session, every autosave's checks) compiled
 * once per store: Kysely otherwise rebuilds its immutable query tree and compiles the same SQL
 * on every call. Later calls reuse the SQL with new `parameters`.
 *
 * `build` must make SQL that does not depend on the values, with `parameters` as its only
 * values, in order: plain `where(col, '=', value)` selects. The first compile checks the order,
 * so a query that adds values of its own is refused at once instead of running with wrong ones.
 */
export async function prepared<Row>(
  db: Executor,
  name: string,
  parameters: readonly unknown[],
  build: (db: Executor) => Compilable<Row>,
): Promise<Row[]> {
  const adapter = db.getExecutor().adapter;
  let compiled = compiledByAdapter.get(adapter);
  if (!compiled) {
    compiled = new Map();
    compiledByAdapter.set(adapter, compiled);
  }
  const cached = compiled.get(name) as CompiledQuery<Row> | undefined;
  if (cached) return (await db.executeQuery<Row>({ ...cached, parameters })).rows;
  const query = build(db).compile();
  if (!sameValues(query.parameters, parameters)) {
    throw new Error(
      `prepared query "${name}" has parameters ${JSON.stringify(query.parameters)}, ` +
        `not the ${JSON.stringify(parameters)} it was given, in that order`,
    );
  }
  compiled.set(name, query);
  return (await db.executeQuery(query)).rows;
}

/** `prepared`, for the first row (or undefined). */
export async function preparedFirst<Row>(
  db: Executor,
  name: string,
  parameters: readonly unknown[],
  build: (db: Executor) => Compilable<Row>,
): Promise<Row | undefined> {
  return (await prepared(db, name, parameters, build))[0];
}
