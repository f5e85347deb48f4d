import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ApiError } from './api';
import { createAutosave, type SavedRecord } from './autosave';
import { memoryStore, type PendingEdit } from './pending-store';

const KEY = 'evaluatorScore:e1:m1:1.1';
const PATH = '/api/evaluations/e1/evaluator-scores/m1/1.1';

/** What the fake server received: method, path, body and the version the save was based on. */
interface Sent {
  method: string;
  path: string;
  body: Record<string, unknown>;
  baseVersion: number;
}

function setup(respond: (edit: PendingEdit, call: number) => Promise<SavedRecord>) {
  const store = memoryStore();
  const sent: Sent[] = [];
  const send = vi.fn(async (edit: PendingEdit) => {
    sent.push({
      method: edit.method,
      path: edit.path,
      body: JSON.parse(JSON.stringify(edit.body)),
      baseVersion: edit.baseVersion,
    });
    return respond(edit, sent.length);
  });
  const autosave = createAutosave({ store, send, debounceMs: 1000, retryMs: 5000 });
  return { autosave, store, sent, send };
}

/** A server that saves whatever it gets: the version goes up by one. */
const accept = async (edit: PendingEdit): Promise<SavedRecord> => ({
  ...edit.body,
  version: edit.baseVersion + 1,
});

