import { NextResponse } from 'next/server';
import { apiError, invalid, notFound } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { getImportSummary, undoImport } from '@/lib/import';
import { batchParamsSchema } from '../../ids';

type Context = RouteContext<'/api/v1/imports/[id]/undo'>;

/** Takes a committed import out of the journal as a whole: 200 with its summary, 409 when it is not committed. */
export const POST = withApiAuth<Context>(async (_request, context) => {
  const params = batchParamsSchema.safeParse(await context.params);
  if (!params.success) return invalid(params.error);
  if (!(await getImportSummary(context.user.id, params.data.id))) return notFound();
  const result = await undoImport(context.user.id, params.data.id);
  return result.ok ? NextResponse.json(result.summary) : apiError('conflict', result.message);
});
