import { withoutArticle } from '../titles/articles';

// Typo tolerance when matching by name, on normalised names (public.search_normalize): a short
// title tolerates no edit (one letter turns "heat" into "beat", another film), a longer one one
// edit, from TWO_EDITS characters two ("great trian robery" → "great train robbery"). Numbers
// are never typos: "iron man 3" is not "iron man 2".

const ONE_EDIT = 6;
const TWO_EDITS = 12;

function editsAllowed(length: number): number {
  return length >= TWO_EDITS ? MAX_EDITS : length >= ONE_EDIT ? 1 : 0;
}

/** Whether a normalised name is long enough for a typo. */
export const typoTolerated = (norm: string) => editsAllowed(norm.length) > 0;

/** Edits between a and b — a letter added, dropped or replaced, or two neighbours swapped (the
 *  optimal string alignment distance) — or max + 1 as soon as it must exceed max. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        current[j] = Math.min(current[j], before[j - 2] + 1);
      rowBest = Math.min(rowBest, current[j]);
    }
    if (rowBest > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** The numbers of a name, which a typo never changes. */
export const numbersOf = (s: string) => s.match(/\d+/g)?.join(' ') ?? '';

/** Most edits any name tolerates: names whose lengths differ by more are never typos of each other. */
export const MAX_EDITS = 2;

/** The fewest edits between a query and a name (each also without a leading article), or
 *  null when there are more than the query's length allows. */
export function typoEdits(query: string, name: string): number | null {
  const max = editsAllowed(query.length);
  if (max === 0 || numbersOf(query) !== numbersOf(name)) return null;
  let best = max + 1;
  for (const q of [query, withoutArticle(query)])
    for (const n of [name, withoutArticle(name)]) if (q && n) best = Math.min(best, editDistance(q, n, max));
  return best <= max ? best : null;
}
