import { type CsvRow, type CsvTable, columnReader } from '../csv';
import { fileError } from '../file-error';
import { blankRecord, cleanText, firstError } from '../record';
import type { ImportFileError, ParsedRecord, TitleMeta } from '../types';
import {
  type DateOrder,
  guessDateOrder,
  imdbIdFrom,
  isError,
  parseDate,
  parseGrade,
  parseList,
  parseNumber,
  parseYear,
} from '../values';

// IMDb's own exports: ratings (current, and 2021-and-earlier without "Original Title", maybe
// Windows-1252) and watchlist/list exports (current, and the legacy pre-2017 one with
// lowercase headers and `created` like `Sat Apr 23 08:36:35 2011`). Spreadsheet re-saves of
// any of them write US dates (M/D/YYYY), quote minimally and drop ".0": all read the same.

/** Columns that go by several names across IMDb's export versions (first match wins). */
const ALIASES = {
  yourRating: ['Your Rating', 'You rated'],
  titleType: ['Title Type'],
  votes: ['Num Votes', 'Num. Votes'],
  release: ['Release Date', 'Release Date (month/day/year)'],
  created: ['Created'],
  dateRated: ['Date Rated'],
} as const;

/** IMDb's display names of title types → the datasets' codes. */
const TITLE_TYPES: Record<string, string> = {
  movie: 'movie',
  'feature film': 'movie',
  'tv movie': 'tvMovie',
  'tv series': 'tvSeries',
  'tv mini series': 'tvMiniSeries',
  'tv mini-series': 'tvMiniSeries',
  'tv episode': 'tvEpisode',
  'tv special': 'tvSpecial',
  'tv short': 'tvShort',
  short: 'short',
  'short film': 'short',
  video: 'video',
  'video game': 'videoGame',
  'music video': 'musicVideo',
  'podcast series': 'podcastSeries',
  'podcast episode': 'podcastEpisode',
};

function titleTypeCode(display: string): string | null {
  const v = display.trim();
  if (v === '') return null;
  return TITLE_TYPES[v.toLowerCase()] ?? v;
}

/** `sci_fi` (legacy exports) → `Sci-Fi`, as the datasets write genres. */
function genreName(raw: string): string {
  const special: Record<string, string> = {
    sci_fi: 'Sci-Fi',
    film_noir: 'Film-Noir',
    game_show: 'Game-Show',
    reality_tv: 'Reality-TV',
    talk_show: 'Talk-Show',
  };
  const v = raw.trim();
  if (special[v.toLowerCase()]) return special[v.toLowerCase()];
  return v.charAt(0).toUpperCase() + v.slice(1);
}

type Value = (names: string | readonly string[]) => string;

/** The row's value of the first of `names` that is present and not empty. */
function bind(get: ReturnType<typeof columnReader>, row: CsvRow): Value {
  return (names) => {
    for (const n of typeof names === 'string' ? [names] : names) {
      const v = get(row, n);
      if (v !== '') return v;
    }
    return '';
  };
}

function titleMeta(value: Value, dateOrder: DateOrder): TitleMeta {
  const release = parseDate(value(ALIASES.release), dateOrder);
  return {
    originalTitle: value('Original Title') || null,
    titleType: titleTypeCode(value(ALIASES.titleType)),
    genres: parseList(value('Genres')).map(genreName),
    runtimeMinutes: parseNumber(value('Runtime (mins)')),
    imdbRating: parseNumber(value('IMDb Rating')),
    numVotes: parseNumber(value(ALIASES.votes)),
    directors: parseList(value('Directors')),
    releaseDate: isError(release) ? null : release.date,
  };
}

function hasColumn(headers: string[], names: readonly string[]): boolean {
  const lower = new Set(headers.map((h) => h.toLowerCase()));
  return names.some((n) => lower.has(n.toLowerCase()));
}

function requireColumns(table: CsvTable, what: string, required: (readonly string[])[]): ImportFileError | null {
  for (const names of required)
    if (!hasColumn(table.headers, names))
      return fileError(table.file, 1, names[0], `not an IMDb ${what} export: the column "${names[0]}" is missing`);
  return null;
}

/** Day-first or month-first, from the file's own dates (re-saves write US M/D/YYYY). */
function fileDateOrder(table: CsvTable, get: ReturnType<typeof columnReader>, columns: string[]): DateOrder {
  return guessDateOrder(
    table.rows.flatMap((r) => columns.map((c) => get(r, c))),
    'mdy',
  );
}

function baseRecord(table: CsvTable, row: CsvRow, value: Value, kind: ParsedRecord['kind']) {
  const record = blankRecord(table.file, row.line, kind);
  firstError(record, row.problem);
  const constValue = value('Const');
  record.imdbId = imdbIdFrom(constValue) ?? imdbIdFrom(value('URL'));
  if (!record.imdbId && !record.error) record.error = `column "Const": "${constValue}" is not an IMDb title id`;
  record.title = cleanText(value('Title'));
  const year = parseYear(value('Year'));
  if (isError(year)) firstError(record, `column "Year": ${year.error}`);
  else record.year = year;
  return record;
}

function applyRating(record: ParsedRecord, value: Value, dateOrder: DateOrder): void {
  const grade = parseGrade(value(ALIASES.yourRating), 10);
  if (isError(grade)) firstError(record, `column "Your Rating": ${grade.error}`);
  else if (grade === null) firstError(record, 'column "Your Rating" is empty');
  else record.grade10 = grade;
  const rated = parseDate(value(ALIASES.dateRated), dateOrder);
  if (isError(rated)) firstError(record, `column "Date Rated": ${rated.error}`);
  else {
    record.watchedOn = rated.date;
    record.precision = rated.precision;
  }
  record.ratingOnly = true;
}

export function readImdbRatings(table: CsvTable): ParsedRecord[] | ImportFileError {
  const missing = requireColumns(table, 'ratings', [['Const'], ALIASES.yourRating]);
  if (missing) return missing;
  const get = columnReader(table.headers);
  const order = fileDateOrder(table, get, ['Date Rated', 'Release Date']);
  return table.rows.map((row) => {
    const value = bind(get, row);
    const record = baseRecord(table, row, value, 'watch');
    applyRating(record, value, order);
    record.meta = titleMeta(value, order);
    return record;
  });
}

export function readImdbList(table: CsvTable): ParsedRecord[] | ImportFileError {
  const missing = requireColumns(table, 'list', [['Const'], ['Position']]);
  if (missing) return missing;
  const get = columnReader(table.headers);
  const order = fileDateOrder(table, get, ['Created', 'Date Rated', 'Release Date (month/day/year)', 'Release Date']);
  return table.rows.flatMap((row) => {
    const value = bind(get, row);
    const entry = baseRecord(table, row, value, 'watchlist');
    entry.meta = titleMeta(value, order);
    const created = parseDate(value(ALIASES.created), order);
    if (isError(created)) firstError(entry, `column "Created": ${created.error}`);
    else entry.addedAt = created.date;
    entry.review = cleanText(value('Description'));
    if (value(ALIASES.yourRating) === '') return [entry];
    // A rated title on a list was seen: it also logs a viewing.
    const watch: ParsedRecord = { ...baseRecord(table, row, value, 'watch'), meta: entry.meta };
    applyRating(watch, value, order);
    return [entry, watch];
  });
}
