import { describe, expect, test } from 'vitest';
import { AppError } from '../errors';
import { DIALECTS, municipalityRow, openTestDb } from './test-db';

describe.each(DIALECTS)('NUL and other characters a Word file cannot hold on %s', (dialect) => {
  test('text with U+0000 (or U+0001, U+FFFE, U+FFFF, a lone surrogate) is refused as invalid input, in a read, a write and mid-transaction', async () => {
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
      // The other characters a Word file cannot hold are refused the same way.
      for (const [index, text] of ['a\u0001', '\uFFFE', '\uFFFF', 'x\uD800', '\uDC00y'].entries()) {
        await refused(
          db
            .insertInto('municipalities')
            .values(municipalityRow(`010${index}`, text))
            .execute(),
        );
      }
      // Nothing of the refused transaction stays; other text is stored as it is.
      expect(await db.selectFrom('municipalities').select('code').execute()).toEqual([]);
      const text = 'Å\t\r\n"\'😀\u202E\uFFFD';
      await db.insertInto('municipalities').values(municipalityRow('0004', text)).execute();
      const stored = await db.selectFrom('municipalities').select('name').executeTakeFirst();
      expect(stored?.name).toBe(text);
    } finally {
      await store.close();
    }
  });
});
