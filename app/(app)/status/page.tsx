import type { Metadata } from 'next';
import { AutoRefresh } from '@/components/status/auto-refresh';
import { EtlButtons } from '@/components/status/etl-buttons';
import { EtlRunCard } from '@/components/status/etl-run-card';
import { Card } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/request';
import { isOwner } from '@/lib/auth/users';
import { datasetFreshness, recentEtlRuns } from '@/lib/imdb/etl-status';
import { imdbDataStatus } from '@/lib/titles/imdb-status';

export const metadata: Metadata = { title: 'Data' };

export default async function StatusPage() {
  const user = await requireUser();
  const [runs, freshness, imdb, owner] = await Promise.all([
    recentEtlRuns(),
    datasetFreshness(),
    imdbDataStatus(),
    isOwner(user.id),
  ]);
  const running = runs.some((r) => r.status === 'running');
  return (
    <div className="flex flex-col gap-5">
      <AutoRefresh active={running} />
      <h1 className="text-3xl font-bold tracking-tight">Data</h1>
      <Card title="IMDb data">
        {freshness.length === 0 ? (
          <p className="mb-4 text-zinc-600 dark:text-zinc-400">Nothing loaded yet.</p>
        ) : (
          <table className="mb-4 w-full text-left text-sm">
            <thead className="text-zinc-500 dark:text-zinc-400">
              <tr>
                <th className="py-1 font-medium">Dataset</th>
                <th className="py-1 text-right font-medium">Rows</th>
                <th className="py-1 text-right font-medium">Loaded</th>
              </tr>
            </thead>
            <tbody>
              {freshness.map((f) => (
                <tr key={f.dataset} className="border-t border-zinc-200 dark:border-zinc-800">
                  <td className="py-1.5">{f.dataset}</td>
                  <td className="py-1.5 text-right tabular-nums">{f.rows.toLocaleString('en')}</td>
                  <td className="py-1.5 text-right tabular-nums">{f.loadedAt.toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <EtlButtons running={running} offerSample={!imdb.loaded || imdb.titles <= 5000} isOwner={owner} />
      </Card>
      <Card title="Recent loads">
        {runs.length === 0 ? (
          <p className="text-zinc-600 dark:text-zinc-400">No load has run yet.</p>
        ) : (
          <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {runs.map((run) => (
              <EtlRunCard key={run.id} run={run} />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
