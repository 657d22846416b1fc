import type pg from 'pg';
import { db } from '../db/client';
import type { PrismaClient } from '../db/generated/client';
import { inPgTransaction } from '../db/pg-transaction';
import { classifyRecords, loadJournalState } from './classify';
import { getSavedCsvMappingWith, saveCsvMapping } from './mappings';
import { matchTitles } from './match';
import { parseImportFiles } from './parse';
import { getImportSummaryWith } from './records';
import type {
  CsvMapping,
  ImportFile,
  ImportFormat,
  ParsedRecord,
  ParseOptions,
  PreviewResult,
  SkippedRow,
} from './types';

// The preview (dry run): parse, match, classify, and store the batch with status 'preview'
// and one import_records row per record. Nothing reaches the journal until commit.

/** Previews left uncommitted this long are removed when the next import starts. */
const PREVIEW_LIFETIME_HOURS = 24;
const INSERT_CHUNK = 250;
/** A file of thousands of blank rows lists the first ones; the rest are alike. */
const MAX_SKIPPED_LISTED = 200;

export type ImportPhase = 'read' | 'match' | 'store';
export interface PreviewOptions extends Omit<ParseOptions, 'onProgress'> {
  onProgress?: (done: number, total: number, phase?: ImportPhase) => void;
  /** false: a spreadsheet without `mapping` asks for one even when its headers have a
   *  remembered mapping (which then comes back as the suggestion), so it can be changed. */
  useSavedMapping?: boolean;
  /** The database (default: the app's, from DATABASE_URL). */
  prisma?: PrismaClient;
}

async function cleanOldPreviews(prisma: PrismaClient): Promise<number> {
  return prisma.$executeRaw`DELETE FROM import_batches WHERE status = 'preview'
    AND created_at < now() - make_interval(hours => ${PREVIEW_LIFETIME_HOURS}::int)`;
}

async function insertRecords(
  client: pg.Client,
  batchId: number,
  count: number,
  rowAt: (i: number) => object,
  onProgress?: PreviewOptions['onProgress'],
) {
  // Built a chunk at a time: the rows of a whole file at once would double its memory.
  for (let done = 0; done < count; ) {
    const part = Array.from({ length: Math.min(INSERT_CHUNK, count - done) }, (_, k) => rowAt(done + k));
    await client.query(INSERT_RECORDS, [batchId, JSON.stringify(part)]);
    done += part.length;
    onProgress?.(done, count, 'store');
  }
}

const INSERT_RECORDS = `
  INSERT INTO import_records (batch_id, ordinal, file, line, kind, title, year, imdb_id, watched_on, date_precision,
    grade, rewatch, review, tags, place, companions, added_at, rating_only, date_kind, occurrence, meta, error, tconst, status,
    reason, confidence, candidates)
  SELECT $1, r.ordinal, r.file, r.line, r.kind, r.title, r.year, r.imdb_id, r.watched_on::date,
         r.date_precision::date_precision, r.grade, r.rewatch, r.review,
         ARRAY(SELECT jsonb_array_elements_text(r.tags)), r.place, ARRAY(SELECT jsonb_array_elements_text(r.companions)),
         r.added_at::timestamptz, r.rating_only, r.date_kind::date_kind, r.occurrence, r.meta, r.error, r.tconst, r.status, r.reason,
         r.confidence, r.candidates
    FROM jsonb_to_recordset($2::jsonb) AS r(ordinal int, file text, line int, kind text,
         title text, year int, imdb_id text, watched_on text, date_precision text, grade numeric, rewatch boolean,
         review text, tags jsonb, place text, companions jsonb, added_at text, rating_only boolean, date_kind text, occurrence int,
         meta jsonb, error text, tconst text, status text, reason text, confidence float8, candidates jsonb)`;

