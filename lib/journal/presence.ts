import 'server-only';
import { db } from '../db/client';

/** Which of `tconsts` the user has logged (and not deleted) and which are on their watchlist. */
export async function journalPresence(
  userId: number,
  tconsts: string[],
): Promise<{ inJournal: Set<string>; onWatchlist: Set<string> }> {
  if (tconsts.length === 0) return { inJournal: new Set(), onWatchlist: new Set() };
  const [watched, listed] = await Promise.all([
    db().watch.findMany({
      where: { userId, tconst: { in: tconsts }, deletedAt: null },
      select: { tconst: true },
      distinct: ['tconst'],
    }),
    db().watchlistEntry.findMany({ where: { userId, tconst: { in: tconsts } }, select: { tconst: true } }),
  ]);
  return { inJournal: new Set(watched.map((w) => w.tconst)), onWatchlist: new Set(listed.map((w) => w.tconst)) };
}
