import { idbOutbox } from './idb-store';
import { type Change, type FlushReport, flush, newEntry, type OutboxEntry, outcomeOf, type SendResult } from './outbox';

// Sending the outbox from a page or the service worker: the JSON API with the entry's id as
// Idempotency-Key (the browser's own same-origin fetch carries the session cookie). One round
// at a time across tabs and the worker (Web Locks), and every change announced on a
// BroadcastChannel so each open page redraws its pending list.

export const OUTBOX_CHANNEL = 'mmj-outbox';
export const SYNC_TAG = 'mmj-outbox';
const SEND_TIMEOUT_MS = 15_000;

export type OutboxMessage = { type: 'changed' } | { type: 'synced'; report: FlushReport };

function announce(message: OutboxMessage): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(OUTBOX_CHANNEL);
  channel.postMessage(message);
  channel.close();
}

async function sendEntry(entry: OutboxEntry): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch(entry.path, {
      method: entry.method,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'idempotency-key': entry.id },
      body: entry.body === null ? undefined : JSON.stringify(entry.body),
      // A server that is unreachable without the phone knowing it must not keep Save spinning.
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
  } catch {
    return { ok: false, status: null, body: null };
  }
  // The worker's offline fallback is HTML, not the server's answer.
  const json = response.headers.get('content-type')?.includes('json');
  const body = json ? await response.json().catch(() => null) : null;
  return { ok: response.ok, status: response.status, body };
}

function locked<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request('mmj-outbox-flush', work) as Promise<T>) : work();
}

/** One round of sending (see flush); `force` ignores the retry delays. */
export async function syncOutbox(force = false): Promise<FlushReport> {
  const report = await locked(() => flush(idbOutbox, sendEntry, Date.now, { force }));
  if (report.sent.length || report.attention.length) announce({ type: 'synced', report });
  return report;
}

/** Stores the change (so it survives a closed app) before anything is sent. */
async function enqueue(change: Change): Promise<OutboxEntry> {
  const entry = newEntry(change, crypto.randomUUID(), Date.now());
  await idbOutbox.put(entry);
  announce({ type: 'changed' });
  return entry;
}

/** Asks the browser to wake the service worker when the network is back (where it can). */
async function requestBackgroundSync(): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  const sync = (
    registration as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined
  )?.sync;
  await sync?.register(SYNC_TAG).catch(() => undefined);
}

/** Sends one stored entry now (the log sheet, online) and returns the server's answer. */
async function sendNow(entry: OutboxEntry): Promise<SendResult> {
  return locked(async () => {
    const result = await sendEntry(entry);
    // A refusal goes back to the open form, which shows why; only "no answer yet" stays queued.
    const outcome = outcomeOf(result, entry.kind);
    if (outcome === 'done' || outcome === 'attention') {
      await idbOutbox.remove(entry.id);
      announce({ type: 'changed' });
    }
    return result;
  });
}

/** How a change made on a screen went: the server has it, it waits on this device, or it was refused. */
export type Delivery =
  | { state: 'done'; body: unknown }
  | { state: 'queued'; id: string }
  | { state: 'refused'; status: number; body: unknown };

/**
 * Every change a screen makes goes through the outbox, online too: stored with its key first,
 * then sent at once when the device is online; an answer lost on the way is resent later with
 * the same key, so the change is made exactly once.
 */
export async function deliver(change: Change): Promise<Delivery> {
  const entry = await enqueue(change);
  const result = navigator.onLine ? await sendNow(entry) : null;
  const outcome = result ? outcomeOf(result, entry.kind) : 'offline';
  if (result && outcome === 'done') return { state: 'done', body: result.body };
  if (!result || outcome !== 'attention') {
    await requestBackgroundSync();
    return { state: 'queued', id: entry.id };
  }
  return { state: 'refused', status: result.status ?? 0, body: result.body };
}

/** Takes back a change that has not been sent yet (Undo of an offline delete). False once it was sent. */
export async function cancelPending(id: string): Promise<boolean> {
  const cancelled = await locked(async () => {
    const entry = (await idbOutbox.all()).find((e) => e.id === id);
    if (entry?.state !== 'pending') return false;
    await idbOutbox.remove(id);
    return true;
  });
  if (cancelled) announce({ type: 'changed' });
  return cancelled;
}

/** The service worker's own cache of the app's shell (no journal data), kept for the offline page. */
const isShellCache = (name: string) => name.startsWith('serwist-precache');

/**
 * Sign-out: the outbox and every cache with journal data in it (pages, API reads, posters) go,
 * so the next person on the device sees nothing; the shell stays so that offline pages still
 * get the styled offline page.
 */
export async function purgeDevice(): Promise<void> {
  await idbOutbox.clear().catch(() => undefined);
  if (typeof caches !== 'undefined') {
    for (const name of await caches.keys()) if (!isShellCache(name)) await caches.delete(name);
  }
  announce({ type: 'changed' });
}
