import type { Metadata } from 'next';
import { type DiaryFilterValues, DiaryScreen } from '@/components/journal/diary-screen';
import { requireUser } from '@/lib/auth/request';
import { diaryFacets } from '@/lib/journal/diary-facets';
import { DIARY_FILTERS } from '@/lib/journal/diary-filters';
import { listWatches } from '@/lib/journal/diary-query';
import { watchFiltersSchema } from '@/lib/journal/schemas';
import { postersFor } from '@/lib/posters/availability';
import { filterPersonName } from '@/lib/stats';
import { personLabel } from '@/lib/titles/format';

export const metadata: Metadata = { title: 'Diary' };

type Params = Record<string, string | string[] | undefined>;

export default async function DiaryPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requireUser();
  const params = await searchParams;
  const raw: DiaryFilterValues = {};
  for (const key of DIARY_FILTERS) {
    const value = params[key];
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (text) raw[key] = text.slice(0, 200);
  }
  const parsed = watchFiltersSchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  const [page, facets, person] = await Promise.all([
    listWatches(user.id, { ...filters, limit: 40 }),
    diaryFacets(user.id),
    filters.person ? filterPersonName(filters.person, user.id) : null,
  ]);
  const posters = await postersFor(page.watches);
  return (
    <DiaryScreen
      initial={page}
      posters={posters}
      filters={parsed.success ? raw : {}}
      facets={facets}
      labels={filters.person ? { person: `With ${personLabel(filters.person, person).text}` } : undefined}
      renderedAt={Date.now()}
    />
  );
}
