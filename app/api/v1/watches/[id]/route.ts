import { NextResponse } from 'next/server';
import { z } from 'zod';
import { withApiAuth } from '@/lib/auth/api';
import { idempotent } from '@/lib/http/idempotency';
import type { WatchPatchInput } from '@/lib/journal/schemas';
import { deleteWatch, getWatch, updateWatch } from '@/lib/journal/watches';
import { invalid, notFound, readJsonObject } from '@/lib/titles/api-response';

type Context = RouteContext<'/api/v1/watches/[id]'>;

const idSchema = z.object({
  id: z.coerce
    .number({ error: 'A watch id is a positive whole number.' })
    .int('A watch id is a positive whole number.')
    .positive('A watch id is a positive whole number.')
    .max(2_147_483_647, 'No watch has so large an id.'),
});

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
