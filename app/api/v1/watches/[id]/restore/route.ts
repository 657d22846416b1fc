import { NextResponse } from 'next/server';
import { z } from 'zod';
import { invalid, notFound } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { idempotent } from '@/lib/http/idempotency';
import { restoreWatch } from '@/lib/journal/watch-writes';
import { rowIdSchema } from '@/lib/validation/row-id';

/** Undoes a delete: 200 with the viewing, 404 when the caller has no such deleted viewing. */
export const POST = withApiAuth<RouteContext<'/api/v1/watches/[id]/restore'>>(
  idempotent(async (_request, { params, user }) => {
    const parsed = z.object({ id: rowIdSchema('watch') }).safeParse(await params);
    if (!parsed.success) return invalid(parsed.error);
    const watch = await restoreWatch(user.id, parsed.data.id);
    return watch ? NextResponse.json(watch) : notFound();
  }),
);
