import { type Credit, type GradedTitle, ROLES, type Role, type TitleFeatures } from './types';

// What the person's grades say about groups of titles: each director, writer, cast member,
// composer, genre, decade and series, as sums of grades and of "grade minus IMDb rating".
// Features of a title the person graded are computed with that title's own grade taken out
// of every sum (leave-one-out), so that a grade never feeds its own features.

export interface GroupStat {
  /** How many graded titles are in the group, and the sum of their grades. */
  n: number;
  sum: number;
  /** Of those, how many have an IMDb rating, and the sum of (grade − rating) over them. */
  rn: number;
  rsum: number;
  /** Display name (a person's name, a genre, "1970s"). */
  name: string;
  /** A person's nconst, when any of their titles came from the IMDb tables. */
  id?: string | null;
}

export interface GradeStats {
  total: GroupStat;
  people: Record<Role, Map<string, GroupStat>>;
  genres: Map<string, GroupStat>;
  decades: Map<string, GroupStat>;
  series: Map<string, GroupStat>;
  /** By IMDb title type (movie, short, tvSeries…). */
  types: Map<string, GroupStat>;
}

/** A graded title's own contribution, to be taken out of the sums it is in. */
export interface Own {
  grade: number;
  rating: number | null;
}

/** The key under which a person's grades are pooled: the name, so that imported titles (names only)
 * and titles from the IMDb tables (nconsts) meet. */
function personKey(credit: Credit): string {
  return credit.name ? credit.name.toLowerCase() : (credit.id ?? '');
}

export function decadeOf(year: number | null): string | null {
  return year === null ? null : `${Math.floor(year / 10) * 10}s`;
}

export interface TitleGroups {
  people: Record<Role, Map<string, Credit>>;
  genres: string[];
  decade: string | null;
}

// Training computes a title's features many times (per fold and per design): its groups once.
const groupsCache = new WeakMap<TitleFeatures, TitleGroups>();

/** The distinct groups a title belongs to, per kind. */
export function groupsOf(title: TitleFeatures): TitleGroups {
  const cached = groupsCache.get(title);
  if (cached) return cached;
  const people = {} as Record<Role, Map<string, Credit>>;
  for (const role of ROLES) {
    const keys = new Map<string, Credit>();
    for (const credit of title.people[role]) {
      const key = personKey(credit);
      if (key && !keys.has(key)) keys.set(key, credit);
    }
    people[role] = keys;
  }
  const groups = { people, genres: [...new Set(title.genres)], decade: decadeOf(title.year) };
  groupsCache.set(title, groups);
  return groups;
}

const emptyStat = (name: string): GroupStat => ({ n: 0, sum: 0, rn: 0, rsum: 0, name });

function addTo(stat: GroupStat, own: Own) {
  stat.n += 1;
  stat.sum += own.grade;
  if (own.rating !== null) {
    stat.rn += 1;
    stat.rsum += own.grade - own.rating;
  }
}

function add(map: Map<string, GroupStat>, key: string, name: string, own: Own, id: string | null = null) {
  let stat = map.get(key);
  if (!stat) {
    stat = emptyStat(name);
    map.set(key, stat);
  }
  stat.id ??= id;
  addTo(stat, own);
}

export function buildStats(graded: GradedTitle[]): GradeStats {
  const stats: GradeStats = {
    total: emptyStat('all'),
    people: { director: new Map(), writer: new Map(), cast: new Map(), composer: new Map() },
    genres: new Map(),
    decades: new Map(),
    series: new Map(),
    types: new Map(),
  };
  for (const title of graded) {
    const own = { grade: title.grade, rating: title.rating };
    addTo(stats.total, own);
    const groups = groupsOf(title);
    for (const role of ROLES) {
      for (const [key, credit] of groups.people[role]) add(stats.people[role], key, credit.name || key, own, credit.id);
    }
    for (const genre of groups.genres) add(stats.genres, genre, genre, own);
    if (groups.decade) add(stats.decades, groups.decade, groups.decade, own);
    if (title.series) add(stats.series, title.series, title.series, own);
    if (title.titleType) add(stats.types, title.titleType, title.titleType, own);
  }
  return stats;
}

/** A group's stat with `own` (the title's own grade, when it is one of the graded titles) removed. */
function without(stat: GroupStat | undefined, own: Own | null): GroupStat | undefined {
  if (!stat || own === null) return stat;
  if (stat.n <= 1) return undefined;
  const rated = own.rating !== null;
  return {
    ...stat,
    n: stat.n - 1,
    sum: stat.sum - own.grade,
    rn: stat.rn - (rated ? 1 : 0),
    rsum: stat.rsum - (rated ? own.grade - (own.rating ?? 0) : 0),
  };
}

export interface Encoding {
  /** Shrunk mean grade of the pooled groups minus the person's mean: 0 without evidence. */
  value: number;
  /** The same for "grade minus IMDb rating": how much more than IMDb the person likes the group. */
  aboveImdb: number;
  /** Graded titles behind it. */
  evidence: number;
}

/**
 * Target encoding of a set of groups: the pooled mean of their grades, shrunk toward the person's
 * mean with `k` pseudo-titles, expressed as the difference from that mean.
 */
export function encode(
  map: Map<string, GroupStat>,
  keys: Iterable<string>,
  own: Own | null,
  base: GroupStat,
  k: number,
): Encoding {
  let n = 0;
  let sum = 0;
  let rn = 0;
  let rsum = 0;
  // Same as summing without(stat, own) over the keys, without allocating (this is the hot loop of training).
  const ownRated = own !== null && own.rating !== null;
  for (const key of keys) {
    const stat = map.get(key);
    if (!stat || (own !== null && stat.n <= 1)) continue;
    n += stat.n;
    sum += stat.sum;
    rn += stat.rn;
    rsum += stat.rsum;
    if (own !== null) {
      n -= 1;
      sum -= own.grade;
    }
    if (ownRated) {
      rn -= 1;
      rsum -= own.grade - (own.rating ?? 0);
    }
  }
  const mean = base.n ? base.sum / base.n : 0;
  const rmean = base.rn ? base.rsum / base.rn : 0;
  return {
    value: n ? (sum - n * mean) / (n + k) : 0,
    aboveImdb: rn ? (rsum - rn * rmean) / (rn + k) : 0,
    evidence: n,
  };
}

/** All of the person's grades, without `own` when given. */
export function totalWithout(stats: GradeStats, own: Own | null): GroupStat {
  return without(stats.total, own) ?? emptyStat('all');
}
