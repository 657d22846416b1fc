import type { PrismaClient } from '../db/generated/client';
import { Prisma } from '../db/generated/client';
import { normalizeSearchText } from '../search/normalize';
import { searchTablesPresent } from '../titles/imdb-tables';
import { exactJournalTitles, type JournalTitles, loadJournalTitles, nearJournalTitles } from './journal-titles';
import { decideMatch, type FoundTitle, type MatchDecision } from './match-score';
import { chunks } from './sql-client';
import { typoEdits, typoTolerated } from './typos';

// Matching records to titles: by IMDb id when the file has one; otherwise by title and year
// (±1) against imdb.title_search (every primary, original and alternative title, normalised by
// public.search_normalize: case, accents and punctuation do not matter; names also without a
// leading article) and against the person's own journal titles (journal-titles.ts), so a film
// an earlier import brought in is found without the IMDb data. One statement per chunk of
// distinct title+year pairs, each an index lookup, so thousands of rows take seconds even
// against all of IMDb. A name found nowhere is tried once more with typos (typos.ts): among the
// journal's titles, and among the popular titles by trigram similarity (the whole title_search
// has no trigram index; the popular titles are the ones most logged).

export interface MatchQuery {
  imdbId: string | null;
  title: string | null;
  year: number | null;
}

export interface MatchOptions {
  /** Whose journal titles are candidates too (none: the IMDb data only). */
  userId?: number;
  onProgress?: (done: number, total: number) => void;
}

const LOOKUP_CHUNK = 500;
const CANDIDATES_PER_TITLE = 30;
const TYPO_CANDIDATES = 10;
const NOT_LOADED = 'the IMDb data is not loaded yet, so titles cannot be matched by name: pick the title';

interface Row extends Omit<FoundTitle, 'votes' | 'year'> {
  q: number;
  year: number | null;
  votes: number | null;
}

async function lookup(client: PrismaClient, pairs: { title: string; year: number | null }[]): Promise<FoundTitle[][]> {
  const found: FoundTitle[][] = pairs.map(() => []);
  const rows = await client.$queryRaw<Row[]>(Prisma.sql`
    SELECT q.q::int AS q, s.tconst, s.name, s.kind::int AS kind, s.title_type AS type, s.start_year AS year,
           s.num_votes AS votes
      FROM unnest(${pairs.map((p) => p.title)}::text[], ${pairs.map((p) => p.year)}::int[])
           WITH ORDINALITY AS q(title, year, q)
      CROSS JOIN LATERAL (
        SELECT t.tconst, t.name, t.kind, t.title_type, t.start_year, t.num_votes
          FROM imdb.title_search t
         WHERE t.norm = public.search_normalize(q.title)
           AND (q.year IS NULL OR t.start_year BETWEEN q.year - 1 AND q.year + 1)
         ORDER BY t.num_votes DESC
         LIMIT ${CANDIDATES_PER_TITLE}) s`);
  for (const r of rows) found[r.q - 1].push(r);
  return found;
}

/** For each name, the popular titles (imdb.title_search_popular, GIN trigram) within a typo
 *  or two of it, of the year ±1. */
async function nearImdbTitles(client: PrismaClient, pairs: { norm: string; year: number | null }[]) {
  const near: FoundTitle[][] = pairs.map(() => []);
  if (pairs.length === 0) return near;
  const rows = await client.$queryRaw<(Row & { norm: string })[]>(Prisma.sql`
    SELECT q.q::int AS q, s.tconst, s.name, s.kind::int AS kind, s.title_type AS type, s.start_year AS year,
           s.num_votes AS votes, s.norm
      FROM unnest(${pairs.map((p) => p.norm)}::text[], ${pairs.map((p) => p.year)}::int[])
           WITH ORDINALITY AS q(norm, year, q)
      CROSS JOIN LATERAL (
        SELECT t.tconst, t.name, t.kind, t.title_type, t.start_year, t.num_votes, t.norm
          FROM imdb.title_search_popular t
         WHERE t.norm % q.norm
           AND (q.year IS NULL OR t.start_year BETWEEN q.year - 1 AND q.year + 1)
         ORDER BY similarity(t.norm, q.norm) DESC, t.num_votes DESC
         LIMIT ${TYPO_CANDIDATES}) s`);
  for (const r of rows) {
    const edits = typoEdits(pairs[r.q - 1].norm, r.norm);
    if (edits !== null) near[r.q - 1].push({ ...r, edits });
  }
  return near;
}

/** One decision per query, in order. */
export async function matchTitles(
  client: PrismaClient,
  queries: MatchQuery[],
  { userId, onProgress }: MatchOptions = {},
): Promise<MatchDecision[]> {
  const decisions: MatchDecision[] = queries.map((q) =>
    q.imdbId
      ? { tconst: q.imdbId, confidence: 1, candidates: [], reason: null }
      : { tconst: null, confidence: null, candidates: [], reason: q.title ? null : 'no title and no IMDb id' },
  );
  const byKey = new Map<string, number[]>();
  queries.forEach((q, i) => {
    if (q.imdbId || !q.title) return;
    const key = `${q.title}\u0000${q.year ?? ''}`;
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const keys = [...byKey.values()];
  if (keys.length === 0) return decisions;
  const imdb = await searchTablesPresent(client);
  const journal: JournalTitles | null = userId === undefined ? null : await loadJournalTitles(client, userId);
  let done = 0;
  for (const part of chunks(keys, LOOKUP_CHUNK)) {
    const pairs = part.map((group) => {
      const { title, year } = queries[group[0]] as { title: string; year: number | null };
      return { title, year, norm: normalizeSearchText(title) };
    });
    const found = imdb ? await lookup(client, pairs) : pairs.map((): FoundTitle[] => []);
    if (journal) for (const [k, p] of pairs.entries()) found[k].push(...exactJournalTitles(journal, p.norm, p.year));
    const unknown = pairs.flatMap((p, k) => (found[k].length === 0 && typoTolerated(p.norm) ? [k] : []));
    const near = imdb
      ? await nearImdbTitles(
          client,
          unknown.map((k) => pairs[k]),
        )
      : unknown.map(() => []);
    unknown.forEach((k, n) => {
      found[k].push(...(journal ? nearJournalTitles(journal, pairs[k].norm, pairs[k].year) : []), ...near[n]);
    });
    part.forEach((group, k) => {
      const decision =
        found[k].length === 0 && !imdb
          ? { tconst: null, confidence: null, candidates: [], reason: NOT_LOADED }
          : decideMatch(pairs[k].title, pairs[k].year, markJournal(found[k], journal));
      for (const i of group) decisions[i] = decision;
    });
    done += part.length;
    onProgress?.(done, keys.length);
  }
  return decisions;
}

/** IMDb candidates that are journal titles count as such. */
function markJournal(found: FoundTitle[], journal: JournalTitles | null): FoundTitle[] {
  if (!journal) return found;
  return found.map((f) => (f.inJournal || !journal.tconsts.has(f.tconst) ? f : { ...f, inJournal: true }));
}
