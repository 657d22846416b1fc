import type { SqlClient } from '../db/client';
import { Prisma } from '../db/generated/client';
import { withoutArticle } from '../titles/articles';
import { imdbTablesPresent } from '../titles/imdb-tables';
import { TITLE, titleJoins } from '../titles/title-join';
import type { FoundTitle } from './match-score';
import { MAX_EDITS, numbersOf, typoEdits } from './typos';

// The journal's own titles as match candidates: every title of the person's viewings and
// watchlist, through the title join (so a provisional title from an earlier import counts, with
// or without the IMDb data loaded). Only this person's: another account's titles never show.

interface JournalName extends FoundTitle {
  norm: string;
}

export interface JournalTitles {
  /** Names by normalised form, also without a leading article. */
  byNorm: Map<string, JournalName[]>;
  all: JournalName[];
  tconsts: Set<string>;
  /** Names by their numbers and length (also without a leading article), where typos are looked for. */
  byShape: Map<string, JournalName[]>;
}

const shape = (numbers: string, length: number) => `${numbers}|${length}`;
const forms = (norm: string) => [norm, withoutArticle(norm)].filter((f): f is string => f !== null);

export async function loadJournalTitles(client: SqlClient, userId: number): Promise<JournalTitles> {
  const imdb = await imdbTablesPresent(client);
  const rows = await client.$queryRaw<JournalName[]>`
    WITH j AS (SELECT tconst FROM watches WHERE user_id = ${userId} AND deleted_at IS NULL
               UNION SELECT tconst FROM watchlist WHERE user_id = ${userId})
    SELECT DISTINCT ON (j.tconst, n.norm) j.tconst, n.name, n.kind::int AS kind, ${TITLE.type} AS type,
           ${TITLE.year} AS year, ${TITLE.votes} AS votes, n.norm
      FROM j ${titleJoins('j', imdb, Prisma.sql`${userId}::int`)}
     CROSS JOIN LATERAL (SELECT v.name, v.kind, public.search_normalize(v.name) AS norm
                           FROM (VALUES (${TITLE.title}, 0), (${TITLE.originalTitle}, 1)) v(name, kind)
                          WHERE v.name IS NOT NULL) n
     WHERE n.norm <> ''
     ORDER BY j.tconst, n.norm, n.kind`;
  const byNorm = new Map<string, JournalName[]>();
  const byShape = new Map<string, JournalName[]>();
  const add = (map: Map<string, JournalName[]>, key: string, title: JournalName) => {
    const list = map.get(key);
    if (list) list.push(title);
    else map.set(key, [title]);
  };
  const all = rows.map((r) => ({ ...r, inJournal: true }));
  for (const title of all)
    for (const form of forms(title.norm)) {
      add(byNorm, form, title);
      add(byShape, shape(numbersOf(form), form.length), title);
    }
  return { byNorm, all, tconsts: new Set(rows.map((r) => r.tconst)), byShape };
}

const yearFits = (title: FoundTitle, year: number | null) =>
  year === null || title.year === null || Math.abs(title.year - year) <= 1;

/** Journal titles named exactly `norm` (normalised), of the year ±1. */
export function exactJournalTitles(journal: JournalTitles, norm: string, year: number | null): FoundTitle[] {
  return (journal.byNorm.get(norm) ?? []).filter((t) => yearFits(t, year));
}

/** Journal titles within a typo or two of `norm` (see typos.ts), of the year ±1. */
export function nearJournalTitles(journal: JournalTitles, norm: string, year: number | null): FoundTitle[] {
  // Only names of the same numbers and about the same length can be near: a few buckets, not the journal.
  const looked = new Set<JournalName>();
  for (const form of forms(norm))
    for (let length = form.length - MAX_EDITS; length <= form.length + MAX_EDITS; length++)
      for (const t of journal.byShape.get(shape(numbersOf(form), length)) ?? []) looked.add(t);
  const near: FoundTitle[] = [];
  for (const t of looked) {
    if (!yearFits(t, year)) continue;
    const edits = typoEdits(norm, t.norm);
    if (edits !== null) near.push({ ...t, edits });
  }
  return near;
}

/** The review queue's search among the journal's titles: names holding the query, or within
 *  a typo or two of it; one per title. */
export function findJournalTitles(journal: JournalTitles, norm: string, limit: number): FoundTitle[] {
  const found = new Map<string, FoundTitle>();
  for (const t of journal.all)
    if (!found.has(t.tconst) && (t.norm.includes(norm) || typoEdits(norm, t.norm) !== null)) found.set(t.tconst, t);
  return [...found.values()].slice(0, limit);
}
