import type { ParsedRecord } from './types';

/** A record with nothing known yet; readers fill in what their format says. */
export function blankRecord(file: string, line: number, kind: ParsedRecord['kind']): ParsedRecord {
  return {
    file,
    line,
    kind,
    title: null,
    year: null,
    imdbId: null,
    watchedOn: null,
    precision: 'unknown',
    grade10: null,
    rewatch: false,
    review: null,
    tags: [],
    place: null,
    companions: [],
    meta: null,
    error: null,
  };
}

/** Collects the problems of one row; the first one makes the record invalid. */
export function firstError(record: ParsedRecord, error: string | null): void {
  if (error && !record.error) record.error = error;
}

/** Multi-line text as the journal keeps it: LF line ends, no surrounding blank space. */
export function cleanText(value: string): string | null {
  const text = value.replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}
