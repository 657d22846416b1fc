'use server';

import { z } from 'zod';
import { requireUser } from '@/lib/auth/request';
import { searchImdbOnline } from '@/lib/imdb-web/fetch';
import { journalPresence } from '@/lib/journal/presence';
import type { OnlineCandidate } from '../merge';

export interface OnlineSearchAnswer {
  results: OnlineCandidate[];
  errors: string[];
}

const querySchema = z.string().trim().min(1).max(200);

/** "Search IMDb": the website's answer for titles the local data does not have (yet), marked for the user. */
export async function searchOnlineAction(query: string): Promise<OnlineSearchAnswer> {
  const user = await requireUser();
  const term = querySchema.safeParse(query);
  if (!term.success) return { results: [], errors: [] };
  const outcome = await searchImdbOnline(term.data);
  const marks = await journalPresence(
    user.id,
    outcome.results.map((r) => r.tconst),
  );
  return {
    results: outcome.results.map((r) => ({
      ...r,
      inJournal: marks.inJournal.has(r.tconst),
      onWatchlist: marks.onWatchlist.has(r.tconst),
    })),
    errors: outcome.errors,
  };
}
