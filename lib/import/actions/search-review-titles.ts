'use server';

import { z } from 'zod';
import { type ActionState, authedFormAction } from '@/lib/auth/action';
import { db } from '@/lib/db/client';
import { SearchUnavailableError, searchTitles } from '@/lib/search';
import { normalizeSearchText } from '@/lib/search/normalize';
import { findJournalTitles, loadJournalTitles } from '../journal-titles';
import type { MatchCandidate } from '../types';

export type ReviewSearchState = ActionState & { results?: MatchCandidate[] };

const LIMIT = 8;
const searchSchema = z.object({
  q: z.string().trim().min(1, 'Type a title.').max(200, 'That is too long for a title.'),
});

/** The review queue's search box: the journal's own titles first, then the local title search,
 *  shaped like the candidates. */
export const searchReviewTitlesAction = authedFormAction(
  searchSchema,
  async ({ q }, user): Promise<ReviewSearchState> => {
    const journal = await loadJournalTitles(db(), user.id);
    const mine: MatchCandidate[] = findJournalTitles(journal, normalizeSearchText(q), LIMIT).map((t) => ({
      tconst: t.tconst,
      title: t.name,
      year: t.year,
      type: t.type,
      votes: t.votes,
      score: 0,
      inJournal: true,
    }));
    let found: Awaited<ReturnType<typeof searchTitles>> = [];
    try {
      found = await searchTitles(q, { userId: user.id, limit: LIMIT });
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error;
    }
    const seen = new Set(mine.map((c) => c.tconst));
    const others = found
      .filter((t) => !seen.has(t.tconst))
      .map((t) => ({
        tconst: t.tconst,
        title: t.title,
        year: t.year,
        type: t.type,
        votes: t.votes,
        score: 0,
        inJournal: t.inJournal || undefined,
        directors: t.directors,
      }));
    const results = [...mine, ...others].slice(0, LIMIT);
    return {
      ok: true,
      results,
      message: results.length ? undefined : 'Nothing in the local IMDb data or in your journal matches.',
    };
  },
);
