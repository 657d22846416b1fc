import { z } from 'zod';
import { rowIdSchema } from '../validation/row-id';
import { safeString } from '../validation/text';
import type { ImportFormat, ImportRecordView } from './types';

// The importer's input as its boundaries check it: forms, route handlers and the CLI.

const IMPORT_FORMATS = [
  'imdb-ratings',
  'imdb-list',
  'letterboxd',
  'csv',
  'journal-json',
  'trakt',
] as const satisfies readonly ImportFormat[];
/** What a caller may ask for: a format, or 'auto' (recognised from the file). */
export const FORMAT_CHOICES = ['auto', ...IMPORT_FORMATS] as const;

export const RECORD_STATUSES = [
  'new',
  'duplicate',
  'merged',
  'watchlist',
  'review',
  'invalid',
  'resolved',
  'unmatched',
] as const satisfies readonly ImportRecordView['status'][];

/** A batch or record id from a form field or a URL segment. */
export const idField = rowIdSchema;

export const batchFormSchema = z.object({ batchId: idField('batch') });

export const tconstField = z.string().regex(/^tt\d{7,10}$/, 'An IMDb title id like tt0111161.');

const column = safeString().trim().min(1, 'A column name.').max(300, 'Column names are at most 300 characters.');

/** A spreadsheet column mapping (lib/import/types.ts CsvMapping): header names of the file. */
export const csvMappingSchema = z
  .object({
    title: column.optional(),
    year: column.optional(),
    imdbId: column.optional(),
    date: column.optional(),
    dateOrder: z.enum(['ymd', 'dmy', 'mdy'], { error: 'dateOrder is ymd, dmy or mdy.' }).optional(),
    grade: column.optional(),
    gradeScale: z
      .union([z.literal(5), z.literal(10), z.literal(100)], { error: 'gradeScale is 5, 10 or 100.' })
      .optional(),
    rewatch: column.optional(),
    review: column.optional(),
    tags: column.optional(),
    place: column.optional(),
    companions: column.optional(),
  })
  .strict();

/** `offset` and `limit` of a paged list in a query string. */
export const pagingQuery = (defaultLimit: number, maxLimit: number) => ({
  offset: z.coerce.number({ error: 'offset is a number.' }).int().min(0, 'offset is at least 0.').default(0),
  limit: z.coerce
    .number({ error: 'limit is a number.' })
    .int()
    .min(1, 'limit is at least 1.')
    .max(maxLimit, `limit is at most ${maxLimit}.`)
    .default(defaultLimit),
});

/** Which rows of the review queue: one import, why they wait, the best candidate's confidence. */
export const reviewFilterFields = {
  batch: idField('batch').optional(),
  reason: z.enum(['none', 'weak', 'several'], { error: 'reason is none, weak or several.' }).optional(),
  minConfidence: z.coerce
    .number({ error: 'minConfidence is a percentage.' })
    .int('minConfidence is a whole percentage.')
    .min(0, 'minConfidence is at least 0.')
    .max(100, 'minConfidence is at most 100.')
    .optional(),
};

const MAX_SELECTED = 1000;

/** A bulk choice over the rows a filter (and a selection of record ids) picks out. */
export const bulkReviewFields = {
  ...reviewFilterFields,
  choice: z.enum(['accept', 'unmatched'], { error: 'choice is accept or unmatched.' }),
  recordIds: z
    .array(idField('record'), { error: 'recordIds is a list of record ids.' })
    .min(1, 'Select at least one row.')
    .max(MAX_SELECTED, `At most ${MAX_SELECTED} rows at once.`)
    .optional(),
};