/** A promise the test settles by hand: a save that is in flight. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const edit = (rationale: string, baseVersion = 0) => ({
  method: 'PUT' as const,
  path: PATH,
  body: { rationale },
  baseVersion,
});

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-03-10T09:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave queue', () => {
  test('waits for a second of quiet before sending, and stores the edit at once', async () => {
    const { autosave, store, sent } = setup(accept);
    await autosave.edit(KEY, edit('Plan finns'));
    expect(await store.all()).toMatchObject([{ key: KEY, body: { rationale: 'Plan finns' } }]);
    expect(autosave.status()).toBe('saving');
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([
      { method: 'PUT', path: PATH, body: { rationale: 'Plan finns' }, baseVersion: 0 },
    ]);
    expect(autosave.pending[KEY]).toBeUndefined();
    expect(await store.all()).toEqual([]);
    expect(autosave.status()).toBe('saved');
  });

  test('coalesces edits of one key into one save of the last value', async () => {
    const { autosave, store, sent } = setup(accept);
    await autosave.edit(KEY, edit('P'));
    await vi.advanceTimersByTimeAsync(500);
    await autosave.edit(KEY, edit('Pl'));
    await vi.advanceTimersByTimeAsync(500);
    await autosave.edit(KEY, edit('Plan'));
    expect(await store.all()).toHaveLength(1);
    expect(autosave.pending[KEY]?.body).toEqual({ rationale: 'Plan' });
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([
      { method: 'PUT', path: PATH, body: { rationale: 'Plan' }, baseVersion: 0 },
    ]);
  });

  test('other keys are saved separately, each with its own body', async () => {
    const { autosave, sent } = setup(accept);
    await autosave.edit(KEY, edit('A', 3));
    await autosave.edit('other', { ...edit('B', 7), path: '/other' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.map((s) => [s.path, s.body.rationale, s.baseVersion])).toEqual([
      [PATH, 'A', 3],
      ['/other', 'B', 7],
    ]);
  });

  test('typing during a save: the next save builds on the version the server just gave', async () => {
    const first = deferred<SavedRecord>();
    const { autosave, sent } = setup((e, call) => (call === 1 ? first.promise : accept(e)));
    const saved: number[] = [];
    autosave.onSaved(KEY, (record) => saved.push(record.version));
    await autosave.edit(KEY, edit('Plan', 4));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(1);
    // The user types on while version 4 -> 5 is in flight; the edit still says it started at 4.
    await autosave.edit(KEY, edit('Plan finns', 4));
    expect(autosave.pending[KEY]?.baseVersion).toBe(4);
    first.resolve({ rationale: 'Plan', version: 5 });
    // The newer edit goes at once, on version 5 (not 4, which the server would refuse with 409).
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((s) => [s.body.rationale, s.baseVersion])).toEqual([
      ['Plan', 4],
      ['Plan finns', 5],
    ]);
    expect(saved).toEqual([5, 6]);
    expect(autosave.hasUnsent()).toBe(false);
  });

  test('a create (POST) moves on to its PUT path once the record exists', async () => {
    const first = deferred<SavedRecord>();
    const { autosave, sent } = setup((e, call) => (call === 1 ? first.promise : accept(e)));
    const create = {
      method: 'POST' as const,
      path: '/api/evaluations/e1/evidence',
      updatePath: '/api/evaluations/e1/evidence/x1',
      baseVersion: 0,
    };
    await autosave.edit('evidence:e1:x1', { ...create, body: { id: 'x1', notes: 'Sa att' } });
    await vi.advanceTimersByTimeAsync(1000);
    await autosave.edit('evidence:e1:x1', {
      ...create,
      body: { id: 'x1', notes: 'Sa att planen' },
    });
    first.resolve({ id: 'x1', notes: 'Sa att', version: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    // A later edit from a page that still thinks the item is new goes to the PUT path as well.
    await autosave.edit('evidence:e1:x1', {
      ...create,
      body: { id: 'x1', notes: 'Sa att planen!' },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.pending['evidence:e1:x1']).toMatchObject({ method: 'POST', baseVersion: 0 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.map((s) => [s.method, s.path, s.body.notes, s.baseVersion])).toEqual([
      ['POST', '/api/evaluations/e1/evidence', 'Sa att', 0],
      ['PUT', '/api/evaluations/e1/evidence/x1', 'Sa att planen', 1],
      ['POST', '/api/evaluations/e1/evidence', 'Sa att planen!', 0],
    ]);
  });

  test('offline: the edit stays stored, is retried, and is sent when the network is back', async () => {
    let online = false;
    const { autosave, store, sent } = setup(async (e) => {
      if (!online) throw new TypeError('Failed to fetch');
      return accept(e);
    });
    await autosave.edit(KEY, edit('Skrivet på tåget', 2));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(1);
    expect(autosave.status()).toBe('offline');
    expect(autosave.hasUnsent()).toBe(true);
    expect(await store.all()).toMatchObject([{ body: { rationale: 'Skrivet på tåget' } }]);
    // Still offline at the automatic retry five seconds later.
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(2);
    expect(autosave.status()).toBe('offline');
    online = true;
    autosave.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(3);
    expect(sent[2]).toEqual({
      method: 'PUT',
      path: PATH,
      body: { rationale: 'Skrivet på tåget' },
      baseVersion: 2,
    });
    expect(autosave.status()).toBe('saved');
    expect(autosave.hasUnsent()).toBe(false);
    expect(await store.all()).toEqual([]);
  });

  test('a 5xx counts as unreachable: retried after the retry interval', async () => {
    const { autosave, sent } = setup(async (e, call) => {
      if (call === 1) throw new ApiError(503, 'unavailable', 'Service Unavailable');
      return accept(e);
    });
    await autosave.edit(KEY, edit('Text'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosave.status()).toBe('offline');
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(2);
    expect(autosave.status()).toBe('saved');
  });

  test('after a reload, start() sends what the store kept', async () => {
    const store = memoryStore([
      {
        key: KEY,
        method: 'PUT',
        path: PATH,
        body: { rationale: 'Från förra sidladdningen' },
        baseVersion: 6,
        updatedAt: 1,
      },
    ]);
    const send = vi.fn(accept);
    const autosave = createAutosave({ store, send });
    expect(autosave.hasUnsent()).toBe(false);
    await autosave.start();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0]).toMatchObject({
      body: { rationale: 'Från förra sidladdningen' },
      baseVersion: 6,
    });
    expect(await store.all()).toEqual([]);
  });

  describe('409: the edit is kept until the user chooses', () => {
    const theirs = { rationale: 'Deras text', points: 5, version: 8 };

    async function conflicted() {
      const ctx = setup(async (e, call) => {
        if (call === 1) throw new ApiError(409, 'conflict', 'changed', [], theirs);
        return accept(e);
      });
      await ctx.autosave.edit(KEY, edit('Min text', 7));
      await vi.advanceTimersByTimeAsync(1000);
      return ctx;
    }

    test('the conflict is shown and stored with the server record; nothing more is sent', async () => {
      const { autosave, store, sent } = await conflicted();
      expect(autosave.status()).toBe('conflict');
      expect(autosave.pending[KEY]?.conflict).toEqual({ current: theirs });
      expect(autosave.pending[KEY]?.body).toEqual({ rationale: 'Min text' });
      expect(await store.all()).toMatchObject([
        { key: KEY, body: { rationale: 'Min text' }, conflict: { current: theirs } },
      ]);
      await autosave.edit(KEY, edit('Min text, längre', 7));
      await autosave.flushNow();
      await vi.advanceTimersByTimeAsync(5000);
      expect(sent).toHaveLength(1);
      expect(autosave.pending[KEY]?.body).toEqual({ rationale: 'Min text, längre' });
      expect(autosave.hasUnsent()).toBe(true);
    });

    test("resolve('mine') saves my text on the server's current version", async () => {
      const { autosave, sent } = await conflicted();
      await autosave.resolve(KEY, 'mine');
      expect(sent[1]).toEqual({
        method: 'PUT',
        path: PATH,
        body: { rationale: 'Min text' },
        baseVersion: 8,
      });
      expect(autosave.pending[KEY]).toBeUndefined();
      expect(autosave.status()).toBe('saved');
    });

    test("resolve('theirs') drops my edit and reports the server's record", async () => {
      const { autosave, store, sent } = await conflicted();
      const saved: SavedRecord[] = [];
      autosave.onSaved(KEY, (record) => saved.push(record));
      await autosave.resolve(KEY, 'theirs');
      expect(sent).toHaveLength(1);
      expect(saved).toEqual([theirs]);
      expect(autosave.pending[KEY]).toBeUndefined();
      expect(await store.all()).toEqual([]);
      expect(autosave.hasUnsent()).toBe(false);
    });

    test('resolve({ body }) saves the merged body on the current version', async () => {
      const { autosave, sent } = await conflicted();
      await autosave.resolve(KEY, { body: { rationale: 'Deras text\n\nMin text' } });
      expect(sent[1]).toMatchObject({
        body: { rationale: 'Deras text\n\nMin text' },
        baseVersion: 8,
      });
      expect(autosave.pending[KEY]).toBeUndefined();
    });

    test('a 409 whose record already holds what was sent is our own earlier save', async () => {
      // The first answer was lost; the retried create finds the record it made itself.
      const mine = { rationale: 'Min text', version: 1 };
      const { autosave, sent } = setup(async () => {
        throw new ApiError(409, 'conflict', 'exists', [], mine);
      });
      const saved: number[] = [];
      autosave.onSaved(KEY, (record) => saved.push(record.version));
      await autosave.edit(KEY, edit('Min text'));
      await vi.advanceTimersByTimeAsync(1000);
      expect(sent).toHaveLength(1);
      expect(saved).toEqual([1]);
      expect(autosave.pending[KEY]).toBeUndefined();
      expect(autosave.status()).toBe('saved');
    });
  });

  test('400: the edit and its error are kept until the user changes it', async () => {
    const { autosave, store, sent } = setup(async (e) => {
      if (e.body.rationale === '') throw new ApiError(400, 'invalid_input', 'rationale: empty');
      return accept(e);
    });
    await autosave.edit(KEY, edit(''));
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosave.status()).toBe('error');
    expect(autosave.errors[KEY]).toBe('Ogiltigt värde i fältet ”Motivering”: empty.');
    expect(autosave.lastError()).toBe('Ogiltigt värde i fältet ”Motivering”: empty.');
    expect(autosave.pending[KEY]?.body).toEqual({ rationale: '' });
    expect(await store.all()).toHaveLength(1);
    // Not resent on its own: the same body would fail the same way.
    await autosave.flushNow();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(1);
    await autosave.edit(KEY, edit('Nu med text'));
    expect(autosave.errors[KEY]).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.map((s) => s.body.rationale)).toEqual(['', 'Nu med text']);
    expect(autosave.status()).toBe('saved');
    expect(await store.all()).toEqual([]);
  });

  test('hasUnsent() is true from the keystroke until the server acknowledges', async () => {
    const inFlight = deferred<SavedRecord>();
    const { autosave } = setup(() => inFlight.promise);
    expect(autosave.hasUnsent()).toBe(false);
    await autosave.edit(KEY, edit('Text'));
    expect(autosave.hasUnsent()).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosave.hasUnsent()).toBe(true);
    inFlight.resolve({ rationale: 'Text', version: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(autosave.hasUnsent()).toBe(false);
  });

  test('flushNow() sends at once, without waiting for the debounce', async () => {
    const { autosave, sent } = setup(accept);
    await autosave.edit(KEY, edit('Lämnar fältet'));
    await autosave.flushNow();
    expect(sent.map((s) => s.body.rationale)).toEqual(['Lämnar fältet']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toHaveLength(1);
  });

  test('discard() drops an unsent edit from the queue and the store', async () => {
    const { autosave, store, sent } = setup(accept);
    await autosave.edit(KEY, edit('Slängs'));
    await autosave.discard(KEY);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toEqual([]);
    expect(autosave.pending[KEY]).toBeUndefined();
    expect(await store.all()).toEqual([]);
    expect(autosave.hasUnsent()).toBe(false);
  });
});

describe('held edits', () => {
  test('keeps an incomplete record durably without sending it, and sends it once complete', async () => {
    vi.useFakeTimers();
    const store = memoryStore();
    const sent: unknown[] = [];
    const autosave = createAutosave({
      store,
      send: async (edit) => {
        sent.push(edit.body);
        return { version: 1 };
      },
    });
    await autosave.edit('evidence:e1:n1', {
      method: 'POST',
      path: '/p',
      body: { notes: 'Utan grupp' },
      baseVersion: 0,
      held: true,
    });
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toEqual([]);
    expect((await store.all()).map((e) => e.body)).toEqual([{ notes: 'Utan grupp' }]);
    expect(autosave.hasUnsent()).toBe(true);
    expect(autosave.status()).not.toBe('saving');
    await autosave.edit('evidence:e1:n1', {
      method: 'POST',
      path: '/p',
      body: { notes: 'Utan grupp', group: 'official' },
      baseVersion: 0,
    });
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent).toEqual([{ notes: 'Utan grupp', group: 'official' }]);
    expect(await store.all()).toEqual([]);
    vi.useRealTimers();
  });
});
