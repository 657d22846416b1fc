import { Prisma } from '../db/generated/client';
import type { DateKind, DatePrecision } from './schemas';

// What a viewing says besides its title and ids. `watches` and the import's `import_records`
// hold the same columns, and the diary, the exports and the import previews read them alike:
// a new field of a viewing is added here once.

/** The viewing columns of the table aliased `alias`, as every reader selects them. */
export function viewingFieldsSql(alias: 'w' | 'r'): Prisma.Sql {
  const a = Prisma.raw(alias);
  return Prisma.sql`to_char(${a}.watched_on, 'YYYY-MM-DD') AS watched_on,
  ${a}.date_precision::text AS date_precision, ${a}.date_kind::text AS date_kind, ${a}.grade::float8 AS grade, ${a}.rewatch, ${a}.review,
  ${a}.tags, ${a}.place, ${a}.companions`;
}

/** Those columns as a row holds them (dates as text, grades as numbers). */
export interface ViewingFieldColumns {
  watched_on: string | null;
  date_precision: DatePrecision;
  date_kind: DateKind;
  grade: number | null;
  rewatch: boolean;
  review: string | null;
  tags: string[] | null;
  place: string | null;
  companions: string[] | null;
}

export interface ViewingFields {
  watchedOn: string | null;
  precision: DatePrecision;
  /** 'rated': the date is the day of rating, the viewing was on or before it. */
  dateKind: DateKind;
  grade: number | null;
  rewatch: boolean;
  /** As stored; imports may have put HTML here (see reviewText in watches-format.ts). */
  review: string | null;
  tags: string[];
  place: string | null;
  companions: string[];
}

export function viewingFields(r: ViewingFieldColumns): ViewingFields {
  return {
    watchedOn: r.watched_on,
    precision: r.date_precision,
    dateKind: r.date_kind,
    grade: r.grade === null ? null : Number(r.grade),
    rewatch: r.rewatch,
    review: r.review,
    tags: r.tags ?? [],
    place: r.place,
    companions: r.companions ?? [],
  };
}
