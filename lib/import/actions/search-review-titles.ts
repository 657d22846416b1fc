'use server';

import { z } from 'zod';
import { type ActionState, authedFormAction } from '@/lib/auth/action';
import { SearchUnavailableError, searchTitles } from '@/lib/search';
import type { MatchCandidate } from '../types';

export type ReviewSearchState = ActionState & { results?: MatchCandidate[] };

const searchSchema = z.object({
  q: z.string().trim().min(1, 'Type a title.').max(200, 'That is too long for a title.'),
});

/** The review queue's search box: the local title search, shaped like the candidates. */
export const searchReviewTitlesAction = authedFormAction(
  searchSchema,
  async ({ q }, user): Promise<ReviewSearchState> => {
    try {
      const found = await searchTitles(q, { userId: user.id, limit: 8 });
      const results = found.map((t) => ({
        tconst: t.tconst,
        title: t.title,
        year: t.year,
        type: t.type,
        votes: t.votes,
        score: 0,
      }));
      return { ok: true, results, message: results.length ? undefined : 'Nothing in the local IMDb data matches.' };
    } catch (error) {
      if (error instanceof SearchUnavailableError) return { message: 'There is no IMDb data on this server yet.' };
      throw error;
    }
  },
);
