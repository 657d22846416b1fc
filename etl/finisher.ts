import type pg from 'pg';
import type { Dataset, DatasetName } from './datasets';
import { type FinishedTable, finishStagingTable } from './tables';

/**
 * Finishes each staging table (key, indexes, statistics) on a connection of its own, one after
 * the other, as soon as its file has loaded: the database builds the indexes of one file on
 * one core while this process streams the next file in on the other.
 */
export class TableFinisher {
  private chain: Promise<unknown> = Promise.resolve();
  private readonly jobs = new Map<DatasetName, Promise<FinishedTable>>();

  constructor(private readonly client: pg.Client) {}

  add(ds: Dataset): void {
    const job = this.chain.then(() => finishStagingTable(this.client, ds));
    // Awaited later (whenFinished, all); a failure must not count as unhandled meanwhile.
    this.chain = job.catch(() => undefined);
    this.jobs.set(ds.name, job);
  }

  /** Resolves when those of `names` that were added are finished (a failure is reported by all()). */
  async whenFinished(names: readonly DatasetName[]): Promise<void> {
    await Promise.allSettled(names.flatMap((n) => this.jobs.get(n) ?? []));
  }

  /** Every added table, finished; the first failure if any. */
  async all(): Promise<Map<DatasetName, FinishedTable>> {
    const names = [...this.jobs.keys()];
    const outcomes = await Promise.allSettled(names.map((n) => this.jobs.get(n) as Promise<FinishedTable>));
    const failed = outcomes.find((o) => o.status === 'rejected');
    if (failed) throw failed.reason;
    return new Map(names.map((n, i) => [n, (outcomes[i] as PromiseFulfilledResult<FinishedTable>).value]));
  }
}
