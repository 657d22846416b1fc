import type { Metadata } from 'next';
import { CachedCopyNotice } from '@/components/offline/cached-copy-notice';
import { StatsDashboard } from '@/components/stats/stats-dashboard';
import { requireUser } from '@/lib/auth/request';
import { dashboardForQuery } from '@/lib/stats';

export const metadata: Metadata = { title: 'Stats' };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function StatsPage({ searchParams }: PageProps<'/stats'>) {
  const user = await requireUser();
  const q = await searchParams;
  const data = await dashboardForQuery(user.id, {
    from: one(q.from),
    to: one(q.to),
    year: one(q.year),
    kind: one(q.kind),
  });
  return (
    <>
      <CachedCopyNotice renderedAt={Date.now()} />
      <StatsDashboard dashboard={data.dashboard} years={data.years} error={data.error} />
    </>
  );
}
