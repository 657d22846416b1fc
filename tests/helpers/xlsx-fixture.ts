import { strToU8, zipSync } from 'fflate';

// .xlsx workbooks made at test time: the XML parts Excel writes, zipped. Cells are shared strings
// unless told otherwise; dates are serials shown through a date style, as Excel stores them.

type FixtureCell =
  | string
  | number
  | null
  | { inline: string }
  | { bool: boolean }
  | { date: string; style?: 'dmy' | 'month' | 'builtin' }
  | { f: string; v?: number | string };

export interface FixtureSheet {
  name: string;
  /** Rows from row 1; `undefined` leaves the row out of the XML (as Excel does for empty rows). */
  rows: (FixtureCell[] | undefined)[];
  merges?: string[];
}

/** Cell styles: 0 General, 1 built-in 14 (m/d/yyyy), 2 dd/mm/yyyy, 3 mmm yyyy. */
const STYLE = { builtin: 1, dmy: 2, month: 3 } as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const col = (i: number) => String.fromCharCode(65 + i);

/** The serial of an ISO day in the 1900 (or 1904) date system. */
function serialOf(iso: string, date1904 = false): number {
  const days = (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return date1904 ? days - 1462 : days;
}

function sheetXml(sheet: FixtureSheet, strings: string[], date1904: boolean): string {
  const shared = (s: string) => {
    const at = strings.indexOf(s);
    return at >= 0 ? at : strings.push(s) - 1;
  };
  const cell = (c: FixtureCell, ref: string): string => {
    if (c === null) return `<c r="${ref}" s="0"/>`;
    if (typeof c === 'string') return `<c r="${ref}" t="s"><v>${shared(c)}</v></c>`;
    if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
    if ('inline' in c) return `<c r="${ref}" t="inlineStr"><is><r><t>${esc(c.inline)}</t></r></is></c>`;
    if ('bool' in c) return `<c r="${ref}" t="b"><v>${c.bool ? 1 : 0}</v></c>`;
    if ('date' in c) return `<c r="${ref}" s="${STYLE[c.style ?? 'dmy']}"><v>${serialOf(c.date, date1904)}</v></c>`;
    const v = c.v === undefined ? '' : `<v>${esc(String(c.v))}</v>`;
    return `<c r="${ref}"${typeof c.v === 'string' ? ' t="str"' : ''}><f>${esc(c.f)}</f>${v}</c>`;
  };
  const rows = sheet.rows
    .map((row, r) => row && `<row r="${r + 1}">${row.map((c, i) => cell(c, `${col(i)}${r + 1}`)).join('')}</row>`)
    .filter(Boolean)
    .join('');
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges}</worksheet>`;
}

/** The bytes of an .xlsx holding `sheets`, in order. */
export function buildXlsx(sheets: FixtureSheet[], opts: { date1904?: boolean } = {}): Uint8Array {
  const strings: string[] = [];
  const sheetParts = Object.fromEntries(
    sheets.map((s, i) => [`xl/worksheets/sheet${i + 1}.xml`, strToU8(sheetXml(s, strings, opts.date1904 ?? false))]),
  );
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${ns}" xmlns:r="${rel}"><workbookPr${opts.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets
      .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}</Relationships>`,
    'xl/styles.xml': `<?xml version="1.0"?><styleSheet xmlns="${ns}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[$-40C]mmm\\ yyyy;@"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0"?><sst xmlns="${ns}" count="${strings.length}" uniqueCount="${strings.length}">${strings
      .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
      .join('')}</sst>`,
  };
  return zipSync({ ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])), ...sheetParts });
}

/** A personal log as people keep it: a merged title row, a blank row, date cells and text
 *  dates, half grades, an average and a total row, and a second sheet of statistics. */
export function journalWorkbook(opts: { statsFirst?: boolean; date1904?: boolean } = {}): Uint8Array {
  const journal: FixtureSheet = {
    name: 'Journal',
    merges: ['A1:E1'],
    rows: [
      ['Mes films depuis 2014'],
      undefined,
      ['Film', 'Année', 'Vu le', 'Note', 'Commentaire'],
      ['Heat', 1995, { date: '2015-03-05' }, 7.5, { inline: 'Revu au cinéma' }],
      ['Jaws', 1975, '03/2015', 8, null],
      [null, null, null, null, null],
      ['Alien', 1979, 'mars 2015', 9.5],
      ['Le Samouraï', 1967, '5 mars 2015', 6.5],
      ['The Thing', 1982, '2015', 10],
      ['Brazil', 1985, { date: '2015-06-01', style: 'month' }, 7],
      ['Total Recall', { f: 'YEAR(C4)-25', v: 1990 }, { date: '2015-04-01', style: 'builtin' }, 7],
      undefined,
      ['Moyenne', null, null, { f: 'AVERAGE(D4:D11)', v: 7.9285714285714288 }],
      ['Total', null, null, { f: 'COUNTA(A4:A11)', v: 7 }],
    ],
  };
  const stats: FixtureSheet = {
    name: 'Statistiques',
    rows: [
      ['Année', 'Films vus', 'Note moyenne'],
      [2015, { f: 'COUNTA(Journal!A4:A11)', v: 7 }, { f: 'AVERAGE(Journal!D4:D11)', v: 7.93 }],
    ],
  };
  return buildXlsx(opts.statsFirst ? [stats, journal] : [journal, stats], { date1904: opts.date1904 });
}

/** The mapping of journalWorkbook's Journal sheet. */
export const JOURNAL_SHEET_MAPPING = {
  title: 'Film',
  year: 'Année',
  date: 'Vu le',
  dateOrder: 'dmy',
  grade: 'Note',
  gradeScale: 10,
} as const;
