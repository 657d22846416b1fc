import { type JournalExport, journalExportSchema } from '../../export/schema';
import { fileError } from '../file-error';
import { blankRecord } from '../record';
import type { ImportFileError, ParsedRecord, TitleMeta } from '../types';

// Restoring the journal's own JSON export: every viewing and watchlist entry exactly as it
// was, with the provisional titles' details (for titles the local IMDb data lacks).

export function looksLikeJournalJson(text: string): boolean {
  return /^\s*\{/.test(text) && text.slice(0, 200).includes('"my-movie-journal"');
}

function metaOf(p: JournalExport['provisionalTitles'][number] | undefined): TitleMeta | null {
  if (!p) return null;
  return {
    originalTitle: p.originalTitle,
    titleType: p.titleType,
    genres: p.genres,
    runtimeMinutes: p.runtimeMinutes,
    imdbRating: p.averageRating,
    numVotes: p.numVotes,
    directors: p.directors,
    releaseDate: null,
  };
}

export function readJournalJson(file: string, text: string): ParsedRecord[] | ImportFileError {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fileError(file, null, null, `not valid JSON: ${(error as Error).message}`);
  }
  const parsed = journalExportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fileError(file, null, issue.path.join('.'), `not a journal export this version reads: ${issue.message}`);
  }
  const data = parsed.data;
  const provisional = new Map(data.provisionalTitles.map((p) => [p.imdbId, p]));
  // "line" is the 1-based position of the entry in its list (viewings first, then the watchlist).
  const viewings = data.viewings.map(
    (v, i): ParsedRecord => ({
      ...blankRecord(file, i + 1, 'watch'),
      title: v.title ?? provisional.get(v.imdbId)?.title ?? null,
      year: v.year,
      imdbId: v.imdbId,
      watchedOn: v.watchedOn,
      precision: v.precision,
      dateKind: v.dateKind,
      grade10: v.grade,
      rewatch: v.rewatch,
      review: v.review,
      tags: v.tags,
      place: v.place,
      companions: v.companions,
      meta: metaOf(provisional.get(v.imdbId)),
    }),
  );
  const watchlist = data.watchlist.map(
    (w, i): ParsedRecord => ({
      ...blankRecord(file, data.viewings.length + i + 1, 'watchlist'),
      title: w.title ?? provisional.get(w.imdbId)?.title ?? null,
      year: w.year,
      imdbId: w.imdbId,
      review: w.note,
      addedAt: w.addedAt,
      meta: metaOf(provisional.get(w.imdbId)),
    }),
  );
  return [...viewings, ...watchlist];
}
