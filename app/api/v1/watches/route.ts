import { NextResponse } from 'next/server';
import { z } from 'zod';
import { fieldsOf, invalid, queryOf, readJsonObject } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { idempotent } from '@/lib/http/idempotency';
import { decodeCursor, listWatches } from '@/lib/journal/diary-query';
import {
  type ProvisionalTitleInput,
  type WatchInput,
  watchFiltersSchema,
  watchInputSchema,
} from '@/lib/journal/schemas';
import { createWatch } from '@/lib/journal/watch-writes';

const listQuerySchema = watchFiltersSchema.extend({
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, 'Pass back the nextCursor of the previous page.')
    .refine((cursor) => decodeCursor(cursor) !== null, 'Pass back the nextCursor of the previous page.')
    .optional(),
  limit: z.coerce
    .number({ error: 'The limit is a number from 1 to 100.' })
    .int('The limit is a whole number.')
    .min(1, 'The limit is at least 1.')
    .max(100, 'The limit is at most 100.')
    .optional(),
});

/** What POST takes besides the viewing itself. createWatch validates `provisional`. */
const createOptionsSchema = z.object({
  removeFromWatchlist: z.boolean({ error: 'removeFromWatchlist is true or false.' }).optional(),
  provisional: z.object({}, { error: 'provisional is an object: { title, year, type, source }.' }).loose().optional(),
});

/** The caller's viewings, newest first, a page at a time (`cursor` from the previous page's `nextCursor`). */
export const GET = withApiAuth(async (request, { user }) => {
  const parsed = listQuerySchema.safeParse(queryOf(request));
  if (!parsed.success) return invalid(parsed.error);
  return NextResponse.json(await listWatches(user.id, parsed.data));
});

/** Logs a viewing: 201 with the viewing. The title must be in the data, unless `provisional` describes it. */
export const POST = withApiAuth(
  idempotent(async (request, { user }) => {
    const body = await readJsonObject(request);
    if (body instanceof NextResponse) return body;
    const input = watchInputSchema.safeParse(body);
    const options = createOptionsSchema.safeParse(body);
    if (!input.success || !options.success) {
      return invalid({
        ...(input.success ? {} : fieldsOf(input.error)),
        ...(options.success ? {} : fieldsOf(options.error)),
      });
    }
    const result = await createWatch(user.id, body as WatchInput, {
      provisional: options.data.provisional as ProvisionalTitleInput | undefined,
      removeFromWatchlist: options.data.removeFromWatchlist,
    });
    if (!result.ok)
      return result.error === 'invalid' ? invalid(result.fieldErrors) : invalid({ tconst: ['Unknown title.'] });
    return NextResponse.json(result.watch, {
      status: 201,
      headers: { Location: `/api/v1/watches/${result.watch.id}` },
    });
  }),
);
