import { fileError } from '../file-error';
import { MAX_CSV_FIELDS } from '../limits';
import type { ByteSource } from '../source';
import type { ImportFileError } from '../types';
import { surveyZip } from '../zip';
import { cellRef, columnIndex, numberText, type Sheet, type SheetCell, type WorkbookReader } from './cells';
import { type DateFormat, serialDate } from './dates';
import { readDateStyles, readSharedStrings, readWorkbookInfo } from './xlsx-parts';
import { xmlEvents } from './xml';

// An Excel workbook (.xlsx, .xlsm): a zip of XML parts, read through the zip reader's limits
// (each part at most the limit for one file) and streamed, one sheet at a time.

const PARTS = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/;

interface CellState {
  col: number;
  type: string;
  style: number;
  value: string;
  formula: string | null;
  inline: string;
}

function cellOf(c: CellState, strings: string[], dates: (DateFormat | null)[], date1904: boolean): SheetCell | null {
  const cell = (text: string, kind: SheetCell['kind']): SheetCell => ({ text, kind, formula: c.formula, span: 1 });
  const v = c.value.trim();
  switch (c.type) {
    case 's':
      return cell(strings[Number(v)] ?? '', 'text');
    case 'inlineStr':
      return cell(c.inline, 'text');
    case 'str':
      return cell(c.value, 'text');
    case 'b':
      return cell(v === '1' ? 'TRUE' : 'FALSE', 'bool');
    case 'd':
      return cell(v.slice(0, 10), 'date');
    case 'e':
      return c.formula === null ? null : cell('', 'text');
  }
  if (v === '') return c.formula === null ? null : cell('', 'number');
  const n = Number(v);
  if (!Number.isFinite(n)) return cell(v, 'text');
  const date = dates[c.style] ?? null;
  if (date && date !== 'time' && n >= 0) return cell(serialDate(n, date1904, date), 'date');
  return cell(numberText(n), 'number');
}

function readSheet(
  name: string,
  xml: ByteSource,
  strings: string[],
  dates: (DateFormat | null)[],
  date1904: boolean,
): Sheet {
  const rows: Sheet['rows'] = [];
  const merges: string[] = [];
  let line = 0;
  let cells: (SheetCell | undefined)[] = [];
  let c: CellState | null = null;
  let capture: 'v' | 'f' | 't' | null = null;
  let inPhonetic = false;
  for (const e of xmlEvents(xml.chunks())) {
    if (e.type === 'text') {
      if (!c || !capture) continue;
      if (capture === 'v') c.value += e.text;
      else if (capture === 'f') c.formula = (c.formula ?? '') + e.text;
      else c.inline += e.text;
    } else if (e.type === 'open') {
      if (e.name === 'row') {
        line = Number(e.attrs.r) || line + 1;
        cells = [];
      } else if (e.name === 'c') {
        const ref = e.attrs.r ? cellRef(e.attrs.r) : null;
        const col = ref ? ref.col : cells.length;
        c = { col, type: e.attrs.t ?? 'n', style: Number(e.attrs.s ?? 0), value: '', formula: null, inline: '' };
      } else if (c && e.name === 'v') capture = 'v';
      else if (c && e.name === 'f') {
        capture = 'f';
        c.formula ??= '';
      } else if (c && e.name === 'rPh') inPhonetic = true;
      else if (c && e.name === 't' && !inPhonetic) capture = 't';
      else if (e.name === 'mergeCell' && e.attrs.ref) merges.push(e.attrs.ref);
    } else if (e.name === 'c') {
      const cell = c && c.col < MAX_CSV_FIELDS ? cellOf(c, strings, dates, date1904) : null;
      if (c && cell) cells[c.col] = cell;
      c = null;
    } else if (e.name === 'row') {
      if (cells.length > 0) rows.push({ line, cells });
      cells = [];
    } else if (e.name === 'rPh') inPhonetic = false;
    else if (e.name === capture) capture = null;
  }
  const byLine = new Map(rows.map((r) => [r.line, r]));
  for (const ref of merges) {
    const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?\d+$/i.exec(ref);
    if (!m) continue;
    const cell = byLine.get(Number(m[2]))?.cells[columnIndex(m[1])];
    if (cell) cell.span = columnIndex(m[3]) - columnIndex(m[1]) + 1;
  }
  return { name, rows };
}

/** The sheets of an .xlsx, or why it cannot be read. */
export function openXlsx(fileName: string, bytes: Uint8Array): WorkbookReader | ImportFileError {
  const zip = surveyZip(fileName, bytes, (name) => PARTS.test(name));
  if ('message' in zip) return zip;
  const part = (path: string) => zip.entries.find((e) => e.name === `${fileName}/${path}`);
  const workbook = part('xl/workbook.xml');
  if (!workbook)
    return fileError(
      fileName,
      null,
      null,
      'not a readable Excel workbook (.xlsx): it holds no xl/workbook.xml (is it damaged?)',
    );
  const info = readWorkbookInfo(workbook, part('xl/_rels/workbook.xml.rels'));
  const strings = readSharedStrings(part('xl/sharedStrings.xml'));
  const dates = readDateStyles(part('xl/styles.xml'));
  return {
    sheets: info.sheets.map((s) => s.name),
    read(name) {
      const sheet = info.sheets.find((s) => s.name === name);
      const xml = sheet && part(sheet.path);
      if (!xml) return { name, rows: [] };
      return readSheet(name, xml, strings, dates, info.date1904);
    },
  };
}
