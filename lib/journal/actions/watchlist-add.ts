'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedFormAction } from '../../auth/action';
import { tconstSchema } from '../../titles/ids';
import { getTitleSummary } from '../../titles/title-details';
import { addToWatchlist } from '../watchlist';

export const addToWatchlistAction = authedFormAction(z.object({ tconst: tconstSchema }), async ({ tconst }, user) => {
  const title = await getTitleSummary(tconst, user.id);
  if (!title) return { message: 'That title is not in the IMDb data.' };
  await addToWatchlist(user.id, tconst);
  revalidatePath(`/titles/${tconst}`);
  revalidatePath('/watchlist');
  return { ok: true, message: `${title.primaryTitle} is on your watchlist.` };
});
