import { db } from '../db/client';
import type { PrismaClient } from '../db/generated/client';
import { viewingFields } from '../journal/viewing-fields';
import { type ViewingRow, viewingPage, watchlistRows } from './journal-rows';
import { type ExportedViewing, JOURNAL_EXPORT_FORMAT, JOURNAL_EXPORT_VERSION, type JournalExport } from './schema';

// The whole journal as one JSON document (format "my-movie-journal", version 1): every viewing
// with all its fields, the watchlist, tag/place/companion summaries, the import batches and the
// provisional titles the journal uses. Importing it back (format journal-json) restores the
// viewings and the watchlist exactly.

const PAGE = 5000;

interface ProvisionalRow {
  tconst: string;
  title: string;
  year: number | null;
  title_type: string | null;
  original_title: string | null;
  genres: string[] | null;
  runtime_minutes: number | null;
  average_rating: number | null;
  num_votes: number | null;
  directors: string[] | null;
  source: string;
}

function counted(values: string[]): { name: string; viewings: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([name, viewings]) => ({ name, viewings }))
    .sort((a, b) => b.viewings - a.viewings || a.name.localeCompare(b.name));
}

const viewing = (v: ViewingRow): ExportedViewing => ({
  imdbId: v.tconst,
  title: v.title,
  year: v.year,
  ...viewingFields(v),
  importBatchId: v.import_batch_id,
  createdAt: v.created_at.toISOString(),
  updatedAt: v.updated_at.toISOString(),
});

export async function exportJournalJson(userId: number, prisma: PrismaClient = db()): Promise<JournalExport> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { username: true } });
  const viewings: ExportedViewing[] = [];
  for (let after = 0; ; ) {
    const page = await viewingPage(prisma, userId, after, PAGE);
    if (page.length === 0) break;
    viewings.push(...page.map(viewing));
    after = page[page.length - 1].id;
  }
  const watchlist = (await watchlistRows(prisma, userId)).map((w) => ({
    imdbId: w.tconst,
    title: w.title,
    year: w.year,
    note: w.note,
    addedAt: w.added_at.toISOString(),
    importBatchId: w.import_batch_id,
  }));
  const batches = await prisma.importBatch.findMany({ where: { userId }, orderBy: { id: 'asc' } });
  const used = [...new Set([...viewings.map((v) => v.imdbId), ...watchlist.map((w) => w.imdbId)])];
  const provisional = await prisma.$queryRaw<ProvisionalRow[]>`
    SELECT tconst, title, year, title_type, original_title, genres, runtime_minutes,
           average_rating::float8 AS average_rating, num_votes, directors, source
      FROM provisional_titles WHERE user_id = ${userId} AND tconst = ANY(${used}::text[]) ORDER BY tconst`;
  return {
    format: JOURNAL_EXPORT_FORMAT,
    version: JOURNAL_EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    user: { username: user.username },
    viewings,
    watchlist,
    tags: counted(viewings.flatMap((v) => v.tags)),
    places: counted(viewings.flatMap((v) => (v.place ? [v.place] : []))),
    companions: counted(viewings.flatMap((v) => v.companions)),
    importBatches: batches.map((b) => ({
      id: b.id,
      source: b.source,
      format: b.format,
      fileNames: b.fileNames,
      status: b.undoneAt ? 'undone' : b.status,
      rowsTotal: b.rowsTotal,
      createdAt: b.createdAt.toISOString(),
      committedAt: b.committedAt?.toISOString() ?? null,
      undoneAt: b.undoneAt?.toISOString() ?? null,
    })),
    provisionalTitles: provisional.map((p) => ({
      imdbId: p.tconst,
      title: p.title,
      year: p.year,
      titleType: p.title_type,
      originalTitle: p.original_title,
      genres: p.genres ?? [],
      runtimeMinutes: p.runtime_minutes,
      averageRating: p.average_rating,
      numVotes: p.num_votes,
      directors: p.directors ?? [],
      source: p.source,
    })),
  };
}
