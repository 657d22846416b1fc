import { describe, expect, it } from 'vitest';
import { journalOds } from '../../../tests/helpers/ods-fixture';
import { buildXlsx, JOURNAL_SHEET_MAPPING, journalWorkbook } from '../../../tests/helpers/xlsx-fixture';
import { parseImportFiles } from '../parse';
import type { ImportFile } from '../types';
import { customDateFormat, serialDate } from './dates';

// Workbooks read directly: the header found below title rows, rows that are not viewings
// skipped with their reasons, date cells and text dates with their precision.

const journal = (opts: Parameters<typeof journalWorkbook>[0] = {}): ImportFile => ({
  name: 'journal.xlsx',
  bytes: journalWorkbook(opts),
});

const VIEWINGS = [
  { line: 4, title: 'Heat', year: 1995, watchedOn: '2015-03-05', precision: 'day', grade10: 7.5 },
  { line: 5, title: 'Jaws', year: 1975, watchedOn: '2015-03-01', precision: 'month', grade10: 8 },
  { line: 7, title: 'Alien', year: 1979, watchedOn: '2015-03-01', precision: 'month', grade10: 9.5 },
  { line: 8, title: 'Le Samouraï', year: 1967, watchedOn: '2015-03-05', precision: 'day', grade10: 6.5 },
  { line: 9, title: 'The Thing', year: 1982, watchedOn: '2015-01-01', precision: 'year', grade10: 10 },
  { line: 10, title: 'Brazil', year: 1985, watchedOn: '2015-06-01', precision: 'month', grade10: 7 },
  { line: 11, title: 'Total Recall', year: 1990, watchedOn: '2015-04-01', precision: 'day', grade10: 7 },
];

describe('an .xlsx log', () => {
  it('previews row by row: title, blank, average and total rows skipped, not invalid', async () => {
    const result = await parseImportFiles([journal()], { mapping: JOURNAL_SHEET_MAPPING });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.format).toBe('csv');
    expect(
      result.records.map(({ line, title, year, watchedOn, precision, grade10 }) => ({
        line,
        title,
        year,
        watchedOn,
        precision,
        grade10,
      })),
    ).toEqual(VIEWINGS);
    expect(result.records.every((r) => r.error === null && r.file === 'journal.xlsx/Journal')).toBe(true);
    expect(result.skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, 'above the header row, not a viewing'],
      [6, 'blank row'],
      [12, 'blank row'],
      [13, 'a total or average (=AVERAGE(D4:D11)), not a viewing'],
      [14, 'a total or average (=COUNTA(A4:A11)), not a viewing'],
    ]);
  });

  it('asks for a mapping of the first sheet whose header maps, naming the sheets', async () => {
    const result = await parseImportFiles([journal({ statsFirst: true })]);
    expect(result).toMatchObject({
      ok: false,
      needsMapping: {
        file: 'journal.xlsx/Journal',
        headers: ['Film', 'Année', 'Vu le', 'Note', 'Commentaire'],
        suggested: { title: 'Film', year: 'Année', date: 'Vu le', grade: 'Note', gradeScale: 10 },
        sheets: ['Statistiques', 'Journal'],
        sheet: 'Journal',
      },
    });
  });

  it('reads the 1904 date system', async () => {
    const result = await parseImportFiles([journal({ date1904: true })], { mapping: JOURNAL_SHEET_MAPPING });
    expect(result.ok && result.records.map((r) => r.watchedOn)).toEqual(VIEWINGS.map((v) => v.watchedOn));
  });

  it('reads the sheet asked for, and says which sheets there are when it does not exist', async () => {
    const stats = await parseImportFiles([{ ...journal(), sheet: 'Statistiques' }]);
    expect(stats).toMatchObject({ ok: false, error: { file: 'journal.xlsx' } });
    expect(!stats.ok && 'error' in stats && stats.error.message).toMatch(
      /no header row in sheet "Statistiques" names a title/,
    );
    const none = await parseImportFiles([{ ...journal(), sheet: 'Feuil9' }]);
    expect(!none.ok && 'error' in none && none.error.message).toBe(
      'there is no sheet "Feuil9"; its sheets: "Journal", "Statistiques"',
    );
  });

  it('refuses a workbook with no mappable header, naming the file and the sheet', async () => {
    const bytes = buildXlsx([
      {
        name: 'Feuil1',
        rows: [
          ['Année', 'Films vus'],
          [2015, 52],
        ],
      },
    ]);
    const result = await parseImportFiles([{ name: 'stats.xlsx', bytes }]);
    expect(result).toMatchObject({ ok: false, error: { file: 'stats.xlsx' } });
    expect(!result.ok && 'error' in result && result.error.message).toMatch(
      /sheet "Feuil1".*title or an IMDb id column/,
    );
    // Asked for as a spreadsheet, it goes to the mapping step with the header it has.
    const asCsv = await parseImportFiles([{ name: 'stats.xlsx', bytes }], { format: 'csv' });
    expect(asCsv).toMatchObject({ ok: false, needsMapping: { headers: ['Année', 'Films vus'], sheet: 'Feuil1' } });
  });

  it('refuses a corrupt or cut-short workbook with a clear message', async () => {
    const good = journalWorkbook();
    const cut = await parseImportFiles([{ name: 'cut.xlsx', bytes: good.subarray(0, good.length - 300) }]);
    expect(cut).toMatchObject({
      ok: false,
      error: {
        file: 'cut.xlsx',
        message: expect.stringMatching(/^not a readable Excel workbook \(\.xlsx\): the file is cut short/),
      },
    });
    const text = await parseImportFiles([
      { name: 'log.xlsx', bytes: new TextEncoder().encode('Film,Year\nHeat,1995\n') },
    ]);
    expect(text).toMatchObject({
      ok: false,
      error: { file: 'log.xlsx', message: expect.stringMatching(/^not a readable Excel workbook/) },
    });
    const damaged = good.slice();
    damaged.fill(7, 200, 400);
    const bad = await parseImportFiles([{ name: 'bad.xlsx', bytes: damaged }]);
    expect(bad).toMatchObject({
      ok: false,
      error: { file: 'bad.xlsx', message: expect.stringMatching(/^not a readable Excel workbook/) },
    });
  });

  it('is recognised by its contents under another name', async () => {
    const result = await parseImportFiles([{ name: 'download.zip', bytes: journalWorkbook() }], {
      mapping: JOURNAL_SHEET_MAPPING,
    });
    expect(result.ok && result.records).toHaveLength(7);
  });

  it('keeps typed cells as they are: numbers, booleans, inline strings', async () => {
    const bytes = buildXlsx([
      {
        name: 'S',
        rows: [
          ['Title', 'Rating', 'Rewatch', 'Notes'],
          ['Heat', 7.5, { bool: true }, { inline: 'a & b' }],
          ['Ran', 0.1 + 0.2 + 8, { bool: false }, null],
        ],
      },
    ]);
    const result = await parseImportFiles([{ name: 'a.xlsx', bytes }], {
      mapping: { title: 'Title', grade: 'Rating', rewatch: 'Rewatch', review: 'Notes' },
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.records.map((r) => [r.grade10, r.rewatch, r.review])).toEqual([
      [7.5, true, 'a & b'],
      [8.5, false, null],
    ]);
  });
});

