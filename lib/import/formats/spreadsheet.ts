import { isJournalCsvHeader, unguardedCell } from '../../export/csv-cells';
import { type CsvTable, columnReader } from '../csv';
import { blankRecord, cleanText, firstError } from '../record';
import type { CsvMapping, ParsedRecord } from '../types';
import {
  guessDateOrder,
  imdbIdFrom,
  imdbIdInRow,
  isError,
  parseDate,
  parseFlag,
  parseGrade,
  parseList,
  parseNumber,
  parseYear,
} from '../values';

// A personal spreadsheet log: any CSV, read through a column mapping (which header holds the
// title, year, IMDb id or URL, date, grade and its scale, notes …). The mapping is suggested
// from the header names and a few rows, confirmed by the person, and remembered per header set.

const GUESSES: [keyof CsvMapping, RegExp][] = [
  ['imdbId', /^(imdb|const|tconst|imdb ?id|imdb ?url|imdb ?link|url|link)$/i],
  ['title', /^(title|film|movie|name|titel|titre|titolo|título|original title|film title|movie title)$/i],
  ['year', /^(year|release year|jahr|année|annee|anno|año)$/i],
  ['date', /^(date|watched|watched on|watched ?date|date watched|seen|seen on|viewed|datum|gesehen|vu le)$/i],
  ['grade', /^(rating|rating10|grade|score|note|stars|my rating|your rating|bewertung|voto|mark)$/i],
  ['rewatch', /^(rewatch|rewatched|re-watch|again)$/i],
  ['review', /^(review|notes?|notizen|comments?|thoughts|kommentar|commentaire)$/i],
  ['tags', /^(tags?|labels?)$/i],
  ['place', /^(place|where|venue|cinema|location|ort|lieu)$/i],
  ['companions', /^(with|mit|avec|companions?|company|people|watched with)$/i],
];

/** The header (exact spelling) of a mapping key, by matching the header names. */
export function suggestMapping(headers: string[], sample: string[][]): CsvMapping {
  const mapping: CsvMapping = {};
  for (const [key, pattern] of GUESSES) {
    const header = headers.find((h) => pattern.test(h.trim()) && !Object.values(mapping).includes(h));
    if (header) (mapping as Record<string, string>)[key] = header;
  }
  if (!mapping.imdbId) {
    const i = headers.findIndex((_, c) => sample.some((row) => imdbIdFrom(row[c] ?? '')));
    if (i >= 0) mapping.imdbId = headers[i];
  }
  if (mapping.grade) {
    const c = headers.indexOf(mapping.grade);
    const values = sample.map((row) => parseNumber(row[c] ?? '')).filter((n): n is number => n !== null);
    const max = Math.max(0, ...values);
    const named = /100/.test(mapping.grade)
      ? 100
      : /10/.test(mapping.grade)
        ? 10
        : /5|star/i.test(mapping.grade)
          ? 5
          : null;
    mapping.gradeScale = named ?? (max > 10 ? 100 : max > 0 && max <= 5 && values.some((v) => v % 1 !== 0) ? 5 : 10);
  }
  if (mapping.date) {
    const c = headers.indexOf(mapping.date);
    mapping.dateOrder = sample.some((row) => /^\d{4}/.test((row[c] ?? '').trim()))
      ? 'ymd'
      : guessDateOrder(
          sample.map((row) => row[c] ?? ''),
          'dmy',
        );
  }
  return mapping;
}

/** Whether a mapping can identify films at all. */
export const mappingIsUsable = (m: CsvMapping) => Boolean(m.title || m.imdbId);

/** The mapping's header names that the file does not have. */
export function missingMappedColumns(headers: string[], mapping: CsvMapping): string[] {
  const keys = [
    'title',
    'year',
    'imdbId',
    'date',
    'grade',
    'rewatch',
    'review',
    'tags',
    'place',
    'companions',
  ] as const;
  return keys.map((k) => mapping[k]).filter((h): h is string => Boolean(h) && !headers.includes(h as string));
}

export function readSpreadsheet(table: CsvTable, mapping: CsvMapping): ParsedRecord[] {
  const read = columnReader(table.headers);
  // The journal's own CSV export guards formula-like text cells; undo exactly that, only there.
  const get = isJournalCsvHeader(table.headers)
    ? (row: CsvTable['rows'][number], header: string) => unguardedCell(read(row, header))
    : read;
  const order = mapping.dateOrder ?? 'ymd';
  const scale = mapping.gradeScale ?? 10;
  return table.rows.map((row) => {
    const value = (header: string | undefined) => (header ? get(row, header) : '');
    const record = blankRecord(table.file, row.line, 'watch');
    firstError(record, row.problem);
    record.title = cleanText(value(mapping.title));
    record.imdbId = imdbIdFrom(value(mapping.imdbId)) ?? imdbIdInRow(row.fields);
    if (!record.title && !record.imdbId)
      firstError(
        record,
        `no title${mapping.imdbId ? ' and no IMDb id' : ''} (column "${mapping.title ?? mapping.imdbId}")`,
      );
    const year = parseYear(value(mapping.year));
    if (isError(year)) firstError(record, `column "${mapping.year}": ${year.error}`);
    else record.year = year;
    const date = parseDate(value(mapping.date), order);
    if (isError(date)) firstError(record, `column "${mapping.date}": ${date.error}`);
    else {
      record.watchedOn = date.date;
      record.precision = date.precision;
    }
    const grade = parseGrade(value(mapping.grade), scale);
    if (isError(grade)) firstError(record, `column "${mapping.grade}": ${grade.error}`);
    else record.grade10 = grade;
    record.rewatch = parseFlag(value(mapping.rewatch));
    record.review = cleanText(value(mapping.review));
    record.tags = parseList(value(mapping.tags));
    record.place = cleanText(value(mapping.place));
    record.companions = parseList(value(mapping.companions));
    return record;
  });
}
