import { NextResponse } from 'next/server';
import { z } from 'zod';
import { apiError, invalid, queryOf } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import {
  parseSearchQuery,
  resolveTitleTypes,
  SearchUnavailableError,
  searchTitles,
  TYPE_GROUPS,
  UnknownTitleTypeError,
} from '@/lib/search';
import { MAX_QUERY_LENGTH } from '@/lib/search/parse';
import { DEFAULT_LIMIT, MAX_LIMIT } from '@/lib/search/types';
import { safeString } from '@/lib/validation/text';

// GET /api/v1/search?q=&type=&yearFrom=&yearTo=&limit= — the local IMDb title search.
// `type` is a comma-separated list of IMDb title types (movie, tvSeries…) or groups (film, series…).

const year = (name: string) =>
  z.coerce
    .number({ error: `${name} is a year.` })
    .int(`${name} is a year.`)
    .min(1870, `${name} is a year from 1870 on.`)
    .max(2100, `${name} is a year up to 2100.`)
    .optional();

const querySchema = z
  .object({
    q: safeString({ error: 'Send the text to look for as q.' })
      .trim()
      .min(1, 'Send the text to look for as q.')
      .max(MAX_QUERY_LENGTH, `q is at most ${MAX_QUERY_LENGTH} characters.`)
      .refine((q) => parseSearchQuery(q).normalizedWithoutYear !== '', 'q needs a letter or a digit.'),
    type: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined || value.trim() === '') return undefined;
        try {
          return resolveTitleTypes(value.split(',')) ?? undefined;
        } catch (error) {
          if (!(error instanceof UnknownTitleTypeError)) throw error;
          ctx.addIssue({
            code: 'custom',
            message: `Unknown type "${error.type}": use ${Object.keys(TYPE_GROUPS).join(', ')} or an IMDb title type.`,
          });
          return z.NEVER;
        }
      }),
    yearFrom: year('yearFrom'),
    yearTo: year('yearTo'),
    limit: z.coerce
      .number({ error: 'limit is a number.' })
      .int('limit is a whole number.')
      .min(1, 'limit is at least 1.')
      .max(MAX_LIMIT, `limit is at most ${MAX_LIMIT}.`)
      .default(DEFAULT_LIMIT),
  })
  .refine((v) => v.yearFrom === undefined || v.yearTo === undefined || v.yearFrom <= v.yearTo, {
    path: ['yearTo'],
    message: 'yearTo comes after yearFrom.',
  });

/** Titles matching `q`, best match first; each says whether it is in the caller's journal or watchlist. */
export const GET = withApiAuth(async (request, { user }) => {
  const parsed = querySchema.safeParse(queryOf(request));
  if (!parsed.success) return invalid(parsed.error);
  const { q, type, yearFrom, yearTo, limit } = parsed.data;
  try {
    const results = await searchTitles(q, { userId: user.id, types: type, yearFrom, yearTo, limit });
    return NextResponse.json({ query: q, results });
  } catch (error) {
    if (error instanceof SearchUnavailableError) {
      return apiError('unavailable', error.message);
    }
    throw error;
  }
});
