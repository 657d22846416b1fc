import type { DateKind } from '../journal/schemas';
// Shapes shared by the importer, the import screens, the CLIs and the picks evaluation.
// Plain types only: safe to import from server code, client components and scripts.

/** 'journal-json' is this app's own JSON export (see lib/export); it and 'trakt' are detected by content. */
export type ImportFormat = 'imdb-ratings' | 'imdb-list' | 'letterboxd' | 'csv' | 'journal-json' | 'trakt';
export type RecordStatus = 'new' | 'duplicate' | 'merged' | 'watchlist' | 'review' | 'invalid';
export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

/** One .csv, a Letterboxd or Trakt .zip, a journal .json — or several files of one Letterboxd or Trakt export. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
  /** A workbook's sheet to read (default: the first whose header maps). */
  sheet?: string;
}

/** A row of a workbook that is not a viewing (blank, a heading, a total): not a record. */
export interface SkippedRow {
  file: string;
  line: number;
  reason: string;
}

/** Spreadsheet-log column mapping: values are header names of the file. Remembered per header set. */
export interface CsvMapping {
  title?: string;
  year?: string;
  imdbId?: string;
  date?: string;
  dateOrder?: 'ymd' | 'dmy' | 'mdy';
  grade?: string;
  gradeScale?: 5 | 10 | 100;
  rewatch?: string;
  review?: string;
  tags?: string;
  place?: string;
  companions?: string;
}

/** What an IMDb export itself says of the title (null for other formats). */
export interface TitleMeta {
  originalTitle: string | null;
  titleType: string | null;
  genres: string[];
  runtimeMinutes: number | null;
  imdbRating: number | null;
  numVotes: number | null;
  directors: string[];
  releaseDate: string | null;
}

/** One record of the input, before matching. `line` = 1-based physical line where the record starts. */
export interface ParsedRecord {
  file: string;
  line: number;
  kind: 'watch' | 'watchlist';
  title: string | null;
  year: number | null;
  imdbId: string | null;
  watchedOn: string | null;
  precision: DatePrecision;
  grade10: number | null;
  rewatch: boolean;
  review: string | null;
  tags: string[];
  place: string | null;
  companions: string[];
  meta: TitleMeta | null;
  /** Why the record is invalid (it is still reported, with its line), or null. */
  error: string | null;
  /** A rating without a real viewing date (IMDb ratings, Letterboxd watched/ratings rows): the
   *  same viewing as any existing viewing of the title (see README, "the same viewing"). */
  ratingOnly?: boolean;
  /** What the date is when it is not only a rating's (the journal's own export says). */
  dateKind?: DateKind;
  /** Watchlist records: when the title was added (ISO timestamp), when the file says. */
  addedAt?: string | null;
  /** Set when the row's content went into another record of the same import (a Letterboxd
   *  rating or review attached to its diary entry): reported as a duplicate with this reason. */
  mergedInto?: string | null;
}

export interface ImportFileError {
  file: string;
  line: number | null;
  column: string | null;
  message: string;
  /** Set when the file exceeds a size limit (lib/import/limits.ts): answered 413, not 422. */
  tooLarge?: true;
}

/** Why a row waits in the review queue, by its candidates: none, only weak ones, or several good ones. */
export type ReviewReason = 'none' | 'weak' | 'several';

export interface MatchCandidate {
  tconst: string;
  title: string;
  year: number | null;
  type: string | null;
  votes: number | null;
  score: number;
  /** Already among the person's viewings or watchlist. */
  inJournal?: boolean;
  /** Filled in when the review queue shows it (from the title join, not stored). */
  directors?: string[];
}

export interface ImportRecordView extends Omit<ParsedRecord, 'meta'> {
  id: number;
  tconst: string | null;
  status: RecordStatus | 'resolved' | 'unmatched';
  reason: string | null;
  confidence: number | null;
  candidates: MatchCandidate[];
}

export interface ImportCounts {
  rows: number;
  /** New viewings, those picked in the review queue included. */
  new: number;
  /** Viewings or watchlist entries the journal already has. */
  duplicate: number;
  /** Rows that went into another row of the same file (a Letterboxd rating into its diary entry). */
  merged: number;
  watchlist: number;
  /** Rows still waiting in the review queue (of a preview: that will wait there). */
  review: number;
  /** Rows taken out of the review queue with "leave unmatched". */
  unmatched: number;
  invalid: number;
}

export interface ImportSummary {
  batchId: number;
  format: ImportFormat;
  fileNames: string[];
  status: 'preview' | 'committed' | 'undone';
  counts: ImportCounts;
  createdAt: string;
  committedAt: string | null;
  undoneAt: string | null;
  /** Rows set aside as no viewing (blank, title, total and average rows of a spreadsheet), at most MAX_SKIPPED_LISTED. */
  skipped: SkippedRow[];
}

export interface NeedsMapping {
  file: string;
  headers: string[];
  sample: string[][];
  suggested: CsvMapping;
  /** For a workbook: its sheets, and the one these headers are of. */
  sheets?: string[];
  sheet?: string;
}

export type PreviewResult =
  | { ok: true; summary: ImportSummary }
  | ({ ok: false; kind: 'needs-mapping' } & NeedsMapping)
  | { ok: false; kind: 'invalid-file'; error: ImportFileError };

export type ParseResult =
  | { ok: true; format: ImportFormat; records: ParsedRecord[]; skipped: SkippedRow[] }
  | { ok: false; error: ImportFileError }
  | { ok: false; needsMapping: NeedsMapping };

export interface ParseOptions {
  format?: ImportFormat | 'auto';
  mapping?: CsvMapping;
  onProgress?: (done: number, total: number) => void;
}
