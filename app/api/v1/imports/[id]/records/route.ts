import { NextResponse } from 'next/server';
import { z } from 'zod';
import { withApiAuth } from '@/lib/auth/api';
import { listImportRecords } from '@/lib/import';
import { invalid, notFound, queryOf } from '@/lib/titles/api-response';
import { batchParamsSchema } from '../../ids';

type Context = RouteContext<'/api/v1/imports/[id]/records'>;

const querySchema = z.object({
  status: z
    .enum(['new', 'duplicate', 'watchlist', 'review', 'invalid', 'resolved', 'unmatched'], {
      error: 'status is new, duplicate, watchlist, review, invalid, resolved or unmatched.',
    })
    .optional(),
  offset: z.coerce.number({ error: 'offset is a number.' }).int().min(0, 'offset is at least 0.').default(0),
  limit: z.coerce
    .number({ error: 'limit is a number.' })
    .int()
    .min(1, 'limit is at least 1.')
    .max(500, 'limit is at most 500.')
    .default(100),
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
