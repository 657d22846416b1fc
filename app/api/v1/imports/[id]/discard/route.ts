import { NextResponse } from 'next/server';
import { invalid, notFound } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { discardPreview } from '@/lib/import';
import { batchParamsSchema } from '../../ids';

type Context = RouteContext<'/api/v1/imports/[id]/discard'>;

/** Forgets a preview (204); an import that was committed is taken out with POST …/undo instead. */
export const POST = withApiAuth<Context>(async (_request, context) => {
  const params = batchParamsSchema.safeParse(await context.params);
  if (!params.success) return invalid(params.error);
  return (await discardPreview(context.user.id, params.data.id)) ? new NextResponse(null, { status: 204 }) : notFound();
});
