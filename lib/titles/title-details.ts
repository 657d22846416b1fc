import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { parseCharacters } from './characters';
import { imdbTablesPresent } from './imdb-tables';
import { personName } from './people';
import { normaliseRegions } from './regions';

// Everything the imdb.* tables hold about one title, in five queries at most (the title row
// with its rating and parent series, then people, alternative titles and episodes at once).
// Titles known only from IMDb's website come from provisional_titles, with no more than a
// name, a year and a type.

interface PersonRef {
  nconst: string;
  /** From imdb.name_basics; null when the datasets do not hold this person. */
  name: string | null;
}

export interface CrewMember extends PersonRef {
  /** What title_principals says of their part, e.g. `play "Hamlet"` for a writer. */
  job: string | null;
}

export interface CastMember extends PersonRef {
  category: string;
  /** The characters played, from the JSON in title_principals (a person listed several times has them all). */
  characters: string[];
  ordering: number;
}

interface Principal extends PersonRef {
  job: string | null;
  characters: string[];
  ordering: number;
}

export interface PrincipalGroup {
  /** IMDb's category: producer, composer, cinematographer, editor, … */
  category: string;
  people: Principal[];
}

export interface AlternativeTitle {
  ordering: number;
  title: string;
  region: string | null;
  language: string | null;
  types: string[];
  attributes: string[];
  isOriginalTitle: boolean;
  /** In one of the reader's regions (these come first). */
  preferred: boolean;
}

interface EpisodeSummary {
  tconst: string;
  title: string | null;
  season: number | null;
  episode: number | null;
  startYear: number | null;
  runtimeMinutes: number | null;
  rating: number | null;
  votes: number | null;
}

export interface Season {
  /** null: episodes IMDb gives no season. */
  season: number | null;
  episodes: EpisodeSummary[];
}

interface ParentSeries {
  tconst: string;
  title: string | null;
  titleType: string | null;
  startYear: number | null;
  endYear: number | null;
  season: number | null;
  episode: number | null;
}

export interface TitleSummary {
  tconst: string;
  /** imdb: the datasets; provisional: known only from provisionalSource so far. */
  source: 'imdb' | 'provisional';
  /** Where a provisional title came from: 'imdb-web', 'import', or a media server ('plex', …). */
  provisionalSource: string | null;
  /** Director names as the provisional source gave them (the datasets' directors are in `directors`). */
  provisionalDirectors: string[];
  titleType: string | null;
  primaryTitle: string;
  originalTitle: string | null;
  isAdult: boolean;
  startYear: number | null;
  endYear: number | null;
  runtimeMinutes: number | null;
  genres: string[];
  rating: { average: number; votes: number } | null;
}

export interface TitleDetails extends TitleSummary {
  directors: CrewMember[];
  writers: CrewMember[];
  /** Actors, actresses and people appearing as themselves, in IMDb's order. */
  cast: CastMember[];
  /** The other principals (producers, composer, …) by category, in IMDb's order. */
  principals: PrincipalGroup[];
  /** The reader's regions first (each region's display title first), then IMDb's order. */
  akas: AlternativeTitle[];
  /** For a series: its episodes by season (empty when episodes are not loaded). */
  seasons: Season[];
  /** Episodes in the data; `seasons` holds at most EPISODE_LIMIT of them. */
  episodeCount: number;
  /** For an episode: its series. */
  series: ParentSeries | null;
}

export interface TitleDetailsOptions {
  /** The reader's countries (ISO 3166 codes), most preferred first: their alternative titles come first. */
  region?: string | readonly string[];
}

export const EPISODE_LIMIT = 2000;
const CAST_CATEGORIES = new Set(['actor', 'actress', 'self']);

interface BasicsRow {
  tconst: string;
  title_type: string | null;
  primary_title: string;
  original_title: string | null;
  is_adult: boolean | null;
  start_year: number | null;
  end_year: number | null;
  runtime_minutes: number | null;
  genres: string[] | null;
  average_rating: number | null;
  num_votes: number | null;
  parent_tconst: string | null;
  season_number: number | null;
  episode_number: number | null;
  parent_title: string | null;
  parent_type: string | null;
  parent_start_year: number | null;
  parent_end_year: number | null;
}

interface ProvisionalRow {
  tconst: string;
  title: string;
  original_title: string | null;
  year: number | null;
  title_type: string | null;
  genres: string[];
  runtime_minutes: number | null;
  average_rating: number | null;
  num_votes: number | null;
  directors: string[];
  source: string;
}

/** The title's own facts (no people, akas or episodes), or null when neither the datasets nor provisional_titles know it. */
export async function getTitleSummary(tconst: string, userId: number): Promise<TitleSummary | null> {
  const found = await findTitle(tconst, userId);
  return found ? summaryOf(found) : null;
}

