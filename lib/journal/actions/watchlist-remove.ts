'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedFormAction } from '../../auth/action';
import { tconstSchema } from '../../titles/ids';
import { removeFromWatchlist } from '../watchlist';

export const removeFromWatchlistAction = authedFormAction(
  z.object({ tconst: tconstSchema }),
  async ({ tconst }, user) => {
    await removeFromWatchlist(user.id, tconst);
    revalidatePath(`/titles/${tconst}`);
    revalidatePath('/watchlist');
    return { ok: true, message: 'Removed from your watchlist.' };
  },
);
