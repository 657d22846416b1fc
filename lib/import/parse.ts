import { type CsvTable, readCsv } from './csv';
import { fileError, tooLargeError } from './file-error';
import { readImdbList, readImdbRatings } from './formats/imdb';
import { looksLikeJournalJson, readJournalJson } from './formats/journal-json';
import { isLetterboxdHeader, readLetterboxd } from './formats/letterboxd';
import { mappingIsUsable, missingMappedColumns, readSpreadsheet, suggestMapping } from './formats/spreadsheet';
import { readTrakt } from './formats/trakt';
import { readTraktFile, type TraktFile } from './formats/trakt-files';
import { MAX_FILE_BYTES, mib } from './limits';
import { type ByteSource, bytesSource } from './source';
import { decodeChunks, detectEncoding } from './text';
import type {
  ImportFile,
  ImportFileError,
  ImportFormat,
  ParsedRecord,
  ParseOptions,
  ParseResult,
  SkippedRow,
} from './types';
import { readWorkbook, type WorkbookKind, workbookKind } from './workbook';
import { isZip, surveyZip } from './zip';

// Reading import files into records (no database): the entry point for the importer, the
// CLIs and the picks evaluation. Every record keeps its file and line; a row that cannot be
// read is a record with an error; a file that cannot be read at all is an ImportFileError.

/** The export a CSV header belongs to, or null for any other table (a spreadsheet log). */
function detectFormat(headers: string[]): ImportFormat | null {
  const h = new Set(headers.map((x) => x.trim().toLowerCase()));
  if (h.has('const') && h.has('position')) return 'imdb-list';
  if (h.has('const') && (h.has('your rating') || h.has('you rated'))) return 'imdb-ratings';
  if (isLetterboxdHeader(headers)) return 'letterboxd';
  return null;
}

/** The Letterboxd export files the importer reads (the zip also holds likes, lists, comments,
 *  and deleted/ and orphaned/ copies of diary and reviews that are not the person's log). */
const LETTERBOXD_FILES = /^(?:[^/]+\/)?(diary|reviews|ratings|watched|watchlist)\.csv$/i;
const NOT_THE_LOG = /(^|\/)(deleted|orphaned|likes|lists)\//i;
/** A Trakt export's files of plays, ratings and the watchlist (history-1.json, watched-movies.json…). */
const TRAKT_FILES = /(^|\/)(history|watched|ratings|watchlist)[^/]*\.json$/i;
const wantedEntry = (name: string) =>
  (LETTERBOXD_FILES.test(name) || TRAKT_FILES.test(name)) && !NOT_THE_LOG.test(name);
const MIMETYPE = 'mimetype';

/** The start of a file's first chunk (all a mimetype entry holds). */
const head = (source: ByteSource) => {
  for (const chunk of source.chunks()) return new TextDecoder().decode(chunk.subarray(0, 100));
  return '';
};

type Workbook = { name: string; workbook: WorkbookKind; file: ImportFile };

/** The files to read, a zip standing for the export files it holds (a workbook for its sheets). */
function expandZips(files: ImportFile[]): (ByteSource | Workbook)[] | ImportFileError {
  const out: (ByteSource | Workbook)[] = [];
  for (const file of files) {
    const named = workbookKind(file.name);
    if (named) {
      out.push({ name: file.name, workbook: named, file });
      continue;
    }
    if (!isZip(file.bytes)) {
      if (file.bytes.length > MAX_FILE_BYTES)
        return tooLargeError(file.name, null, `the file is larger than ${mib(MAX_FILE_BYTES)}, the limit for one file`);
      out.push(bytesSource(file.name, file.bytes));
      continue;
    }
    const zip = surveyZip(file.name, file.bytes, (name) => wantedEntry(name) || name === MIMETYPE);
    if ('message' in zip) return zip;
    const mimetype = zip.entries.find((e) => e.name === `${file.name}/${MIMETYPE}`);
    const kind = workbookKind(file.name, zip.names, mimetype ? head(mimetype) : '');
    if (kind) {
      out.push({ name: file.name, workbook: kind, file });
      continue;
    }
    const wanted = zip.entries.filter((e) => e !== mimetype).sort((a, b) => a.name.localeCompare(b.name));
    if (wanted.length === 0)
      return fileError(
        file.name,
        null,
        null,
        'the zip holds no diary.csv, ratings.csv, watched.csv, reviews.csv or watchlist.csv (Letterboxd), nor history, watched, ratings or watchlist JSON files (Trakt)',
      );
    out.push(...wanted);
  }
  return out;
}

type Loaded =
  | { kind: 'json'; file: string; text: string }
  | { kind: 'trakt'; file: TraktFile }
  | { kind: 'csv'; table: CsvTable; format: ImportFormat | null; skipped?: SkippedRow[]; sheets?: string[] };

