import type { Metadata } from 'next';
import { z } from 'zod';
import { PicksScreen } from '@/components/picks/picks-screen';
import { requireUser } from '@/lib/auth/request';
import { getPickList, listPickWeeks } from '@/lib/picks';
import { postersFor } from '@/lib/posters/availability';
import { pendingRefresh } from '@/lib/server/refresh-requests';

export const metadata: Metadata = { title: 'Picks' };

const weekSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

type Params = Record<string, string | string[] | undefined>;

export default async function PicksPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requireUser();
  const query = await searchParams;
  const week = weekSchema.parse(Array.isArray(query.week) ? query.week[0] : query.week);
  const [weeks, list, updating] = await Promise.all([
    listPickWeeks(user.id),
    getPickList(user.id, week),
    pendingRefresh(user.id),
  ]);
  const posters = await postersFor(list?.sections.flatMap((s) => s.picks) ?? []);
  return (
    <PicksScreen
      list={list}
      posters={posters}
      weeks={weeks}
      latest={!list || list.weekStart === weeks[0]}
      updating={updating}
    />
  );
}
