// Display helpers for title, person and watchlist views (server and client). Title types,
// runtimes, grades and viewing dates: lib/journal/watches-format.ts.
import { isSeriesType } from './types';

/** 1949, 1949–1957, 1949– (still running series), or null. */
export function yearSpan(start: number | null, end: number | null, type?: string | null): string | null {
  if (start == null) return end == null ? null : `–${end}`;
  if (end != null && end !== start) return `${start}–${end}`;
  if (end == null && isSeriesType(type)) return `${start}–`;
  return String(start);
}

/** 21870 → "21.9k"; 2_300_000 → "2.3M". */
export function formatVotes(votes: number | null | undefined): string | null {
  if (votes == null) return null;
  if (votes >= 1_000_000) return `${trim(votes / 1_000_000)}M`;
  if (votes >= 1000) return `${trim(votes / 1000)}k`;
  return String(votes);
}

const trim = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1).replace(/\.0$/, ''));

export function formatRating(rating: number | null | undefined): string | null {
  return rating == null ? null : rating.toFixed(1);
}

const PROFESSIONS: Record<string, string> = {
  actor: 'Actor',
  actress: 'Actress',
  self: 'Self',
  director: 'Director',
  writer: 'Writer',
  producer: 'Producer',
  composer: 'Composer',
  cinematographer: 'Cinematographer',
  editor: 'Editor',
  production_designer: 'Production designer',
  casting_director: 'Casting director',
  archive_footage: 'Archive footage',
  archive_sound: 'Archive sound',
  miscellaneous: 'Miscellaneous',
  soundtrack: 'Soundtrack',
};

/** `production_designer` → "Production designer". */
export function professionLabel(value: string): string {
  return PROFESSIONS[value] ?? value.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

const GROUPS: Record<string, string> = {
  producer: 'Producers',
  composer: 'Music',
  cinematographer: 'Cinematography',
  editor: 'Editing',
  production_designer: 'Production design',
  casting_director: 'Casting',
  archive_footage: 'Archive footage',
  archive_sound: 'Archive sound',
};

/** The heading of a group of principals of one category. */
export function categoryHeading(category: string): string {
  return GROUPS[category] ?? professionLabel(category);
}

const SOURCE_NAMES: Record<string, string> = {
  'imdb-web': 'IMDb’s website',
  import: 'your import',
  plex: 'Plex',
  jellyfin: 'Jellyfin',
  emby: 'Emby',
};

/** Where a provisional title came from, as a short badge and as a sentence. */
export function provisionalLabel(source: string | null): { badge: string; sentence: string } | null {
  if (source === null) return null;
  const name = SOURCE_NAMES[source] ?? source;
  return {
    badge: source === 'imdb-web' ? 'IMDb web' : source === 'import' ? 'Imported' : name,
    sentence: `Known from ${name} only: the next IMDb data load fills in the rest.`,
  };
}

/** What screens say for a person IMDb's name list (and every import) leaves unnamed. */
const NAME_NOT_LOADED = 'name not loaded';

/**
 * How a person is named wherever one is shown: the name (IMDb's, or the one an import gave; see
 * lib/titles/people.ts), else "name not loaded", never the bare nm… id; with their IMDb page,
 * where the name can be read.
 */
export function personLabel(nconst: string, name: string | null): { text: string; named: boolean; imdbUrl: string } {
  const named = name !== null && name.trim() !== '';
  return { text: named ? name : NAME_NOT_LOADED, named, imdbUrl: `https://www.imdb.com/name/${nconst}/` };
}
