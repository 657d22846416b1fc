import { NextResponse } from 'next/server';
import { z } from 'zod';
import { withApiAuth } from '@/lib/auth/api';
import { reviewQueue } from '@/lib/import';
import { invalid, queryOf } from '@/lib/titles/api-response';

const querySchema = z.object({
  offset: z.coerce.number({ error: 'offset is a number.' }).int().min(0, 'offset is at least 0.').default(0),
  limit: z.coerce
    .number({ error: 'limit is a number.' })
    .int()
    .min(1, 'limit is at least 1.')
    .max(100, 'limit is at most 100.')
    .default(20),
});

/** Imported rows waiting for their title: `total`, and a page of `items` with their candidates. */
export const GET = withApiAuth(async (request, { user }) => {
  const query = querySchema.safeParse(queryOf(request));
  if (!query.success) return invalid(query.error);
  return NextResponse.json(await reviewQueue(user.id, query.data));
});
