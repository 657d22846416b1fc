import type { Metadata } from 'next';
import { SearchScreen } from '@/components/search/search-screen';
import { requireUser } from '@/lib/auth/request';
import { postersFor } from '@/lib/posters/availability';
import { SearchUnavailableError, searchTitlesWithPredictions } from '@/lib/search';
import { imdbDataStatus } from '@/lib/titles/imdb-status';

export const metadata: Metadata = { title: 'Search' };

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
const year = (v: string) => (/^\d{4}$/.test(v) ? v : '');

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requireUser();
  const params = await searchParams;
  const query = first(params.q).replace(/\s+/g, ' ').trim().slice(0, 200);
  const types = first(params.type)
    .split(',')
    .map((t) => t.trim())
    .filter((t) => /^[a-zA-Z]{2,20}$/.test(t));
  const filters = { types, yearFrom: year(first(params.from)), yearTo: year(first(params.to)) };
  const [results, imdb] = await Promise.all([
    query
      ? searchTitlesWithPredictions(query, {
          userId: user.id,
          types: types.length ? types : undefined,
          yearFrom: filters.yearFrom ? Number(filters.yearFrom) : undefined,
          yearTo: filters.yearTo ? Number(filters.yearTo) : undefined,
          limit: 30,
        }).catch((error: unknown) => {
          // No IMDb data yet: the screen says so and offers the online search.
          if (error instanceof SearchUnavailableError) return [];
          throw error;
        })
      : [],
    imdbDataStatus(),
  ]);
  const posters = await postersFor(results);
  return <SearchScreen query={query} filters={filters} results={results} posters={posters} imdbLoaded={imdb.loaded} />;
}
