'use server';

import { requireUser } from '@/lib/auth/request';
import { watchFiltersSchema } from '../schemas';
import { listWatches, type WatchPage } from '../watches';

/** The diary's next page (infinite scroll / Load more), with the filters of the page. */
export async function loadWatchesAction(filters: Record<string, string>, cursor: string): Promise<WatchPage> {
  const user = await requireUser();
  const parsed = watchFiltersSchema.safeParse(filters);
  return listWatches(user.id, { ...(parsed.success ? parsed.data : {}), cursor: String(cursor), limit: 40 });
}
