import { z } from 'zod';
import { isoDay } from '../validation/day';

// What the statistics cover: all time, one year, or any from–to range of viewing dates, and
// all titles, films only or series only. Shared by the pages, the API and the diary links.

export type StatsKind = 'all' | 'films' | 'series';

export interface StatsRange {
  /** First day included, 'YYYY-MM-DD', or null for no lower bound. */
  from: string | null;
  /** Last day included, 'YYYY-MM-DD', or null for no upper bound. */
  to: string | null;
  kind: StatsKind;
}

const empty = (v: unknown) => (v === '' || v === null ? undefined : v);

/** The query of the dashboard and the API: `from`, `to` (days), or `year`; `kind`. */
export const statsQuerySchema = z
  .object({
    from: z.preprocess(empty, isoDay.optional()),
    to: z.preprocess(empty, isoDay.optional()),
    year: z.preprocess(empty, z.coerce.number().int().min(1874).max(2200).optional()),
    kind: z.preprocess(empty, z.enum(['all', 'films', 'series']).default('all')),
  })
  .refine((q) => !(q.from && q.to) || q.from <= q.to, { message: '`from` is after `to`.', path: ['from'] })
  .refine((q) => !(q.year && (q.from || q.to)), { message: 'Give either `year` or `from`/`to`.', path: ['year'] });

export function rangeOf(query: z.output<typeof statsQuerySchema>): StatsRange {
  if (query.year) return yearRange(query.year, query.kind);
  return { from: query.from ?? null, to: query.to ?? null, kind: query.kind };
}

export function yearRange(year: number, kind: StatsKind = 'all'): StatsRange {
  return { from: `${year}-01-01`, to: `${year}-12-31`, kind };
}

/** The year a range covers exactly, or null. */
export function yearOf(range: StatsRange): number | null {
  const y = range.from?.slice(0, 4);
  return y && range.from === `${y}-01-01` && range.to === `${y}-12-31` ? Number(y) : null;
}

export function isAllTime(range: StatsRange): boolean {
  return range.from === null && range.to === null;
}

/** "All time", "2024", "2024-03-01 – 2024-06-30", "since 2020-01-01". */
export function rangeLabel(range: StatsRange): string {
  const year = yearOf(range);
  if (year) return String(year);
  if (isAllTime(range)) return 'All time';
  if (range.from && range.to) return `${range.from} – ${range.to}`;
  return range.from ? `Since ${range.from}` : `Until ${range.to}`;
}

/** The range as query parameters for links (the dashboard's and the diary's). */
export function rangeParams(range: StatsRange): Record<string, string> {
  const year = yearOf(range);
  const params: Record<string, string> = {};
  if (year) params.year = String(year);
  else {
    if (range.from) params.from = range.from;
    if (range.to) params.to = range.to;
  }
  if (range.kind !== 'all') params.kind = range.kind;
  return params;
}

/** A link to the diary showing the viewings behind a figure: the range, the kind, and `filters`. */
export function diaryHref(range: StatsRange, filters: Record<string, string | number | boolean>): string {
  const params = new URLSearchParams(rangeParams(range));
  for (const [key, value] of Object.entries(filters)) params.set(key, String(value));
  const qs = params.toString();
  return qs ? `/diary?${qs}` : '/diary';
}
