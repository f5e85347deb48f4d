import { describe, expect, test } from 'vitest';
import { AppError } from '../errors';
import { prepared, preparedFirst } from './prepared';
import { DIALECTS, municipalityRow, openTestDb } from './test-db';

describe.each(DIALECTS)('prepared queries on %s', (dialect) => {
  test('run again with new parameters, in and out of transactions, never the first ones', async () => {
    const store = await openTestDb(dialect);
    try {
      const { db } = store;
      await db
        .insertInto('municipalities')
        .values([municipalityRow('0381', 'Enköping'), municipalityRow('1880', 'Örebro')])
        .execute();
      let builds = 0;
      const byCode = (executor: typeof db, code: string) =>
        preparedFirst(executor, 'test.municipalityByCode', [code], (q) => {
          builds++;
          return q.selectFrom('municipalities').select(['name']).where('code', '=', code);
        });
      expect(await byCode(db, '0381')).toEqual({ name: 'Enköping' });
      expect(await byCode(db, '1880')).toEqual({ name: 'Örebro' });
      expect(await byCode(db, '9999')).toBeUndefined();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('municipalities')
          .values(municipalityRow('0114', 'Upplands Väsby'))
          .execute();
        expect(await byCode(trx, '0114')).toEqual({ name: 'Upplands Väsby' });
      });
      expect(builds).toBe(1);
      // Parameters still pass the store's guards.
      await expect(byCode(db, 'a\u0000')).rejects.toBeInstanceOf(AppError);
    } finally {
      await store.close();
    }
  });

  test('each store compiles its own SQL', async () => {
    const [a, b] = [await openTestDb(dialect), await openTestDb(dialect)];
    try {
      let builds = 0;
      const count = (store: typeof a) =>
        prepared(store.db, 'test.count', [], (q) => {
          builds++;
          return q.selectFrom('municipalities').select((e) => e.fn.countAll<number>().as('n'));
        });
      await a.db.insertInto('municipalities').values(municipalityRow('0381', 'Enköping')).execute();
      expect(await count(a)).toEqual([{ n: 1 }]);
      expect(await count(b)).toEqual([{ n: 0 }]);
      expect(builds).toBe(2);
    } finally {
      await a.close();
      await b.close();
    }
  });

  test('refuses a query whose values are not its parameters in order', async () => {
    const store = await openTestDb(dialect);
    try {
      const { db } = store;
      const swapped = (code: string, name: string) =>
        prepared(db, 'test.swapped', [code, name], (q) =>
          q
            .selectFrom('municipalities')
            .select('id')
            .where('name', '=', name)
            .where('code', '=', code),
        );
      await expect(swapped('0381', 'Enköping')).rejects.toThrow(
        /prepared query "test.swapped" has parameters \["Enköping","0381"\]/,
      );
      const constant = (code: string) =>
        prepared(db, 'test.constant', [code], (q) =>
          q
            .selectFrom('municipalities')
            .select('id')
            .where('code', '=', code)
            .where('version', '=', 1),
        );
      await expect(constant('0381')).rejects.toThrow(/not the \["0381"\] it was given/);
    } finally {
      await store.close();
    }
  });
});
