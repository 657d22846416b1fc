import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../lib/import/preview';
import { createUser, createUserWithToken, setUpFreshDatabase } from '../helpers/api';
import { uploadImport } from '../helpers/import-upload';
import { JOURNAL_SHEET_MAPPING, journalWorkbook } from '../helpers/xlsx-fixture';

// An Excel log through the whole preview, and through `npm run import` as the issue asks:
// one record per viewing row, none for the title, blank, average and total rows.

const databaseUrl = await setUpFreshDatabase();
const userId = await createUser('sheets');
const { token } = await createUserWithToken('sheets-api');

async function upload(fields: Record<string, string>) {
  const body = new FormData();
  body.append('file', new Blob([journalWorkbook({ statsFirst: true }) as BlobPart]), 'journal.xlsx');
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return uploadImport(token, body);
}

describe('an .xlsx log', () => {
  it('previews through the same column mapping as a CSV, remembered for the next file', async () => {
    const file = { name: 'journal.xlsx', bytes: journalWorkbook() };
    const first = await previewImport(userId, [file]);
    expect(first).toMatchObject({
      ok: false,
      kind: 'needs-mapping',
      headers: ['Film', 'Année', 'Vu le', 'Note', 'Commentaire'],
    });
    const mapped = await previewImport(userId, [file], { mapping: JOURNAL_SHEET_MAPPING });
    expect(mapped).toMatchObject({ ok: true, summary: { format: 'csv', counts: { rows: 7, invalid: 0 } } });
    // The rows that are no viewing are kept with the batch, for the preview and the report.
    const skipped = mapped.ok ? mapped.summary.skipped.map((row) => `${row.line} ${row.reason}`) : [];
    expect(skipped).toEqual([
      '1 above the header row, not a viewing',
      '6 blank row',
      '12 blank row',
      '13 a total or average (=AVERAGE(D4:D11)), not a viewing',
      '14 a total or average (=COUNTA(A4:A11)), not a viewing',
    ]);
    const again = await previewImport(userId, [file]);
    expect(again).toMatchObject({ ok: true, summary: { counts: { rows: 7 } } });
  });

  it('the CLI prints one record per viewing row', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xlsx-'));
    const fixture = path.join(dir, 'fixture.xlsx');
    writeFileSync(fixture, journalWorkbook());
    const run = (...args: string[]) =>
      promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'scripts/import.ts', fixture, '--dry-run', '--json', '--user', 'sheets', ...args],
        {
          env: { ...process.env, DATABASE_URL: databaseUrl },
        },
      );
    const { stdout } = await run('--mapping', JSON.stringify(JOURNAL_SHEET_MAPPING));
    const out = JSON.parse(stdout);
    expect(out.counts).toMatchObject({ rows: 7, invalid: 0 });
    expect(out.skipped.map((row: { line: number }) => row.line)).toEqual([1, 6, 12, 13, 14]);
    expect(
      out.records.map((r: Record<string, unknown>) => [
        r.line,
        r.title,
        r.year,
        r.imdbId,
        r.watchedOn,
        r.grade10,
        r.rewatch,
      ]),
    ).toEqual([
      [4, 'Heat', 1995, null, '2015-03-05', 7.5, false],
      [5, 'Jaws', 1975, null, '2015-03-01', 8, false],
      [7, 'Alien', 1979, null, '2015-03-01', 9.5, false],
      [8, 'Le Samouraï', 1967, null, '2015-03-05', 6.5, false],
      [9, 'The Thing', 1982, null, '2015-01-01', 10, false],
      [10, 'Brazil', 1985, null, '2015-06-01', 7, false],
      [11, 'Total Recall', 1990, null, '2015-04-01', 7, false],
    ]);
    for (const r of out.records)
      expect(r).toEqual(expect.objectContaining({ status: expect.any(String), reason: expect.anything() }));
    await expect(run('--sheet', 'Statistiques')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('fixture.xlsx: no header row in sheet "Statistiques"'),
    });
  }, 60_000);

  it('POST /api/v1/imports names the sheets, and reads the one asked for', async () => {
    const first = await upload({});
    expect(first).toMatchObject({
      status: 422,
      body: { error: 'needs_mapping', sheets: ['Statistiques', 'Journal'], sheet: 'Journal' },
    });
    const stats = await upload({ sheet: 'Statistiques', format: 'csv' });
    expect(stats).toMatchObject({ status: 422, body: { error: 'needs_mapping', sheet: 'Statistiques' } });
    const mapped = await upload({ sheet: 'Journal', mapping: JSON.stringify(JOURNAL_SHEET_MAPPING) });
    expect(mapped).toMatchObject({ status: 201, body: { counts: { rows: 7, invalid: 0 } } });
  });
});
