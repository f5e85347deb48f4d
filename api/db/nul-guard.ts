import type { CompiledQuery, DatabaseConnection, Dialect } from 'kysely';
import { forbiddenCharacter } from '../../rubrics/text-characters';
import { invalidInput } from '../errors';
import { withDriver } from './with-driver';

const GUARDED = Symbol('nul-guarded');

/**
 * A 400 for text holding U+0000, which PostgreSQL cannot store (SQLite can, a backup could not
 * move it), or another character a Word file cannot hold (see forbiddenCharacter). The inputs
 * refuse such text first, naming the field; this is the net under every other way in.
 */
function check(query: CompiledQuery): void {
  for (const parameter of query.parameters) {
    const problem = typeof parameter === 'string' ? forbiddenCharacter(parameter) : undefined;
    if (problem) throw invalidInput([{ path: 'input', message: problem }]);
  }
}

function guard(connection: DatabaseConnection): DatabaseConnection {
  const marked = connection as DatabaseConnection & { [GUARDED]?: true };
  if (marked[GUARDED]) return connection;
  const execute = connection.executeQuery.bind(connection);
  const stream = connection.streamQuery.bind(connection);
  // Patched in place: the driver gets the same object back in commit, release and the rest.
  Object.assign(connection, {
    executeQuery: (query: CompiledQuery) => {
      check(query);
      return execute(query);
    },
    streamQuery: (query: CompiledQuery, chunkSize: number) => {
      check(query);
      return stream(query, chunkSize);
    },
    [GUARDED]: true,
  });
  return connection;
}

/**
 * The dialect with every query's parameters checked before they reach the database: text with
 * a NUL character (or another forbidden one) is refused as invalid input on both stores, from the API, the CLI or anywhere
 * else, before anything of the statement is written.
 */
export function withNulGuard(dialect: Dialect): Dialect {
  return withDriver(dialect, (driver) => {
    const acquire = driver.acquireConnection.bind(driver);
    driver.acquireConnection = async () => guard(await acquire());
    return driver;
  });
}
