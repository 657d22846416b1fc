// The outbox: changes made on this device, kept until the server has them. Pure logic over a
// storage interface (IndexedDB in the browser, a Map in tests). Each entry's id is its
// Idempotency-Key, so sending it again after a lost answer never writes twice on the server.
//
// Rules:
// - Entries are sent oldest first, one at a time, so a later change never overtakes an earlier one.
// - 2xx: done, the entry is removed.
// - No answer (offline, server unreachable), 401 (signed out), 408, 409 (the same key still
//   running), 425, 429, 5xx: kept, tried again later with a growing delay; a network failure
//   stops the round (the rest would fail the same way).
// - 404 to a delete or a watchlist removal: done, the thing is gone already (deleted on
//   another device), which is what the change asked for.
// - Any other 4xx (a refused value, an edit or undo of a viewing deleted elsewhere, a key
//   reused): "needs attention" with the server's reason. Only the person can retry or discard
//   it; nothing is ever dropped silently.

export type ChangeKind = 'log' | 'edit' | 'delete' | 'restore' | 'watchlist-add' | 'watchlist-remove' | 'dismiss';

/** What the screens show of a change while it waits. */
export interface ChangePreview {
  tconst: string;
  title: string;
  year: number | null;
  /** The viewing an edit, delete or restore is about. */
  watchId?: number;
  watchedOn: string | null;
  grade: number | null;
}

export interface Change {
  kind: ChangeKind;
  method: 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body: Record<string, unknown> | null;
  preview: ChangePreview;
}

export interface OutboxEntry extends Change {
  /** A client-made UUID, sent as the Idempotency-Key. */
  id: string;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  state: 'pending' | 'attention';
  /** Why the server refused it, or why the last try failed. */
  reason: string | null;
}

export interface OutboxStore {
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

export type SendResult =
  | { ok: true; status: number; body: unknown }
  | { ok: false; status: number | null; body: unknown };
export type Sender = (entry: OutboxEntry) => Promise<SendResult>;

export interface FlushReport {
  sent: { entry: OutboxEntry; body: unknown }[];
  attention: OutboxEntry[];
  /** True when a try found no network: the round stopped there. */
  offline: boolean;
}

const RETRY_STATUSES = new Set([401, 408, 409, 425, 429]);
const FIRST_DELAY_MS = 2000;
const MAX_DELAY_MS = 5 * 60 * 1000;

export function newEntry(change: Change, id: string, now: number): OutboxEntry {
  return { ...change, id, createdAt: now, attempts: 0, nextAttemptAt: now, state: 'pending', reason: null };
}

/** The delay before try number `attempts + 1`: 2 s, 4 s, 8 s… up to 5 minutes. */
export function retryDelay(attempts: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(attempts - 1, 0), MAX_DELAY_MS);
}

/** Changes whose aim is that something is gone: a 404 means it is already. */
const GONE_IS_DONE = new Set<ChangeKind>(['delete', 'watchlist-remove']);

export function outcomeOf(result: SendResult, kind?: ChangeKind): 'done' | 'retry' | 'offline' | 'attention' {
  if (result.ok) return 'done';
  if (result.status === 404 && kind && GONE_IS_DONE.has(kind)) return 'done';
  if (result.status === null) return 'offline';
  if (result.status >= 500 || RETRY_STATUSES.has(result.status)) return 'retry';
  return 'attention';
}

/** The server's words for a refusal: its field messages, its message, or the status. */
export function reasonOf(status: number | null, body: unknown): string {
  if (status === null) return 'No connection to the server.';
  if (body && typeof body === 'object') {
    const { fields, message } = body as { fields?: Record<string, string[]>; message?: string };
    const messages = fields ? Object.values(fields).flat() : [];
    if (messages.length) return messages.join(' ');
    if (typeof message === 'string' && message) return message;
  }
  if (status === 404) return 'It no longer exists on the server (deleted on another device?).';
  return `The server answered ${status}.`;
}

const byAge = (a: OutboxEntry, b: OutboxEntry) => a.createdAt - b.createdAt || a.id.localeCompare(b.id);

/** Pending entries, oldest first, and those needing attention. */
export async function outboxState(store: OutboxStore): Promise<{ pending: OutboxEntry[]; attention: OutboxEntry[] }> {
  const all = (await store.all()).sort(byAge);
  return { pending: all.filter((e) => e.state === 'pending'), attention: all.filter((e) => e.state === 'attention') };
}

/**
 * Sends what is due (everything pending when `force`, as on reconnect or app open). Each
 * outcome is written to the store before the next entry is sent, so a crash mid-round loses
 * nothing and resends at most the one entry whose answer was lost (the key makes that harmless).
 */
export async function flush(
  store: OutboxStore,
  send: Sender,
  now: () => number,
  { force = false }: { force?: boolean } = {},
): Promise<FlushReport> {
  const report: FlushReport = { sent: [], attention: [], offline: false };
  const { pending } = await outboxState(store);
  for (const entry of pending) {
    if (!force && entry.nextAttemptAt > now()) continue;
    const result = await send(entry);
    const outcome = outcomeOf(result, entry.kind);
    if (outcome === 'done') {
      await store.remove(entry.id);
      report.sent.push({ entry, body: result.body });
      continue;
    }
    const attempts = entry.attempts + 1;
    const reason = reasonOf(result.status, result.body);
    if (outcome === 'attention') {
      const refused: OutboxEntry = { ...entry, attempts, state: 'attention', reason };
      await store.put(refused);
      report.attention.push(refused);
      continue;
    }
    await store.put({ ...entry, attempts, nextAttemptAt: now() + retryDelay(attempts), reason });
    if (outcome === 'offline') {
      report.offline = true;
      break;
    }
  }
  return report;
}

/** "Try again" on an entry that needs attention: pending again, due now. */
export async function retryEntry(store: OutboxStore, id: string, now: number): Promise<void> {
  const entry = (await store.all()).find((e) => e.id === id);
  if (entry) await store.put({ ...entry, state: 'pending', nextAttemptAt: now, reason: null });
}
