import { CsvError, parse } from 'csv-parse/sync';
import { fileError } from './file-error';
import { decodeText, detectDelimiter, REPLACEMENT } from './text';
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

/** 1-based start line of every non-empty record, by a quote-aware scan (RFC 4180 quoting). */
function recordStartLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      if (!quoted) atRecordStart = true;
      continue;
    }
    if (ch === '\r') continue;
    if (atRecordStart) {
      starts.push(line);
      atRecordStart = false;
    }
    if (ch === '"') quoted = !quoted;
  }
  return starts;
}

export function readCsv(file: string, bytes: Uint8Array): CsvTable | ImportFileError {
  const decoded = decodeText(bytes);
  if ('error' in decoded) return fileError(file, null, null, decoded.error);
  const { text } = decoded;
  if (text.trim() === '') return fileError(file, null, null, 'the file is empty');
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
    }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      // csv-parse reports it at the end of the file; the record that opened the quote is the news.
      const line = recordStartLines(text).at(-1) ?? null;
      return fileError(
        file,
        line,
        null,
        `not a readable CSV file: a quoted field that starts on line ${line} never closes`,
      );
    }
    const line = (error as CsvError & { lines?: number }).lines ?? null;
    return fileError(file, line, null, `not a readable CSV file: ${error.message}`);
  }
  const starts = recordStartLines(text);
  const [headerRow, ...dataRows] = records;
  const headers = headerRow.map((h) => h.trim());
  if (headers.length < 2) return fileError(file, 1, null, 'the first line is not a header of several columns');
  const rows: CsvRow[] = [];
  dataRows.forEach((fields, i) => {
    if (fields.every((f) => f.trim() === '')) return;
    const line = starts[i + 1] ?? starts[starts.length - 1] ?? i + 2;
    const extra = fields.slice(headers.length);
    let problem: string | null = null;
    if (fields.length < headers.length)
      problem = `ragged line: ${fields.length} fields where the header has ${headers.length} (column "${headers[fields.length]}" missing)`;
    else if (extra.some((f) => f.trim() !== ''))
      problem = `ragged line: ${fields.length} fields where the header has ${headers.length}`;
    else if (decoded.damaged) {
      const bad = fields.findIndex((f) => f.includes(REPLACEMENT));
      if (bad >= 0) problem = `broken encoding: bytes that are not UTF-8 in column "${headers[bad]}"`;
    }
    rows.push({ line, fields: fields.slice(0, headers.length), problem });
  });
  return { file, headers, rows, encoding: decoded.encoding };
}

/** The value of a row's column by header name (case-insensitive), trimmed; '' when absent. */
export function columnReader(headers: string[]) {
  const index = new Map(headers.map((h, i) => [h.toLowerCase(), i]));
  return (row: CsvRow, name: string): string => {
    const i = index.get(name.toLowerCase());
    return i === undefined ? '' : (row.fields[i] ?? '').trim();
  };
}
