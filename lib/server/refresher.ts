import 'server-only';
import { db } from '../db/client';
import { generatePicks } from '../picks/generate';
import { getDashboard } from '../stats/dashboard';
import { onRefreshRequested } from './refresh-requests';

// Brings statistics and picks up to date after an import, an undo, review work or an IMDb data
// refresh, off the request path: one account at a time, once its requests have been quiet for a
// moment (a run of review taps makes one rebuild, not one each). Also sweeps now and then for requests made by
// another process (the import command, the ETL) or left when the server stopped.

const QUIET_MS = 2_000;
const ALL_TIME = { from: null, to: null, kind: 'all' } as const;
const SWEEP_MS = 60_000;

interface Due {
  user_id: number;
  /** The request's row version: a new request for the account changes it. */
  version: string;
}

export class Refresher {
  private stopped = true;
  private running: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly options: { quietMs?: number; sweepMs?: number; log?: (line: string) => void } = {}) {}

  /** Rebuilds every account whose requests have been quiet for quietMs; returns how many. */
  async runDue(): Promise<number> {
    const quiet = this.options.quietMs ?? QUIET_MS;
    const due = await db().$queryRaw<Due[]>`SELECT user_id, xmin::text AS version FROM journal_refreshes
      WHERE requested_at <= now() - make_interval(secs => ${quiet / 1000}::float8) ORDER BY requested_at`;
    for (const { user_id: userId, version } of due) {
      try {
        // The dashboard, not just the facts: it also counts the shown people's films, the slow
        // part of a first look after an IMDb refresh.
        await getDashboard(userId, ALL_TIME, { fresh: true });
        await generatePicks(userId);
      } catch (error) {
        (this.options.log ?? console.error)(`Refreshing statistics and picks failed: ${(error as Error).message}`);
      }
      // Asked again meanwhile: the row stays for the next round.
      await db().$executeRaw`DELETE FROM journal_refreshes WHERE user_id = ${userId} AND xmin::text = ${version}`;
    }
    return due.length;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = onRefreshRequested(() => this.wakeUp?.());
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    this.wakeUp?.();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      let pending = false;
      try {
        await this.runDue();
        [{ pending }] = await db().$queryRaw<{ pending: boolean }[]>`
          SELECT EXISTS (SELECT 1 FROM journal_refreshes) AS pending`;
      } catch (error) {
        (this.options.log ?? console.error)(`Refreshing statistics and picks failed: ${(error as Error).message}`);
      }
      // Requests still quieting down are looked at again soon; otherwise wait to be woken.
      await this.sleep(pending ? (this.options.quietMs ?? QUIET_MS) + 100 : (this.options.sweepMs ?? SWEEP_MS));
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      this.wakeUp = done;
    });
  }
}

const holder = globalThis as unknown as { refresher?: Refresher };

/** The server's refresher (one per process), started at boot. */
export function startRefresher(): void {
  holder.refresher ??= new Refresher();
  holder.refresher.start();
}
