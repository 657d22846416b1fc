import { NextResponse } from 'next/server';
import { apiError, invalid, notFound } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { commitImport, getImportSummary } from '@/lib/import';
import { batchParamsSchema } from '../../ids';

type Context = RouteContext<'/api/v1/imports/[id]/commit'>;

/** Writes a previewed import into the journal, all or nothing: 200 with its summary, 409 when it is not a preview. */
export const POST = withApiAuth<Context>(async (_request, context) => {
  const params = batchParamsSchema.safeParse(await context.params);
  if (!params.success) return invalid(params.error);
  if (!(await getImportSummary(context.user.id, params.data.id))) return notFound();
  const result = await commitImport(context.user.id, params.data.id);
  return result.ok ? NextResponse.json(result.summary) : apiError('conflict', result.message);
});
