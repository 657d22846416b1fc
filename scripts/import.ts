// `npm run import -- FILE... [options]`: import viewings and watchlist entries from IMDb,
// Letterboxd, Trakt, a spreadsheet log or a journal export (README, "Importing and exporting").
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { CliError, cliUser, readMappingOption, runCli, withDatabase } from '../lib/import/cli-support';
import { commitImport, discardPreview } from '../lib/import/commit';
import { describeFileError } from '../lib/import/file-error';
import { type ImportPhase, previewImport } from '../lib/import/preview';
import { listImportRecords } from '../lib/import/records';
import { FORMAT_CHOICES } from '../lib/import/schemas';
import type { CsvMapping, ImportFile, ImportFormat, ImportSummary } from '../lib/import/types';

const USAGE = `Usage: npm run import -- FILE... [options]

Imports an IMDb ratings or list export, a Letterboxd export (the zip, or its CSVs), a Trakt
export (the zip, or its JSON files), a spreadsheet log (CSV, .xlsx or .ods) or a journal JSON
export. Shows a preview, then commits it as one batch that can be undone in the app.

  --format F        ${FORMAT_CHOICES.join(' | ')} (default auto: from the header)
  --dry-run         preview only: nothing is written
  --json            print the preview or report as one JSON object on standard output
  --user NAME       the account (default: the only one)
  --mapping M       for a spreadsheet: JSON or a JSON file, e.g.
                    '{"title":"Film","year":"Year","date":"Seen","dateOrder":"dmy","grade":"Stars","gradeScale":5}'
  --sheet NAME      for a workbook (.xlsx, .ods): the sheet to read (default: the first whose
                    header row maps)
  -h, --help        this text

Progress goes to standard error. The database is DATABASE_URL when set, else the embedded
PostgreSQL in ./data/postgres.`;

function options() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'auto' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      user: { type: 'string' },
      mapping: { type: 'string' },
      sheet: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  if (!FORMAT_CHOICES.includes(values.format as (typeof FORMAT_CHOICES)[number]))
    throw new CliError(`--format must be one of ${FORMAT_CHOICES.join(', ')}`);
  if (positionals.length === 0) throw new CliError(USAGE);
  return { ...values, format: values.format as ImportFormat | 'auto', files: positionals };
}

function progressBar(enabled: boolean) {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: ' {phase} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let current: ImportPhase | null = null;
  return {
    update(done: number, total: number, phase: ImportPhase = 'read') {
      const label = { read: 'reading ', match: 'matching', store: 'saving  ' }[phase];
      if (phase !== current) {
        if (current) bar.stop();
        bar.start(total, done, { phase: label });
        current = phase;
      } else bar.update(done, { phase: label });
    },
    stop: () => bar.stop(),
  };
}

function countsLine(s: ImportSummary): string {
  const c = s.counts;
  return `${c.rows} records: ${c.new} new viewings, ${c.watchlist} watchlist entries, ${c.duplicate} duplicates, ${c.merged} merged in the file, ${c.review} to review, ${c.unmatched} left unmatched, ${c.invalid} invalid`;
}

async function run(): Promise<void> {
  const opts = options();
  if (!opts) {
    console.log(USAGE);
    return;
  }
  const files: ImportFile[] = await Promise.all(
    opts.files.map(async (f) => ({
      name: path.basename(f),
      sheet: opts.sheet,
      bytes: await readFile(f).catch(() => {
        throw new CliError(`Cannot read ${f}.`);
      }),
    })),
  );
  let mapping: CsvMapping | undefined = opts.mapping ? await readMappingOption(opts.mapping) : undefined;
  await withDatabase(async () => {
    const user = await cliUser(opts.user);
    const bar = progressBar(process.stderr.isTTY === true);
    let result = await previewImport(user.id, files, { format: opts.format, mapping, onProgress: bar.update });
    if (
      !result.ok &&
      result.kind === 'needs-mapping' &&
      !mapping &&
      (result.suggested.title || result.suggested.imdbId)
    ) {
      mapping = result.suggested;
      console.error(
        `${result.file}: a spreadsheet; using the suggested mapping ${JSON.stringify(mapping)} (change it with --mapping)`,
      );
      result = await previewImport(user.id, files, { format: opts.format, mapping, onProgress: bar.update });
    }
    bar.stop();
    if (!result.ok) {
      if (result.kind === 'invalid-file') throw new CliError(describeFileError(result.error));
      throw new CliError(
        `${result.file} is a spreadsheet: say which columns hold what with --mapping. Its columns: ${result.headers.join(', ')}${result.sheets ? ` (other sheets with --sheet: ${result.sheets.join(', ')})` : ''}`,
      );
    }
    let summary = result.summary;
    const records = (await listImportRecords(user.id, summary.batchId)) ?? [];
    if (opts['dry-run']) await discardPreview(user.id, summary.batchId);
    else {
      const committed = await commitImport(user.id, summary.batchId);
      if (!committed.ok) throw new CliError(committed.message);
      summary = committed.summary;
    }
    if (opts.json) {
      const out = {
        dryRun: opts['dry-run'],
        batchId: opts['dry-run'] ? null : summary.batchId,
        format: summary.format,
        files: summary.fileNames,
        counts: summary.counts,
        skipped: summary.skipped,
        records: records.map((r) => ({
          file: r.file,
          line: r.line,
          kind: r.kind,
          title: r.title,
          year: r.year,
          imdbId: r.imdbId,
          tconst: r.tconst,
          watchedOn: r.watchedOn,
          precision: r.precision,
          grade10: r.grade10,
          rewatch: r.rewatch,
          status: r.status,
          reason: r.reason,
          confidence: r.confidence,
          candidates: r.candidates.slice(0, 3),
        })),
      };
      process.stdout.write(`${JSON.stringify(out)}\n`);
      return;
    }
    console.log(
      `${opts['dry-run'] ? 'Dry run (nothing written)' : `Imported as batch ${summary.batchId}`}: ${countsLine(summary)}.`,
    );
    for (const row of summary.skipped.slice(0, 50)) console.log(`  skipped ${row.file}:${row.line}  ${row.reason}`);
    for (const r of records.filter((x) => x.status === 'invalid' || x.status === 'review').slice(0, 50))
      console.log(
        `  ${r.status.padEnd(7)} ${r.file}:${r.line}  ${r.title ?? r.imdbId ?? ''}${r.year ? ` (${r.year})` : ''}  ${r.reason ?? ''}`,
      );
    if (!opts['dry-run'] && summary.counts.review > 0)
      console.log('Pick the titles of the records to review in the app (Import → Review).');
  });
}

await runCli(run);
