import type pg from 'pg';
import { LEADING_ARTICLES } from '../lib/titles/articles';
import type { DatasetName } from './datasets';
import { siblingClient } from './sibling';

// The search tables (lib/search reads them), built in the staging schema from the staging copy
// of the datasets this run reloaded and the live copy of the others.
//
// title_search: one row per title and distinct normalised name: primary title, original title,
//   every aka in every language, and each of them once more without a leading article ("the
//   godfather" → also "godfather"). It carries what ranking and filters need (type, years,
//   votes), so a search reads no other table until it knows its page of results, and it is
//   written in vote order: a bitmap scan meets the most-voted matches first and a LIMIT keeps them.
//     norm   public.search_normalize(name) (migration 20261125220000_search_functions), COLLATE "C"
//     name   the name as IMDb writes it (for an aka: its row that is the original title, else
//            imdbDisplay, else the lowest ordering)
//     kind   0 primary title, 1 original title, 2 aka (the lowest wins when names normalise alike)
//   Indexes: btree (norm, num_votes DESC): exact matches in vote order, and prefixes (C
//   collation: LIKE 'abc%' is a range scan); GIN on the name's words as a tsvector: titles
//   holding all the words of a query, in any order.
//
// title_search_word: every word of title_search.norm and how many rows hold it. Typos are
//   corrected word by word against it (GIN trigram index), the last word of a query being
//   typed is completed from it (btree), and its counts tell a search when a word is too
//   common to be worth looking up among all titles.
//
// title_search_popular: the title_search rows of the most-voted titles (POPULAR_SHARE of the
//   titles, at least POPULAR_MIN), in vote order, with a btree on (left(norm, n), num_votes DESC)
//   for n = 1…3 so a one- to three-character query reads the first entries of an index, and a
//   GIN trigram index for fuzzy matching of whole names among the titles people look for most.

const SEARCH_TABLE = 'title_search';
const WORD_TABLE = 'title_search_word';
const POPULAR_TABLE = 'title_search_popular';
export const SEARCH_TABLES = [SEARCH_TABLE, WORD_TABLE, POPULAR_TABLE] as const;

/** The datasets the search tables are made of: reloading any of them rebuilds them. */
export const SEARCH_SOURCES: readonly DatasetName[] = ['title.basics', 'title.akas', 'title.ratings'];

/** Share of the titles (by votes) in title_search_popular, and the least number of titles in it. */
const POPULAR_SHARE = 0.01;
const POPULAR_MIN = 1000;

/**
 * Longest normalised name kept (characters): well over any real title, and short enough (at 4
 * bytes a character) for a btree entry and for a tsvector word (2,047 bytes at most).
 */
const MAX_NORM_LENGTH = 500;

/** Longest prefix with its own index on title_search_popular. */
const POPULAR_PREFIX_INDEXES = 3;

const STAGING = 'imdb_staging';
const LIVE = 'imdb';

export interface SearchBuildTiming {
  /** Milliseconds for title_search itself (normalising every name, sorting, writing). */
  table: number;
  /** Milliseconds for everything after it: indexes, the two other tables, statistics. */
  rest: number;
  rows: number;
  words: number;
  popularRows: number;
}

async function tableExists(client: pg.Client, qualified: string): Promise<boolean> {
  const { rows } = await client.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [qualified]);
  return rows[0].t !== null;
}

/** Where this run reads a dataset's table: staging when it was reloaded, else live; null when neither exists. */
async function sourceOf(client: pg.Client, reloaded: DatasetName[], dataset: DatasetName, table: string) {
  const qualified = `${reloaded.includes(dataset) ? STAGING : LIVE}.${table}`;
  return (await tableExists(client, qualified)) ? qualified : null;
}

