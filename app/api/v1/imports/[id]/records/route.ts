import { NextResponse } from 'next/server';
import { z } from 'zod';
import { invalid, notFound, queryOf } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { listImportRecords } from '@/lib/import';
import { pagingQuery, RECORD_STATUSES } from '@/lib/import/schemas';
import { batchParamsSchema } from '../../ids';

type Context = RouteContext<'/api/v1/imports/[id]/records'>;

const querySchema = z.object({
  status: z.enum(RECORD_STATUSES, { error: `status is one of ${RECORD_STATUSES.join(', ')}.` }).optional(),
  ...pagingQuery(100, 500),
});

/** The records of an import in file order, with their status, reason, match and candidates. */
export const GET = withApiAuth<Context>(async (request, context) => {
  const params = batchParamsSchema.safeParse(await context.params);
  if (!params.success) return invalid(params.error);
  const query = querySchema.safeParse(queryOf(request));
  if (!query.success) return invalid(query.error);
  const records = await listImportRecords(context.user.id, params.data.id, query.data);
  return records ? NextResponse.json({ records }) : notFound();
});
