import { NextResponse } from 'next/server';
import { z } from 'zod';
import { invalid, notFound, queryOf } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { watchesOfTitle } from '@/lib/journal/watch-entry';
import { getWatchlistEntry } from '@/lib/journal/watchlist';
import { tconstSchema } from '@/lib/titles/ids';
import { regionsFromAcceptLanguage } from '@/lib/titles/regions';
import { getTitleDetails } from '@/lib/titles/title-details';

const querySchema = z.object({
  tconst: tconstSchema,
  region: z
    .string()
    .regex(/^[A-Za-z]{2}(,[A-Za-z]{2})*$/, 'Give country codes like FR or FR,DE.')
    .optional(),
});

/** Everything the IMDb data holds about a title, and the caller's viewings and watchlist entry. */
export const GET = withApiAuth<RouteContext<'/api/v1/titles/[tconst]'>>(async (request, { params, user }) => {
  const parsed = querySchema.safeParse({ ...queryOf(request), tconst: (await params).tconst });
  if (!parsed.success) return invalid(parsed.error);
  const { tconst } = parsed.data;
  const region = parsed.data.region ?? regionsFromAcceptLanguage(request.headers.get('accept-language'));
  const title = await getTitleDetails(tconst, user.id, { region });
  if (!title) return notFound();
  const [watches, watchlist] = await Promise.all([watchesOfTitle(user.id, tconst), getWatchlistEntry(user.id, tconst)]);
  return NextResponse.json({ ...title, journal: { watches, watchlist } });
});
