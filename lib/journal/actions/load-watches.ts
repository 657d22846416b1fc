'use server';

import { requireUser } from '@/lib/auth/request';
import { postersFor } from '@/lib/posters/availability';
import type { PosterMap } from '@/lib/posters/src';
import { listWatches, type WatchPage } from '../diary-query';
import { watchFiltersSchema } from '../schemas';

/** The diary's next page (infinite scroll / Load more), with the filters of the page, and its posters. */
export async function loadWatchesAction(
  filters: Record<string, string>,
  cursor: string,
): Promise<WatchPage & { posters: PosterMap }> {
  const user = await requireUser();
  const parsed = watchFiltersSchema.safeParse(filters);
  const page = await listWatches(user.id, {
    ...(parsed.success ? parsed.data : {}),
    cursor: String(cursor),
    limit: 40,
  });
  return { ...page, posters: await postersFor(page.watches) };
}