/** The SELECT that makes title_search from the three datasets (akas and ratings optional). */
function searchTableSql(basics: string, akas: string | null, ratings: string | null): string {
  const akaNames = akas
    ? `UNION ALL
       SELECT a.title_id, a.title, 2::smallint, a.region, a.language,
              CASE WHEN a.is_original_title THEN 0 WHEN 'imdbDisplay' = ANY (a.types) THEN 1 ELSE 2 END * 100000 + a.ordering,
              b.title_type, b.start_year, b.end_year
         FROM ${akas} a JOIN ${basics} b ON b.tconst = a.title_id
        WHERE a.title IS NOT NULL`
    : '';
  const votes = ratings ? 'coalesce(r.num_votes, 0)' : '0';
  const ratingsJoin = ratings ? `LEFT JOIN ${ratings} r ON r.tconst = x.tconst` : '';
  // Without ratings every title has 0 votes: nothing to order by.
  const byVotes = ratings ? 'n.num_votes, ' : '';
  const byVotesDesc = ratings ? 'n.num_votes DESC, ' : '';
  // Each name is normalised once, in parallel workers, after the joins (string_to_table turns
  // "the x" into the rows "the x" and "x"; a set-returning function also keeps the planner from
  // copying the expression). The votes lead the sort so the table is written in vote order; they
  // are the same for every row of a title, so DISTINCT ON may start with them.
  const articles = LEADING_ARTICLES.join('|');
  return `
    SELECT DISTINCT ON (${byVotes}n.tconst, n.norm)
           n.tconst, n.norm, n.name, n.kind, n.region, n.language, n.title_type, n.start_year, n.end_year, n.num_votes
      FROM (SELECT x.tconst, x.name, x.kind, x.region, x.language, x.rank, x.title_type, x.start_year, x.end_year,
                   ${votes}::integer AS num_votes,
                   string_to_table(regexp_replace(left(public.search_normalize(x.name), ${MAX_NORM_LENGTH}),
                                                  '^((?:${articles}) )(.+)$', '\\1\\2' || chr(10) || '\\2'),
                                   chr(10)) COLLATE "C" AS norm
              FROM (SELECT tconst, primary_title AS name, 0::smallint AS kind, NULL::text AS region,
                           NULL::text AS language, 0 AS rank, title_type, start_year, end_year
                      FROM ${basics} WHERE primary_title IS NOT NULL
                    UNION ALL
                    SELECT tconst, original_title, 1::smallint, NULL, NULL, 0, title_type, start_year, end_year
                      FROM ${basics} WHERE original_title IS NOT NULL AND original_title <> primary_title
                    ${akaNames}
                   ) x
              ${ratingsJoin}
           ) n
     WHERE n.norm <> ''
     ORDER BY ${byVotesDesc}n.tconst, n.norm, n.kind, n.rank`;
}

/**
 * Builds title_search, title_search_word and title_search_popular in the staging schema when
 * this run reloaded one of SEARCH_SOURCES; returns the names of the tables built (none otherwise).
 */
