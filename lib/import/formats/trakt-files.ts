import { z } from 'zod';
import { safeString } from '../../validation/text';
import { fileError } from '../file-error';
import { jsonSyntaxError } from '../json-syntax';
import type { ImportFileError } from '../types';

// One file of a Trakt export, checked entry by entry. Trakt writes its API's shapes: a JSON
// array per file (history-1.json, watched-movies.json, ratings-episodes.json, watchlist.json…),
// each entry naming its movie, show, season or episode with `ids` {trakt, imdb, tmdb, …}. Which
// file it is comes from the entries (watched_at, plays, rated_at, listed_at), so a renamed
// file still reads. An entry that does not fit is kept as an error naming its index and field.

export type TraktPart = 'history' | 'watched' | 'ratings' | 'watchlist';

const ids = z.object({ trakt: z.number().nullish(), imdb: z.string().max(40).nullish() }).loose();
const text = safeString().max(1000);
const year = z.number().int().min(1870, 'not a year').max(2100, 'not a year');
const media = z.object({ title: text.nullish(), year: year.nullish(), ids: ids.nullish() }).loose();
const episode = media.extend({ season: z.number().int().nullish(), number: z.number().int().nullish() });
const season = z.object({ number: z.number().int().nullish(), ids: ids.nullish() }).loose();
const instant = z.iso
  .datetime({ offset: true, error: 'not a date and time like 2024-09-10T13:52:56.000Z' })
  .refine((at) => {
    const y = new Date(at).getUTCFullYear();
    return y >= 1870 && y <= 2100;
  }, 'a year before 1870 or after 2100');
const item = {
  type: z.enum(['movie', 'show', 'season', 'episode'], { error: 'not movie, show, season or episode' }).nullish(),
  movie: media.nullish(),
  show: media.nullish(),
  season: season.nullish(),
  episode: episode.nullish(),
};
const watchedEpisode = z.object({ number: z.number().int().nullish(), plays: z.number().int().min(0).nullish() });

const SCHEMAS = {
  history: z.object({ ...item, watched_at: instant }).loose(),
  ratings: z
    .object({
      ...item,
      rated_at: instant.nullish(),
      rating: z.number({ error: 'not a number' }).int().min(1, 'below 1').max(10, 'above 10'),
    })
    .loose(),
  watchlist: z.object({ ...item, listed_at: instant.nullish(), notes: text.nullish() }).loose(),
  watched: z
    .object({
      movie: media.nullish(),
      show: media.nullish(),
      plays: z.number().int().min(0).nullish(),
      last_watched_at: instant.nullish(),
      seasons: z.array(z.object({ number: z.number().int().nullish(), episodes: z.array(watchedEpisode) })).nullish(),
    })
    .loose(),
};

export type TraktEntry<P extends TraktPart = TraktPart> = z.infer<(typeof SCHEMAS)[P]>;

export interface TraktFile {
  name: string;
  part: TraktPart;
  /** In file order; `index` is 1-based, as records report it (their `line`). */
  entries: ({ index: number; entry: TraktEntry; error: null } | { index: number; entry: null; error: string })[];
}

/** The part of the export an entry belongs to, from the fields only that part has. */
function partOf(entry: unknown): TraktPart | null {
  if (typeof entry !== 'object' || entry === null) return null;
  if ('watched_at' in entry) return 'history';
  if ('rated_at' in entry || 'rating' in entry) return 'ratings';
  if ('listed_at' in entry) return 'watchlist';
  if ('plays' in entry || 'last_watched_at' in entry) return 'watched';
  return null;
}

const NOT_TRAKT = 'a JSON file that is neither an export of this journal nor a file of a Trakt export';

function entryError(index: number, issue: z.core.$ZodIssue): string {
  const field = issue.path.join('.');
  return `entry ${index}${field ? `, field "${field}"` : ''}: ${issue.message}`;
}

export function readTraktFile(name: string, json: string): TraktFile | ImportFileError {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const at = jsonSyntaxError(json);
    return at
      ? fileError(name, at.line, null, `not valid JSON at column ${at.column}: ${at.message}`)
      : fileError(name, null, null, `not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) return fileError(name, null, null, `${NOT_TRAKT} (those hold a list of entries)`);
  const part = data.map(partOf).find((p) => p !== null) ?? (data.length === 0 ? 'history' : null);
  if (!part)
    return fileError(
      name,
      null,
      null,
      `${NOT_TRAKT}: its entries have none of watched_at, plays, rated_at or listed_at`,
    );
  const schema = SCHEMAS[part];
  const entries = data.map((raw, i) => {
    const parsed = schema.safeParse(raw);
    return parsed.success
      ? { index: i + 1, entry: parsed.data as TraktEntry, error: null }
      : { index: i + 1, entry: null, error: entryError(i + 1, parsed.error.issues[0]) };
  });
  return { name, part, entries };
}
