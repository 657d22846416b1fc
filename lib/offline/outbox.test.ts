import { describe, expect, it } from 'vitest';
import { logChange } from './log-change';
import {
  flush,
  newEntry,
  type OutboxEntry,
  type OutboxStore,
  outboxState,
  retryDelay,
  retryEntry,
  type SendResult,
} from './outbox';

function memoryStore(): OutboxStore & { map: Map<string, OutboxEntry> } {
  const map = new Map<string, OutboxEntry>();
  return {
    map,
    all: async () => [...map.values()].map((e) => ({ ...e })),
    put: async (entry) => void map.set(entry.id, { ...entry }),
    remove: async (id) => void map.delete(id),
    clear: async () => map.clear(),
  };
}

const change = (tconst: string) =>
  logChange(
    { tconst, watchedOn: '2025-06-01', grade: '5', rewatch: 'on', tags: 'cinema' },
    { tconst, title: tconst, year: 2000 },
  );

async function storeWith(...ids: string[]) {
  const store = memoryStore();
  for (const [i, id] of ids.entries()) await store.put(newEntry(change(`tt000000${i}`), id, 1000 + i));
  return store;
}

/** A server that answers from a script, one answer per call, and records what it got. */
function server(...answers: SendResult[]) {
  const seen: string[] = [];
  const send = async (entry: OutboxEntry) => {
    seen.push(entry.id);
    return answers.shift() ?? { ok: true as const, status: 201, body: { id: seen.length } };
  };
  return { send, seen };
}

const clock =
  (t = 5000) =>
  () =>
    t;

describe('flush', () => {
  it('sends pending entries oldest first and removes each once accepted', async () => {
    const store = await storeWith('a', 'b', 'c');
    const { send, seen } = server();
    const report = await flush(store, send, clock());
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(report.sent.map((s) => s.entry.id)).toEqual(['a', 'b', 'c']);
    expect(store.map.size).toBe(0);
  });

  it('stops at the first network failure and keeps everything not yet accepted', async () => {
    const store = await storeWith('a', 'b', 'c');
    const { send, seen } = server({ ok: true, status: 201, body: {} }, { ok: false, status: null, body: null });
    const report = await flush(store, send, clock(5000));
    expect(seen).toEqual(['a', 'b']);
    expect(report.offline).toBe(true);
    const left = (await outboxState(store)).pending;
    expect(left.map((e) => e.id)).toEqual(['b', 'c']);
    expect(left[0]).toMatchObject({
      attempts: 1,
      nextAttemptAt: 5000 + retryDelay(1),
      reason: 'No connection to the server.',
    });
  });

  it('waits for the delay after a failure unless forced (reconnect, app open)', async () => {
    const store = await storeWith('a');
    await flush(store, server({ ok: false, status: 503, body: null }).send, clock(5000));
    const early = server();
    await flush(store, early.send, clock(5001));
    expect(early.seen).toEqual([]);
    await flush(store, early.send, clock(5001), { force: true });
    expect(early.seen).toEqual(['a']);
    expect(store.map.size).toBe(0);
  });

  it('a lost answer resends the same entry with the same key', async () => {
    const store = await storeWith('key-1');
    const first = server({ ok: false, status: null, body: null });
    await flush(store, first.send, clock());
    const second = server();
    await flush(store, second.send, clock(), { force: true });
    expect([...first.seen, ...second.seen]).toEqual(['key-1', 'key-1']);
  });

  it('a refused change needs attention with the reason, is never dropped, and is not resent by itself', async () => {
    const store = await storeWith('a', 'b');
    const refusal = { error: 'invalid', fields: { watchedOn: ['That is in the future.'] } };
    const report = await flush(store, server({ ok: false, status: 400, body: refusal }).send, clock());
    expect(report.attention.map((e) => e.id)).toEqual(['a']);
    expect(report.sent.map((s) => s.entry.id)).toEqual(['b']);
    const { pending, attention } = await outboxState(store);
    expect(pending).toEqual([]);
    expect(attention[0]).toMatchObject({ id: 'a', state: 'attention', reason: 'That is in the future.' });
    const later = server();
    await flush(store, later.send, clock(), { force: true });
    expect(later.seen).toEqual([]);
    await retryEntry(store, 'a', 6000);
    await flush(store, later.send, clock(6000));
    expect(later.seen).toEqual(['a']);
  });

  it('retries what may heal (signed out, key still running, rate limit, server errors)', async () => {
    for (const status of [401, 409, 429, 500, 503]) {
      const store = await storeWith('a');
      await flush(store, server({ ok: false, status, body: {} }).send, clock());
      expect((await outboxState(store)).pending).toHaveLength(1);
    }
  });

  it('a viewing deleted elsewhere (404) needs attention with a plain reason', async () => {
    const store = await storeWith('a');
    await flush(store, server({ ok: false, status: 404, body: { error: 'not_found' } }).send, clock());
    expect((await outboxState(store)).attention[0].reason).toMatch(/no longer exists/);
  });
});

describe('retryDelay', () => {
  it('doubles from 2 s up to 5 minutes', () => {
    expect([1, 2, 3].map(retryDelay)).toEqual([2000, 4000, 8000]);
    expect(retryDelay(30)).toBe(300_000);
  });
});

describe('logChange', () => {
  it('turns the log form into the API body, with options and a provisional title', () => {
    const c = logChange(
      {
        tconst: 'tt9999999',
        watchedOn: '2025-06',
        grade: '7.5',
        removeFromWatchlist: 'on',
        provisionalTitle: 'New film',
        provisionalYear: '2025',
        provisionalType: '',
        provisionalSource: 'imdb-web',
      },
      { tconst: 'tt9999999', title: 'New film', year: 2025 },
    );
    expect(c).toMatchObject({ method: 'POST', path: '/api/v1/watches' });
    expect(c.body).toEqual({
      tconst: 'tt9999999',
      watchedOn: '2025-06',
      grade: '7.5',
      removeFromWatchlist: true,
      provisional: { title: 'New film', year: '2025', type: null, source: 'imdb-web' },
    });
    expect(c.preview).toEqual({ tconst: 'tt9999999', title: 'New film', year: 2025, watchedOn: '2025-06', grade: 7.5 });
  });

  it('sends a title the phone never saw by its name and year, with no tconst', () => {
    const c = logChange(
      { watchedOn: '2025-06-01', grade: '6', matchTitle: 'Heat', matchYear: '1995' },
      { tconst: '', title: 'Heat', year: 1995 },
    );
    expect(c.body).toEqual({ watchedOn: '2025-06-01', grade: '6', match: { title: 'Heat', year: 1995 } });
    const noYear = logChange(
      { watchedOn: '', matchTitle: 'Heat', matchYear: '' },
      { tconst: '', title: 'Heat', year: null },
    );
    expect(noYear.body?.match).toEqual({ title: 'Heat', year: null });
  });
});
