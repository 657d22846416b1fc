import type { DatePrecision } from './types';

// Reading the values of import files: dates in the shapes exports and spreadsheets write,
// grades on their scales, IMDb ids and URLs, years, yes/no flags and lists.

export interface ParsedDate {
  date: string | null;
  precision: DatePrecision;
}
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1870 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Month names in English and French, full and abbreviated, without accents. */
const MONTH_NAMES = [
  'january jan',
  'february feb febr fevrier fev fevr',
  'march mar mars',
  'april apr avril avr',
  'may mai',
  'june jun juin',
  'july jul juillet juil',
  'august aug aout',
  'september sep sept septembre',
  'october oct octobre',
  'november nov novembre',
  'december dec decembre',
].map((names) => names.split(' '));

/** 1–12 for a month's name (`mars`, `Févr.`, `Sept`), or 0. */
const monthNumber = (name: string) => {
  const bare = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/, '').toLowerCase();
  return MONTH_NAMES.findIndex((names) => names.includes(bare)) + 1;
};

const fullYear = (y: number, digits: number) => (digits <= 2 ? (y < 50 ? 2000 + y : 1900 + y) : y);

const DAY_MONTH_YEAR = /^(?:(\d{1,2})(?:er|st|nd|rd|th)?\.?[\s-]+)?(\p{L}+\.?)[\s-]+(\d{4}|\d{2})$/u;
const MONTH_DAY_YEAR = /^(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u;

/** `03/2015`, `mars 2015`, `5 mars 2015`, `1er mars 2015`, `March 5, 2015`, `5-Mar-15`, or null. */
function monthDate(v: string): ParsedDate | null {
  const numeric = /^(\d{1,2})[/.-](\d{4})$/.exec(v);
  if (numeric)
    return +numeric[1] >= 1 && +numeric[1] <= 12
      ? { date: `${numeric[2]}-${pad(+numeric[1])}-01`, precision: 'month' }
      : null;
  const dmy = DAY_MONTH_YEAR.exec(v);
  const mdy = dmy ? null : MONTH_DAY_YEAR.exec(v);
  const [day, name, y] = dmy ? [dmy[1], dmy[2], dmy[3]] : mdy ? [mdy[2], mdy[1], mdy[3]] : [];
  const month = name ? monthNumber(name) : 0;
  if (!month || !y) return null;
  const year = fullYear(+y, y.length);
  const date = validDay(year, month, day ? +day : 1);
  return date ? { date, precision: day ? 'day' : 'month' } : null;
}

/**
 * A date as written in an import file or a spreadsheet, with its precision: ISO (`2024-03-05`,
 * also with a time), `2024-03`, `2024`, numeric with slashes, dots or dashes in the given order
 * (`3/5/2024`), a month `03/2024`, month names in English or French (`mars 2024`, `5 mars 2024`,
 * `March 5, 2024`), or IMDb's legacy `Sat Apr 23 08:36:35 2011`. '' → unknown. Returns an error
 * message for anything else.
 */
export function parseDate(value: string, order: DateOrder = 'ymd'): ParsedDate | { error: string } {
  const v = value.trim();
  if (v === '') return { date: null, precision: 'unknown' };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/.exec(v);
  if (m) {
    const date = validDay(+m[1], +m[2], +m[3]);
    return date ? { date, precision: 'day' } : { error: `"${v}" is not a real date` };
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(v);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { date: `${m[1]}-${pad(+m[2])}-01`, precision: 'month' };
  m = /^(\d{4})$/.exec(v);
  if (m && validDay(+m[1], 1, 1)) return { date: `${m[1]}-01-01`, precision: 'year' };
  m = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:\s+[\d:]+(?:\s*[AP]M)?)?$/i.exec(v);
  if (m) {
    const [a, b, c] = [+m[1], +m[2], +m[3]];
    const date =
      m[1].length === 4
        ? validDay(a, b, c)
        : order === 'mdy'
          ? validDay(fullYear(c, m[3].length), a, b)
          : validDay(fullYear(c, m[3].length), b, a);
    return date ? { date, precision: 'day' } : { error: `"${v}" is not a real date (read as ${order})` };
  }
  m = /^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+[\d:]+\s+(\d{4})$/.exec(v);
  if (m) {
    const date = validDay(+m[3], monthNumber(m[1]), +m[2]);
    if (date) return { date, precision: 'day' };
  }
  const named = monthDate(v);
  if (named) return named;
  return { error: `"${v}" is not a date` };
}

/** Which order numeric dates of a column use: day first when some first part is over 12. */
export function guessDateOrder(values: string[], fallback: DateOrder): DateOrder {
  for (const v of values) {
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(v.trim());
    if (m && +m[1] > 12) return 'dmy';
    if (m && +m[2] > 12) return 'mdy';
  }
  return fallback;
}

/** A grade on `scale` (5: stars, 10, 100) → the journal's 0.5–10 in half steps. */
export function parseGrade(value: string, scale: 5 | 10 | 100): number | null | { error: string } {
  const v = value.trim().replace(',', '.');
  if (v === '') return null;
  if (!/^\d+(\.\d+)?$/.test(v)) return { error: `grade "${value.trim()}" is not a number` };
  const n = Number(v);
  const ten = scale === 5 ? n * 2 : scale === 100 ? n / 10 : n;
  const rounded = Math.round(ten * 2) / 2;
  if (rounded < 0.5 || rounded > 10) return { error: `grade "${value.trim()}" is outside 0–${scale}` };
  return rounded;
}

const IMDB_ID = /\b(tt\d{7,10})\b/;

/** An IMDb title id from an id (`tt0111161`) or any IMDb URL holding one. */
export function imdbIdFrom(value: string): string | null {
  const v = value.trim();
  if (/^tt\d{7,10}$/.test(v)) return v;
  if (/imdb\.com\//i.test(v)) return IMDB_ID.exec(v)?.[1] ?? null;
  return null;
}

/** The first IMDb URL anywhere in a row. */
export function imdbIdInRow(fields: string[]): string | null {
  for (const f of fields) {
    if (!/imdb\.com\//i.test(f)) continue;
    const id = IMDB_ID.exec(f)?.[1];
    if (id) return id;
  }
  return null;
}

export function parseYear(value: string): number | null | { error: string } {
  const v = value.trim();
  if (v === '') return null;
  const m = /^(\d{4})(?:\D.*)?$/.exec(v);
  if (!m || +m[1] < 1870 || +m[1] > 2100) return { error: `year "${v}" is not a year` };
  return +m[1];
}

export function parseFlag(value: string): boolean {
  return /^(yes|y|true|1|x|ja|oui|sí|si|✓)$/i.test(value.trim());
}

/** A list field: comma- (or semicolon-) separated, trimmed, without empties. */
export function parseList(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseNumber(value: string): number | null {
  const v = value.trim().replace(',', '.');
  if (v === '' || !/^-?\d+(\.\d+)?$/.test(v)) return null;
  return Number(v);
}

export const isError = (v: unknown): v is { error: string } => typeof v === 'object' && v !== null && 'error' in v;
