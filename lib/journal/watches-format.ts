// Presentation helpers for viewings, shared by server and client components (no database here).

import type { DateKind, DatePrecision } from './schemas';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * A review as plain text. Imports (Letterboxd, IMDb) may carry HTML: line breaks and
 * paragraphs become new lines, every other tag goes, entities are decoded. The result is
 * rendered as text (React escapes it), never as HTML.
 */
export function reviewText(review: string | null | undefined): string {
  if (!review) return '';
  if (!/[<&]/.test(review)) return review.trim();
  const text = review
    .replace(/<\s*(script|style)\b[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
    .replace(/<\s*br\s*\/?\s*>/gi, '\n')
    .replace(/<\s*\/\s*(p|div|li|h[1-6]|blockquote)\s*>/gi, '\n\n')
    .replace(/<\s*li\b[^>]*>/gi, '• ')
    .replace(/<\/?[a-z][^>]*>|<!--[\s\S]*?-->/gi, '');
  return decodeEntities(text)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** 7.5 → "7.5", 8 → "8". */
export function formatGrade(grade: number | null | undefined): string {
  if (grade === null || grade === undefined) return '';
  return Number.isInteger(grade) ? String(grade) : grade.toFixed(1);
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The first day of a date in its precision ('2024-03' → '2024-03-01'), null when unknown or not a date. */
export function firstDayOf(watchedOn: string): string | null {
  return /^\d{4}(-\d{2}){0,2}$/.test(watchedOn) ? `${watchedOn}-01-01`.slice(0, 10) : null;
}

/**
 * Whether a new viewing dated `chosen` would come after the title's earliest viewing, whose
 * first day is `earliest` (null: it is undated, which counts as the earliest), in the order of
 * lib/journal/chronology.ts: then it is a rewatch. (Here, not with the zod schemas: the log sheet
 * asks it in the browser.)
 */
export function comesAfter(chosen: string, earliest: string | null): boolean {
  if (earliest === null) return true;
  const day = firstDayOf(chosen);
  return day !== null && earliest <= day;
}

/** A viewing's date for people: "Sat 9 Mar 2024", "March 2024", "2024" or "Date unknown"; a
 *  rating date "On or before 9 Mar 2024" (the weekday says nothing of the viewing then). */
export function formatWatchedOn(
  watchedOn: string | null,
  precision: DatePrecision,
  options: { short?: boolean; kind?: DateKind } = {},
) {
  if (!watchedOn || precision === 'unknown') return 'Date unknown';
  const year = Number(watchedOn.slice(0, 4));
  if (precision === 'year') return `In ${year}`;
  const month = Number(watchedOn.slice(5, 7));
  if (precision === 'month') return `${MONTHS[month - 1]} ${year}`;
  const day = Number(watchedOn.slice(8, 10));
  const weekday = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    weekday: 'short',
    timeZone: 'UTC',
  });
  const monthShort = MONTHS[month - 1].slice(0, 3);
  if (options.kind === 'rated') return `On or before ${day} ${monthShort}${options.short ? '' : ` ${year}`}`;
  return options.short ? `${weekday} ${day} ${monthShort}` : `${weekday} ${day} ${monthShort} ${year}`;
}

export interface DiaryGroup<T> {
  key: string;
  label: string;
  items: T[];
}

/** The diary's section of a viewing: its month, its year for a year-only date, or "unknown". */
export function diaryGroupOf(watchedOn: string | null, precision: DatePrecision): { key: string; label: string } {
  if (!watchedOn || precision === 'unknown') return { key: 'unknown', label: 'Date unknown' };
  const year = watchedOn.slice(0, 4);
  if (precision === 'year') return { key: year, label: `Sometime in ${year}` };
  const month = Number(watchedOn.slice(5, 7));
  return { key: watchedOn.slice(0, 7), label: `${MONTHS[month - 1]} ${year}` };
}

/**
 * Groups viewings in diary order into sections. Consecutive viewings of one section share it;
 * the order (a period's partial dates after its days) keeps each section in one piece.
 */
export function groupDiary<T extends { watchedOn: string | null; datePrecision: DatePrecision }>(
  items: T[],
): DiaryGroup<T>[] {
  const groups: DiaryGroup<T>[] = [];
  for (const item of items) {
    const { key, label } = diaryGroupOf(item.watchedOn, item.datePrecision);
    const last = groups.at(-1);
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, label, items: [item] });
  }
  return groups;
}

const TYPE_LABELS: Record<string, string> = {
  movie: 'Film',
  short: 'Short',
  tvMovie: 'TV film',
  tvSeries: 'Series',
  tvMiniSeries: 'Miniseries',
  tvSpecial: 'TV special',
  tvShort: 'TV short',
  tvEpisode: 'Episode',
  tvPilot: 'Pilot',
  video: 'Video',
  videoGame: 'Game',
  musicVideo: 'Music video',
};

/** IMDb's titleType for people: "tvMiniSeries" → "Miniseries". */
export function typeLabel(type: string | null | undefined): string {
  if (!type) return '';
  return TYPE_LABELS[type] ?? type;
}

/** 1h 42m. */
export function formatRuntime(minutes: number | null | undefined): string {
  if (!minutes) return '';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m}m` : m === 0 ? `${h}h` : `${h}h ${m}m`;
}

/** A local date as 'YYYY-MM-DD' (the phone's today, not the server's). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