async function load(source: ByteSource): Promise<Loaded | ImportFileError> {
  const encoding = detectEncoding(source.chunks());
  if ('error' in encoding) return fileError(source.name, null, null, encoding.error);
  const text = decodeChunks(source.chunks(), encoding);
  if (/\.json$/i.test(source.name) || /^\s*[[{]/.test(head(source))) {
    // JSON.parse needs the whole text: a journal or Trakt export is held once, within the file limit.
    const json = [...text].join('');
    if (looksLikeJournalJson(json)) return { kind: 'json', file: source.name, text: json };
    const trakt = readTraktFile(source.name, json);
    return 'message' in trakt ? trakt : { kind: 'trakt', file: trakt };
  }
  const table = await readCsv(source.name, text, encoding);
  if ('message' in table) return table;
  return { kind: 'csv', table, format: detectFormat(table.headers) };
}

const workbookLoaded = (read: ReturnType<typeof readWorkbook>): Loaded | ImportFileError =>
  'message' in read
    ? read
    : { kind: 'csv', table: read.table, format: null, skipped: read.skipped, sheets: read.sheets };

const NONE_OF_THEM =
  'is not an IMDb ratings or list export, a Letterboxd export or a journal export, and none of its columns looks like a title or an IMDb id';

export async function parseImportFiles(files: ImportFile[], opts: ParseOptions = {}): Promise<ParseResult> {
  const wanted = opts.format ?? 'auto';
  const expanded = expandZips(files);
  if ('message' in expanded) return { ok: false, error: expanded };
  if (expanded.length === 0) return { ok: false, error: fileError('', null, null, 'no file given') };
  const loaded: Loaded[] = [];
  for (const [i, file] of expanded.entries()) {
    const one =
      'workbook' in file
        ? workbookLoaded(readWorkbook(file.file, file.workbook, opts.mapping, wanted === 'csv'))
        : await load(file);
    if ('message' in one) return { ok: false, error: one };
    loaded.push(one);
    opts.onProgress?.(i + 1, expanded.length);
  }

  const records: ParsedRecord[] = [];
  const skipped: SkippedRow[] = [];
  const formats = new Set<ImportFormat>();
  const letterboxd: CsvTable[] = [];
  const trakt: TraktFile[] = [];
  for (const item of loaded) {
    if (item.kind === 'trakt') {
      trakt.push(item.file);
      formats.add('trakt');
      continue;
    }
    if (item.kind === 'json') {
      const read = readJournalJson(item.file, item.text);
      if ('message' in read) return { ok: false, error: read };
      records.push(...read);
      formats.add('journal-json');
      continue;
    }
    const { table } = item;
    skipped.push(...(item.skipped ?? []));
    const format = wanted === 'auto' ? (item.format ?? 'csv') : wanted;
    formats.add(format);
    if (format === 'letterboxd') {
      if (!isLetterboxdHeader(table.headers))
        return {
          ok: false,
          error: fileError(
            table.file,
            1,
            'Letterboxd URI',
            'not a Letterboxd export: its header lacks Name, Date or Letterboxd URI',
          ),
        };
      letterboxd.push(table);
    } else if (format === 'imdb-ratings' || format === 'imdb-list') {
      const read = format === 'imdb-ratings' ? readImdbRatings(table) : readImdbList(table);
      if ('message' in read) return { ok: false, error: read };
      records.push(...read);
    } else if (format === 'journal-json' || format === 'trakt') {
      const what = format === 'trakt' ? 'a Trakt export (JSON)' : 'a journal JSON export';
      return { ok: false, error: fileError(table.file, null, null, `a CSV file, not ${what}`) };
    } else {
      const sample = table.rows.slice(0, 5).map((r) => r.fields);
      const suggested = suggestMapping(table.headers, sample);
      if (!opts.mapping) {
        if (wanted === 'auto' && !mappingIsUsable(suggested))
          return { ok: false, error: fileError(table.file, 1, null, `the file ${NONE_OF_THEM}`) };
        const sheets = item.sheets && { sheets: item.sheets, sheet: table.file.slice(table.file.indexOf('/') + 1) };
        return { ok: false, needsMapping: { file: table.file, headers: table.headers, sample, suggested, ...sheets } };
      }
      const missing = missingMappedColumns(table.headers, opts.mapping);
      if (missing.length > 0)
        return {
          ok: false,
          error: fileError(
            table.file,
            1,
            missing[0],
            `the mapping names a column the file does not have: "${missing[0]}"`,
          ),
        };
      if (!mappingIsUsable(opts.mapping))
        return { ok: false, error: fileError(table.file, 1, null, 'the mapping needs a title or an IMDb id column') };
      records.push(...readSpreadsheet(table, opts.mapping));
    }
  }
  if (letterboxd.length > 0) records.push(...readLetterboxd(letterboxd));
  if (trakt.length > 0) {
    const read = readTrakt(trakt);
    records.push(...read.records);
    skipped.push(...read.skipped);
  }
  if (formats.size > 1 && !(formats.size === 2 && formats.has('imdb-ratings') && formats.has('imdb-list')))
    return {
      ok: false,
      error: fileError(
        expanded.map((f) => f.name).join(', '),
        null,
        null,
        `the files are of different kinds (${[...formats].join(', ')}): import them one kind at a time`,
      ),
    };
  return { ok: true, format: [...formats][0], records, skipped };
}
