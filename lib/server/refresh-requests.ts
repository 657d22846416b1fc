import { db } from '../db/client';
import type { PrismaClient } from '../db/generated/client';

// Asking for an account's statistics and picks to be brought up to date in the background
// (refresher.ts does it). The request is a row, so that one made by the import command, or left
// when the server stopped, is still done; a second request before the first ran is the same one.

/** 'imdb': an IMDb data refresh swapped in new tables (the ETL asks, for every account). */
export type RefreshReason = 'import' | 'undo' | 'review' | 'imdb';

// On globalThis: the server's start-up code and its routes may be bundled apart.
const holder = globalThis as unknown as { refreshListeners?: Set<() => void> };
holder.refreshListeners ??= new Set();
const listeners = holder.refreshListeners;

/** Called on every request made in this process (the refresher wakes up). */
export function onRefreshRequested(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function requestRefresh(userId: number, reason: RefreshReason, prisma: PrismaClient = db()) {
  await prisma.$executeRaw`INSERT INTO journal_refreshes (user_id, reason) VALUES (${userId}, ${reason})
    ON CONFLICT (user_id) DO UPDATE SET reason = EXCLUDED.reason, requested_at = now()`;
  for (const listener of listeners) listener();
}

/** Why the account's statistics and picks are being rebuilt, or null when they are current. */
export async function pendingRefresh(userId: number): Promise<RefreshReason | null> {
  const row = await db().journalRefresh.findUnique({ where: { userId }, select: { reason: true } });
  return (row?.reason as RefreshReason | undefined) ?? null;
}
