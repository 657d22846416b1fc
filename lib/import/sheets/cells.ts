import type { ImportFileError } from '../types';

// A sheet as the workbook readers hand it on: rows of typed cells, read the same way from
// Excel and OpenDocument files, before any header is looked for.

/** What a cell holds: a date cell's text is already ISO (`2015-03-05`, `2015-03`, `2015`). */
type CellKind = 'text' | 'number' | 'date' | 'bool';

export interface SheetCell {
  text: string;
  kind: CellKind;
  /** The formula that computed the cell, when it has one ('' when it shares another cell's). */
  formula: string | null;
  /** How many columns the cell covers when it is merged across several. */
  span: number;
}

export interface SheetRow {
  /** The row's number in the sheet, as the spreadsheet shows it. */
  line: number;
  /** By column, 0 = A; empty cells are holes. */
  cells: (SheetCell | undefined)[];
}

export interface Sheet {
  name: string;
  /** The rows holding at least one value, in order. */
  rows: SheetRow[];
}

export interface WorkbookReader {
  /** The sheets' names, in the workbook's order, hidden ones left out. */
  sheets: string[];
  read(sheet: string): Sheet | ImportFileError;
}

/** Column letters → index: `A` → 0, `AB` → 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** `C12` → { row: 12, col: 2 }, or null. */
export function cellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]), col: columnIndex(m[1]) } : null;
}

/** A number as the sheet shows it (15 significant digits, as spreadsheets keep them): 7.5 → "7.5". */
export const numberText = (n: number) => String(Number(n.toPrecision(15)));

/** Formulas that sum up other rows: their row is a total, not a viewing. */
export const AGGREGATE =
  /\b(SUM|SUMIFS?|AVERAGE[AS]?|AVERAGEIFS?|COUNT[AS]?|COUNTIFS?|COUNTBLANK|MEDIAN|MIN|MAX|SUBTOTAL|AGGREGATE|MODE)\s*\(/i;
