import { encode, type GradeStats, groupsOf, type Own, totalWithout } from './stats';
import { type GradedTitle, ROLES, type Role, type TitleFeatures } from './types';

// The model's feature vector for a title. Everything that depends on grades (the target
// encodings) is computed from `stats` with the title's own grade removed when it is one of
// them, so training rows see exactly what a new title would see.

export type FeatureGroup = 'imdb' | 'genre' | 'decade' | 'runtime' | 'type' | 'series' | Role;

/** Choices fixed from the training titles (never from their grades). */
export interface FeatureDesign {
  genres: string[];
  types: string[];
  rating: number;
  logVotes: number;
  year: number;
  runtime: number;
  /** Pseudo-titles of shrinkage toward the mean, for people and for genres/decades. */
  kPeople: number;
  kGenre: number;
}

export interface FeatureSpec {
  name: string;
  group: FeatureGroup;
}

// IMDb's type codes ("tvMiniSeries") and the words of its export files ("TV Mini Series") alike.
const TYPE_GROUPS: Record<string, string> = {
  movie: 'movie',
  tvmovie: 'movie',
  tvseries: 'series',
  tvminiseries: 'series',
  tvepisode: 'episode',
  short: 'short',
  tvshort: 'short',
  tvspecial: 'special',
  video: 'video',
  musicvideo: 'video',
  podcastseries: 'series',
  podcastepisode: 'episode',
};

export function typeGroup(type: string | null): string {
  return TYPE_GROUPS[(type ?? 'movie').toLowerCase().replace(/[^a-z]/g, '')] ?? 'movie';
}

function average(values: number[], fallback: number): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : fallback;
}

/** IMDb's rating pulled toward the typical rating by how few votes it rests on. */
function bayesianRating(rating: number, votes: number, prior: number, weight = 1000): number {
  return (rating * votes + prior * weight) / (votes + weight);
}

const logVotes = (votes: number | null) => (votes === null ? null : Math.log10(votes + 1));

export function designFor(titles: TitleFeatures[], kPeople: number, kGenre: number): FeatureDesign {
  const genreCounts = new Map<string, number>();
  const typeCounts = new Map<string, number>();
  for (const t of titles) {
    for (const g of new Set(t.genres)) genreCounts.set(g, (genreCounts.get(g) ?? 0) + 1);
    const group = typeGroup(t.titleType);
    typeCounts.set(group, (typeCounts.get(group) ?? 0) + 1);
  }
  const minCount = Math.max(5, titles.length * 0.03);
  const present = <T>(values: (T | null)[]) => values.filter((v): v is T => v !== null);
  return {
    genres: [...genreCounts]
      .filter(([, c]) => c >= minCount)
      .map(([g]) => g)
      .sort(),
    types: [...typeCounts]
      .filter(([t, c]) => c >= minCount && t !== 'movie')
      .map(([t]) => t)
      .sort(),
    rating: average(present(titles.map((t) => t.rating)), 6.5),
    logVotes: average(present(titles.map((t) => logVotes(t.votes))), 4),
    year: average(present(titles.map((t) => t.year)), 2000),
    runtime: average(present(titles.map((t) => t.runtimeMinutes)), 100),
    kPeople,
    kGenre,
  };
}

export function featureSpecs(design: FeatureDesign): FeatureSpec[] {
  return [
    { name: 'rating', group: 'imdb' },
    { name: 'rating²', group: 'imdb' },
    { name: 'rating missing', group: 'imdb' },
    { name: 'log votes', group: 'imdb' },
    { name: 'rating × log votes', group: 'imdb' },
    { name: 'vote-weighted rating', group: 'imdb' },
    { name: 'year', group: 'decade' },
    { name: 'year²', group: 'decade' },
    { name: 'decade affinity', group: 'decade' },
    { name: 'runtime', group: 'runtime' },
    { name: 'runtime missing', group: 'runtime' },
    ...design.types.map((t) => ({ name: `type ${t}`, group: 'type' as const })),
    ...design.types.map((t) => ({ name: `rating of a ${t}`, group: 'imdb' as const })),
    ...design.genres.map((g) => ({ name: `genre ${g}`, group: 'genre' as const })),
    { name: 'genre affinity', group: 'genre' },
    { name: 'genre above IMDb', group: 'genre' },
    { name: 'series affinity', group: 'series' },
    { name: 'series above IMDb', group: 'series' },
    ...ROLES.map((role) => ({ name: `${role} affinity`, group: role })),
    ...ROLES.map((role) => ({ name: `${role} above IMDb`, group: role })),
    ...ROLES.map((role) => ({ name: `${role} seen`, group: role })),
  ];
}

/** The feature vector of `title`; `own` is its grade when it is one of the titles behind `stats`. */
export function featureVector(title: TitleFeatures, stats: GradeStats, own: Own | null, design: FeatureDesign) {
  const base = totalWithout(stats, own);
  const groups = groupsOf(title);
  const rating = title.rating ?? design.rating;
  const votes = logVotes(title.votes) ?? design.logVotes;
  const year = title.year ?? design.year;
  const runtime = Math.min(title.runtimeMinutes ?? design.runtime, 240);
  const type = typeGroup(title.titleType);
  const genres = new Set(title.genres);
  const people = ROLES.map((role) => encode(stats.people[role], groups.people[role].keys(), own, base, design.kPeople));
  const genre = encode(stats.genres, groups.genres, own, base, design.kGenre);
  const series = encode(stats.series, title.series ? [title.series] : [], own, base, design.kPeople);
  return [
    rating,
    (rating - design.rating) ** 2,
    title.rating === null ? 1 : 0,
    votes,
    (rating - design.rating) * (votes - design.logVotes),
    title.rating === null ? design.rating : bayesianRating(title.rating, title.votes ?? 0, design.rating),
    (year - design.year) / 10,
    ((year - design.year) / 20) ** 2,
    encode(stats.decades, groups.decade ? [groups.decade] : [], own, base, design.kGenre).value,
    runtime / 60,
    title.runtimeMinutes === null ? 1 : 0,
    ...design.types.map((t) => (t === type ? 1 : 0)),
    ...design.types.map((t) => (t === type ? rating - design.rating : 0)),
    ...design.genres.map((g) => (genres.has(g) ? 1 : 0)),
    genre.value,
    genre.aboveImdb,
    series.value,
    series.aboveImdb,
    ...people.map((e) => e.value),
    ...people.map((e) => e.aboveImdb),
    ...people.map((e) => Math.log1p(e.evidence)),
  ];
}

/** Feature rows of graded titles, each computed without its own grade. */
export function trainingMatrix(graded: GradedTitle[], stats: GradeStats, design: FeatureDesign): number[][] {
  return graded.map((t) => featureVector(t, stats, { grade: t.grade, rating: t.rating }, design));
}
