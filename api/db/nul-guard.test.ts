import { describe, expect, test } from 'vitest';
import { AppError } from '../errors';
import { DIALECTS, municipalityRow, openTestDb } from './test-db';

describe.each(DIALECTS)('NUL characters on %s', (dialect) => {
  test('text with U+0000 is refused as invalid input, in a read, a write and mid-transaction', async () => {
    const store = await openTestDb(dialect);
    try {
      const { db } = store;
      const refused = (promise: Promise<unknown>) =>
        expect(promise).rejects.toSatisfy(
          (error) =>
            error instanceof AppError && error.status === 400 && error.code === 'invalid_input',
        );
      await refused(
        db.insertInto('municipalities').values(municipalityRow('0001', 'a\u0000b')).execute(),
      );
      await refused(
        db.selectFrom('municipalities').selectAll().where('name', '=', '\u0000').execute(),
      );
      await refused(
        db.transaction().execute(async (trx) => {
          await trx.insertInto('municipalities').values(municipalityRow('0002', 'Först')).execute();
          await trx
            .insertInto('municipalities')
            .values(municipalityRow('0003', '\u0000'))
            .execute();
        }),
      );
      // Nothing of the refused transaction stays; text without NUL is stored as it is.
      expect(await db.selectFrom('municipalities').select('code').execute()).toEqual([]);
      await db.insertInto('municipalities').values(municipalityRow('0004', 'Å\u0001"\'')).execute();
      const stored = await db.selectFrom('municipalities').select('name').executeTakeFirst();
      expect(stored?.name).toBe('Å\u0001"\'');
    } finally {
      await store.close();
    }
  });
});
