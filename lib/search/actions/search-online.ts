'use server';

import { z } from 'zod';
import { authedAction } from '@/lib/auth/action';
import { searchImdbOnline } from '@/lib/imdb-web/fetch';
import { journalPresence } from '@/lib/journal/presence';
import type { OnlineCandidate } from '../merge';

export interface OnlineSearchAnswer {
  results: OnlineCandidate[];
  errors: string[];
}

const querySchema = z.string().trim().min(1).max(200);
const NO_ANSWER: OnlineSearchAnswer = { results: [], errors: [] };

/** "Search IMDb": the website's answer for titles the local data does not have (yet), marked for the user. */
export const searchOnlineAction = authedAction(querySchema, NO_ANSWER, async (term, user) => {
  const outcome = await searchImdbOnline(term);
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
});
