import { NextResponse } from 'next/server';
import { z } from 'zod';
import { invalid, queryOf, readJsonObject } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { idempotent } from '@/lib/http/idempotency';
import { addToWatchlist, listWatchlist, WATCHLIST_SORTS } from '@/lib/journal/watchlist';
import { tconstSchema } from '@/lib/titles/ids';
import { getTitleSummary } from '@/lib/titles/title-details';
import { safeString } from '@/lib/validation/text';

const listQuerySchema = z.object({
  sort: z.enum(WATCHLIST_SORTS, { error: `Sort by ${WATCHLIST_SORTS.join(', ')}.` }).optional(),
  order: z.enum(['asc', 'desc'], { error: 'The order is asc or desc.' }).optional(),
});

const addSchema = z.object({
  tconst: tconstSchema,
  note: safeString({ error: 'A note is text.' })
    .trim()
    .max(1000, 'A note is at most 1,000 characters.')
    .nullish()
    .transform((v) => v || null),
});

/** The caller's watchlist, with each title's facts. */
export const GET = withApiAuth(async (request, { user }) => {
  const parsed = listQuerySchema.safeParse(queryOf(request));
  if (!parsed.success) return invalid(parsed.error);
  return NextResponse.json({ items: await listWatchlist(user.id, parsed.data) });
});

/** Adds a title: 201 when new, 200 when it was already on the list (nothing changes then). */
export const POST = withApiAuth(
  idempotent(async (request, { user }) => {
    const body = await readJsonObject(request);
    if (body instanceof NextResponse) return body;
    const parsed = addSchema.safeParse(body);
    if (!parsed.success) return invalid(parsed.error);
    if (!(await getTitleSummary(parsed.data.tconst, user.id))) {
      return invalid({ tconst: ['No title with this id in the IMDb data.'] });
    }
    const { created, entry } = await addToWatchlist(user.id, parsed.data.tconst, parsed.data.note);
    return NextResponse.json(entry, { status: created ? 201 : 200 });
  }),
);
