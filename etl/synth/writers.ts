import type { DatasetName } from '../datasets';
import { type Lines, N, type Writer } from './lines';
import {
  episodeNumbers,
  isRated,
  numVotes,
  parentOf,
  Repeats,
  SALT,
  startYear,
  tconst,
  typeOf,
  type Universe,
} from './model';
import { hash, Rng, Weighted } from './random';
import { titleText } from './text';
import { akas } from './writers-akas';
import { names, people, principals } from './writers-people';

// The generators of the smaller title files, and the table of all seven.

export const HEADERS: Record<DatasetName, string> = {
  'title.basics': 'tconst\ttitleType\tprimaryTitle\toriginalTitle\tisAdult\tstartYear\tendYear\truntimeMinutes\tgenres',
  'title.akas': 'titleId\tordering\ttitle\tregion\tlanguage\ttypes\tattributes\tisOriginalTitle',
  'title.ratings': 'tconst\taverageRating\tnumVotes',
  'title.crew': 'tconst\tdirectors\twriters',
  'title.episode': 'tconst\tparentTconst\tseasonNumber\tepisodeNumber',
  'title.principals': 'tconst\tordering\tnconst\tcategory\tjob\tcharacters',
  'name.basics': 'nconst\tprimaryName\tbirthYear\tdeathYear\tprimaryProfession\tknownForTitles',
};

const GENRES = new Weighted<string>(
  'Drama 20|Comedy 16|Documentary 10|Talk-Show 4|Romance 5|Action 5|Family 4|Crime 5|Thriller 4|Adventure 4|Horror 4|Animation 4|Reality-TV 4|Music 3|Fantasy 2|Mystery 3|Sci-Fi 2|History 2|Biography 2|News 3|Game-Show 2|Sport 2|Musical 1|War 1|Western 1|Film-Noir 0.1'
    .split('|')
    .map((e) => e.split(' '))
    .map(([g, w]) => [g, Number(w)] as const),
);

function genres(r: Rng, short: boolean, adult: boolean): string {
  if (r.chance(short ? 0.02 : 0.12)) return N;
  const list: string[] = short ? ['Short'] : [];
  if (adult) list.push('Adult');
  for (let n = 1 + r.int(3) - list.length; n > 0; n--) {
    const g = GENRES.pick(r);
    if (!list.includes(g)) list.push(g);
  }
  return list.sort().join(',');
}

function runtime(r: Rng, type: string): string {
  switch (type) {
    case 'movie':
    case 'tvMovie':
      return r.chance(0.35) ? N : String(Math.max(40, Math.round(95 + r.normal() * 22)));
    case 'short':
    case 'tvShort':
      return r.chance(0.3) ? N : String(1 + r.int(40));
    case 'tvEpisode':
      return r.chance(0.7) ? N : String(r.pick([11, 22, 24, 25, 30, 42, 44, 45, 50, 60]) + r.int(3));
    case 'videoGame':
      return N;
    default:
      return r.chance(0.5) ? N : String(10 + r.int(120));
  }
}

const rng = new Rng();

function* basics(u: Universe, out: Lines): Generator<string> {
  const repeats = new Repeats(u, 1, u.titles / 2);
  for (let i = 0; i < u.titles; i++) {
    const type = typeOf(u, i);
    const year = startYear(u, i, type);
    const text = titleText(u, i, type, year);
    const r = rng.reseed(hash(u.seed, SALT.basics, i));
    const adult = r.chance(type === 'movie' || type === 'video' ? 0.03 : 0.003);
    const series = type === 'tvSeries' || type === 'tvMiniSeries';
    const end = series && year !== null && r.chance(0.55) ? String(Math.min(2026, year + r.zipf(30))) : N;
    const line = `${tconst(u, i)}\t${type}\t${text.primary}\t${text.original}\t${adult ? 1 : 0}\t${year ?? N}\t${end}\t${runtime(r, type)}\t${genres(r, type === 'short' || type === 'tvShort', adult)}\n`;
    out.add(line);
    if (repeats.check(i)) out.add(line);
    if (out.full) yield out.take();
  }
  yield out.take();
}

function* ratings(u: Universe, out: Lines): Generator<string> {
  const repeats = new Repeats(u, 2, u.titles / 2);
  for (let i = 0; i < u.titles; i++) {
    if (!isRated(u, i, typeOf(u, i))) continue;
    const votes = numVotes(u, i);
    const r = rng.reseed(hash(u.seed, SALT.ratings, i));
    const spread = 0.9 + 1.6 / Math.log10(votes + 1);
    const avg = Math.min(10, Math.max(1, Math.round((6.7 + r.normal() * spread) * 10) / 10));
    const line = `${tconst(u, i)}\t${avg.toFixed(1)}\t${votes}\n`;
    out.add(line);
    if (repeats.check(i)) out.add(line);
    if (out.full) yield out.take();
  }
  yield out.take();
}

function* episodes(u: Universe, out: Lines): Generator<string> {
  const repeats = new Repeats(u, 3, u.titles / 2);
  for (let i = 0; i < u.titles; i++) {
    if (typeOf(u, i) !== 'tvEpisode') continue;
    const [season, episode] = episodeNumbers(u, i);
    const line = `${tconst(u, i)}\t${tconst(u, parentOf(u, i))}\t${season ?? N}\t${episode ?? N}\n`;
    out.add(line);
    if (repeats.check(i)) out.add(line);
    if (out.full) yield out.take();
  }
  yield out.take();
}

function* crew(u: Universe, out: Lines): Generator<string> {
  const repeats = new Repeats(u, 4, u.titles / 2);
  for (let i = 0; i < u.titles; i++) {
    const r = rng.reseed(hash(u.seed, SALT.crew, i));
    const episode = typeOf(u, i) === 'tvEpisode';
    const d = r.next();
    const directors = d < (episode ? 0.3 : 0.07) ? 0 : d < 0.9 ? 1 : d < 0.98 ? 2 + r.int(2) : 4 + r.int(8);
    const w = r.next();
    const writers = w < 0.45 ? 0 : w < 0.75 ? 1 : w < 0.95 ? 2 + r.int(2) : 4 + r.int(16);
    const line = `${tconst(u, i)}\t${people(u, r, directors)}\t${people(u, r, writers)}\n`;
    out.add(line);
    if (repeats.check(i)) out.add(line);
    if (out.full) yield out.take();
  }
  yield out.take();
}

export const WRITERS: Record<DatasetName, Writer> = {
  'title.basics': basics,
  'title.akas': akas,
  'title.ratings': ratings,
  'title.crew': crew,
  'title.episode': episodes,
  'title.principals': principals,
  'name.basics': names,
};
