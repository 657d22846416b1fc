import { NextResponse } from 'next/server';
import { z } from 'zod';
import { invalid, queryOf, readJsonObject } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { resolveReviewRows, reviewQueue } from '@/lib/import';
import { bulkReviewFields, pagingQuery, reviewFilterFields } from '@/lib/import/schemas';

const querySchema = z.object({ ...pagingQuery(20, 100), ...reviewFilterFields });
const bulkSchema = z.object(bulkReviewFields).strict();

/** Imported rows waiting for their title: `total`, and a page of `items` with their candidates. */
export const GET = withApiAuth(async (request, { user }) => {
  const query = querySchema.safeParse(queryOf(request));
  if (!query.success) return invalid(query.error);
  return NextResponse.json(await reviewQueue(user.id, query.data));
});

/** Settles every row the filter (and `recordIds`) selects at once: 200 { resolved: n }. */
export const POST = withApiAuth(async (request, { user }) => {
  const body = await readJsonObject(request);
  if (body instanceof NextResponse) return body;
  const bulk = bulkSchema.safeParse(body);
  if (!bulk.success) return invalid(bulk.error);
  const { choice, ...filter } = bulk.data;
  return NextResponse.json({ resolved: await resolveReviewRows(user.id, filter, choice) });
});
