'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedFormAction } from '../../auth/action';
import { addToWatchlist } from '../../journal/watchlist';
import { tconstSchema } from '../../titles/ids';

/** "Add to watchlist" from a pick (picked titles may be provisional, so no dataset check here). */
export const watchlistPickAction = authedFormAction(z.object({ tconst: tconstSchema }), async ({ tconst }, user) => {
  await addToWatchlist(user.id, tconst);
  revalidatePath('/picks');
  revalidatePath('/watchlist');
  return { ok: true, message: 'On your watchlist.' };
});
