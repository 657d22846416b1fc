import { z } from 'zod';
import { DATE_KINDS } from '../journal/schemas';

// The journal's JSON export: everything the journal holds, versioned, and importable back
// (lib/import reads it as the 'journal-json' format). Plain module: CLIs use it too.

export const JOURNAL_EXPORT_FORMAT = 'my-movie-journal';
export const JOURNAL_EXPORT_VERSION = 1;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const viewingSchema = z.object({
  imdbId: z.string().regex(/^tt\d{7,10}$/),
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  watchedOn: date.nullable(),
  precision: z.enum(['day', 'month', 'year', 'unknown']),
  // Exports made before rating dates were told apart have none: their dates were all taken as watched.
  dateKind: z.enum(DATE_KINDS).default('watched'),
  grade: z.number().min(0.5).max(10).nullable(),
  rewatch: z.boolean(),
  review: z.string().nullable(),
  tags: z.array(z.string()),
  place: z.string().nullable(),
  companions: z.array(z.string()),
  importBatchId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const watchlistItemSchema = z.object({
  imdbId: z.string().regex(/^tt\d{7,10}$/),
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  note: z.string().nullable(),
  addedAt: z.string(),
  importBatchId: z.number().int().nullable(),
});

const provisionalTitleSchema = z.object({
  imdbId: z.string(),
  title: z.string(),
  year: z.number().int().nullable(),
  titleType: z.string().nullable(),
  originalTitle: z.string().nullable(),
  genres: z.array(z.string()),
  runtimeMinutes: z.number().int().nullable(),
  averageRating: z.number().nullable(),
  numVotes: z.number().int().nullable(),
  directors: z.array(z.string()),
  source: z.string(),
});

const importBatchSchema = z.object({
  id: z.number().int(),
  source: z.string(),
  format: z.string().nullable(),
  fileNames: z.array(z.string()),
  status: z.string(),
  rowsTotal: z.number().int(),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
  undoneAt: z.string().nullable(),
});

const countedSchema = z.array(z.object({ name: z.string(), viewings: z.number().int() }));

export const journalExportSchema = z.object({
  format: z.literal(JOURNAL_EXPORT_FORMAT),
  version: z.literal(JOURNAL_EXPORT_VERSION),
  exportedAt: z.string(),
  user: z.object({ username: z.string() }),
  viewings: z.array(viewingSchema),
  watchlist: z.array(watchlistItemSchema),
  /** Summaries (also derivable from the viewings): every tag, place and companion with its count. */
  tags: countedSchema,
  places: countedSchema,
  companions: countedSchema,
  importBatches: z.array(importBatchSchema),
  provisionalTitles: z.array(provisionalTitleSchema),
});

export type JournalExport = z.infer<typeof journalExportSchema>;
export type ExportedViewing = z.infer<typeof viewingSchema>;
