import { hash, Rng, unit, Weighted } from './random';

// The synthetic universe: title i (0 ≤ i < titles) and person j (0 ≤ j < names). Everything a
// file says about a title or a person is computed from (seed, i) or (seed, j), so the seven
// files agree with each other although separate processes write them.

/** Today's row counts of the two entity files (see shared/STACK.md). */
const FULL_SIZE = { titles: 12_600_000, names: 15_500_000 };

export interface Universe {
  seed: number;
  titles: number;
  names: number;
}

export function universe(scale: number, seed: number): Universe {
  return {
    seed: seed >>> 0,
    titles: Math.max(1, Math.round(FULL_SIZE.titles * scale)),
    names: Math.max(1, Math.round(FULL_SIZE.names * scale)),
  };
}

/** One salt per kind of fact, so facts are independent of each other. */
export const SALT = {
  idGap: 1,
  type: 2,
  text: 3,
  basics: 4,
  votes: 5,
  rated: 6,
  parent: 7,
  episode: 8,
  akas: 9,
  principals: 10,
  crew: 11,
  person: 12,
  duplicate: 13,
  ratings: 14,
  year: 15,
} as const;

export type TitleType =
  | 'movie'
  | 'short'
  | 'tvSeries'
  | 'tvEpisode'
  | 'tvMovie'
  | 'tvMiniSeries'
  | 'tvShort'
  | 'tvSpecial'
  | 'video'
  | 'videoGame';

// Shares of title.basics (tvEpisode ≈ 9.8 M of 12.6 M, so title.episode has its real size) and
// the chance that a title of the type has a rating (≈ 1.7 M rated titles overall).
const TYPES: [TitleType, number, number][] = [
  ['tvEpisode', 77.6, 0.09],
  ['short', 8.0, 0.16],
  ['movie', 5.8, 0.47],
  ['video', 2.4, 0.22],
  ['tvSeries', 2.3, 0.37],
  ['tvMovie', 1.2, 0.4],
  ['tvMiniSeries', 0.55, 0.45],
  ['tvSpecial', 0.45, 0.3],
  ['videoGame', 0.35, 0.35],
  ['tvShort', 0.1, 0.2],
];
const TYPE_CHOICE = new Weighted(TYPES.map(([t, share]) => [t, share] as const));
const RATED = Object.fromEntries(TYPES.map(([t, , rated]) => [t, rated])) as Record<TitleType, number>;

const pad7 = (n: number): string => (n < 10_000_000 ? `000000${n}`.slice(-7) : String(n));

/** Ids grow with gaps (about a third of the tt numbers are used, as in the real file). */
export function tconst(u: Universe, i: number): string {
  return `tt${pad7(i * 3 + (hash(u.seed, SALT.idGap, i) % 3) + 1)}`;
}

export function nconst(j: number): string {
  return `nm${pad7(j + (j >>> 3) + 1)}`;
}

export function typeOf(u: Universe, i: number): TitleType {
  return TYPE_CHOICE.at(unit(u.seed, SALT.type, i));
}

export function isRated(u: Universe, i: number, type: TitleType): boolean {
  return unit(u.seed, SALT.rated, i) < RATED[type];
}

/** Pareto-like vote counts: minimum 5 (IMDb's threshold), median ≈ 20, a few near 3 million. */
export function numVotes(u: Universe, i: number): number {
  const x = 1 - unit(u.seed, SALT.votes, i);
  const raw = 6 * x ** (-1 / 0.75);
  return 5 + Math.floor((raw * 3_200_000) / (raw + 3_200_000));
}

const isParentType = (t: TitleType): boolean => t === 'tvSeries' || t === 'tvMiniSeries';

/** The series an episode belongs to: the first series at or after a point skewed towards low ids. */
export function parentOf(u: Universe, i: number): number {
  const start = Math.floor(u.titles * unit(u.seed, SALT.parent, i) ** 2);
  for (let k = 0; k < u.titles; k++) {
    const j = (start + k) % u.titles;
    if (j !== i && isParentType(typeOf(u, j))) return j;
  }
  return start;
}

const episodeRng = new Rng();

/** [season, episode] of an episode; null where the file says \N. */
export function episodeNumbers(u: Universe, i: number): [number | null, number | null] {
  const r = episodeRng.reseed(hash(u.seed, SALT.episode, i));
  const p = r.next();
  if (p < 0.2) return [null, null];
  const season = 1 + r.zipf(r.chance(0.05) ? 60 : 12);
  const episode = 1 + (r.chance(0.03) ? r.int(4000) : r.zipf(40));
  return p < 0.23 ? [season, null] : [season, episode];
}

/** A person, skewed so that some people appear in thousands of titles and most in one or two. */
export function pickPerson(u: Universe, r: Rng): number {
  const x = r.next();
  const j = x < 0.25 ? Math.floor(u.names * r.next() ** 4) : Math.floor(u.names * r.next() ** 1.3);
  return Math.min(j, u.names - 1);
}

/** A title, skewed towards well-known (low-numbered) titles. */
export function pickTitle(u: Universe, r: Rng): number {
  return Math.min(Math.floor(u.titles * r.next() ** 2), u.titles - 1);
}

/** A handful of rows per file are written twice (IMDb's files repeat a few ids too): one near
 * the middle of the file, and about one in two million rows elsewhere. */
export class Repeats {
  private forcedDone = false;

  constructor(
    private readonly u: Universe,
    private readonly fileSalt: number,
    private readonly middle: number,
  ) {}

  check(i: number): boolean {
    if (!this.forcedDone && i >= this.middle) {
      this.forcedDone = true;
      return true;
    }
    return hash(this.u.seed, SALT.duplicate + this.fileSalt * 64, i) % 2_000_000 === 7;
  }
}

const yearRng = new Rng();

/** startYear (null = \N): most titles are recent, the oldest from the 1890s. */
export function startYear(u: Universe, i: number, type: TitleType): number | null {
  const r = yearRng.reseed(hash(u.seed, SALT.year, i));
  if (r.chance(type === 'tvEpisode' ? 0.12 : 0.04)) return null;
  if (r.chance(0.01)) return 2027 + r.int(4);
  return Math.max(1888, 2026 - Math.floor(135 * r.next() ** 2.4));
}
