import 'server-only';
import { db } from '../db/client';

interface EtlFileView {
  dataset: string;
  status: string;
  bytesRead: number;
  bytesTotal: number | null;
  rows: number;
  skipped: number;
  badLines: number;
  ms: number;
  message?: string;
}

export interface EtlRunView {
  id: number;
  startedAt: Date;
  finishedAt: Date | null;
  status: 'running' | 'succeeded' | 'failed';
  source: string;
  error: string | null;
  files: EtlFileView[];
}

export async function recentEtlRuns(limit = 10): Promise<EtlRunView[]> {
  const runs = await db().etlRun.findMany({ orderBy: { startedAt: 'desc' }, take: limit });
  return runs.map((r) => ({ ...r, files: (r.files ?? []) as unknown as EtlFileView[] }));
}

/** When each dataset was last loaded, and how many rows it holds. */
export async function datasetFreshness() {
  const states = await db().etlFileState.findMany({ orderBy: { dataset: 'asc' } });
  return states.map((s) => ({ dataset: s.dataset, loadedAt: s.loadedAt, rows: Number(s.rows ?? 0) }));
}

export async function etlIsRunning(): Promise<boolean> {
  return (await db().etlRun.count({ where: { status: 'running' } })) > 0;
}
