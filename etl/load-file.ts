import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EtlConfig } from './config';
import { badLineAllowance, droppedTitleTypes } from './config';
import type { Dataset } from './datasets';
import type { IdSet } from './id-set';
import { LineFilter } from './line-filter';
import type { FileProgress } from './run-record';
import { openDatasetFile, type SourceFileState } from './source';
import { copySql, createStagingTableSql } from './tables';

export interface LoadContext {
  client: pg.Client;
  source: string;
  config: EtlConfig;
  force: boolean;
  dryRun: boolean;
  retryBaseMs?: number;
  keptTitles: IdSet;
  keptPeople: IdSet;
  onProgress: (file: FileProgress) => void;
}

class FileError extends Error {}

const PROGRESS_EVERY_MS = 1000;

/**
 * Streams one dataset file from the source through the line filter into a new staging
 * table (download, gunzip, filter and COPY in one pipeline). Returns the source's state
 * for the next conditional request, or null when the file had not changed.
 */
export async function loadDataset(
  ctx: LoadContext,
  ds: Dataset,
  previous: SourceFileState | null,
  file: FileProgress,
): Promise<SourceFileState | null> {
  const started = Date.now();
  const opened = await openDatasetFile(ctx.source, ds.file, previous, {
    force: ctx.force,
    retryBaseMs: ctx.retryBaseMs,
  });
  if (opened.status === 'unchanged') {
    file.status = 'unchanged';
    return null;
  }
  file.status = 'loading';
  file.bytesTotal = opened.bytesTotal;
  const filter = new LineFilter({
    dataset: ds,
    label: ds.file,
    dropTypes: ds.filter.kind === 'title-type' ? droppedTitleTypes(ctx.config) : undefined,
    keptTitles: ctx.keptTitles,
    keptPeople: ctx.keptPeople,
  });
  const report = () => {
    file.bytesRead = opened.bytesRead();
    file.rows = filter.stats.rows;
    file.skipped = filter.stats.dropped + filter.stats.duplicates;
    file.badLines = filter.stats.badLines;
    file.ms = Date.now() - started;
    ctx.onProgress(file);
  };
  const timer = setInterval(report, PROGRESS_EVERY_MS);
  try {
    if (ctx.dryRun) {
      await pipeline(opened.body, filter, new Writable({ write: (_chunk, _enc, done) => done() }));
    } else {
      await ctx.client.query('BEGIN');
      await ctx.client.query(createStagingTableSql(ds));
      await pipeline(opened.body, filter, ctx.client.query(copyFrom(copySql(ds))));
      await ctx.client.query('COMMIT');
    }
  } catch (error) {
    if (!ctx.dryRun) await ctx.client.query('ROLLBACK').catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    throw new FileError(message.startsWith(`${ds.file}:`) ? message : `${ds.file}: ${message}`);
  } finally {
    clearInterval(timer);
  }
  file.bytesTotal = opened.bytesTotal;
  report();
  checkBadLines(ds, filter, ctx, file);
  file.status = 'loaded';
  return opened.state;
}

function checkBadLines(ds: Dataset, filter: LineFilter, ctx: LoadContext, file: FileProgress): void {
  const { badLines, lines, badSamples } = filter.stats;
  if (badLines === 0) return;
  const samples = badSamples.map((b) => `line ${b.line}: ${b.reason}`).join('; ');
  const allowed = badLineAllowance(ctx.config, lines);
  const over = badLines > allowed;
  if (over && !ctx.force) {
    throw new FileError(
      `${ds.file}: ${badLines} of ${lines} lines are malformed, more than the ${allowed} allowed (maxBadLines ${ctx.config.maxBadLines}, maxBadLineShare ${ctx.config.maxBadLineShare}; use --force to accept them) (${samples})`,
    );
  }
  file.message = `skipped ${badLines} malformed line(s)${over ? ` (over the ${allowed} allowed, accepted by --force)` : ''}: ${samples}`;
  console.error(`${ds.file}: ${file.message}`);
}