export async function buildSearchTables(
  client: pg.Client,
  reloaded: DatasetName[],
  onTiming?: (timing: SearchBuildTiming) => void,
): Promise<string[]> {
  if (!SEARCH_SOURCES.some((d) => reloaded.includes(d))) return [];
  const basics = await sourceOf(client, reloaded, 'title.basics', 'title_basics');
  if (!basics) return [];
  const akas = await sourceOf(client, reloaded, 'title.akas', 'title_akas');
  const ratings = await sourceOf(client, reloaded, 'title.ratings', 'title_ratings');
  const search = `${STAGING}.${SEARCH_TABLE}`;
  const words = `${STAGING}.${WORD_TABLE}`;
  const popular = `${STAGING}.${POPULAR_TABLE}`;
  const timing: SearchBuildTiming = { table: 0, rest: 0, rows: 0, words: 0, popularRows: 0 };
  const started = Date.now();

  await client.query('BEGIN');
  try {
    // Sorting and hashing millions of names: far more memory than the 4 MB default, for this
    // transaction only. Hash joins: a nested loop of index lookups per name was 2× slower
    // at full scale (17 million lookups into title_basics and title_ratings).
    await client.query(`SET LOCAL work_mem = '256MB'`);
    await client.query('SET LOCAL enable_nestloop = off');
    await client.query(`DROP TABLE IF EXISTS ${search}, ${words}, ${popular}`);
    const created = await client.query(`CREATE TABLE ${search} AS ${searchTableSql(basics, akas, ratings)}`);
    timing.rows = created.rowCount ?? 0;
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  timing.table = Date.now() - started;

  // The word index on title_search is the longest job (GIN builds use one core): it runs on a
  // connection of its own while this one makes the other two tables and their indexes.
  const other = siblingClient(client, 'search');
  await other.connect();
  try {
    const outcomes = await Promise.allSettled([
      (async () => {
        await other.query(`SET maintenance_work_mem = '512MB'`);
        await other.query(
          `CREATE INDEX ${SEARCH_TABLE}_words_idx ON ${search} USING gin (array_to_tsvector(string_to_array(norm, ' ')))`,
        );
        await other.query(`VACUUM (ANALYZE) ${search}`);
      })(),
      (async () => {
        await client.query('BEGIN');
        try {
          await client.query(`SET LOCAL work_mem = '256MB'`);
          await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
          await client.query(`CREATE INDEX ${SEARCH_TABLE}_norm_idx ON ${search} (norm, num_votes DESC)`);
          const w = await client.query(
            `CREATE TABLE ${words} AS
             SELECT word, count(*)::integer AS n
               FROM ${search}, unnest(string_to_array(norm, ' ')) AS word
              GROUP BY word`,
          );
          timing.words = w.rowCount ?? 0;
          await client.query(`ALTER TABLE ${words} ADD CONSTRAINT ${WORD_TABLE}_pkey PRIMARY KEY (word)`);
          await client.query(`CREATE INDEX ${WORD_TABLE}_trgm_idx ON ${words} USING gin (word gin_trgm_ops)`);

          const { rows: titles } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${basics}`);
          const keep = Math.max(POPULAR_MIN, Math.ceil(Number(titles[0].n) * POPULAR_SHARE));
          const threshold = ratings
            ? Number(
                (
                  await client.query<{ v: number }>(
                    `SELECT coalesce((SELECT num_votes FROM ${ratings} ORDER BY num_votes DESC OFFSET $1 LIMIT 1), 0) AS v`,
                    [keep - 1],
                  )
                ).rows[0].v,
              )
            : 0;
          // Titles without votes are never "popular", even in a database without ratings.
          const p = await client.query(
            `CREATE TABLE ${popular} AS SELECT * FROM ${search}
              WHERE num_votes >= ${Math.max(1, threshold)} ORDER BY num_votes DESC, tconst, norm`,
          );
          timing.popularRows = p.rowCount ?? 0;
          await client.query(`CREATE INDEX ${POPULAR_TABLE}_norm_idx ON ${popular} (norm, num_votes DESC)`);
          await client.query(`CREATE INDEX ${POPULAR_TABLE}_trgm_idx ON ${popular} USING gin (norm gin_trgm_ops)`);
          for (let n = 1; n <= POPULAR_PREFIX_INDEXES; n++) {
            await client.query(
              `CREATE INDEX ${POPULAR_TABLE}_p${n}_idx ON ${popular} (left(norm, ${n}), num_votes DESC)`,
            );
          }
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
        // VACUUM also sets the visibility map, for index-only scans.
        await client.query(`VACUUM (ANALYZE) ${words}`);
        await client.query(`VACUUM (ANALYZE) ${popular}`);
      })(),
    ]);
    for (const outcome of outcomes) if (outcome.status === 'rejected') throw outcome.reason;
  } finally {
    await other.end().catch(() => undefined);
  }
  timing.rest = Date.now() - started - timing.table;
  onTiming?.(timing);
  return [...SEARCH_TABLES];
}
