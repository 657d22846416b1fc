import type { ParsedRecord } from '../import/types';
import { seriesFromTitle } from '../titles/types';
import type { GradedTitle, TitleFeatures } from './model/types';
import { emptyPeople } from './model/types';
import { loadTitleFeatures } from './titles';

// Graded titles from an import file (recs:eval --ratings): the latest grade of each title,
// with what the IMDb tables know of it, else what the file itself says (an IMDb export
// carries type, genres, runtime, rating, votes and director names).

function fromRecord(record: ParsedRecord, tconst: string): TitleFeatures {
  const meta = record.meta;
  const people = emptyPeople();
  people.director = (meta?.directors ?? []).map((name) => ({ id: null, name }));
  return {
    tconst,
    title: record.title,
    year: record.year,
    runtimeMinutes: meta?.runtimeMinutes ?? null,
    titleType: meta?.titleType ?? null,
    genres: meta?.genres ?? [],
    rating: meta?.imdbRating ?? null,
    votes: meta?.numVotes ?? null,
    people,
    series: seriesFromTitle(meta?.titleType ?? null, record.title),
  };
}

/** Fills what the IMDb tables leave empty from the file. */
function merged(table: TitleFeatures, file: TitleFeatures): TitleFeatures {
  return {
    ...table,
    year: table.year ?? file.year,
    runtimeMinutes: table.runtimeMinutes ?? file.runtimeMinutes,
    titleType: table.titleType ?? file.titleType,
    genres: table.genres.length ? table.genres : file.genres,
    rating: table.rating ?? file.rating,
    votes: table.votes ?? file.votes,
    people: table.people.director.length ? table.people : { ...table.people, director: file.people.director },
    series: table.series ?? file.series,
  };
}

/** Graded watch records with an IMDb id; the last record of a title (by date, then by line) wins. */
export async function gradedTitlesFromRecords(records: ParsedRecord[], useImdbTables: boolean): Promise<GradedTitle[]> {
  const latest = new Map<string, ParsedRecord>();
  const ordered = records
    .filter((r) => r.kind === 'watch' && r.grade10 !== null && r.imdbId && !r.error)
    .sort((a, b) => (a.watchedOn ?? '').localeCompare(b.watchedOn ?? '') || a.line - b.line);
  for (const record of ordered) latest.set(record.imdbId as string, record);
  const tables = useImdbTables ? await loadTitleFeatures([...latest.keys()], null) : new Map<string, TitleFeatures>();
  return [...latest].map(([tconst, record]) => {
    const file = fromRecord(record, tconst);
    const table = tables.get(tconst);
    return { ...(table ? merged(table, file) : file), grade: record.grade10 as number, ratedOn: record.watchedOn };
  });
}
