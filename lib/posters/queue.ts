import 'server-only';
import { fillOne } from './cache';
import type { RequestContext } from './lookup';
import { Pace } from './pace';
import { type PosterSettings, posterSettings } from './settings';
import { claimDue, meetJournalTitles, release } from './store';
import { postersOn } from './switch';

const BATCH = 10;
const SWEEP_MS = 10 * 60_000;
const BACKOFF_FIRST_MS = 30_000;
const BACKOFF_MAX_MS = 30 * 60_000;

export interface BatchResult {
  claimed: number;
  found: number;
  none: number;
  failed: number;
  error?: string;
}

export interface PosterQueueOptions {
  settings: PosterSettings;
  fetchImpl?: typeof fetch;
  /** Requests per second; scrape.yml's posters.requestsPerSecond when not given. */
  perSecond?: number;
  log?: (line: string) => void;
}

/**
 * Fills the poster cache in the background, one request at a time at a few a second. The first
 * failure stops a batch and pauses the queue (30 s, doubling up to 30 min) so that an IMDb that
 * is down or refusing is not asked again and again.
 */
export class PosterQueue {
  private readonly context: RequestContext;
  private failures = 0;
  private stopped = false;
  private running = false;
  private lastSweep = 0;
  private wakeUp: (() => void) | null = null;

  constructor(private readonly options: PosterQueueOptions) {
    const pace = new Pace(options.perSecond ?? options.settings.config.posters.requestsPerSecond);
    this.context = { settings: options.settings, fetchImpl: options.fetchImpl, beforeRequest: () => pace.wait() };
  }

  /** Claims up to `limit` due titles and fills them; stops at the first failure. */
  async runBatch(limit = BATCH): Promise<BatchResult> {
    // The owner may turn posters off while the queue runs: then it claims nothing.
    if (!(await postersOn())) return { claimed: 0, found: 0, none: 0, failed: 0 };
    const rows = await claimDue(limit);
    const result: BatchResult = { claimed: rows.length, found: 0, none: 0, failed: 0 };
    for (const [index, row] of rows.entries()) {
      if (this.stopped) {
        await release(rows.slice(index).map((r) => r.tconst));
        break;
      }
      const { outcome, error } = await fillOne(row, this.context);
      result[outcome]++;
      if (outcome === 'failed') {
        result.error = error;
        await release(rows.slice(index + 1).map((r) => r.tconst));
        break;
      }
    }
    return result;
  }

  /**
   * Fills everything due now (the journal's titles first queued), pausing after failures like the
   * background loop; gives up after `maxFailures` failed batches in a row.
   */
  async drain(onBatch?: (total: BatchResult) => void, maxFailures = 5): Promise<BatchResult> {
    await meetJournalTitles();
    const total: BatchResult = { claimed: 0, found: 0, none: 0, failed: 0 };
    let failures = 0;
    while (!this.stopped) {
      const batch = await this.runBatch();
      for (const key of ['claimed', 'found', 'none', 'failed'] as const) total[key] += batch[key];
      total.error = batch.error ?? total.error;
      onBatch?.(total);
      if (batch.claimed === 0) break;
      if (!batch.failed) {
        failures = 0;
        continue;
      }
      if (++failures >= maxFailures) break;
      await this.sleep(PosterQueue.backoffMs(failures), true);
    }
    return total;
  }

  /** The pause after `failures` failed batches in a row. */
  static backoffMs(failures: number): number {
    return Math.min(BACKOFF_FIRST_MS * 2 ** Math.max(failures - 1, 0), BACKOFF_MAX_MS);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopped = false;
    void this.loop().finally(() => {
      this.running = false;
    });
  }

  stop(): void {
    this.stopped = true;
    this.wakeUp?.();
  }

  /** New titles were queued: an idle queue looks at once (a pausing one keeps its pause). */
  wake(): void {
    this.wakeUp?.();
  }

  private async loop(): Promise<void> {
    const log = this.options.log ?? ((line: string) => console.log(line));
    while (!this.stopped) {
      let result: BatchResult;
      try {
        if (Date.now() - this.lastSweep > SWEEP_MS) {
          this.lastSweep = Date.now();
          await meetJournalTitles();
        }
        result = await this.runBatch();
      } catch (error) {
        result = { claimed: 0, found: 0, none: 0, failed: 1, error: (error as Error).message };
      }
      if (result.failed) {
        this.failures++;
        const pause = PosterQueue.backoffMs(this.failures);
        if (this.failures === 1 || pause === BACKOFF_MAX_MS) {
          log(`Posters: ${result.error ?? 'a lookup failed'}; trying again in ${Math.round(pause / 1000)} s.`);
        }
        await this.sleep(pause, false);
        continue;
      }
      if (result.found || result.none) this.failures = 0;
      if (result.claimed === 0) await this.sleep(SWEEP_MS, true);
    }
  }

  private sleep(ms: number, wakeable: boolean): Promise<void> {
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        if (this.wakeUp === wake) this.wakeUp = null;
        resolve();
      };
      const wake = () => {
        if (wakeable || this.stopped) finish();
      };
      const timer = setTimeout(finish, ms);
      this.wakeUp = wake;
    });
  }
}

const holder = globalThis as unknown as { posterQueue?: PosterQueue };

/** The server's queue (one per process), started at boot unless POSTERS=off. */
export function startPosterQueue(): void {
  const settings = posterSettings();
  if (!settings.enabled) return;
  holder.posterQueue ??= new PosterQueue({ settings });
  holder.posterQueue.start();
}

export function wakePosterQueue(): void {
  holder.posterQueue?.wake();
}
