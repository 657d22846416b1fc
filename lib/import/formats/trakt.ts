import { blankRecord, cleanText } from '../record';
import type { ParsedRecord, SkippedRow, TitleMeta } from '../types';
import { imdbIdFrom } from '../values';
import type { TraktEntry, TraktFile, TraktPart } from './trakt-files';

// A Trakt export (its files together or any of them alone), combined so that nothing counts twice:
//   history     one viewing per play, on the day of `watched_at` in UTC (the journal has no time
//               zone of its own), of the film or — with its own IMDb id — of the episode
//   watched     a film with no play in the history files becomes one viewing on its last play
//               (a rewatch when it was played more than once); a show's episodes carry no ids
//               here, so the show is set aside (its plays come from the history files)
//   ratings     a rating (1–10, as the journal grades) goes to the latest ungraded viewing of
//               the title; a title with none becomes a rating-only viewing on the day rated
//   watchlist   watchlist entries with the time they were listed and their notes
// Episodes are titles of their own, as in IMDb's exports ("Show: Episode"), found by their IMDb id
// only: the local IMDb data usually leaves episodes out, so their titles would match nothing.
// Seasons are no IMDb title: their ratings and watchlist entries are set aside.

const ORDER: TraktPart[] = ['history', 'watched', 'ratings', 'watchlist'];

interface Subject {
  title: string | null;
  year: number | null;
  imdbId: string | null;
  /** Joins the files' entries of one title: its IMDb id, else Trakt's id, else title and year. */
  key: string;
  titleType: string;
  /** How a set-aside entry is named: "South Park S01E03". */
  label: string;
}

const two = (n: number | null | undefined) => String(n ?? 0).padStart(2, '0');

function subjectOf(entry: TraktEntry): Subject | { skip: string } {
  const e = entry as TraktEntry<'history'>;
  const type = e.type ?? (e.episode ? 'episode' : e.season ? 'season' : e.movie ? 'movie' : e.show ? 'show' : null);
  const show = e.show?.title ?? 'a show';
  if (type === 'season') return { skip: `a season (${show} season ${e.season?.number ?? '?'}) is no IMDb title` };
  const media = type === 'episode' ? e.episode : type === 'movie' ? e.movie : type === 'show' ? e.show : null;
  if (!media) return { skip: `it names no ${type ?? 'movie, show or episode'}` };
  const imdbId = imdbIdFrom(media.ids?.imdb ?? '');
  const trakt = media.ids?.trakt;
  if (type === 'episode') {
    const label = `${show} S${two(e.episode?.season)}E${two(e.episode?.number)}`;
    if (!imdbId) return { skip: `an episode without an IMDb id of its own (${label}): episodes are imported by id` };
    const name = media.title ? `${show}: ${media.title}` : label;
    return { title: name, year: null, imdbId, key: imdbId, titleType: 'tvEpisode', label };
  }
  const title = cleanText(media.title ?? '');
  const year = media.year ?? null;
  const key = imdbId ?? (trakt != null ? `trakt:${type}:${trakt}` : `${title?.toLowerCase()}|${year}`);
  return { title, year, imdbId, key, titleType: type === 'show' ? 'tvSeries' : 'movie', label: title ?? 'a title' };
}

const meta = (titleType: string): TitleMeta => ({
  originalTitle: null,
  titleType,
  genres: [],
  runtimeMinutes: null,
  imdbRating: null,
  numVotes: null,
  directors: [],
  releaseDate: null,
});

/** The UTC day of a Trakt time ("2024-09-10T23:52:56.000Z" → 2024-09-10). */
const utcDay = (at: string) => new Date(at).toISOString().slice(0, 10);

const at = (r: ParsedRecord) => `${r.file} entry ${r.line}`;

function recordOf(file: TraktFile, index: number, subject: Subject): ParsedRecord {
  const record = blankRecord(file.name, index, file.part === 'watchlist' ? 'watchlist' : 'watch');
  Object.assign(record, { title: subject.title, year: subject.year, imdbId: subject.imdbId });
  record.meta = meta(subject.titleType);
  return record;
}

function dated(record: ParsedRecord, when: string | null | undefined): void {
  if (when) Object.assign(record, { watchedOn: utcDay(when), precision: 'day' });
}

export function readTrakt(files: TraktFile[]): { records: ParsedRecord[]; skipped: SkippedRow[] } {
  const sorted = [...files].sort((a, b) => ORDER.indexOf(a.part) - ORDER.indexOf(b.part) || (a.name < b.name ? -1 : 1));
  const records: ParsedRecord[] = [];
  const skipped: SkippedRow[] = [];
  const viewings = new Map<string, ParsedRecord[]>();
  const addViewing = (key: string, r: ParsedRecord) => viewings.set(key, [...(viewings.get(key) ?? []), r]);
  for (const file of sorted) {
    for (const { index, entry, error } of file.entries) {
      if (error !== null) {
        records.push({ ...blankRecord(file.name, index, file.part === 'watchlist' ? 'watchlist' : 'watch'), error });
        continue;
      }
      const skip = (reason: string) => skipped.push({ file: file.name, line: index, reason });
      const subject = subjectOf(entry);
      if ('skip' in subject) {
        skip(subject.skip);
        continue;
      }
      const e = entry as TraktEntry<'watched'>;
      if (file.part === 'watched' && e.show) {
        const episodes = (e.seasons ?? []).reduce((n, s) => n + s.episodes.length, 0);
        skip(`${subject.label}: ${episodes} episodes, which this file names without IMDb ids (history has each play)`);
        continue;
      }
      const record = recordOf(file, index, subject);
      records.push(record);
      const seen = viewings.get(subject.key) ?? [];
      if (file.part === 'history') {
        dated(record, (entry as TraktEntry<'history'>).watched_at);
        addViewing(subject.key, record);
      } else if (file.part === 'watched') {
        const more = seen.length > 1 ? ` and ${seen.length - 1} more` : '';
        if (seen.length > 0) record.mergedInto = `its plays are the viewings of ${at(seen[0])}${more}`;
        else {
          dated(record, e.last_watched_at);
          record.rewatch = (e.plays ?? 1) > 1;
          record.ratingOnly = record.precision === 'unknown';
          addViewing(subject.key, record);
        }
      } else if (file.part === 'ratings') {
        const rating = entry as TraktEntry<'ratings'>;
        const ungraded = seen
          .filter((v) => v.grade10 === null)
          .sort((a, b) => ((a.watchedOn ?? '') < (b.watchedOn ?? '') ? -1 : 1))
          .at(-1);
        if (ungraded) {
          ungraded.grade10 = rating.rating;
          record.mergedInto = `its rating went into the viewing of ${at(ungraded)}`;
        } else {
          record.grade10 = rating.rating;
          dated(record, rating.rated_at);
          record.ratingOnly = true;
        }
      } else {
        const listed = entry as TraktEntry<'watchlist'>;
        record.addedAt = listed.listed_at ?? null;
        record.review = cleanText(listed.notes ?? '');
      }
    }
  }
  return { records, skipped };
}
