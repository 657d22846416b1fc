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
