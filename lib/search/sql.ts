import { Prisma } from '../db/generated/client';
import type { ParsedSearchQuery } from './parse';

// The one SQL statement of a search. It gathers candidates from a few cheap, bounded index
// lookups, ranks them, and only then reads the details of the page of results.
//
// Candidates (each a LIMITed index lookup; filters applied inside each, so LIMITs count only
// titles that pass them):
//   exact      title_search.norm = query                btree, in vote order
//   prefix     title_search.norm LIKE 'query%'          btree range, first rows (length ≥ 3)
//   popular    title_search_popular, prefix in vote order: btree (left(norm, n), votes) for
//              queries of 1–3 characters, a range sorted by votes from 4 on
//   fuzzy      title_search_popular, query <% norm      GIN trigram, table in vote order (length ≥ 4)
//   words      title_search rows holding every word of the query, each word widened to its
//              spelling corrections (title_search_word, trigram similarity) when it is unknown,
//              and the last word to its commonest completions while it is being typed; one
//              tsquery on the GIN word index, table in vote order. Skipped when even the
//              rarest word is in more than WORD_COMMON_ROWS names (the other lookups find the
//              titles people mean then, and the index scan would not be bounded).
// Ranking, per title (its best-matching name): tier 4 exact, 3 prefix or every word present
// (the last as a prefix while typing), 1 similar; then the year hint; then the votes (in tier 3
// a prefix match counts as 100 times the votes; in tier 1 similarity comes first, with a little
// weight for the votes).

export const TUNING = {
  exactLimit: 40,
  prefixLimit: 60,
  popularLimit: 50,
  popularFuzzyLimit: 60,
  /** Words of the query used for the fuzzy lookup among popular titles. */
  fuzzyWords: 4,
  wordLimit: 150,
  wordCommonRows: 20_000,
  /** The same with a type or year filter: the scan then reads past the rows the filter drops. */
  wordCommonRowsFiltered: 5_000,
  /** Spelling corrections (trigram similarity ≥ similarityThreshold) tried for a word of 4
   *  characters or more that is unknown or known from a single name. */
  corrections: 3,
  /** Completions tried for the last word while it is typed (3 characters or more). */
  completions: 5,
  /** pg_trgm thresholds, set for the search's transaction: `%` (spelling corrections of a
   *  word) and `<%` (fuzzy match of the query within a popular title's name). */
  similarityThreshold: 0.3,
  wordSimilarityThreshold: 0.6,
  /** In tier 3, what a prefix match adds to log10(votes): 2 = as if it had 100 times the votes. */
  prefixBonus: 2,
  /** Weight of log10(votes)/6.5 against similarity (0…1) in tier 1. */
  popularityWeight: 0.12,
} as const;

export interface SearchSqlInput {
  query: ParsedSearchQuery;
  /** IMDb title types (already resolved), or null for all. */
  types: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  limit: number;
  userId: number | null;
}

export interface SearchRow {
  tconst: string;
  title: string;
  original_title: string | null;
  year: number | null;
  end_year: number | null;
  type: string;
  runtime_minutes: number | null;
  genres: string[] | null;
  rating: number | null;
  votes: number | null;
  directors: string[] | null;
  matched_aka: string | null;
  in_journal: boolean;
  on_watchlist: boolean;
  tier: number;
}

const codePoints = (s: string) => Array.from(s).length;

/** A tsquery (input syntax, lexemes quoted) of all the query's words, the last as a prefix while typed. */
export function allWordsTsquery(words: string[], lastWordIsPrefix: boolean): string {
  return words
    .map(
      (w, i) =>
        `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${i === words.length - 1 && lastWordIsPrefix ? ':*' : ''}`,
    )
    .join(' & ');
}

/** The words used to find candidates: all of them, but not a last word of 1–2 characters still being typed. */
export function retrievalWords(query: ParsedSearchQuery): string[] {
  const { words, lastWordIsPrefix } = query;
  if (words.length > 1 && lastWordIsPrefix && codePoints(words[words.length - 1]) <= 2) return words.slice(0, -1);
  return words;
}

