import { NextResponse } from 'next/server';
import { z } from 'zod';
import { invalid, notFound } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { idempotent } from '@/lib/http/idempotency';
import { removeFromWatchlist } from '@/lib/journal/watchlist';
import { tconstSchema } from '@/lib/titles/ids';

/** Takes a title off the caller's watchlist: 204, or 404 when it was not on it. */
export const DELETE = withApiAuth<RouteContext<'/api/v1/watchlist/[tconst]'>>(
  idempotent(async (_request, { params, user }) => {
    const parsed = z.object({ tconst: tconstSchema }).safeParse(await params);
    if (!parsed.success) return invalid(parsed.error);
    const removed = await removeFromWatchlist(user.id, parsed.data.tconst);
    return removed ? new NextResponse(null, { status: 204 }) : notFound();
  }),
);
