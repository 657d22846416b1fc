import { db } from '../db/client';
import { Prisma, type PrismaClient } from '../db/generated/client';
import { type ViewingFieldColumns, viewingFields, viewingFieldsSql } from '../journal/viewing-fields';
import type { ImportCounts, ImportFormat, ImportRecordView, ImportSummary, MatchCandidate, SkippedRow } from './types';

// Reading import batches and their records (preview, report, review queue).

interface BatchRow {
  id: number;
  format: string | null;
  source: string;
  file_names: string[] | null;
  file_name: string;
  status: string;
  created_at: Date;
  committed_at: Date | null;
  undone_at: Date | null;
  counts: Record<string, number> | null;
  skipped_rows: SkippedRow[];
}

const BATCH_COLUMNS = Prisma.sql`b.id, b.format, b.source, b.file_names, b.file_name, b.status, b.created_at,
  b.committed_at, b.undone_at, b.skipped_rows,
  (SELECT jsonb_object_agg(status, n) FROM (SELECT status, count(*)::int AS n FROM import_records r
     WHERE r.batch_id = b.id GROUP BY status) c) AS counts`;

function toCounts(raw: Record<string, number> | null): ImportCounts {
  const c = raw ?? {};
  const n = (k: string) => c[k] ?? 0;
  return {
    rows: Object.values(c).reduce((a, b) => a + b, 0),
    new: n('new') + n('resolved'),
    duplicate: n('duplicate'),
    merged: n('merged'),
    watchlist: n('watchlist'),
    review: n('review'),
    unmatched: n('unmatched'),
    invalid: n('invalid'),
  };
}

function toSummary(b: BatchRow): ImportSummary {
  return {
    batchId: b.id,
    format: (b.format ?? b.source) as ImportFormat,
    fileNames: b.file_names?.length ? b.file_names : [b.file_name],
    status: b.undone_at ? 'undone' : (b.status as ImportSummary['status']),
    counts: toCounts(b.counts),
    createdAt: b.created_at.toISOString(),
    committedAt: b.committed_at?.toISOString() ?? null,
    undoneAt: b.undone_at?.toISOString() ?? null,
    skipped: b.skipped_rows,
  };
}

export async function getImportSummaryWith(
  prisma: PrismaClient,
  userId: number,
  batchId: number,
): Promise<ImportSummary | null> {
  const [row] = await prisma.$queryRaw<BatchRow[]>`SELECT ${BATCH_COLUMNS} FROM import_batches b
    WHERE b.id = ${batchId} AND b.user_id = ${userId}`;
  return row ? toSummary(row) : null;
}

export const getImportSummary = (userId: number, batchId: number) => getImportSummaryWith(db(), userId, batchId);

export async function listImportBatches(userId: number, prisma: PrismaClient = db()): Promise<ImportSummary[]> {
  const rows = await prisma.$queryRaw<BatchRow[]>`SELECT ${BATCH_COLUMNS} FROM import_batches b
    WHERE b.user_id = ${userId} ORDER BY b.created_at DESC, b.id DESC`;
  return rows.map(toSummary);
}

export interface RecordRow extends ViewingFieldColumns {
  id: number;
  file: string;
  line: number;
  kind: 'watch' | 'watchlist';
  title: string | null;
  year: number | null;
  imdb_id: string | null;
  added_at: Date | null;
  rating_only: boolean;
  error: string | null;
  tconst: string | null;
  status: ImportRecordView['status'];
  reason: string | null;
  confidence: number | null;
  candidates: MatchCandidate[];
}

export const RECORD_COLUMNS = Prisma.sql`r.id, r.file, r.line, r.kind, r.title, r.year, r.imdb_id, ${viewingFieldsSql('r')}, r.added_at, r.rating_only, r.error, r.tconst, r.status, r.reason,
  r.confidence, r.candidates`;

export function toView(r: RecordRow): ImportRecordView {
  const { grade, ...fields } = viewingFields(r);
  return {
    id: r.id,
    file: r.file,
    line: r.line,
    kind: r.kind,
    title: r.title,
    year: r.year,
    imdbId: r.imdb_id,
    ...fields,
    grade10: grade,
    addedAt: r.added_at?.toISOString() ?? null,
    ratingOnly: r.rating_only,
    error: r.error,
    tconst: r.tconst,
    status: r.status,
    reason: r.reason,
    confidence: r.confidence,
    candidates: r.candidates ?? [],
  };
}

export async function listImportRecords(
  userId: number,
  batchId: number,
  opts: { status?: ImportRecordView['status']; offset?: number; limit?: number; prisma?: PrismaClient } = {},
): Promise<ImportRecordView[] | null> {
  const prisma = opts.prisma ?? db();
  const owned = await prisma.$queryRaw<
    { id: number }[]
  >`SELECT id FROM import_batches WHERE id = ${batchId} AND user_id = ${userId}`;
  if (owned.length === 0) return null;
  // 'new' counts the rows picked in the review queue too (see toCounts), so it lists them too.
  const statuses = opts.status === 'new' ? ['new', 'resolved'] : [opts.status];
  const status = opts.status ? Prisma.sql`AND r.status = ANY(${statuses}::text[])` : Prisma.empty;
  const rows = await prisma.$queryRaw<RecordRow[]>`SELECT ${RECORD_COLUMNS} FROM import_records r
    WHERE r.batch_id = ${batchId} ${status} ORDER BY r.ordinal
    OFFSET ${opts.offset ?? 0} LIMIT ${opts.limit ?? 100_000}`;
  return rows.map(toView);
}
