import type { CsvTable } from '../csv';
import { mappingIsUsable, missingMappedColumns, suggestMapping } from '../formats/spreadsheet';
import type { CsvMapping, SkippedRow } from '../types';
import { AGGREGATE, type Sheet, type SheetCell, type SheetRow } from './cells';

// A sheet as a table of viewings: the header is looked for below any title rows, and the rows
// that are not viewings (blank, headings, totals and averages) are set aside as skipped, with
// their reasons, rather than read as invalid records.

/** The header is looked for among a sheet's first rows with values. */
const HEADER_SEARCH_ROWS = 30;

/** A row labelled as a summary: "Total", "Moyenne :", "Average grade", "Nombre de films 2015" — not
 *  "Total Recall" or "Mean Streets", which are films. */
const SUMMARY_LABEL =
  /^(?:(?:note|grade|rating|films?|movies?) )?(?:grand total|total général|totals?|totaux|sous-total|subtotal|sum|somme|average|avg|mean|moyenne|median|médiane|count|nombre|nb|minimum|maximum|min|max)(?:\s+(?:de |des |of |per |par )?(?:films?|movies?|grades?|ratings?|notes?|scores?|vus|seen|watched|général|year|an|année))*[^\p{L}]*$/iu;

const columnName = (c: number): string =>
  (c >= 26 ? columnName(Math.floor(c / 26) - 1) : '') + String.fromCharCode(65 + (c % 26));

const filled = (row: SheetRow) =>
  row.cells.filter((c): c is SheetCell => c !== undefined && (c.text !== '' || c.formula !== null));

function headerLike(row: SheetRow): boolean {
  const cells = filled(row);
  return cells.length >= 2 && cells.every((c) => c.kind === 'text' && c.formula === null);
}

function headerNames(row: SheetRow): string[] {
  const names = Array.from({ length: row.cells.length }, (_, c) => row.cells[c]?.text.trim() ?? '');
  return names.map((name, c) => name || `Column ${columnName(c)}`);
}

/** Why a row below the header is not a viewing, or null when it is one. */
function skipReason(row: SheetRow, idColumns: number[] | null): string | null {
  const cells = filled(row);
  if (cells.every((c) => c.text.trim() === '' && c.formula === null)) return 'blank row';
  const aggregate = cells.find((c) => c.formula && AGGREGATE.test(c.formula));
  if (aggregate) return `a total or average (=${aggregate.formula}), not a viewing`;
  const label = cells.find((c) => c.kind === 'text' && c.text.trim() !== '')?.text.trim() ?? '';
  if (SUMMARY_LABEL.test(label)) return `a total or average ("${label}"), not a viewing`;
  if (cells.length === 1 && cells[0].span > 1) return `a heading ("${cells[0].text.trim()}"), not a viewing`;
  const noTitle = idColumns?.every((c) => !row.cells[c]?.text.trim());
  if (noTitle && cells.some((c) => c.formula !== null)) return 'computed cells and no title, not a viewing';
  return null;
}

export interface SheetTable {
  table: CsvTable;
  skipped: SkippedRow[];
}

function build(file: string, sheet: Sheet, at: number, mapping: CsvMapping): SheetTable {
  const headers = headerNames(sheet.rows[at]);
  const idColumns = [mapping.title, mapping.imdbId].filter(Boolean).map((h) => headers.indexOf(h as string));
  const skipped: SkippedRow[] = sheet.rows
    .slice(0, at)
    .map((r) => ({ file, line: r.line, reason: 'above the header row, not a viewing' }));
  const rows: CsvTable['rows'] = [];
  let previous = sheet.rows[at].line;
  for (const row of sheet.rows.slice(at + 1)) {
    if (row.line > previous + 1) {
      const [from, to] = [previous + 1, row.line - 1];
      skipped.push({ file, line: from, reason: from === to ? 'blank row' : `blank rows ${from}–${to}` });
    }
    previous = row.line;
    const reason = skipReason(row, idColumns);
    if (reason) skipped.push({ file, line: row.line, reason });
    else rows.push({ line: row.line, fields: headers.map((_, c) => row.cells[c]?.text ?? ''), problem: null });
  }
  return { table: { file, headers, rows, encoding: 'xml' }, skipped };
}

/**
 * The table of a sheet: its header is the first row (of the first HEADER_SEARCH_ROWS) that names
 * every column of `mapping`, or without a mapping whose columns a mapping can be suggested from;
 * with `anyHeader`, else the first row of several text cells. Null when no row qualifies.
 */
export function sheetTable(
  file: string,
  sheet: Sheet,
  mapping: CsvMapping | undefined,
  anyHeader = false,
): SheetTable | null {
  const first = sheet.rows.slice(0, HEADER_SEARCH_ROWS);
  for (const [at, row] of first.entries()) {
    if (!headerLike(row)) continue;
    const headers = headerNames(row);
    if (mapping) {
      if (mappingIsUsable(mapping) && missingMappedColumns(headers, mapping).length === 0)
        return build(file, sheet, at, mapping);
      continue;
    }
    const sample = sheet.rows
      .slice(at + 1)
      .filter((r) => skipReason(r, null) === null)
      .slice(0, 5)
      .map((r) => headers.map((_, c) => r.cells[c]?.text ?? ''));
    const suggested = suggestMapping(headers, sample);
    if (mappingIsUsable(suggested)) return build(file, sheet, at, suggested);
  }
  const fallback = anyHeader ? first.findIndex(headerLike) : -1;
  return fallback >= 0 ? build(file, sheet, fallback, {}) : null;
}