/** Everything known about a title, or null when it is unknown. */
export async function getTitleDetails(
  tconst: string,
  userId: number,
  options: TitleDetailsOptions = {},
): Promise<TitleDetails | null> {
  const found = await findTitle(tconst, userId);
  if (!found) return null;
  const summary = summaryOf(found);
  if (found.kind === 'provisional') {
    return {
      ...summary,
      directors: [],
      writers: [],
      cast: [],
      principals: [],
      akas: [],
      seasons: [],
      episodeCount: 0,
      series: null,
    };
  }
  const row = found.row;
  const [people, akas, episodes] = await Promise.all([
    loadPeople(tconst, userId),
    loadAkas(tconst, normaliseRegions(options.region)),
    loadEpisodes(tconst),
  ]);
  return {
    ...summary,
    ...people,
    akas,
    ...episodes,
    series: row.parent_tconst
      ? {
          tconst: row.parent_tconst,
          title: row.parent_title,
          titleType: row.parent_type,
          startYear: row.parent_start_year,
          endYear: row.parent_end_year,
          season: row.season_number,
          episode: row.episode_number,
        }
      : null,
  };
}

type Found = { kind: 'imdb'; row: BasicsRow } | { kind: 'provisional'; row: ProvisionalRow };

/** `userId`: whose provisional titles stand in for titles the datasets lack. */
async function findTitle(tconst: string, userId: number): Promise<Found | null> {
  if (await imdbTablesPresent()) {
    const [row] = await db().$queryRaw<BasicsRow[]>`
      SELECT b.tconst, b.title_type, b.primary_title, b.original_title, b.is_adult, b.start_year, b.end_year,
             b.runtime_minutes, b.genres, r.average_rating::float8 AS average_rating, r.num_votes,
             e.parent_tconst, e.season_number, e.episode_number,
             p.primary_title AS parent_title, p.title_type AS parent_type,
             p.start_year AS parent_start_year, p.end_year AS parent_end_year
      FROM imdb.title_basics b
      LEFT JOIN imdb.title_ratings r ON r.tconst = b.tconst
      LEFT JOIN imdb.title_episode e ON e.tconst = b.tconst
      LEFT JOIN imdb.title_basics p ON p.tconst = e.parent_tconst
      WHERE b.tconst = ${tconst}`;
    if (row) return { kind: 'imdb', row };
  }
  const [provisional] = await db().$queryRaw<ProvisionalRow[]>`
    SELECT tconst, title, original_title, year, title_type, genres, runtime_minutes, average_rating::float8,
           num_votes, directors, source
      FROM provisional_titles WHERE user_id = ${userId} AND tconst = ${tconst}`;
  return provisional ? { kind: 'provisional', row: provisional } : null;
}

function summaryOf(found: Found): TitleSummary {
  if (found.kind === 'provisional') {
    const p = found.row;
    return {
      tconst: p.tconst,
      source: 'provisional',
      titleType: p.title_type,
      primaryTitle: p.title,
      originalTitle: p.original_title,
      isAdult: false,
      startYear: p.year,
      endYear: null,
      runtimeMinutes: p.runtime_minutes,
      genres: p.genres,
      rating: rating(p.average_rating, p.num_votes),
      provisionalSource: p.source,
      provisionalDirectors: p.directors,
    };
  }
  const b = found.row;
  return {
    tconst: b.tconst,
    source: 'imdb',
    titleType: b.title_type,
    primaryTitle: b.primary_title,
    originalTitle: b.original_title,
    isAdult: Boolean(b.is_adult),
    startYear: b.start_year,
    endYear: b.end_year,
    runtimeMinutes: b.runtime_minutes,
    genres: b.genres ?? [],
    rating: rating(b.average_rating, b.num_votes),
    provisionalSource: null,
    provisionalDirectors: [],
  };
}

const rating = (average: number | null, votes: number | null) =>
  average != null && votes != null ? { average: Number(average), votes } : null;

interface PeopleRow {
  source: 'principal' | 'director' | 'writer';
  ordering: number;
  nconst: string;
  category: string | null;
  job: string | null;
  characters: string | null;
  name: string | null;
}

