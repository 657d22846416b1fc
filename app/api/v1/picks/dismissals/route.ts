import { NextResponse } from 'next/server';
import { z } from 'zod';
import { invalid, readJsonObject } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { idempotent } from '@/lib/http/idempotency';
import { dismissTitle } from '@/lib/picks/store';
import { tconstSchema } from '@/lib/titles/ids';

/** "Not interested" in a pick: 204; the title leaves the list and is never picked again. */
export const POST = withApiAuth(
  idempotent(async (request, { user }) => {
    const body = await readJsonObject(request);
    if (body instanceof NextResponse) return body;
    const parsed = z.object({ tconst: tconstSchema }).safeParse(body);
    if (!parsed.success) return invalid(parsed.error);
    await dismissTitle(user.id, parsed.data.tconst);
    return new NextResponse(null, { status: 204 });
  }),
);
