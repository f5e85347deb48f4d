import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, type Db } from './connect';
import { groupCommit } from './group-commit';
import { snapshotTransaction } from './snapshot';

let dir: string;
let store: Db;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kompass-group-'));
  store = connect(`sqlite:${join(dir, 'group.db')}`);
  await sql`create table parent (id text primary key)`.execute(store.db);
  await sql`create table child (id text primary key, parent_id text references parent(id))`.execute(
    store.db,
  );
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const insert = (id: string) => (trx: Parameters<Parameters<Db['write']>[0]>[0]) =>
  sql`insert into parent (id) values (${id})`.execute(trx).then(() => id);

/** What another connection (another process, after a crash) finds on disk. */
function onDisk(): string[] {
  const other = new SqliteDatabase(join(dir, 'group.db'), { readonly: true });
  try {
    return (other.prepare('select id from parent order by id').all() as { id: string }[]).map(
      (row) => row.id,
    );
  } finally {
    other.close();
  }
}

describe('group commit (SQLite)', () => {
  it('commits writes that arrive together in few transactions, each answered once on disk', async () => {
    const write = groupCommit(store.db);
    const ids = Array.from({ length: 40 }, (_, i) => `p${String(i).padStart(2, '0')}`);
    const answered = await Promise.all(
      ids.map((id) =>
        write(insert(id)).then((value) => {
          // Acknowledged only after the commit: another connection already sees it.
          expect(onDisk()).toContain(value);
          return value;
        }),
      ),
    );
    expect(answered).toEqual(ids);
    expect(onDisk()).toEqual(ids);
    expect(write.groups()).toBeLessThan(ids.length / 4);
  });

  it('rolls back only the write that failed; the others of its group are kept', async () => {
    const write = groupCommit(store.db);
    const results = await Promise.allSettled([
      write(insert('a')),
      write(async (trx) => {
        await insert('b')(trx);
        throw new Error('b changed its mind');
      }),
      write(insert('a')), // a duplicate key: fails alone
      write(insert('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'rejected',
      'rejected',
      'fulfilled',
    ]);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('b changed its mind');
    expect(String((results[2] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
    expect(onDisk()).toEqual(['a', 'c']);
  });

  it('answers every write of a group with the error when the commit fails, keeping none', async () => {
    const write = groupCommit(store.db);
    const first = write(insert('first'));
    await new Promise((resolve) => setImmediate(resolve)); // its group has started, alone
    const results = await Promise.allSettled([
      first,
      write(insert('x')), // these two wait for it and form the next group
      write(insert('x2')),
      write(async (trx) => {
        // A foreign key checked only at commit: the group's COMMIT itself fails.
        await sql`pragma defer_foreign_keys = on`.execute(trx);
        await sql`insert into child (id, parent_id) values ('k', 'nobody')`.execute(trx);
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'rejected']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(onDisk()).toEqual(['first']);
    // The next group works again.
    expect(await write(insert('y'))).toBe('y');
    expect(onDisk()).toEqual(['first', 'y']);
  });

  it('is what the SQLite store writes with', async () => {
    expect(await store.write(insert('z'))).toBe('z');
    expect(onDisk()).toEqual(['z']);
  });
});

describe('sharing the file with another writer (the document reader)', () => {
  /** Another connection to the same file, as the reading thread opens one. */
  const otherWriter = () => {
    const other = new SqliteDatabase(join(dir, 'group.db'));
    other.pragma('busy_timeout = 0');
    return other;
  };

  it('waits for the other writer’s lock without holding the event loop, then saves', async () => {
    const other = otherWriter();
    other.exec("begin immediate; insert into parent (id) values ('reader')");
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 1);
    try {
      let saved = false;
      const saving = store.write(insert('save')).then((id) => {
        saved = true;
        return id;
      });
      await new Promise((resolve) => setTimeout(resolve, 60));
      // Blocked inside SQLite (busy_timeout), not one timer would have fired.
      expect(ticks).toBeGreaterThan(10);
      expect(saved).toBe(false);
      other.exec('commit');
      expect(await saving).toBe('save');
      expect(onDisk()).toEqual(['reader', 'save']);
    } finally {
      clearInterval(ticking);
      other.close();
    }
  });

  it('begins every transaction immediate: what it read stays true until it commits', async () => {
    const other = otherWriter();
    try {
      await store.db.transaction().execute(async (trx) => {
        await sql`select count(*) from parent`.execute(trx);
        // Deferred, the other connection could commit here, and this transaction's write below
        // would fail with SQLITE_BUSY_SNAPSHOT. Begun immediate, the lock is already taken.
        expect(() => other.exec("insert into parent (id) values ('between')")).toThrow(
          /database is locked/,
        );
        await sql`insert into parent (id) values ('mine')`.execute(trx);
      });
      expect(onDisk()).toEqual(['mine']);
    } finally {
      other.close();
    }
  });

  it('a read-only snapshot takes no lock: the other writer commits beside it, unseen', async () => {
    await store.write(insert('before'));
    const other = otherWriter();
    try {
      const counts = await snapshotTransaction(store).execute(async (trx) => {
        const count = async () =>
          Number(
            (await sql<{ n: number }>`select count(*) as n from parent`.execute(trx)).rows[0]?.n,
          );
        const first = await count();
        other.exec("insert into parent (id) values ('beside')");
        return [first, await count()];
      });
      expect(counts).toEqual([1, 1]);
      expect(onDisk()).toEqual(['before', 'beside']);
    } finally {
      other.close();
    }
  });
});