export function buildSearchSql(input: SearchSqlInput): Prisma.Sql {
  const { query, types, yearFrom, yearTo, limit, userId } = input;
  const length = codePoints(query.normalizedWithoutYear);
  const q = Prisma.sql`public.search_normalize(${query.textWithoutYear}::text)`;
  const qFull = query.year === null ? null : Prisma.sql`public.search_normalize(${query.text}::text)`;

  const filtered = types !== null || yearFrom !== null || yearTo !== null;
  const filter = (alias: string): Prisma.Sql => {
    const t = Prisma.raw(alias);
    const parts: Prisma.Sql[] = [];
    if (types) parts.push(Prisma.sql`AND ${t}.title_type = ANY(${types}::text[])`);
    if (yearFrom !== null) parts.push(Prisma.sql`AND coalesce(${t}.end_year, ${t}.start_year) >= ${yearFrom}::int`);
    if (yearTo !== null) parts.push(Prisma.sql`AND ${t}.start_year <= ${yearTo}::int`);
    return parts.length ? Prisma.join(parts, ' ') : Prisma.empty;
  };

  // A LIMIT inside a lookup lets the planner prefer a sequential scan that it expects to meet
  // enough matches early (it cannot tell how costly word_similarity or a tsquery is per row, nor
  // how rare a match is): the lookups that need a LIMIT are therefore MATERIALIZED CTEs, planned
  // for all their rows (an index scan) and read lazily, so the LIMIT outside still stops them.
  const lazyCtes: Prisma.Sql[] = [];
  const sources: Prisma.Sql[] = [
    Prisma.sql`(SELECT t.* FROM imdb.title_search t WHERE t.norm = ${q} ${filter('t')}
                ORDER BY t.num_votes DESC LIMIT ${TUNING.exactLimit})`,
  ];
  if (qFull) {
    sources.push(Prisma.sql`(SELECT t.* FROM imdb.title_search t WHERE t.norm = ${qFull} ${filter('t')}
                             ORDER BY t.num_votes DESC LIMIT ${TUNING.exactLimit})`);
  }
  if (length >= 3) {
    // In index order: the planner then reads the btree until enough rows pass the filters,
    // rather than gathering the whole range first.
    sources.push(Prisma.sql`(SELECT t.* FROM imdb.title_search t WHERE t.norm LIKE ${q} || '%' ${filter('t')}
                             ORDER BY t.norm LIMIT ${TUNING.prefixLimit})`);
  }
  if (length <= 3) {
    const n = Prisma.raw(String(Math.max(1, length)));
    // Read in vote order from the index on (left(norm, n), num_votes DESC). (Should the mirror
    // count the characters differently from SQL, this finds nothing rather than wrong titles.)
    sources.push(Prisma.sql`(SELECT t.* FROM imdb.title_search_popular t
                             WHERE left(t.norm, ${n}) = ${q} ${filter('t')}
                             ORDER BY left(t.norm, ${n}), t.num_votes DESC LIMIT ${TUNING.popularLimit})`);
  } else {
    sources.push(Prisma.sql`(SELECT t.* FROM imdb.title_search_popular t WHERE t.norm LIKE ${q} || '%' ${filter('t')}
                             ORDER BY t.num_votes DESC LIMIT ${TUNING.popularLimit})`);
    // word_similarity costs grow with the query's length, and so does the planner's guess at
    // the GIN scan: on a long query it would rather compare every row (≈ 15 µs each). The first
    // FUZZY_WORDS words find a popular title as well; longer queries get the other lookups.
    const fuzzy = query.words.slice(0, TUNING.fuzzyWords).join(' ');
    lazyCtes.push(Prisma.sql`popular_fuzzy AS MATERIALIZED (
      SELECT t.* FROM imdb.title_search_popular t WHERE ${fuzzy}::text <% t.norm ${filter('t')})`);
    sources.push(Prisma.sql`(SELECT * FROM popular_fuzzy LIMIT ${TUNING.popularFuzzyLimit})`);
  }

  const words = retrievalWords(query);
  let wordCtes = Prisma.empty;
  if (words.length > 0 && length >= 3) {
    const alternatives = words.map((w, i) => {
      const parts = [
        Prisma.sql`SELECT ${i}::int AS i, v.word, v.n FROM imdb.title_search_word v WHERE v.word = ${w}::text`,
      ];
      if (codePoints(w) >= 4 && !/^\d+$/.test(w)) {
        parts.push(Prisma.sql`(SELECT ${i}::int, v.word, v.n FROM imdb.title_search_word v
                               WHERE ${w}::text % v.word
                                 AND NOT EXISTS (SELECT 1 FROM imdb.title_search_word x WHERE x.word = ${w}::text AND x.n > 1)
                               ORDER BY similarity(v.word, ${w}::text) DESC, v.n DESC LIMIT ${TUNING.corrections})`);
      }
      if (i === words.length - 1 && query.lastWordIsPrefix && codePoints(w) >= 3) {
        parts.push(Prisma.sql`(SELECT ${i}::int, v.word, v.n FROM imdb.title_search_word v
                               WHERE v.word LIKE ${w}::text || '%' AND v.word <> ${w}::text
                               ORDER BY v.n DESC LIMIT ${TUNING.completions})`);
      }
      return Prisma.join(parts, ' UNION ALL ');
    });
    wordCtes = Prisma.sql`
      alternatives AS (${Prisma.join(alternatives, ' UNION ALL ')}),
      word_query AS (
        SELECT string_agg(g.alts, ' & ')::tsquery AS q, min(g.n) AS rarest
          FROM (SELECT '(' || string_agg('''' || a.word || '''', ' | ') || ')' AS alts, sum(a.n) AS n
                  FROM alternatives a GROUP BY a.i) g),`;
    lazyCtes.push(Prisma.sql`word_matches AS MATERIALIZED (
      SELECT t.* FROM imdb.title_search t
       WHERE array_to_tsvector(string_to_array(t.norm, ' ')) @@ (SELECT wq.q FROM word_query wq)
         AND (SELECT wq.rarest FROM word_query wq) <= ${filtered ? TUNING.wordCommonRowsFiltered : TUNING.wordCommonRows}
         ${filter('t')})`);
    sources.push(Prisma.sql`(SELECT * FROM word_matches LIMIT ${TUNING.wordLimit})`);
  }

  const tsq = allWordsTsquery(query.words, query.lastWordIsPrefix);
  const year = query.year;
  const hint =
    year === null
      ? Prisma.sql`false`
      : Prisma.sql`coalesce(c.start_year BETWEEN ${year - 1}::int AND ${year + 1}::int
                    OR (c.start_year <= ${year}::int AND c.end_year >= ${year}::int)
                    OR c.norm = ${qFull}, false)`;
  // Tier 4: the whole name; 3: the name starts with the query, or holds all its words (the
  // last one as a prefix while typed); 1: similar.
  const allWords =
    tsq === '' ? Prisma.sql`false` : Prisma.sql`array_to_tsvector(string_to_array(c.norm, ' ')) @@ ${tsq}::tsquery`;
  const tierSql = Prisma.sql`CASE
      WHEN c.norm = ${q} ${qFull ? Prisma.sql`OR c.norm = ${qFull}` : Prisma.empty} THEN 4
      WHEN c.norm LIKE ${q} || '%' OR ${allWords} THEN 3
      ELSE 1 END`;
  const user = userId ?? 0;

  return Prisma.sql`
    WITH ${wordCtes}
    ${lazyCtes.length ? Prisma.sql`${Prisma.join(lazyCtes, ', ')},` : Prisma.empty}
    candidates AS (SELECT DISTINCT * FROM (${Prisma.join(sources, ' UNION ALL ')}) s),
    scored AS (
      SELECT c.tconst, c.name, c.kind, c.num_votes, ${tierSql} AS tier, ${hint} AS hint,
             c.norm LIKE ${q} || '%' AS prefix,
             0.5 * word_similarity(${q}, c.norm) + 0.5 * similarity(${q}, c.norm) AS sim
        FROM candidates c),
    best AS (
      SELECT DISTINCT ON (s.tconst) s.*,
             CASE s.tier
               WHEN 1 THEN s.sim + ${TUNING.popularityWeight}::float8 * log((1 + s.num_votes)::float8) / 6.5
               WHEN 3 THEN log((1 + s.num_votes)::float8) + CASE WHEN s.prefix THEN ${TUNING.prefixBonus}::float8 ELSE 0 END
               ELSE log((1 + s.num_votes)::float8) END AS score
        FROM scored s
       ORDER BY s.tconst, s.tier DESC, s.hint DESC, s.prefix DESC, s.sim DESC, s.kind),
    page AS (
      SELECT b.*, row_number() OVER () AS position FROM (
        SELECT * FROM best ORDER BY tier DESC, hint DESC, score DESC, num_votes DESC, tconst LIMIT ${limit}) b)
    SELECT p.tconst, tb.primary_title AS title, tb.original_title, tb.start_year AS year, tb.end_year,
           tb.title_type AS type, tb.runtime_minutes, tb.genres, r.average_rating::float8 AS rating,
           r.num_votes AS votes,
           ARRAY(SELECT nb.primary_name FROM unnest(cr.directors) WITH ORDINALITY AS d(nconst, i)
                   JOIN imdb.name_basics nb ON nb.nconst = d.nconst ORDER BY d.i LIMIT 10) AS directors,
           CASE WHEN p.kind = 2 THEN p.name END AS matched_aka,
           EXISTS (SELECT 1 FROM watches w WHERE w.user_id = ${user}::int AND w.tconst = p.tconst AND w.deleted_at IS NULL) AS in_journal,
           EXISTS (SELECT 1 FROM watchlist l WHERE l.user_id = ${user}::int AND l.tconst = p.tconst) AS on_watchlist,
           p.tier
      FROM page p
      JOIN imdb.title_basics tb ON tb.tconst = p.tconst
      LEFT JOIN imdb.title_ratings r ON r.tconst = p.tconst
      LEFT JOIN imdb.title_crew cr ON cr.tconst = p.tconst
     ORDER BY p.position`;
}
