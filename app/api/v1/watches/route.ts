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
import { titleByName } from '@/lib/journal/title-by-name';
import { createWatch } from '@/lib/journal/watch-writes';
import { safeString } from '@/lib/validation/text';

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
  match: z
    .object(
      {
        title: safeString({ error: 'match.title is text.' }).trim().min(1, 'Give match.title.').max(500),
        year: z.number({ error: 'match.year is a year or null.' }).int().min(1874).max(2200).nullable().default(null),
      },
      { error: 'match is an object: { title, year }.' },
    )
    .optional(),
});

/** The caller's viewings, newest first, a page at a time (`cursor` from the previous page's `nextCursor`). */
export const GET = withApiAuth(async (request, { user }) => {
  const parsed = listQuerySchema.safeParse(queryOf(request));
  if (!parsed.success) return invalid(parsed.error);
  return NextResponse.json(await listWatches(user.id, parsed.data));
});

/**
 * Logs a viewing: 201 with the viewing. The title must be in the data, unless `provisional`
 * describes it; without `tconst`, `match` names it by title and year.
 */
export const POST = withApiAuth(
  idempotent(async (request, { user }) => {
    const sent = await readJsonObject(request);
    if (sent instanceof NextResponse) return sent;
    const options = createOptionsSchema.safeParse(sent);
    const body = { ...sent };
    // No id, a name and year instead (a title the phone never saw): found as an import finds it.
    if (body.tconst === undefined && options.success && options.data.match) {
      const found = await titleByName(options.data.match.title, options.data.match.year);
      if ('error' in found) return invalid({ match: [found.error] });
      body.tconst = found.tconst;
    }
    const input = watchInputSchema.safeParse(body);
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
