import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { fileError, tooLargeError } from './file-error';
import { MAX_CSV_FIELDS, MAX_CSV_RECORD_CHARS } from './limits';
import { detectDelimiter, REPLACEMENT, type TextEncoding } from './text';
import type { ImportFileError } from './types';

// A CSV file as header + rows, each row with the physical line where it starts, whatever the
// encoding, separator and line endings (CRLF, LF, or both; newlines inside quoted fields).

export interface CsvRow {
  line: number;
  fields: string[];
  /** Why the row cannot be read as a record (ragged, damaged bytes), or null. */
  problem: string | null;
}

export interface CsvTable {
  file: string;
  headers: string[];
  rows: CsvRow[];
  encoding: string;
}

/** Where records start (RFC 4180 quoting), fed the text a chunk at a time ahead of the parser;
 *  it also stops a record too wide to be parsed into fields (a line of a million commas would
 *  be a million strings). */
function recordScanner(delimiter: string) {
  /** 1-based start line of every non-empty record. */
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atRecordStart = true;
  let afterCr = false;
  let fields = 1;
  /** The start line of a record with more than MAX_CSV_FIELDS fields, or null. */
  const scan = (text: string): number | null => {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '\n' && afterCr) {
        afterCr = false;
        continue;
      }
      afterCr = ch === '\r';
      if (ch === '\n' || ch === '\r') {
        line++;
        if (!quoted) atRecordStart = true;
        continue;
      }
      if (atRecordStart) {
        starts.push(line);
        atRecordStart = false;
        fields = 1;
      }
      if (ch === '"') quoted = !quoted;
      else if (ch === delimiter && !quoted && ++fields > MAX_CSV_FIELDS) return starts.at(-1) ?? line;
    }
    return null;
  };
  return { starts, scan };
}

/** The first chunks (enough to find the separator in the header) and the rest, still to be read. */
function splitLead(text: Iterable<string>): { lead: string; all: Iterable<string> } {
  const iterator = text[Symbol.iterator]();
  const first: string[] = [];
  let length = 0;
  while (length < 10_000) {
    const next = iterator.next();
    if (next.done) break;
    first.push(next.value);
    length += next.value.length;
  }
  function* all() {
    yield* first;
    for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
  }
  return { lead: first.join(''), all: all() };
}

function toRow(fields: string[], line: number, headers: string[], damaged: boolean): CsvRow {
  const extra = fields.slice(headers.length);
  let problem: string | null = null;
  if (fields.length < headers.length)
    problem = `ragged line: ${fields.length} fields where the header has ${headers.length} (column "${headers[fields.length]}" missing)`;
  else if (extra.some((f) => f.trim() !== ''))
    problem = `ragged line: ${fields.length} fields where the header has ${headers.length}`;
  else if (damaged) {
    const bad = fields.findIndex((f) => f.includes(REPLACEMENT));
    if (bad >= 0) problem = `broken encoding: bytes that are not UTF-8 in column "${headers[bad]}"`;
  }
  return { line, fields: fields.slice(0, headers.length), problem };
}

/** The table of a CSV file's text, read a chunk at a time: only its rows are held, never its whole text. */
export async function readCsv(
  file: string,
  text: Iterable<string>,
  { encoding, damaged }: TextEncoding,
): Promise<CsvTable | ImportFileError> {
  const { lead, all } = splitLead(text);
  const delimiter = detectDelimiter(lead);
  const { starts, scan } = recordScanner(delimiter);
  let tooWide: number | null = null;
  let blank = true;
  function* bytes() {
    for (const chunk of all) {
      if (blank && /\S/.test(chunk)) blank = false;
      tooWide = scan(chunk);
      if (tooWide !== null) return;
      yield Buffer.from(chunk);
    }
  }
  const source = Readable.from(bytes());
  let headers: string[] | null = null;
  const rows: CsvRow[] = [];
  let failure: unknown = null;
  try {
    let index = 0;
    const parser = source.pipe(
      parse({
        delimiter,
        record_delimiter: ['\r\n', '\n', '\r'],
        relax_column_count: true,
        skip_empty_lines: true,
        trim: false,
        max_record_size: MAX_CSV_RECORD_CHARS,
      }),
    );
    for await (const fields of parser as AsyncIterable<string[]>) {
      index++;
      if (headers === null) headers = fields.map((h) => h.trim());
      else if (!fields.every((f) => f.trim() === ''))
        rows.push(toRow(fields, starts[index - 1] ?? starts[starts.length - 1] ?? index, headers, damaged));
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    failure = error;
  } finally {
    source.destroy();
  }
  if (blank) return fileError(file, null, null, 'the file is empty');
  if (tooWide !== null) return fileError(file, tooWide, null, `line ${tooWide} has more than ${MAX_CSV_FIELDS} fields`);
  if (failure instanceof CsvError) return csvFailure(file, failure, starts);
  if (headers === null || headers.length < 2)
    return fileError(file, 1, null, 'the first line is not a header of several columns');
  return { file, headers, rows, encoding };
}

function csvFailure(file: string, error: CsvError, starts: number[]): ImportFileError {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    // csv-parse reports it at the end of the file; the record that opened the quote is the news.
    const line = starts.at(-1) ?? null;
    return fileError(
      file,
      line,
      null,
      `not a readable CSV file: a quoted field that starts on line ${line} never closes`,
    );
  }
  const line = (error as CsvError & { lines?: number }).lines ?? null;
  if (error.code === 'CSV_MAX_RECORD_SIZE')
    return tooLargeError(file, line, `line ${line} holds more than ${MAX_CSV_RECORD_CHARS} characters`);
  return fileError(file, line, null, `not a readable CSV file: ${error.message}`);
}

/** The value of a row's column by header name (case-insensitive), trimmed; '' when absent. */
export function columnReader(headers: string[]) {
  const index = new Map(headers.map((h, i) => [h.toLowerCase(), i]));
  return (row: CsvRow, name: string): string => {
    const i = index.get(name.toLowerCase());
    return i === undefined ? '' : (row.fields[i] ?? '').trim();
  };
}
