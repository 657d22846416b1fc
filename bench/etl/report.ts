import { DATASET_NAMES, type DatasetName } from '../../etl/datasets';
import type { DatabaseSizes } from './database';
import type { EtlRun } from './etl-run';
import type { FloorResult } from './floor';

// The bench's figures, as a table for people or one JSON object for scripts.

export interface BenchResult {
  scale: number;
  dir: string;
  database: { server: string; name: string };
  /** Data lines per file (header excluded), from the synth manifest or the floor's COPY count. */
  fileRows: Partial<Record<DatasetName, number>>;
  etl: EtlRun | null;
  floor: FloorResult[] | null;
  sizes: DatabaseSizes | null;
}

export interface FileFigures {
  dataset: DatasetName;
  rows: number | null;
  etlRowsKept: number | null;
  etlSkipped: number | null;
  etlBadLines: number | null;
  etlMs: number | null;
  etlRowsPerSec: number | null;
  floorMs: number | null;
  floorRowsPerSec: number | null;
  /** ETL throughput / floor throughput (both over the file's lines). */
  ratio: number | null;
}

const rate = (rows: number | null, ms: number | null): number | null =>
  rows !== null && ms !== null && ms > 0 ? (rows * 1000) / ms : null;

export function figures(b: BenchResult): { files: FileFigures[]; total: FileFigures } {
  const files = DATASET_NAMES.map((dataset): FileFigures => {
    const e = b.etl?.summary?.files.find((f) => f.dataset === dataset) ?? null;
    const f = b.floor?.find((r) => r.dataset === dataset) ?? null;
    const rows = f?.rows ?? b.fileRows[dataset] ?? null;
    const etlMs = e ? e.loadMs : null;
    const etlRate = rate(rows, etlMs);
    const floorRate = rate(rows, f?.ms ?? null);
    return {
      dataset,
      rows,
      etlRowsKept: e?.rows ?? null,
      etlSkipped: e?.skipped ?? null,
      etlBadLines: e?.badLines ?? null,
      etlMs,
      etlRowsPerSec: etlRate,
      floorMs: f?.ms ?? null,
      floorRowsPerSec: floorRate,
      ratio: etlRate !== null && floorRate ? etlRate / floorRate : null,
    };
  });
  const sum = (pick: (f: FileFigures) => number | null): number | null =>
    files.every((f) => pick(f) !== null) ? files.reduce((t, f) => t + (pick(f) ?? 0), 0) : null;
  const rows = sum((f) => f.rows);
  const etlMs = sum((f) => f.etlMs);
  const floorMs = sum((f) => f.floorMs);
  const etlRate = rate(rows, etlMs);
  const floorRate = rate(rows, floorMs);
  const total: FileFigures = {
    dataset: 'total' as DatasetName,
    rows,
    etlRowsKept: sum((f) => f.etlRowsKept),
    etlSkipped: sum((f) => f.etlSkipped),
    etlBadLines: sum((f) => f.etlBadLines),
    etlMs,
    etlRowsPerSec: etlRate,
    floorMs,
    floorRowsPerSec: floorRate,
    ratio: etlRate !== null && floorRate ? etlRate / floorRate : null,
  };
  return { files, total };
}

const int = (n: number | null): string => (n === null ? '—' : Math.round(n).toLocaleString('en-US'));
const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export function renderTable(b: BenchResult): string {
  const { files, total } = figures(b);
  const head = ['file', 'rows', 'ETL kept', 'ETL ms', 'ETL rows/s', 'floor ms', 'floor rows/s', 'ratio'];
  const body = [...files, total].map((f) => [
    f.dataset,
    int(f.rows),
    int(f.etlRowsKept),
    int(f.etlMs),
    int(f.etlRowsPerSec),
    int(f.floorMs),
    int(f.floorRowsPerSec),
    f.ratio === null ? '—' : f.ratio.toFixed(2),
  ]);
  const widths = head.map((h, k) => Math.max(h.length, ...body.map((r) => r[k].length)));
  const line = (cells: string[]): string =>
    cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.slice(0, -1).map(line)];
  out.push(widths.map((w) => '-'.repeat(w)).join('  '), line(body[body.length - 1]));
  out.push('', 'rows/s are over every line of the file (header excluded) for both the ETL and the floor.');
  const s = b.etl?.summary;
  if (b.etl && s) {
    out.push(
      `ETL: ${s.ok ? 'ok' : `FAILED (${s.error ?? 'no error given'})`} · index build ${sec(s.indexMs)} · swap ${sec(s.swapMs)} · total ${sec(s.totalMs)} (wall ${sec(b.etl.wallMs)} with start-up)`,
      `ETL skipped ${int(total.etlSkipped)} lines (filtered or repeated ids), ${int(total.etlBadLines)} bad lines`,
      `Peak RSS: ${s.peakRssMb.toFixed(1)} MB reported by the ETL · ${b.etl.memory.peakHwmMb.toFixed(1)} MB VmHWM from /proc · ${b.etl.memory.peakTreeRssMb.toFixed(1)} MB VmRSS of the process tree (${b.etl.memory.pids} process(es), ${b.etl.memory.samples} samples)`,
    );
  } else if (b.etl) {
    out.push(`ETL: no JSON summary (exit ${b.etl.exitCode}); its other output:`, ...b.etl.otherOutput.slice(-20));
  } else out.push('ETL: not run');
  if (b.sizes) {
    const tables = Object.entries(b.sizes.tables)
      .map(([t, n]) => `${t} ${mb(n)}`)
      .join(', ');
    out.push(
      `Disk: imdb tables ${mb(b.sizes.imdbBytes)} (${tables || 'none'}) · database ${mb(b.sizes.databaseBytes)}`,
    );
  }
  if (b.floor) out.push(`Floor tables (all text, no indexes): ${mb(b.floor.reduce((t, f) => t + f.bytes, 0))}`);
  return out.join('\n');
}

const roundFigures = (f: FileFigures): FileFigures => ({
  ...f,
  etlRowsPerSec: f.etlRowsPerSec === null ? null : Math.round(f.etlRowsPerSec),
  floorMs: f.floorMs === null ? null : Math.round(f.floorMs),
  floorRowsPerSec: f.floorRowsPerSec === null ? null : Math.round(f.floorRowsPerSec),
  ratio: f.ratio === null ? null : Math.round(f.ratio * 1000) / 1000,
});

export function renderJson(b: BenchResult): string {
  const { files: exact, total: exactTotal } = figures(b);
  const files = exact.map(roundFigures);
  const total = roundFigures(exactTotal);
  const s = b.etl?.summary ?? null;
  return JSON.stringify({
    scale: b.scale,
    dir: b.dir,
    database: b.database,
    files,
    total,
    etl: b.etl
      ? {
          ok: s?.ok ?? false,
          error: s?.error ?? (s ? undefined : `no JSON summary (exit ${b.etl.exitCode})`),
          indexMs: s?.indexMs ?? null,
          swapMs: s?.swapMs ?? null,
          totalMs: s?.totalMs ?? null,
          wallMs: Math.round(b.etl.wallMs),
          peakRssMb: s?.peakRssMb ?? null,
          procPeakHwmMb: Math.round(b.etl.memory.peakHwmMb * 10) / 10,
          procPeakTreeRssMb: Math.round(b.etl.memory.peakTreeRssMb * 10) / 10,
          procSamples: b.etl.memory.samples,
        }
      : null,
    floor: b.floor?.map((f) => ({ ...f, ms: Math.round(f.ms) })) ?? null,
    sizes: b.sizes,
  });
}
