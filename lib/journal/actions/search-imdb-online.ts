'use server';

import { z } from 'zod';
import { requireUser } from '@/lib/auth/request';
import { db } from '@/lib/db/client';
import { searchImdbOnline } from '@/lib/imdb-web/fetch';
import type { OnlineTitle } from '@/lib/imdb-web/types';

export interface OnlineSearchResult extends OnlineTitle {
  inJournal: boolean;
  onWatchlist: boolean;
}

export interface OnlineSearchAnswer {
  results: OnlineSearchResult[];
  errors: string[];
}

/** "Search IMDb": the website's answer for titles the local data does not have (yet). */
export async function searchImdbOnlineAction(query: string): Promise<OnlineSearchAnswer> {
  const user = await requireUser();
  const term = z.string().trim().min(1).max(200).safeParse(query);
  if (!term.success) return { results: [], errors: [] };
  const outcome = await searchImdbOnline(term.data);
  const tconsts = outcome.results.map((r) => r.tconst);
  const [watched, listed] = await Promise.all([
    db().watch.findMany({
      where: { userId: user.id, tconst: { in: tconsts }, deletedAt: null },
      select: { tconst: true },
      distinct: ['tconst'],
    }),
    db().watchlistEntry.findMany({ where: { userId: user.id, tconst: { in: tconsts } }, select: { tconst: true } }),
  ]);
  const inJournal = new Set(watched.map((w) => w.tconst));
  const onWatchlist = new Set(listed.map((w) => w.tconst));
  return {
    results: outcome.results.map((r) => ({
      ...r,
      inJournal: inJournal.has(r.tconst),
      onWatchlist: onWatchlist.has(r.tconst),
    })),
    errors: outcome.errors,
  };
}
