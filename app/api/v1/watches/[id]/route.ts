import { NextResponse } from 'next/server';
import { z } from 'zod';
import { invalid, notFound, readJsonObject } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { idempotent } from '@/lib/http/idempotency';
import type { WatchPatchInput } from '@/lib/journal/schemas';
import { getWatch } from '@/lib/journal/watch-entry';
import { deleteWatch, updateWatch } from '@/lib/journal/watch-writes';
import { rowIdSchema } from '@/lib/validation/row-id';

type Context = RouteContext<'/api/v1/watches/[id]'>;

const idSchema = z.object({ id: rowIdSchema('watch') });

async function watchId(context: Context) {
  return idSchema.safeParse(await context.params);
}

/** One of the caller's viewings. */
export const GET = withApiAuth<Context>(async (_request, context) => {
  const id = await watchId(context);
  if (!id.success) return invalid(id.error);
  const watch = await getWatch(context.user.id, id.data.id);
  return watch ? NextResponse.json(watch) : notFound();
});

/** Changes the fields given; the others stay as they are. */
export const PATCH = withApiAuth<Context>(
  idempotent(async (request, context) => {
    const id = await watchId(context);
    if (!id.success) return invalid(id.error);
    const body = await readJsonObject(request);
    if (body instanceof NextResponse) return body;
    const result = await updateWatch(context.user.id, id.data.id, body as WatchPatchInput);
    if (result.ok) return NextResponse.json(result.watch);
    return result.error === 'invalid' ? invalid(result.fieldErrors) : notFound();
  }),
);

/** Deletes a viewing: 204. */
export const DELETE = withApiAuth<Context>(
  idempotent(async (_request, context) => {
    const id = await watchId(context);
    if (!id.success) return invalid(id.error);
    const deleted = await deleteWatch(context.user.id, id.data.id);
    return deleted ? new NextResponse(null, { status: 204 }) : notFound();
  }),
);
