// The cells of the journal's CSV export. Plain module: the importer reads it too.
//
// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula
// (OWASP "CSV injection"), so text cells that would start so get a leading ' and show as text.
// Text already made of quotes before such a character gets one more, which keeps the rule
// reversible: reading the journal's own export back removes exactly one quote again.

export const CSV_HEADER = ['imdbID', 'Title', 'Year', 'WatchedDate', 'Rating10', 'Rewatch', 'Tags', 'Review'];

const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** Numbers and flags go out as they are (a grade or year is never a formula); text is guarded. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' && FORMULA_LIKE.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Whether a CSV table is the journal's own export (its header, exactly). */
export function isJournalCsvHeader(headers: string[]): boolean {
  return headers.length === CSV_HEADER.length && headers.every((h, i) => h === CSV_HEADER[i]);
}

/** A cell of the journal's own export as it was before csvField guarded it. */
export function unguardedCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
