import { type FeatureGroup, typeGroup } from './features';
import { decadeOf, type GroupStat, groupsOf } from './stats';
import type { TrainedModel } from './train';
import type { Reason, Role, TitleFeatures } from './types';

// Reasons in words: "you rate Christopher Nolan films 8.6 on average (4 graded)",
// "you rate documentaries 1.2 above your mean", "IMDb 8.4 from 1.2M votes".

const GENRE_PLURALS: Record<string, string> = {
  Comedy: 'comedies',
  Documentary: 'documentaries',
  Drama: 'dramas',
  Thriller: 'thrillers',
  Western: 'westerns',
  Musical: 'musicals',
  Romance: 'romances',
  Mystery: 'mysteries',
  Biography: 'biopics',
  Fantasy: 'fantasy films',
  'Sci-Fi': 'science-fiction films',
  'Film-Noir': 'films noirs',
};

export const genrePlural = (genre: string) => GENRE_PLURALS[genre] ?? `${genre.toLowerCase()} films`;

const ROLE_PHRASES: Record<Role, (name: string, films: string) => string> = {
  director: (name, films) => `${name} ${films}`,
  writer: (name, films) => `${films} written by ${name}`,
  cast: (name, films) => `${films} with ${name}`,
  composer: (name, films) => `${films} scored by ${name}`,
};

const TYPE_NAMES: Record<string, string> = {
  series: 'a series',
  episode: 'an episode',
  short: 'a short',
  special: 'a TV special',
  video: 'a video release',
  movie: 'a feature film',
};

function formatVotes(votes: number): string {
  if (votes >= 1e6) return `${(votes / 1e6).toFixed(1)}M`;
  if (votes >= 1e3) return `${Math.round(votes / 1e3)}k`;
  return String(votes);
}

export const one = (v: number) => v.toFixed(1);

/** A grade as the person gave it: "9", "7.5". */
export const gradeText = (g: number) => (Number.isInteger(g) ? String(g) : one(g));

export const genreSubject = (genre: string) => `genre:${genre}`;
export const personSubject = (name: string) => `person:${name.toLowerCase()}`;

export function aboveBelow(diff: number): string {
  return `${one(Math.abs(diff))} ${diff >= 0 ? 'above' : 'below'} your mean`;
}

/** The person's graded groups of a role that a title belongs to, most graded first. */
function knownPeople(model: TrainedModel, title: TitleFeatures, role: Role): (GroupStat & { key: string })[] {
  const out: (GroupStat & { key: string })[] = [];
  for (const key of groupsOf(title).people[role].keys()) {
    const stat = model.stats.people[role].get(key);
    if (stat) out.push({ ...stat, key });
  }
  return out.sort((a, b) => b.n - a.n || b.sum / b.n - a.sum / a.n);
}

/** A credit without a name (only an id) is never put into words. */
const isNamed = (name: string) => name.trim() !== '' && !/^nm\d+$/.test(name);

const UNNAMED: Record<Role, string> = {
  director: 'by the same director',
  writer: 'by the same writer',
  cast: 'with the same actor',
  composer: 'scored by the same composer',
};

/** "Jane Campion films", or "films by the same director" when the local data lacks the name. */
export function personPhrase(role: Role, name: string, films: string): string {
  return isNamed(name) ? ROLE_PHRASES[role](name, films) : `${films} ${UNNAMED[role]}`;
}

function personReason(model: TrainedModel, title: TitleFeatures, role: Role, effect: number): Reason | null {
  const known = knownPeople(model, title, role);
  const person = known.find((p) => isNamed(p.name)) ?? known[0];
  if (!person) return null;
  const avg = person.sum / person.n;
  const text =
    person.n === 1
      ? `you gave the one ${personPhrase(role, person.name, 'film')} you graded a ${gradeText(avg)}`
      : `you rate ${personPhrase(role, person.name, 'films')} ${one(avg)} on average (${person.n} graded)`;
  return { kind: 'person', subject: personSubject(person.name), text, effect };
}

function genreReason(model: TrainedModel, title: TitleFeatures, effect: number): Reason | null {
  const candidates = title.genres
    .map((g) => ({ g, stat: model.stats.genres.get(g) }))
    .filter((c): c is { g: string; stat: GroupStat } => (c.stat?.n ?? 0) >= 3)
    .map((c) => ({ g: c.g, diff: c.stat.sum / c.stat.n - model.mean }))
    .filter((c) => Math.sign(c.diff) === Math.sign(effect))
    .sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff));
  const best = candidates[0];
  return best
    ? {
        kind: 'genre',
        subject: genreSubject(best.g),
        text: `you rate ${genrePlural(best.g)} ${aboveBelow(best.diff)}`,
        effect,
      }
    : null;
}

function decadeReason(model: TrainedModel, title: TitleFeatures, effect: number): Reason | null {
  const decade = decadeOf(title.year);
  const stat = decade ? model.stats.decades.get(decade) : undefined;
  if (!stat || stat.n < 3)
    return title.year ? { kind: 'decade', subject: 'decade', text: `released in ${title.year}`, effect } : null;
  return {
    kind: 'decade',
    subject: 'decade',
    text: `you rate films from the ${decade} ${aboveBelow(stat.sum / stat.n - model.mean)}`,
    effect,
  };
}

export function describeGroup(
  model: TrainedModel,
  title: TitleFeatures,
  group: FeatureGroup | 'average',
  effect: number,
): Reason | null {
  switch (group) {
    case 'average':
      return { kind: 'average', subject: 'average', text: `close to your average grade of ${one(model.mean)}`, effect };
    case 'imdb':
      if (title.rating === null) return null;
      return {
        kind: 'imdb',
        subject: 'imdb',
        text: `IMDb rating ${one(title.rating)}${title.votes ? ` from ${formatVotes(title.votes)} votes` : ''}`,
        effect,
      };
    case 'genre':
      return genreReason(model, title, effect);
    case 'decade':
      return decadeReason(model, title, effect);
    case 'runtime':
      return title.runtimeMinutes
        ? { kind: 'runtime', subject: 'runtime', text: `runs ${title.runtimeMinutes} minutes`, effect }
        : null;
    case 'series': {
      const stat = title.series ? model.stats.series.get(title.series) : undefined;
      if (!stat) return null;
      return {
        kind: 'series',
        subject: 'series',
        text: `you rate episodes of ${stat.name} ${one(stat.sum / stat.n)} on average (${stat.n} graded)`,
        effect,
      };
    }
    case 'type':
      return { kind: 'type', subject: 'type', text: TYPE_NAMES[typeGroup(title.titleType)] ?? 'its type', effect };
    default:
      return personReason(model, title, group, effect);
  }
}