async function loadPeople(tconst: string, userId: number) {
  // Principals in IMDb's order, then the crew lists in theirs; one round trip, names joined.
  const rows = await db().$queryRaw<PeopleRow[]>`
    SELECT 'principal' AS source, p.ordering, p.nconst, p.category, p.job, p.characters,
           ${personName(Prisma.sql`p.nconst`, userId)} AS name
    FROM imdb.title_principals p
    WHERE p.tconst = ${tconst}
    UNION ALL
    SELECT k.source, k.ord::int AS ordering, k.nconst, NULL, NULL, NULL, ${personName(Prisma.sql`k.nconst`, userId)} AS name
    FROM imdb.title_crew c
    CROSS JOIN LATERAL (
      SELECT 'director' AS source, d.nconst, d.ord FROM unnest(c.directors) WITH ORDINALITY AS d(nconst, ord)
      UNION ALL
      SELECT 'writer', w.nconst, w.ord FROM unnest(c.writers) WITH ORDINALITY AS w(nconst, ord)
    ) k
    WHERE c.tconst = ${tconst}
    ORDER BY source, ordering`;

  const principals = rows.filter((r) => r.source === 'principal');
  const jobOf = (nconst: string, category: string) =>
    principals.find((p) => p.nconst === nconst && p.category === category && p.job)?.job ?? null;
  const crewOf = (category: 'director' | 'writer'): CrewMember[] => {
    const members = rows
      .filter((r) => r.source === category)
      .map((r) => ({ nconst: r.nconst, name: r.name, job: jobOf(r.nconst, category) }));
    // Principals of this category that the crew list leaves out.
    for (const p of principals) {
      if (p.category === category && !members.some((m) => m.nconst === p.nconst)) {
        members.push({ nconst: p.nconst, name: p.name, job: p.job });
      }
    }
    return unique(members);
  };

  const cast: CastMember[] = [];
  const groups = new Map<string, Principal[]>();
  for (const p of principals) {
    const category = p.category ?? 'other';
    const characters = parseCharacters(p.characters);
    if (CAST_CATEGORIES.has(category)) {
      const same = cast.find((c) => c.nconst === p.nconst && c.category === category);
      if (same) same.characters.push(...characters.filter((c) => !same.characters.includes(c)));
      else cast.push({ nconst: p.nconst, name: p.name, category, characters, ordering: p.ordering });
    } else if (category !== 'director' && category !== 'writer') {
      const list = groups.get(category) ?? [];
      if (!list.some((m) => m.nconst === p.nconst && m.job === p.job)) {
        list.push({ nconst: p.nconst, name: p.name, job: p.job, characters, ordering: p.ordering });
      }
      groups.set(category, list);
    }
  }
  return {
    directors: crewOf('director'),
    writers: crewOf('writer'),
    cast,
    principals: [...groups].map(([category, people]) => ({ category, people })),
  };
}

function unique<T extends { nconst: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((m) => !seen.has(m.nconst) && seen.add(m.nconst));
}

interface AkaRow {
  ordering: number;
  title: string;
  region: string | null;
  language: string | null;
  types: string[] | null;
  attributes: string[] | null;
  is_original_title: boolean | null;
  preferred: boolean;
}

async function loadAkas(tconst: string, regions: string[]): Promise<AlternativeTitle[]> {
  const rows = await db().$queryRaw<AkaRow[]>`
    SELECT ordering, title, region, language, types, attributes, is_original_title,
           array_position(${regions}::text[], region) IS NOT NULL AS preferred
    FROM imdb.title_akas
    WHERE title_id = ${tconst}
    ORDER BY array_position(${regions}::text[], region) NULLS LAST,
             coalesce(region = ANY(${regions}::text[]) AND 'imdbDisplay' = ANY(types), false) DESC, ordering`;
  return rows.map((r) => ({
    ordering: r.ordering,
    title: r.title,
    region: r.region,
    language: r.language,
    types: r.types ?? [],
    attributes: r.attributes ?? [],
    isOriginalTitle: Boolean(r.is_original_title),
    preferred: r.preferred,
  }));
}

interface EpisodeRow {
  tconst: string;
  title: string | null;
  season_number: number | null;
  episode_number: number | null;
  start_year: number | null;
  runtime_minutes: number | null;
  average_rating: number | null;
  num_votes: number | null;
  total: number;
}

async function loadEpisodes(tconst: string): Promise<{ seasons: Season[]; episodeCount: number }> {
  const rows = await db().$queryRaw<EpisodeRow[]>`
    SELECT e.tconst, b.primary_title AS title, e.season_number, e.episode_number, b.start_year, b.runtime_minutes,
           r.average_rating::float8 AS average_rating, r.num_votes, (count(*) OVER ())::int AS total
    FROM imdb.title_episode e
    LEFT JOIN imdb.title_basics b ON b.tconst = e.tconst
    LEFT JOIN imdb.title_ratings r ON r.tconst = e.tconst
    WHERE e.parent_tconst = ${tconst}
    ORDER BY e.season_number NULLS LAST, e.episode_number NULLS LAST, b.start_year NULLS LAST, e.tconst
    LIMIT ${EPISODE_LIMIT}`;
  const seasons: Season[] = [];
  for (const r of rows) {
    let season = seasons.at(-1);
    if (!season || season.season !== r.season_number) {
      season = { season: r.season_number, episodes: [] };
      seasons.push(season);
    }
    season.episodes.push({
      tconst: r.tconst,
      title: r.title,
      season: r.season_number,
      episode: r.episode_number,
      startYear: r.start_year,
      runtimeMinutes: r.runtime_minutes,
      rating: r.average_rating,
      votes: r.num_votes,
    });
  }
  return { seasons, episodeCount: rows[0]?.total ?? 0 };
}
