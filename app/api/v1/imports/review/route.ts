import { NextResponse } from 'next/server';
import { z } from 'zod';
import { invalid, queryOf } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { reviewQueue } from '@/lib/import';
import { pagingQuery } from '@/lib/import/schemas';

const querySchema = z.object(pagingQuery(20, 100));

/** Imported rows waiting for their title: `total`, and a page of `items` with their candidates. */
export const GET = withApiAuth(async (request, { user }) => {
  const query = querySchema.safeParse(queryOf(request));
  if (!query.success) return invalid(query.error);
  return NextResponse.json(await reviewQueue(user.id, query.data));
});
