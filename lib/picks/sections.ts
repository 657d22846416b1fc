import { aboveBelow, genrePlural, genreSubject, gradeText, one, personPhrase, personSubject } from './model/reasons';
import type { GroupStat } from './model/stats';
import type { TrainedModel } from './model/train';
import type { Reason, Role, TitleFeatures } from './model/types';

// Which groups each section of the picks is about, and the section's own reason for a pick.

export const SECTIONS = ['genres', 'discover', 'filmography', 'watchlist'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_TITLES: Record<Section, string> = {
  genres: 'Best unwatched in your genres',
  discover: 'People to discover',
  filmography: 'Finish the filmography',
  watchlist: 'From your watchlist',
};

/** Feature films, and any other type the person has graded three times or more (shorts, say); never episodes. */
export function candidateTypes(model: TrainedModel): string[] {
  const types = new Set(['movie', 'tvMovie']);
  for (const [type, stat] of model.stats.types)
    if (stat.n >= 3 && /^[a-z]+$/i.test(type) && !/episode/i.test(type)) types.add(type);
  return [...types];
}

/** Shrunk difference of a group's mean grade from the person's mean. */
function affinity(stat: GroupStat, mean: number, k = 3): number {
  return (stat.sum - stat.n * mean) / (stat.n + k);
}

/** The genres the person grades highest (at least three graded titles, above their mean). */
export function topGenres(model: TrainedModel, count = 3): string[] {
  return [...model.stats.genres.values()]
    .filter((g) => g.n >= 3 && affinity(g, model.mean) > 0)
    .sort((a, b) => affinity(b, model.mean) - affinity(a, model.mean))
    .slice(0, count)
    .map((g) => g.name);
}

export interface PersonPick {
  role: Role;
  stat: GroupStat & { id: string };
}

/** Directors and writers with one or two graded titles, graded well above the person's mean. */
export function peopleToDiscover(model: TrainedModel, count = 40): PersonPick[] {
  return peopleWhere(model, ['director', 'writer'], (s) => s.n <= 2 && s.sum / s.n >= Math.max(7.5, model.mean + 0.75))
    .sort((a, b) => b.stat.sum / b.stat.n - a.stat.sum / a.stat.n)
    .slice(0, count);
}

/** The person's favourites: three or more graded titles, clearly above their mean. */
export function favouritePeople(model: TrainedModel, count = 25): PersonPick[] {
  return peopleWhere(
    model,
    ['director', 'writer', 'cast', 'composer'],
    (s) => s.n >= 3 && affinity(s, model.mean) >= 0.4,
  )
    .sort((a, b) => affinity(b.stat, model.mean) - affinity(a.stat, model.mean))
    .slice(0, count);
}

function peopleWhere(model: TrainedModel, roles: Role[], keep: (s: GroupStat) => boolean): PersonPick[] {
  const seen = new Set<string>();
  const out: PersonPick[] = [];
  for (const role of roles) {
    for (const stat of model.stats.people[role].values()) {
      if (!stat.id || seen.has(stat.id) || !keep(stat)) continue;
      seen.add(stat.id);
      out.push({ role, stat: { ...stat, id: stat.id } });
    }
  }
  return out;
}

/** The first of `people` credited on `title`. */
export function creditedPerson(title: TitleFeatures, people: PersonPick[]): PersonPick | null {
  const ids = new Set(Object.values(title.people).flatMap((credits) => credits.map((c) => c.id)));
  return people.find((p) => ids.has(p.stat.id)) ?? null;
}

/** A section's own reason for a pick: what it is about, in words. */
export type SectionReason = Pick<Reason, 'subject' | 'text'>;

export function genreReason(model: TrainedModel, title: TitleFeatures, genres: string[]): SectionReason {
  const genre = genres.find((g) => title.genres.includes(g)) ?? title.genres[0];
  const stat = genre ? model.stats.genres.get(genre) : undefined;
  const base = `one of IMDb's best-rated ${genre ? genrePlural(genre) : 'films'}`;
  const diff = stat && stat.n >= 3 ? stat.sum / stat.n - model.mean : 0;
  return {
    subject: genre ? genreSubject(genre) : 'imdb',
    text: diff >= 0.3 ? `${base}, a genre you rate ${aboveBelow(diff)}` : base,
  };
}

export function discoverReason(person: PersonPick): SectionReason {
  const { stat, role } = person;
  const avg = stat.sum / stat.n;
  const text =
    stat.n === 1
      ? `you gave the one ${personPhrase(role, stat.name, 'film')} you have seen a ${gradeText(avg)}`
      : `you gave both ${personPhrase(role, stat.name, 'films')} you have seen ${one(avg)} on average`;
  return { subject: personSubject(stat.name), text };
}

export function filmographyReason(person: PersonPick, unseen: number): SectionReason {
  const { stat, role } = person;
  const more = unseen > 1 ? `; ${unseen} more of theirs to see` : '';
  const text = `you rate ${personPhrase(role, stat.name, 'films')} ${one(stat.sum / stat.n)} on average (${stat.n} graded)${more}`;
  return { subject: personSubject(stat.name), text };
}

/**
 * A pick's reasons: the model's (largest first), with the section's own in place of the model's
 * reason about the same subject, or first when the model has none: never two about one thing.
 */
export function pickReasons(section: SectionReason | null, model: Reason[], max = 3): string[] {
  const texts = model.map((r) => (section && r.subject === section.subject ? section.text : r.text));
  if (section && !model.some((r) => r.subject === section.subject)) texts.unshift(section.text);
  return [...new Set(texts)].slice(0, max);
}
