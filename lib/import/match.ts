import type { SqlClient } from '../db/client';
import { Prisma } from '../db/generated/client';
import { searchTablesPresent } from '../titles/imdb-tables';
import { decideMatch, type FoundTitle, type MatchDecision } from './match-score';
import { chunks } from './sql-client';

// Matching records to IMDb titles: by IMDb id when the file has one; otherwise by title and
// year against imdb.title_search (every primary, original and alternative title, normalised
// by public.search_normalize: case, accents and punctuation do not matter; names also without
// a leading article). One statement per chunk of distinct title+year pairs, each an index
// lookup, so thousands of rows take seconds even against all of IMDb.

export interface MatchQuery {
  imdbId: string | null;
  title: string | null;
  year: number | null;
}

const LOOKUP_CHUNK = 500;
const CANDIDATES_PER_TITLE = 30;

interface Row extends Omit<FoundTitle, 'votes' | 'year'> {
  q: number;
  year: number | null;
  votes: number | null;
}

async function lookup(client: SqlClient, pairs: { title: string; year: number | null }[]): Promise<FoundTitle[][]> {
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

/** One decision per query, in order. */
export async function matchTitles(
  client: SqlClient,
  queries: MatchQuery[],
  onProgress?: (done: number, total: number) => void,
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
  if (!(await searchTablesPresent(client))) {
    for (const group of keys)
      for (const i of group)
        decisions[i].reason = 'the IMDb data is not loaded yet, so titles cannot be matched by name: pick the title';
    return decisions;
  }
  let done = 0;
  for (const part of chunks(keys, LOOKUP_CHUNK)) {
    const pairs = part.map((group) => ({ title: queries[group[0]].title as string, year: queries[group[0]].year }));
    const found = await lookup(client, pairs);
    part.forEach((group, k) => {
      const decision = decideMatch(pairs[k].title, pairs[k].year, found[k]);
      for (const i of group) decisions[i] = decision;
    });
    done += part.length;
    onProgress?.(done, keys.length);
  }
  return decisions;
}
