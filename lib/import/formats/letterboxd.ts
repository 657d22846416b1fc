import { type CsvRow, type CsvTable, columnReader } from '../csv';
import { blankRecord, cleanText, firstError } from '../record';
import type { ParsedRecord } from '../types';
import { isError, parseDate, parseGrade, parseList, parseYear } from '../values';

// A Letterboxd export: the zip's diary, reviews, ratings, watched and watchlist CSVs, or any
// of them on their own. Combined so that nothing is counted twice:
//   diary.csv     one viewing per entry (Watched Date, half-star rating ×2, rewatch, tags)
//   reviews.csv   a review attaches to the diary entry of the same Name+Year+Watched Date (or
//                 to the film's only diary entry when it has no date); otherwise it is a viewing
//   ratings.csv   a rating goes to the film's latest-watched viewing (by Watched Date; of one
//                 day, the later row) that has no grade; a film with no viewing becomes one
//                 with an unknown date and that grade
//   watched.csv   a film with no viewing in the files above becomes one with an unknown date
//   watchlist.csv watchlist entries
// Rows whose content went into another record are reported as duplicates ("merged into …").
// Films are joined on Name+Year: the Letterboxd URIs of diary and review rows point to the
// entry, not to the film.

type LetterboxdPart = 'diary' | 'reviews' | 'ratings' | 'watched' | 'watchlist';
const ORDER: LetterboxdPart[] = ['diary', 'reviews', 'ratings', 'watched', 'watchlist'];

const lower = (headers: string[]) => new Set(headers.map((h) => h.toLowerCase()));

export function isLetterboxdHeader(headers: string[]): boolean {
  const h = lower(headers);
  return h.has('letterboxd uri') && h.has('name') && h.has('date');
}

/** Which file of the export a table is: by its columns, then (watched vs watchlist) its name. */
function letterboxdPart(table: CsvTable): LetterboxdPart {
  const h = lower(table.headers);
  if (h.has('review')) return 'reviews';
  if (h.has('watched date') || h.has('rewatch')) return 'diary';
  if (h.has('rating')) return 'ratings';
  return /watchlist/i.test(table.file) ? 'watchlist' : 'watched';
}

const filmKey = (r: ParsedRecord) => `${(r.title ?? '').toLowerCase()}\u0000${r.year ?? ''}`;

function readRow(table: CsvTable, row: CsvRow, part: LetterboxdPart): ParsedRecord {
  const get = columnReader(table.headers);
  const value = (name: string) => get(row, name);
  const record = blankRecord(table.file, row.line, part === 'watchlist' ? 'watchlist' : 'watch');
  firstError(record, row.problem);
  record.title = cleanText(value('Name'));
  if (!record.title) firstError(record, 'column "Name" is empty');
  const year = parseYear(value('Year'));
  if (isError(year)) firstError(record, `column "Year": ${year.error}`);
  else record.year = year;
  if (part === 'watchlist') {
    const added = parseDate(value('Date'));
    if (!isError(added)) record.addedAt = added.date;
    return record;
  }
  const grade = parseGrade(value('Rating'), 5);
  if (isError(grade)) firstError(record, `column "Rating": ${grade.error}`);
  else record.grade10 = grade;
  record.rewatch = value('Rewatch').toLowerCase() === 'yes';
  record.tags = parseList(value('Tags'));
  record.review = cleanText(get(row, 'Review'));
  if (part === 'diary' || part === 'reviews') {
    const watched = parseDate(value('Watched Date'));
    if (isError(watched)) firstError(record, `column "Watched Date": ${watched.error}`);
    else {
      record.watchedOn = watched.date;
      record.precision = watched.precision;
    }
  }
  if (record.precision === 'unknown') record.ratingOnly = true;
  return record;
}

const at = (r: ParsedRecord) => `${r.file} line ${r.line}`;

/** The ungraded viewing watched last: files list entries in any order, undated ones count as earliest. */
function latestUngraded(viewings: ParsedRecord[]): ParsedRecord | undefined {
  let latest: ParsedRecord | undefined;
  for (const v of viewings)
    if (v.grade10 === null && (!latest || (v.watchedOn ?? '') >= (latest.watchedOn ?? ''))) latest = v;
  return latest;
}

function merge(from: ParsedRecord, into: ParsedRecord, what: string): void {
  from.mergedInto = `its ${what} went into the viewing of ${at(into)}`;
}

export function readLetterboxd(tables: CsvTable[]): ParsedRecord[] {
  const parts = tables
    .map((table) => ({ table, part: letterboxdPart(table) }))
    .sort((a, b) => ORDER.indexOf(a.part) - ORDER.indexOf(b.part));
  const viewings = new Map<string, ParsedRecord[]>();
  const out: ParsedRecord[] = [];
  const addViewing = (r: ParsedRecord) => {
    const list = viewings.get(filmKey(r)) ?? [];
    list.push(r);
    viewings.set(filmKey(r), list);
  };
  for (const { table, part } of parts) {
    for (const row of table.rows) {
      const record = readRow(table, row, part);
      out.push(record);
      if (record.error || part === 'watchlist') continue;
      const seen = viewings.get(filmKey(record)) ?? [];
      if (part === 'diary') addViewing(record);
      else if (part === 'reviews') {
        const sameDay = seen.filter((v) => v.watchedOn === record.watchedOn && v.file !== record.file);
        const target = sameDay[0] ?? (record.watchedOn === null && seen.length === 1 ? seen[0] : undefined);
        if (target && !target.review) {
          target.review = record.review;
          target.grade10 ??= record.grade10;
          merge(record, target, 'review');
        } else addViewing(record);
      } else if (seen.length > 0) {
        const ungraded = part === 'ratings' ? latestUngraded(seen) : undefined;
        if (ungraded) {
          ungraded.grade10 = record.grade10;
          merge(record, ungraded, 'rating');
        } else record.mergedInto = `the film is already a viewing (${at(seen[seen.length - 1])})`;
      } else addViewing(record);
    }
  }
  return out;
}
