import { episodeNumbers, SALT, type TitleType, type Universe } from './model';
import { hash, Rng, Weighted } from './random';
import { type Lang, phrase } from './words';

// Titles, names and characters, with IMDb's quirks at low rates: titles that start with a
// quote or never close it, `#%;$@*+~[]&/`, zero-width spaces and right-to-left marks, quotes
// inside names, and JSON characters whose inner quotes are backslash-escaped.

export const ZWSP = '\u200b';
export const RLM = '\u200f';

const ORIGINAL_LANG = new Weighted<Lang>([
  ['en', 52],
  ['es', 6],
  ['fr', 6],
  ['de', 5],
  ['it', 3],
  ['pt', 4],
  ['nl', 1],
  ['sv', 1],
  ['pl', 1.5],
  ['cs', 1],
  ['hu', 1],
  ['tr', 1.5],
  ['ro', 0.5],
  ['jr', 3],
  ['ru', 3],
  ['el', 0.5],
  ['ja', 1.2],
  ['zh', 1],
  ['ko', 1],
  ['ar', 1],
  ['hi', 1.5],
]);
const LATIN = new Set<Lang>(['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'sv', 'pl', 'cs', 'hu', 'tr', 'ro', 'jr']);
const WORDS = new Weighted<number>([
  [1, 22],
  [2, 26],
  [3, 20],
  [4, 13],
  [5, 8],
  [6, 5],
  [7, 2.5],
  [8, 1.5],
  [9, 1],
  [10, 0.7],
  [16, 0.3],
]);
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const SEQUELS = ['2', '3', '4', 'II', 'III', 'Part 2', 'Vol. 1', '2049', '3D', '1-18'];

export const isLatin = (lang: Lang): boolean => LATIN.has(lang);

/** The decorations and quirks a title may carry; `r` decides, `lang` builds any extra words. */
export function decorate(r: Rng, lang: Lang, base: string): string {
  let t = base;
  const p = r.next();
  if (p < 0.04) t += `: ${phrase(r, lang, 1 + r.int(4))}`;
  else if (p < 0.07) t += ` ${r.pick(SEQUELS)}`;
  else if (p < 0.09 && lang === 'en') t = `${t.replace(/(\w+)$/, "$1's")} ${phrase(r, lang, 1)}`;
  else if (p < 0.1) t += '...';
  else if (p < 0.115) t += '!';
  else if (p < 0.125) t += '?';
  else if (p < 0.127) t += r.chance(0.5) ? '!!' : '??';
  else if (p < 0.135) t = special(r, lang, t);
  const q = r.next();
  if (q < 0.0006) t = `"${t}" ${phrase(r, lang, 1 + r.int(3))}`;
  else if (q < 0.0009) t = `"${t}`;
  else if (q < 0.0014) t = `${t} "${phrase(r, lang, 1 + r.int(2))}" ${phrase(r, lang, 1)}`;
  else if (q < 0.0016) t = t.includes(' ') ? t.replace(' ', ` ${ZWSP}`) : t + ZWSP;
  else if (q < 0.0018) t = r.chance(0.5) ? RLM + t : t + RLM;
  return t;
}

function special(r: Rng, lang: Lang, t: string): string {
  const extra = (): string => phrase(r, lang, 1 + r.int(2));
  switch (r.int(12)) {
    case 0:
      return `#${t.replace(/ /g, '')}`;
    case 1:
      return `${t} & ${extra()}`;
    case 2:
      return `${t}/${extra()}`;
    case 3:
      return `${t} 100%`;
    case 4:
      return `${t}; ${extra()}`;
    case 5:
      return `${t}$`;
    case 6:
      return t.replace(/a/, '@');
    case 7:
      return t.replace(/u|e/, '*');
    case 8:
      return `${t} + ${extra()}`;
    case 9:
      return `${t} ~ ${extra()} ~`;
    case 10:
      return `${t} [${extra()}]`;
    default:
      return `${t.replace(/o/, '0')} 10/10`;
  }
}

export interface TitleText {
  primary: string;
  original: string;
  lang: Lang;
  /** Set for episodes titled by number ("Episode #1.2"). */
  numbered?: string;
}

const textRng = new Rng();

/** A title's primaryTitle and originalTitle (title.akas repeats and translates them). */
export function titleText(u: Universe, i: number, type: TitleType, year: number | null): TitleText {
  const r = textRng.reseed(hash(u.seed, SALT.text, i));
  const lang = ORIGINAL_LANG.pick(r);
  if (type === 'tvEpisode') {
    const p = r.next();
    const [season, episode] = episodeNumbers(u, i);
    if (p < 0.3 && season !== null && episode !== null) {
      const t = `Episode #${season}.${episode}`;
      return { primary: t, original: t, lang: 'en', numbered: `#${season}.${episode}` };
    }
    if (p < 0.33) {
      const t = `Episode dated ${1 + r.int(28)} ${r.pick(MONTHS)} ${year ?? 1990 + r.int(36)}`;
      return { primary: t, original: t, lang: 'en' };
    }
  }
  const original = decorate(r, lang, phrase(r, lang, WORDS.pick(r)));
  if (lang !== 'en' && r.chance(isLatin(lang) ? 0.25 : 0.55)) {
    return { primary: decorate(r, 'en', phrase(r, 'en', WORDS.pick(r))), original, lang };
  }
  return { primary: original, original, lang };
}

/** A title in another language with about as many words (for title.akas). */
export function translatedTitle(r: Rng, lang: Lang, like: string): string {
  const n = Math.max(1, Math.min(12, like.split(' ').length + r.int(3) - 1));
  return decorate(r, lang, phrase(r, lang, n));
}
