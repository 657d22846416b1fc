import { fileError } from './file-error';
import { openOds } from './sheets/ods';
import { type SheetTable, sheetTable } from './sheets/table';
import { openXlsx } from './sheets/xlsx';
import type { CsvMapping, ImportFile, ImportFileError } from './types';
import { isZip } from './zip';

// Spreadsheet workbooks (.xlsx, .ods) are zips too: recognised here, by name or by their entries,
// and read into a table of viewings from the sheet the person chose, or else the first sheet
// whose header maps.

export type WorkbookKind = 'xlsx' | 'ods' | 'xls';

const LABEL: Record<WorkbookKind, string> = {
  xlsx: 'an Excel workbook (.xlsx)',
  xls: 'an Excel 97–2003 workbook (.xls)',
  ods: 'an OpenDocument spreadsheet (.ods)',
};

/** The kind of workbook a file is, from its name and (for a zip) its entry names and mimetype. */
export function workbookKind(fileName: string, entryNames: string[] = [], mimetype = ''): WorkbookKind | null {
  const ext = /\.(xlsx|xlsm|ods|xls)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'ods' || ext === 'xls') return ext;
  if (entryNames.includes('xl/workbook.xml') || entryNames.includes('[Content_Types].xml')) return 'xlsx';
  if (mimetype.trim() === 'application/vnd.oasis.opendocument.spreadsheet') return 'ods';
  return null;
}

export interface WorkbookTable extends SheetTable {
  /** Every sheet of the workbook, to choose another. */
  sheets: string[];
  sheet: string;
}

/** Whether the zip's end-of-directory record is there: without it the file was cut short. */
function hasZipEnd(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--)
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  return false;
}

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
const columnsOf = (mapping: CsvMapping) =>
  Object.entries(mapping).flatMap(([key, value]) => (key !== 'dateOrder' && typeof value === 'string' ? [value] : []));

/**
 * The viewings table of a workbook: of `file.sheet` when given, else of the first sheet whose
 * header row names the mapping's columns (without a mapping: columns one can be suggested from).
 * `anyHeader`: without a mapping, settle for the first row that looks like a header at all.
 */
export function readWorkbook(
  file: ImportFile,
  kind: WorkbookKind,
  mapping: CsvMapping | undefined,
  anyHeader: boolean,
): WorkbookTable | ImportFileError {
  const unreadable = (why: string) =>
    fileError(file.name, null, null, `not a readable ${LABEL[kind].slice(3)}: ${why}`);
  if (kind === 'xls')
    return fileError(
      file.name,
      null,
      null,
      `this is ${LABEL.xls}, a format the importer does not read: save it as .xlsx (or as CSV) and import that`,
    );
  if (!isZip(file.bytes)) return unreadable('its contents are not those of a workbook (is it damaged?)');
  if (!hasZipEnd(file.bytes)) return unreadable('the file is cut short (it may not have finished downloading)');
  const reader = kind === 'xlsx' ? openXlsx(file.name, file.bytes) : openOds(file.name, file.bytes);
  if ('message' in reader) {
    const zipError = /^the zip file cannot be read: (.*)$/.exec(reader.message);
    return zipError && !reader.tooLarge ? unreadable(zipError[1]) : reader;
  }
  if (reader.sheets.length === 0) return unreadable('it has no sheet');
  if (file.sheet && !reader.sheets.includes(file.sheet))
    return fileError(file.name, null, null, `there is no sheet "${file.sheet}"; its sheets: ${quoted(reader.sheets)}`);
  const candidates = file.sheet ? [file.sheet] : reader.sheets;
  for (const pass of anyHeader && !mapping ? [false, true] : [false]) {
    for (const name of candidates) {
      const sheet = reader.read(name);
      if ('message' in sheet) return sheet;
      const found = sheetTable(`${file.name}/${name}`, sheet, mapping, pass);
      if (found) return { ...found, sheets: reader.sheets, sheet: name };
    }
  }
  const where = candidates.length === 1 ? `sheet "${candidates[0]}"` : `the sheets ${quoted(candidates)}`;
  const wanted = mapping
    ? `the columns the mapping names (${quoted(columnsOf(mapping))})`
    : 'a title or an IMDb id column (such as Title, Film or IMDb)';
  return fileError(
    file.name,
    null,
    null,
    `no header row in ${where} names ${wanted}: the header must be within a sheet's first 30 rows${mapping ? '' : '; name the columns with a mapping'}`,
  );
}
