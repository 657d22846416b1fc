'use server';

import { z } from 'zod';
import { type ActionState, authedFormAction } from '@/lib/auth/action';
import { watchInputSchema } from '../schemas';
import { createWatch, type WatchEntry } from '../watches';

export type LogWatchState = ActionState & { watch?: WatchEntry };

const logSchema = watchInputSchema.extend({
  removeFromWatchlist: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
  // Set for a title found on IMDb's website only, so that the journal can name it.
  provisionalTitle: z.string().trim().max(500).optional(),
  provisionalYear: z.string().trim().max(4).optional(),
  provisionalType: z.string().trim().max(40).optional(),
  provisionalSource: z.string().trim().max(60).optional(),
});

/** The log sheet's Save: a new viewing (and its provisional title, and off the watchlist). */
export const logWatchAction = authedFormAction(logSchema, async (data, user): Promise<LogWatchState> => {
  const { removeFromWatchlist, provisionalTitle, provisionalYear, provisionalType, provisionalSource, ...input } = data;
  const provisional = provisionalTitle
    ? {
        title: provisionalTitle,
        year: provisionalYear || null,
        type: provisionalType || null,
        source: provisionalSource || 'imdb-web',
      }
    : undefined;
  const result = await createWatch(user.id, input, { provisional, removeFromWatchlist });
  if (!result.ok) {
    return result.error === 'invalid' ? { fieldErrors: result.fieldErrors } : { message: 'That title was not found.' };
  }
  return { ok: true, message: `Logged ${result.watch.title ?? result.watch.tconst}.`, watch: result.watch };
});
