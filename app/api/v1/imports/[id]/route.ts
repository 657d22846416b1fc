import { NextResponse } from 'next/server';
import { invalid, notFound } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { getImportSummary } from '@/lib/import';
import { batchParamsSchema } from '../ids';

type Context = RouteContext<'/api/v1/imports/[id]'>;

/** One import: its files, status and counts. */
export const GET = withApiAuth<Context>(async (_request, context) => {
  const params = batchParamsSchema.safeParse(await context.params);
  if (!params.success) return invalid(params.error);
  const summary = await getImportSummary(context.user.id, params.data.id);
  return summary ? NextResponse.json(summary) : notFound();
});
