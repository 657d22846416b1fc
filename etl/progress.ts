import cliProgress from 'cli-progress';
import type { FileProgress } from './run-record';

// A bar per file on a terminal; plain lines (for the systemd journal) otherwise.

const LOG_EVERY_MS = 15_000;

export interface ProgressView {
  update(file: FileProgress): void;
  done(file: FileProgress): void;
  stop(): void;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

export function progressView(interactive = Boolean(process.stderr.isTTY)): ProgressView {
  return interactive ? barView() : logView();
}

function barView(): ProgressView {
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: '{dataset} |{bar}| {percentage}% {read} of {total} · {rows} rows · {rate} rows/s · ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  const byDataset = new Map<string, cliProgress.SingleBar>();
  const payload = (f: FileProgress) => ({
    dataset: f.dataset.padEnd(16),
    read: mb(f.bytesRead),
    total: f.bytesTotal ? mb(f.bytesTotal) : '?',
    rows: f.rows.toLocaleString('en'),
    rate: f.ms > 0 ? Math.round((f.rows / f.ms) * 1000).toLocaleString('en') : '–',
  });
  const bar = (f: FileProgress) => {
    let b = byDataset.get(f.dataset);
    if (!b) {
      b = bars.create(f.bytesTotal ?? 1, 0, payload(f));
      byDataset.set(f.dataset, b);
    }
    return b;
  };
  return {
    update: (f) => bar(f).update(Math.min(f.bytesRead, f.bytesTotal ?? f.bytesRead), payload(f)),
    done: (f) => {
      const b = bar(f);
      b.setTotal(Math.max(f.bytesRead, 1));
      b.update(Math.max(f.bytesRead, 1), payload(f));
    },
    stop: () => bars.stop(),
  };
}

function logView(): ProgressView {
  const last = new Map<string, number>();
  return {
    update: (f) => {
      const now = Date.now();
      if (now - (last.get(f.dataset) ?? 0) < LOG_EVERY_MS) return;
      last.set(f.dataset, now);
      const share = f.bytesTotal ? ` (${Math.round((f.bytesRead / f.bytesTotal) * 100)}%)` : '';
      console.error(`${f.dataset}: ${mb(f.bytesRead)}${share} read, ${f.rows.toLocaleString('en')} rows`);
    },
    done: (f) =>
      console.error(
        `${f.dataset}: ${f.status}${f.status === 'loaded' ? `, ${f.rows.toLocaleString('en')} rows in ${(f.ms / 1000).toFixed(1)} s` : ''}${f.skipped ? `, ${f.skipped.toLocaleString('en')} skipped` : ''}${f.message ? ` — ${f.message}` : ''}`,
      ),
    stop: () => undefined,
  };
}
