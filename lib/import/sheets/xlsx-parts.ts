import type { ByteSource } from '../source';
import { builtinDateFormat, customDateFormat, type DateFormat } from './dates';
import { attr, xmlEvents } from './xml';

// The parts of an .xlsx around its sheets: the workbook (sheet names, date system), the
// relationships that say which file holds which sheet, the styles that say which cells are
// dates, and the shared strings most text cells point into.

interface XlsxSheetInfo {
  name: string;
  /** The sheet's XML file inside the zip (`xl/worksheets/sheet1.xml`). */
  path: string;
}

export interface XlsxWorkbookInfo {
  sheets: XlsxSheetInfo[];
  /** The 1904 date system (old Mac workbooks): serials count from 1 January 1904. */
  date1904: boolean;
}

const none: ByteSource = { name: '', chunks: () => [] };

/** The visible sheets and date system, from xl/workbook.xml and its relationships. */
export function readWorkbookInfo(workbook: ByteSource, rels: ByteSource = none): XlsxWorkbookInfo {
  const targets = new Map<string, string>();
  for (const e of xmlEvents(rels.chunks()))
    if (e.type === 'open' && e.name === 'Relationship' && e.attrs.Id && e.attrs.Target)
      targets.set(e.attrs.Id, e.attrs.Target);
  const sheets: XlsxSheetInfo[] = [];
  let date1904 = false;
  for (const e of xmlEvents(workbook.chunks())) {
    if (e.type !== 'open') continue;
    if (e.name === 'workbookPr') date1904 = /^(1|true)$/i.test(e.attrs.date1904 ?? '');
    if (e.name !== 'sheet' || !e.attrs.name || /hidden/i.test(e.attrs.state ?? '')) continue;
    const target = targets.get(attr(e.attrs, 'id') ?? '');
    const path = target
      ? target.startsWith('/')
        ? target.slice(1)
        : `xl/${target.replace(/^\.\//, '')}`
      : `xl/worksheets/sheet${sheets.length + 1}.xml`;
    sheets.push({ name: e.attrs.name, path });
  }
  return { sheets, date1904 };
}

/** For each cell style (the `s` of a cell), whether it shows a date and to what precision. */
export function readDateStyles(styles: ByteSource = none): (DateFormat | null)[] {
  const custom = new Map<number, DateFormat | null>();
  const out: (DateFormat | null)[] = [];
  let inCellXfs = false;
  for (const e of xmlEvents(styles.chunks())) {
    if (e.type === 'close' && e.name === 'cellXfs') inCellXfs = false;
    if (e.type !== 'open') continue;
    if (e.name === 'numFmt') custom.set(Number(e.attrs.numFmtId), customDateFormat(e.attrs.formatCode ?? ''));
    else if (e.name === 'cellXfs') inCellXfs = true;
    else if (e.name === 'xf' && inCellXfs) {
      const id = Number(e.attrs.numFmtId ?? 0);
      out.push(custom.has(id) ? (custom.get(id) ?? null) : builtinDateFormat(id));
    }
  }
  return out;
}

/** The shared strings, rich text runs joined, phonetic guides (`rPh`) left out. */
export function readSharedStrings(strings: ByteSource = none): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let inPhonetic = false;
  for (const e of xmlEvents(strings.chunks())) {
    if (e.type === 'open') {
      if (e.name === 'si') current = [];
      else if (e.name === 'rPh') inPhonetic = true;
      else if (e.name === 't') inText = !inPhonetic;
    } else if (e.type === 'close') {
      if (e.name === 'si' && current) {
        out.push(current.join(''));
        current = null;
      } else if (e.name === 'rPh') inPhonetic = false;
      else if (e.name === 't') inText = false;
    } else if (inText && current) current.push(e.text);
  }
  return out;
}
