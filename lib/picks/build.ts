import { imdbTablesPresent } from '../titles/imdb-tables';
import { predictGrade } from './model/predict';
import type { TrainedModel } from './model/train';
import type { Prediction, TitleFeatures } from './model/types';
import {
  candidateTypes,
  creditedPerson,
  discoverReason,
  favouritePeople,
  filmographyReason,
  genreReason,
  type PersonPick,
  peopleToDiscover,
  pickReasons,
  type Section,
  type SectionReason,
  topGenres,
} from './sections';
import { bestInGenres, excludedTitles, filmsOf, watchlistTitles } from './sql';
import { loadTitleFeatures } from './titles';

// One week's picks: candidates from SQL (films with enough votes, so scoring stays light), the
// model's predicted grade for each, and a reason per pick. Watched and dismissed titles never
// appear; a title appears in one section only.

/** Candidates need this many IMDb votes: enough to trust the rating, few enough to stay fast. */
const MIN_VOTES = 1000;
const PER_SECTION = 12;
const PER_PERSON = 2;
const WATCHLIST_MAX = 30;
const GENRE_POOL = 400;

export interface BuiltPick {
  section: Section;
  rank: number;
  tconst: string;
  title: string;
  year: number | null;
  titleType: string | null;
  predictedGrade: number;
  imdbRating: number | null;
  numVotes: number | null;
  reasons: string[];
}

interface Scored {
  title: TitleFeatures;
  prediction: Prediction;
}

function toPick(section: Section, rank: number, s: Scored, reason: SectionReason | null): BuiltPick {
  // The model's reasons for a pick are the ones that raise its grade.
  const positive = s.prediction.reasons.filter((r) => r.effect > 0);
  return {
    section,
    rank,
    tconst: s.title.tconst,
    title: s.title.title ?? s.title.tconst,
    year: s.title.year,
    titleType: s.title.titleType,
    predictedGrade: s.prediction.grade,
    imdbRating: s.title.rating,
    numVotes: s.title.votes,
    reasons: pickReasons(reason, positive.length ? positive : s.prediction.reasons),
  };
}

// By the unrounded expectation: the grade shown is rounded to the person's step and ties too often.
const byGrade = (a: Scored, b: Scored) =>
  b.prediction.expected - a.prediction.expected || (b.title.votes ?? 0) - (a.title.votes ?? 0);

/** Picks by person: each person's best unseen films, then the best of those overall. */
function personSection(
  people: PersonPick[],
  scored: Scored[],
  reason: (p: PersonPick, unseen: number) => SectionReason,
): [Scored, SectionReason][] {
  const byPerson = new Map<string, Scored[]>();
  for (const s of scored) {
    const person = creditedPerson(s.title, people);
    if (person) byPerson.set(person.stat.id, [...(byPerson.get(person.stat.id) ?? []), s]);
  }
  const out: [Scored, SectionReason][] = [];
  for (const person of people) {
    const films = (byPerson.get(person.stat.id) ?? []).sort(byGrade);
    for (const s of films.slice(0, PER_PERSON)) out.push([s, reason(person, films.length)]);
  }
  return out.sort((a, b) => byGrade(a[0], b[0])).slice(0, PER_SECTION);
}

export async function buildPicks(userId: number, model: TrainedModel): Promise<BuiltPick[]> {
  const [excluded, watchlist, imdb] = await Promise.all([
    excludedTitles(userId),
    watchlistTitles(userId),
    imdbTablesPresent(),
  ]);
  const genres = topGenres(model);
  const discover = peopleToDiscover(model);
  const favourites = favouritePeople(model);
  const types = candidateTypes(model);
  const [inGenres, ofDiscover, ofFavourites] = imdb
    ? await Promise.all([
        bestInGenres(genres, types, MIN_VOTES, GENRE_POOL),
        discover.length
          ? filmsOf(
              discover.map((p) => p.stat.id),
              types,
              MIN_VOTES,
            )
          : [],
        favourites.length
          ? filmsOf(
              favourites.map((p) => p.stat.id),
              types,
              MIN_VOTES,
            )
          : [],
      ])
    : [[], [], []];
  const onWatchlist = new Set(watchlist.filter((t) => !excluded.has(t)));
  const wanted = new Set([...inGenres, ...ofDiscover, ...ofFavourites].map((c) => c.tconst));
  for (const t of excluded) wanted.delete(t);
  const features = await loadTitleFeatures([...new Set([...wanted, ...onWatchlist])], userId);
  const scored = new Map<string, Scored>();
  for (const [tconst, title] of features) scored.set(tconst, { title, prediction: predictGrade(model, title) });

  const used = new Set(onWatchlist);
  const take = (list: (string | { tconst: string })[]) =>
    list.flatMap((c) => {
      const s = scored.get(typeof c === 'string' ? c : c.tconst);
      return s && !used.has(s.title.tconst) ? [s] : [];
    });
  const mark = (rows: [Scored, SectionReason][]) => {
    for (const [s] of rows) used.add(s.title.tconst);
    return rows;
  };
  // Person sections first: their reasons are the most specific.
  const filmography = mark(personSection(favourites, take(ofFavourites), filmographyReason));
  const discovered = mark(personSection(discover, take(ofDiscover), discoverReason));
  const best = take(inGenres).sort(byGrade).slice(0, PER_SECTION);
  const fromWatchlist = [...onWatchlist].flatMap((t) => (scored.has(t) ? [scored.get(t) as Scored] : [])).sort(byGrade);

  return [
    ...best.map((s, i) => toPick('genres', i, s, genreReason(model, s.title, genres))),
    ...discovered.map(([s, reason], i) => toPick('discover', i, s, reason)),
    ...filmography.map(([s, reason], i) => toPick('filmography', i, s, reason)),
    ...fromWatchlist.slice(0, WATCHLIST_MAX).map((s, i) => toPick('watchlist', i, s, null)),
  ];
}
