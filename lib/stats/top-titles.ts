import 'server-only';
import { Prisma } from '../db/generated/client';
import { parentSeries, TITLE, titleJoins } from '../titles/title-join';
import { isSeriesType, SERIES_TYPES, seriesFromTitle } from '../titles/types';
import { query, type StatsContext } from './sql';
import type { ReviewTitle, TopTitle } from './types';

// The year's best-graded titles, a series standing for its episodes: "The Sopranos, 4 episodes"
// once, not five of the top five. An episode's series is IMDb's (title_episode, where the ETL
// keeps episodes) or, for an episode known by its title alone ("The Sopranos: Stage 5", as IMDb's
// exports name them), the journal's series of that name.

const TOP = 5;

/** A review title's columns over the viewings `v`. */
export const REVIEW_TITLE_COLUMNS = Prisma.sql`tconst, title, released AS year, grade,
  to_char(watched_on, 'YYYY-MM-DD') AS "watchedOn", date_precision AS "datePrecision"`;

interface Graded extends ReviewTitle {
  type: string | null;
  parent: string | null;
}

interface Group {
  key: string;
  /** The series of that name when it is not known by its tconst (yet). */
  name: string | null;
  own: Graded | null;
  episodes: Graded[];
}

/** Each title's best grade of the year (its first viewing with it), with its series if an episode. */
function gradedTitles(ctx: StatsContext): Promise<Graded[]> {
  return query<Graded>(Prisma.sql`${ctx.with}
    SELECT DISTINCT ON (tconst) ${REVIEW_TITLE_COLUMNS}, type, ${parentSeries('v', ctx.imdb)} AS parent
    FROM v WHERE grade IS NOT NULL ORDER BY tconst, grade DESC, watched_on`);
}

const nameKey = (name: string) => `name:${name.toLowerCase()}`;

function groupBySeries(rows: Graded[]): Group[] {
  const seriesByName = new Map(
    rows.filter((r) => isSeriesType(r.type) && r.title).map((r) => [nameKey(r.title ?? ''), r.tconst]),
  );
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const name = row.parent ? null : seriesFromTitle(row.type, row.title);
    const key = row.parent ?? (name ? (seriesByName.get(nameKey(name)) ?? nameKey(name)) : row.tconst);
    const group = groups.get(key) ?? { key, name: key.startsWith('name:') ? name : null, own: null, episodes: [] };
    if (row.tconst === key) group.own = row;
    else group.episodes.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The series' own grade, else the average of its episodes'. */
function gradeOf(group: Group): number {
  if (group.own) return group.own.grade ?? 0;
  return group.episodes.reduce((sum, e) => sum + (e.grade ?? 0), 0) / group.episodes.length;
}

function ranked(group: Group): TopTitle {
  const members = [...(group.own ? [group.own] : []), ...group.episodes];
  const first = members.reduce((a, b) => ((b.watchedOn ?? '') < (a.watchedOn ?? '') ? b : a));
  // A series known by name only links to its first episode seen until the journal has the series.
  const base = group.own ?? { ...first, tconst: group.name ? first.tconst : group.key, title: group.name, year: null };
  return {
    tconst: base.tconst,
    title: base.title,
    year: base.year,
    grade: gradeOf(group),
    watchedOn: first.watchedOn,
    datePrecision: first.datePrecision,
    episodes: group.episodes.length,
  };
}

const byRank = (a: TopTitle, b: TopTitle) =>
  (b.grade ?? 0) - (a.grade ?? 0) ||
  (b.watchedOn ?? '').localeCompare(a.watchedOn ?? '') ||
  a.tconst.localeCompare(b.tconst);

/**
 * The title and year of series known by tconst only (an episode's parent), and the user's series
 * of these names (lower case), from any year of the journal.
 */
function seriesFacts(ctx: StatsContext, tconsts: string[], names: string[]) {
  return query<{ tconst: string; title: string | null; year: number | null; name: string | null }>(Prisma.sql`
    (SELECT t.tconst, ${TITLE.title} AS title, ${TITLE.year} AS year, NULL AS name
      FROM unnest(${tconsts}::text[]) AS t(tconst) ${titleJoins('t', ctx.imdb, Prisma.sql`${ctx.userId}::int`)})
    UNION ALL
    (SELECT DISTINCT ON (lower(title)) tconst, title, released, lower(title) FROM stats_viewings
      WHERE user_id = ${ctx.userId} AND type = ANY (${SERIES_TYPES}::text[]) AND lower(title) = ANY (${names}::text[])
      ORDER BY lower(title), tconst)`);
}

/** The five best-graded titles of the context's range, each series once (see the top of the file). */
export async function topTitles(ctx: StatsContext): Promise<TopTitle[]> {
  const top = groupBySeries(await gradedTitles(ctx))
    .map((group) => ({ group, title: ranked(group) }))
    .sort((a, b) => byRank(a.title, b.title))
    .slice(0, TOP);
  const unknown = top.filter((t) => !t.group.own && t.group.episodes.length);
  if (!unknown.length) return top.map((t) => t.title);
  const facts = await seriesFacts(
    ctx,
    unknown.filter((t) => !t.group.name).map((t) => t.group.key),
    unknown.flatMap((t) => (t.group.name ? [t.group.name.toLowerCase()] : [])),
  );
  return top.map(({ group, title }) => {
    const found = facts.find((f) => (group.name ? f.name === group.name.toLowerCase() : f.tconst === group.key));
    return found ? { ...title, tconst: found.tconst, title: found.title ?? title.title, year: found.year } : title;
  });
}