describe('an .ods log', () => {
  it('reads typed cells, merged title cells and repeated rows the same way', async () => {
    const result = await parseImportFiles([{ name: 'journal.ods', bytes: journalOds() }], {
      mapping: JOURNAL_SHEET_MAPPING,
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.records.map((r) => [r.line, r.title, r.year, r.watchedOn, r.precision, r.grade10])).toEqual([
      [3, 'Heat & co', 1995, '2015-03-05', 'day', 7.5],
      [6, 'Alien', 1979, '2015-06-01', 'month', 9],
      [7, 'Le Samouraï', 1967, '2015-03-05', 'day', 6.5],
    ]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'above the header row, not a viewing',
      'blank rows 4–5',
      'a total or average (=AVERAGE([.D3:.D7])), not a viewing',
    ]);
  });
});

describe('date cells', () => {
  it('count serials with the 1900 leap-year mistake, and in the 1904 system', () => {
    expect(serialDate(1, false, 'day')).toBe('1900-01-01');
    expect(serialDate(59, false, 'day')).toBe('1900-02-28');
    expect(serialDate(60, false, 'day')).toBe('1900-02-29'); // a day that never was: refused as a date later
    expect(serialDate(61, false, 'day')).toBe('1900-03-01');
    expect(serialDate(42068, false, 'day')).toBe('2015-03-05');
    expect(serialDate(42068.9999999, false, 'day')).toBe('2015-03-05');
    expect(serialDate(42068 - 1462, true, 'day')).toBe('2015-03-05');
    expect(serialDate(0, true, 'month')).toBe('1904-01');
  });

  it('take their precision from the number format', () => {
    expect(customDateFormat('dd/mm/yyyy')).toBe('day');
    expect(customDateFormat('[$-40C]mmmm\\ yyyy;@')).toBe('month');
    expect(customDateFormat('yyyy')).toBe('year');
    expect(customDateFormat('h:mm AM/PM')).toBe('time');
    expect(customDateFormat('0.00E+00')).toBeNull();
    expect(customDateFormat('"Note: "0.0')).toBeNull();
  });
});
