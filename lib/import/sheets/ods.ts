import { fileError } from '../file-error';
import { MAX_CSV_FIELDS } from '../limits';
import type { ByteSource } from '../source';
import type { ImportFileError } from '../types';
import { surveyZip } from '../zip';
import { numberText, type Sheet, type SheetCell, type WorkbookReader } from './cells';
import type { DateFormat } from './dates';
import { attr, type XmlEvent, xmlEvents } from './xml';

// An OpenDocument spreadsheet (.ods): its sheets are all in content.xml, streamed once for the
// sheet names and date styles, then once for each sheet read. Repeated rows and columns (a sheet
// ends in a million repeated empty rows) advance the position without being written out.

/** A run of identical rows with values is written out this many times at most. */
const MAX_ROW_REPEAT = 1000;

/** Each cell style's date precision (from the date style it shows its value with). */
function readDateStyles(content: ByteSource): { sheets: string[]; dates: Map<string, DateFormat> } {
  const sheets: string[] = [];
  const precision = new Map<string, Set<string>>();
  const cellStyles = new Map<string, string>();
  let dateStyle: string | null = null;
  for (const e of xmlEvents(content.chunks())) {
    if (e.type === 'close' && e.name === 'date-style') dateStyle = null;
    if (e.type !== 'open') continue;
    if (e.name === 'table') sheets.push(attr(e.attrs, 'name') ?? `Sheet${sheets.length + 1}`);
    else if (e.name === 'date-style') {
      dateStyle = attr(e.attrs, 'name') ?? null;
      if (dateStyle) precision.set(dateStyle, new Set());
    } else if (dateStyle && ['day', 'month', 'year'].includes(e.name)) precision.get(dateStyle)?.add(e.name);
    else if (e.name === 'style') {
      const data = attr(e.attrs, 'data-style-name');
      const name = attr(e.attrs, 'name');
      if (data && name) cellStyles.set(name, data);
    }
  }
  const dates = new Map<string, DateFormat>();
  for (const [style, data] of cellStyles) {
    const parts = precision.get(data);
    if (parts) dates.set(style, parts.has('day') ? 'day' : parts.has('month') ? 'month' : 'year');
  }
  return { sheets, dates };
}

function cellValue(attrs: Record<string, string>, text: string, dates: Map<string, DateFormat>): SheetCell | null {
  const formula = attr(attrs, 'formula')?.replace(/^(?:[a-z]+:)?=/, '') ?? null;
  const cell = (value: string, kind: SheetCell['kind']): SheetCell => ({ text: value, kind, formula, span: 1 });
  const type = attr(attrs, 'value-type');
  if (type === 'float' || type === 'percentage' || type === 'currency') {
    const n = Number(attr(attrs, 'value'));
    return Number.isFinite(n) ? cell(numberText(n), 'number') : cell(text, 'text');
  }
  if (type === 'date') {
    const iso = attr(attrs, 'date-value') ?? '';
    const precision = dates.get(attr(attrs, 'style-name') ?? '') ?? 'day';
    return cell(iso.slice(0, precision === 'day' ? 10 : precision === 'month' ? 7 : 4), 'date');
  }
  if (type === 'boolean') return cell(/^true$/i.test(attr(attrs, 'boolean-value') ?? '') ? 'TRUE' : 'FALSE', 'bool');
  if (text === '' && formula === null) return null;
  return cell(text, 'text');
}

function readSheet(name: string, events: Iterable<XmlEvent>, dates: Map<string, DateFormat>): Sheet {
  const rows: Sheet['rows'] = [];
  let inSheet = false;
  let line = 0;
  let repeatRows = 1;
  let cells: (SheetCell | undefined)[] = [];
  let col = 0;
  let cell: { attrs: Record<string, string>; covered: boolean; paragraphs: string[] } | null = null;
  let skipDepth = 0;
  for (const e of events) {
    if (e.type === 'open' && e.name === 'table') inSheet = attr(e.attrs, 'name') === name;
    if (!inSheet) continue;
    if (e.type === 'close' && e.name === 'table') break;
    if (skipDepth > 0) {
      if (e.type === 'open' && e.name === 'annotation') skipDepth++;
      if (e.type === 'close' && e.name === 'annotation') skipDepth--;
      continue;
    }
    if (e.type === 'text') {
      if (cell && cell.paragraphs.length > 0) cell.paragraphs[cell.paragraphs.length - 1] += e.text;
    } else if (e.type === 'open') {
      if (e.name === 'table-row') {
        repeatRows = Number(attr(e.attrs, 'number-rows-repeated') ?? 1) || 1;
        cells = [];
        col = 0;
      } else if (e.name === 'table-cell' || e.name === 'covered-table-cell') {
        cell = { attrs: e.attrs, covered: e.name === 'covered-table-cell', paragraphs: [] };
      } else if (e.name === 'annotation') skipDepth = 1;
      else if (cell && e.name === 'p') cell.paragraphs.push('');
      else if (cell && cell.paragraphs.length > 0) {
        const spaces = e.name === 's' ? ' '.repeat(Number(attr(e.attrs, 'c') ?? 1) || 1) : '';
        const added = e.name === 'tab' ? '\t' : e.name === 'line-break' ? '\n' : spaces;
        cell.paragraphs[cell.paragraphs.length - 1] += added;
      }
    } else if ((e.name === 'table-cell' || e.name === 'covered-table-cell') && cell) {
      const value = cell.covered ? null : cellValue(cell.attrs, cell.paragraphs.join('\n'), dates);
      const repeat = Number(attr(cell.attrs, 'number-columns-repeated') ?? 1) || 1;
      if (value) {
        value.span = Number(attr(cell.attrs, 'number-columns-spanned') ?? 1) || 1;
        for (let k = 0; k < repeat && col + k < MAX_CSV_FIELDS; k++) cells[col + k] = { ...value };
      }
      col += repeat;
      cell = null;
    } else if (e.name === 'table-row') {
      if (cells.length > 0)
        for (let k = 0; k < Math.min(repeatRows, MAX_ROW_REPEAT); k++)
          rows.push({ line: line + k + 1, cells: k === 0 ? cells : cells.map((c) => c && { ...c }) });
      line += repeatRows;
    }
  }
  return { name, rows };
}

/** The sheets of an .ods, or why it cannot be read. */
export function openOds(fileName: string, bytes: Uint8Array): WorkbookReader | ImportFileError {
  const zip = surveyZip(fileName, bytes, (name) => name === 'content.xml');
  if ('message' in zip) return zip;
  const content = zip.entries.find((e) => e.name === `${fileName}/content.xml`);
  if (!content)
    return fileError(fileName, null, null, 'not a readable OpenDocument spreadsheet (.ods): it holds no content.xml');
  const { sheets, dates } = readDateStyles(content);
  return {
    sheets,
    read: (name) => readSheet(name, xmlEvents(content.chunks()), dates),
  };
}
