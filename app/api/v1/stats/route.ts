import { NextResponse } from 'next/server';
import { invalid, queryOf } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { getDashboard } from '@/lib/stats/dashboard';
import { rangeOf, statsQuerySchema } from '@/lib/stats/range';

/** Every dashboard figure for a range (`from`/`to` days or `year`; none = all time) and `kind`. */
export const GET = withApiAuth(async (request, { user }) => {
  const parsed = statsQuerySchema.safeParse(queryOf(request));
  if (!parsed.success) return invalid(parsed.error);
  return NextResponse.json(await getDashboard(user.id, rangeOf(parsed.data)));
});