/** Matches, classifies and stores parsed records as a preview batch; returns its id. */
export async function storePreview(
  prisma: PrismaClient,
  userId: number,
  format: ImportFormat,
  fileNames: string[],
  records: ParsedRecord[],
  onProgress?: PreviewOptions['onProgress'],
  skipped: SkippedRow[] = [],
): Promise<number> {
  const decisions = await matchTitles(prisma, records, { userId, onProgress: (d, t) => onProgress?.(d, t, 'match') });
  const tconsts = decisions.map((d) => d.tconst).filter((t): t is string => t !== null);
  const journal = await loadJournalState(prisma, userId, tconsts);
  const classes = classifyRecords(
    records.map((r, i) => ({ ...r, tconst: decisions[i].tconst, matchReason: decisions[i].reason })),
    journal,
    format === 'journal-json',
  );
  const rowAt = (i: number) => {
    const r = records[i];
    return {
      ordinal: i,
      file: r.file,
      line: r.line,
      kind: r.kind,
      title: r.title,
      year: r.year,
      imdb_id: r.imdbId,
      watched_on: r.watchedOn,
      date_precision: r.precision,
      grade: r.grade10,
      rewatch: r.rewatch,
      review: r.review,
      tags: r.tags,
      place: r.place,
      companions: r.companions,
      added_at: r.addedAt ?? null,
      rating_only: r.ratingOnly ?? false,
      date_kind: r.dateKind ?? 'watched',
      occurrence: classes[i].occurrence,
      meta: r.meta,
      error: r.error,
      tconst: decisions[i].tconst,
      status: classes[i].status,
      reason: classes[i].reason,
      confidence: decisions[i].confidence,
      candidates: decisions[i].candidates,
    };
  };
  // The batch and its records appear together or not at all.
  return inPgTransaction(async (client) => {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO import_batches (user_id, source, file_name, rows_total, status, format, file_names, skipped_rows)
       VALUES ($1, $2, $3, $4, 'preview', $2, $5::text[], $6::jsonb) RETURNING id`,
      [
        userId,
        format,
        fileNames.join(', '),
        records.length,
        fileNames,
        JSON.stringify(skipped.slice(0, MAX_SKIPPED_LISTED)),
      ],
    );
    await insertRecords(client, rows[0].id, records.length, rowAt, onProgress);
    return rows[0].id;
  });
}

export async function previewImport(
  userId: number,
  files: ImportFile[],
  opts: PreviewOptions = {},
): Promise<PreviewResult> {
  const prisma = opts.prisma ?? db();
  await cleanOldPreviews(prisma);
  const onProgress = opts.onProgress;
  const parseWith = (mapping: CsvMapping | undefined) =>
    parseImportFiles(files, { format: opts.format, mapping, onProgress: (d, t) => onProgress?.(d, t, 'read') });
  let mapping = opts.mapping;
  let parsed = await parseWith(mapping);
  if (!parsed.ok && 'needsMapping' in parsed) {
    const needs = parsed.needsMapping;
    const saved = await getSavedCsvMappingWith(prisma, userId, needs.headers);
    if (!saved) return { ok: false, kind: 'needs-mapping', ...needs };
    if (opts.useSavedMapping === false) return { ok: false, kind: 'needs-mapping', ...needs, suggested: saved };
    mapping = saved;
    parsed = await parseWith(mapping);
  }
  if (!parsed.ok) {
    if ('needsMapping' in parsed) return { ok: false, kind: 'needs-mapping', ...parsed.needsMapping };
    return { ok: false, kind: 'invalid-file', error: parsed.error };
  }
  if (mapping && parsed.format === 'csv') {
    const headers = await csvHeaders(files, opts.format);
    if (headers) await saveCsvMapping(prisma, userId, headers, mapping);
  }
  const batchId = await storePreview(
    prisma,
    userId,
    parsed.format,
    files.map((f) => f.name),
    parsed.records,
    onProgress,
    parsed.skipped,
  );
  const summary = await getImportSummaryWith(prisma, userId, batchId);
  if (!summary) throw new Error(`import batch ${batchId} vanished`);
  return { ok: true, summary };
}

/** The header of a spreadsheet file (to remember its mapping), read without a mapping. */
async function csvHeaders(files: ImportFile[], format: ParseOptions['format']): Promise<string[] | null> {
  const result = await parseImportFiles(files, { format: format === 'auto' || !format ? 'csv' : format });
  return !result.ok && 'needsMapping' in result ? result.needsMapping.headers : null;
}
