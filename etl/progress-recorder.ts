import pg from 'pg';
import { etlApplicationName } from './dead-run';
import { type FileProgress, recordProgress } from './run-record';

const RECORD_EVERY_MS = 2000;

/**
 * Writes a run's per-file progress to etl_runs every few seconds, on a connection of its
 * own (the loader's connection is inside COPY), one write at a time.
 */
export class ProgressRecorder {
  private client: pg.Client | undefined;
  private runId: number | undefined;
  private last = 0;
  private pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly databaseUrl: string) {}

  async open(runId: number): Promise<void> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: etlApplicationName('progress'),
    });
    client.on('error', () => undefined);
    await client.connect();
    this.client = client;
    this.runId = runId;
  }

  record(files: FileProgress[]): void {
    const { client, runId } = this;
    if (!client || runId === undefined || Date.now() - this.last < RECORD_EVERY_MS) return;
    this.last = Date.now();
    const snapshot = structuredClone(files);
    this.pending = this.pending.then(() => recordProgress(client, runId, snapshot)).catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.pending;
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }
}
