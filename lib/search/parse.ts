import { normalizeSearchText } from './normalize';

// What a search box's text means: the words to look for and, maybe, a year hint ("heat 1995").
// Pure: no database, no server-only code.

/** Longest query looked at; the rest is ignored. */
export const MAX_QUERY_LENGTH = 200;
/** Most words used to find candidates (all words still count for the ranking). */
export const MAX_QUERY_WORDS = 8;

/** The earliest year a title can have, and how far ahead a year hint may be. */
const FIRST_FILM_YEAR = 1874;
const YEARS_AHEAD = 10;

export interface ParsedSearchQuery {
  /** The query as typed, white space collapsed, at most MAX_QUERY_LENGTH characters. */
  text: string;
  /** `text` normalised (mirror of public.search_normalize). */
  normalized: string;
  /** A trailing 4-digit year ("heat 1995", "Heat (1995)"), when other words come before it. */
  year: number | null;
  /** `text` without the year hint (the same as `text` when there is none). */
  textWithoutYear: string;
  /** `textWithoutYear` normalised: what the search looks for. */
  normalizedWithoutYear: string;
  /** The words of `normalizedWithoutYear`, at most MAX_QUERY_WORDS. */
  words: string[];
  /** Whether the last word may be incomplete (no space typed after it): it then also matches as a prefix. */
  lastWordIsPrefix: boolean;
}

/** "heat 1995", "heat, 1995", "heat (1995)", "heat(1995)", "heat [1995]". */
const YEAR_AT_END = [/^(.*\S)\s+[([]?(\d{4})[)\]]?$/u, /^(.*\S)\s*[([](\d{4})[)\]]$/u];

/** Splits a year hint off the end of `text`, if there is one. */
function splitYear(text: string, now: Date): { rest: string; year: number } | null {
  for (const pattern of YEAR_AT_END) {
    const match = pattern.exec(text);
    if (!match) continue;
    const year = Number(match[2]);
    // "blade runner 2049": not a year, a word of the title.
    if (year < FIRST_FILM_YEAR || year > now.getUTCFullYear() + YEARS_AHEAD) return null;
    const rest = match[1].replace(/[\s,;:-]+$/u, '');
    // "1917" or "(2001)" alone is a title, not a hint.
    if (normalizeSearchText(rest) === '') return null;
    return { rest, year };
  }
  return null;
}

export function parseSearchQuery(raw: string, now: Date = new Date()): ParsedSearchQuery {
  const text = raw.replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
  const normalized = normalizeSearchText(text);
  const split = splitYear(text, now);
  const textWithoutYear = split ? split.rest : text;
  const normalizedWithoutYear = split ? normalizeSearchText(split.rest) : normalized;
  const words = normalizedWithoutYear === '' ? [] : normalizedWithoutYear.split(' ').slice(0, MAX_QUERY_WORDS);
  return {
    text,
    normalized,
    year: split ? split.year : null,
    textWithoutYear,
    normalizedWithoutYear,
    words,
    lastWordIsPrefix: !split && !/[\s.,;:!?)\]"']$/u.test(raw),
  };
}
