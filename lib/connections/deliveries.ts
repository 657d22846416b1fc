import 'server-only';
import { db } from '../db/client';

// The delivery log (what each delivery did, for someone debugging their media server's setup)
// and the Home inbox (viewings to grade, deliveries that matched no title), in one table.

export type Outcome = 'logged' | 'graded' | 'duplicate' | 'ignored' | 'unmatched' | 'refused';

export interface DeliveryRecord {
  event: string;
  outcome: Outcome;
  reason?: string | null;
  title?: string | null;
  year?: number | null;
  imdbId?: string | null;
  player?: string | null;
  watchedAt?: Date | null;
  watchId?: number | null;
  inbox?: boolean;
}

export interface Delivery extends Required<DeliveryRecord> {
  id: number;
  kind: string;
  /** The connection's time zone, to say "last night" in the household's. */
  timeZone: string | null;
  receivedAt: Date;
}

const KEEP = 100;

export async function recordDelivery(connectionId: number, d: DeliveryRecord): Promise<void> {
  await db().$executeRaw`
    INSERT INTO media_deliveries (connection_id, event, outcome, reason, title, year, imdb_id, player, watched_at, watch_id, inbox)
    VALUES (${connectionId}, ${d.event.slice(0, 100)}, ${d.outcome}, ${d.reason ?? null}, ${d.title ?? null},
            ${d.year ?? null}::int, ${d.imdbId ?? null}, ${d.player ?? null}, ${d.watchedAt ?? null}::timestamptz,
            ${d.watchId ?? null}::int, ${d.inbox ?? false})`;
  // Inbox items stay until dealt with; the rest of the log keeps the last KEEP deliveries.
  await db().$executeRaw`
    DELETE FROM media_deliveries
     WHERE connection_id = ${connectionId} AND NOT inbox
       AND id < (SELECT min(id) FROM (SELECT id FROM media_deliveries WHERE connection_id = ${connectionId}
                                       ORDER BY id DESC LIMIT ${KEEP}) last)`;
}

interface Row {
  id: number;
  kind: string;
  time_zone: string | null;
  received_at: Date;
  event: string;
  outcome: Outcome;
  reason: string | null;
  title: string | null;
  year: number | null;
  imdb_id: string | null;
  player: string | null;
  watched_at: Date | null;
  watch_id: number | null;
  inbox: boolean;
}

const toDelivery = (r: Row): Delivery => ({
  id: r.id,
  kind: r.kind,
  timeZone: r.time_zone,
  receivedAt: r.received_at,
  event: r.event,
  outcome: r.outcome,
  reason: r.reason,
  title: r.title,
  year: r.year,
  imdbId: r.imdb_id,
  player: r.player,
  watchedAt: r.watched_at,
  watchId: r.watch_id,
  inbox: r.inbox,
});

/** The last 100 deliveries of the user's connections (revoked ones too), newest first. */
export async function deliveryLog(userId: number): Promise<Delivery[]> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT d.*, c.kind, c.time_zone FROM media_deliveries d JOIN media_connections c ON c.id = d.connection_id
     WHERE c.user_id = ${userId} ORDER BY d.id DESC LIMIT ${KEEP}`;
  return rows.map(toDelivery);
}

/** The Home inbox: newest first. */
export async function inbox(userId: number): Promise<Delivery[]> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT d.*, c.kind, c.time_zone FROM media_deliveries d JOIN media_connections c ON c.id = d.connection_id
     WHERE c.user_id = ${userId} AND d.inbox
       -- graded or deleted in the diary meanwhile: nothing left to do here
       AND NOT EXISTS (SELECT 1 FROM watches w WHERE w.id = d.watch_id AND (w.grade IS NOT NULL OR w.deleted_at IS NOT NULL))
     ORDER BY d.id DESC LIMIT 20`;
  return rows.map(toDelivery);
}

export async function inboxItem(userId: number, id: number): Promise<Delivery | null> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT d.*, c.kind, c.time_zone FROM media_deliveries d JOIN media_connections c ON c.id = d.connection_id
     WHERE c.user_id = ${userId} AND d.id = ${id} AND d.inbox`;
  return rows[0] ? toDelivery(rows[0]) : null;
}

export async function dismissInboxItem(userId: number, id: number): Promise<boolean> {
  const count = await db().$executeRaw`
    UPDATE media_deliveries d SET inbox = false FROM media_connections c
     WHERE c.id = d.connection_id AND c.user_id = ${userId} AND d.id = ${id} AND d.inbox`;
  return count > 0;
}

/** Whether the play was seen before on this connection; records it when not. */
export async function claimPlay(connectionId: number, playKey: string): Promise<boolean> {
  const count = await db().$executeRaw`
    INSERT INTO media_plays (connection_id, play_key) VALUES (${connectionId}, ${playKey}) ON CONFLICT DO NOTHING`;
  return count > 0;
}

export async function releasePlay(connectionId: number, playKey: string, watchId: number | null): Promise<void> {
  if (watchId === null) {
    await db().$executeRaw`DELETE FROM media_plays WHERE connection_id = ${connectionId} AND play_key = ${playKey}`;
  } else {
    await db().$executeRaw`
      UPDATE media_plays SET watch_id = ${watchId} WHERE connection_id = ${connectionId} AND play_key = ${playKey}`;
  }
}

/** A viewing graded (from the inbox, or by the media server) needs no grading in the inbox. */
export async function leaveInbox(userId: number, watchId: number): Promise<void> {
  await db().$executeRaw`
    UPDATE media_deliveries d SET inbox = false FROM media_connections c
     WHERE c.id = d.connection_id AND c.user_id = ${userId} AND d.watch_id = ${watchId} AND d.inbox`;
}
