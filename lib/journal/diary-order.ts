import type { DatePrecision } from './schemas';

// The diary's order, for the screen that places an edited or logged viewing among those it has
// loaded: the same as the ORDER BY of diary-query.ts (a test holds them together): newest
// first, a period's partial dates after its days, unknown dates last, then the newest logged.

interface Ordered {
  id: number;
  watchedOn: string | null;
  datePrecision: DatePrecision;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 2, month: 1, year: 0, unknown: 0 };

function sortKey(w: Ordered): string {
  if (!w.watchedOn) return '';
  const date =
    w.watchedOn.length === 4 ? `${w.watchedOn}-01-01` : w.watchedOn.length === 7 ? `${w.watchedOn}-01` : w.watchedOn;
  return `${date}|${PRECISION_RANK[w.datePrecision]}`;
}

/** A comparator for Array.prototype.sort: negative when `a` comes first in the diary. */
export function diaryOrder(a: Ordered, b: Ordered): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka > kb ? -1 : 1;
  return b.id - a.id;
}
