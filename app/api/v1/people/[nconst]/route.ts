import { NextResponse } from 'next/server';
import { z } from 'zod';
import { invalid, notFound } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { nconstSchema } from '@/lib/titles/ids';
import { getPersonDetails } from '@/lib/titles/person-details';

/** A person, their known-for titles and their titles in the data, with the caller's viewings of each. */
export const GET = withApiAuth<RouteContext<'/api/v1/people/[nconst]'>>(async (_request, { params, user }) => {
  const parsed = z.object({ nconst: nconstSchema }).safeParse(await params);
  if (!parsed.success) return invalid(parsed.error);
  const person = await getPersonDetails(parsed.data.nconst, user.id);
  return person ? NextResponse.json(person) : notFound();
});
