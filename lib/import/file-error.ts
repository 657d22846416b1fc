import type { ImportFileError } from './types';

export function fileError(file: string, line: number | null, column: string | null, message: string): ImportFileError {
  return { file, line, column, message };
}

/** "diary.csv, line 12, column “Rating”: not a number" — a file error as one sentence. */
export function describeFileError(error: ImportFileError): string {
  const where = [
    error.file,
    error.line === null ? null : `line ${error.line}`,
    error.column === null ? null : `column “${error.column}”`,
  ].filter(Boolean);
  return `${where.join(', ')}: ${error.message}`;
}

/** A file that exceeds one of the limits of lib/import/limits.ts (HTTP 413). */
export function tooLargeError(file: string, line: number | null, message: string): ImportFileError {
  return { file, line, column: null, message, tooLarge: true };
}
