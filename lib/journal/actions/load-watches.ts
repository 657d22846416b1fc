'use server';

import { z } from 'zod';
import { authedAction } from '@/lib/auth/action';
import { postersFor } from '@/lib/posters/availability';
import type { PosterMap } from '@/lib/posters/src';
import { listWatches, type WatchPage } from '../diary-query';
import { watchFiltersSchema } from '../schemas';

const pageSchema = z.object({ filters: z.record(z.string(), z.string()), cursor: z.string().max(200) });
const NO_PAGE: WatchPage & { posters: PosterMap } = { watches: [], nextCursor: null, posters: {} };

/** The diary's next page (infinite scroll / Load more), with the filters of the page, and its posters. */
export const loadWatchesAction = authedAction(pageSchema, NO_PAGE, async ({ filters, cursor }, user) => {
  const parsed = watchFiltersSchema.safeParse(filters);
  const page = await listWatches(user.id, { ...(parsed.success ? parsed.data : {}), cursor, limit: 40 });
  return { ...page, posters: await postersFor(page.watches) };
});
