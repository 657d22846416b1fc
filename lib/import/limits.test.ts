import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { latin1Bomb, wideCsv, zerosBomb } from '../../tests/helpers/bombs';
import { readCsv } from './csv';
import { MAX_CSV_FIELDS, MAX_FILE_BYTES, MAX_ZIP_TOTAL_BYTES, mib } from './limits';
import { parseImportFiles } from './parse';
import { decodeChunks, detectEncoding } from './text';

// Hostile and oversized uploads are refused with the file and the limit, in bounded memory.

const refusal = async (name: string, bytes: Uint8Array) => {
  const parsed = await parseImportFiles([{ name, bytes }]);
  if (parsed.ok || !('error' in parsed)) throw new Error(`not refused: ${JSON.stringify(parsed).slice(0, 200)}`);
  return parsed.error;
};

describe('import limits', () => {
  it('refuses a zip bomb (128 MiB of zeros) naming the entry, without inflating it', async () => {
    const zip = await zerosBomb(128);
    const before = process.memoryUsage().rss;
    const error = await refusal('export.zip', zip);
    expect(error.file).toBe('export.zip/diary.csv');
    expect(error.message).toMatch(/more than 100 times its compressed size/);
    expect(error.tooLarge).toBe(true);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  }, 30_000);

  it('refuses an entry larger than the limit for one file, even at a plausible ratio', async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1024).fill(0x41);
    const zip = zipSync({ 'diary.csv': [big, { level: 0 }] });
    const error = await refusal('export.zip', zip);
    expect(error).toMatchObject({ file: 'export.zip/diary.csv', tooLarge: true });
    expect(error.message).toContain(mib(MAX_FILE_BYTES));
  });

  it('refuses entries that together exceed the limit for one zip', async () => {
    const part = new Uint8Array(MAX_FILE_BYTES - 1024).fill(0x41);
    const zip = zipSync({
      'diary.csv': [part, { level: 0 }],
      'ratings.csv': [part, { level: 0 }],
      'watched.csv': [part, { level: 0 }],
    });
    const error = await refusal('export.zip', zip);
    expect(error.message).toContain(mib(MAX_ZIP_TOTAL_BYTES));
    expect(error.file).toMatch(/^export\.zip\//);
  });

  it('refuses a plain file larger than the limit for one file', async () => {
    const error = await refusal('huge.csv', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41));
    expect(error).toMatchObject({ file: 'huge.csv', tooLarge: true });
  });

  it('refuses a line of a million columns naming the line', async () => {
    const error = await refusal('wide.csv', wideCsv(1_000_000));
    expect(error).toMatchObject({ file: 'wide.csv', line: 2 });
    expect(error.message).toBe(`line 2 has more than ${MAX_CSV_FIELDS} fields`);
  });

  it('survives a huge diary.csv of Windows-1252 bytes (600 MiB inflated)', async () => {
    const error = await refusal('export.zip', await latin1Bomb(600));
    expect(error.file).toBe('export.zip/diary.csv');
    expect(error.tooLarge).toBe(true);
  }, 60_000);

  it('decodes text split anywhere across chunks exactly, in every encoding', async () => {
    const text = 'Date,Name\n2020-01-01,Amélie “Ça” €\n';
    const split = (bytes: Uint8Array) => Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
    const utf8 = new TextEncoder().encode(text);
    const cp1252 = Uint8Array.from(Buffer.from(text.replace(/[“”€]/g, ''), 'latin1'));
    for (const [bytes, expected] of [
      [utf8, text],
      [cp1252, text.replace(/[“”€]/g, '')],
    ] as const) {
      const encoding = detectEncoding(split(bytes));
      if ('error' in encoding) throw new Error(encoding.error);
      expect([...decodeChunks(split(bytes), encoding)].join('')).toBe(expected);
    }
    expect(detectEncoding(split(cp1252))).toEqual({ encoding: 'windows-1252', damaged: false });
  });

  it('reads a CSV fed in small chunks exactly as fed whole, lines included', async () => {
    const text = `Date,Name,Year,Letterboxd URI,Review\r\n${Array.from(
      { length: 400 },
      (_, i) => `2020-01-01,"Film, ${i}",1999,https://boxd.it/${i},"line one\r\nline ""two"" é"`,
    ).join('\r\n')}\r\n`;
    const encoding = { encoding: 'utf-8', damaged: false } as const;
    const whole = await readCsv('a.csv', [text], encoding);
    const pieces = await readCsv('a.csv', text.match(/[\s\S]{1,7}/g) ?? [], encoding);
    expect(pieces).toEqual(whole);
    expect('rows' in whole && whole.rows.map((r) => r.line).slice(0, 3)).toEqual([2, 4, 6]);
  });

  it('recognises .xlsx and .ods workbooks, by content and by name', async () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    expect((await refusal('journal.zip', xlsx)).message).toMatch(/Excel workbook \(\.xlsx\): it has no sheet/);
    const ods = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
    });
    expect((await refusal('journal', ods)).message).toMatch(/OpenDocument spreadsheet \(\.ods\)/);
    expect((await refusal('films.xlsx', strToU8('whatever'))).file).toBe('films.xlsx');
  });
});
