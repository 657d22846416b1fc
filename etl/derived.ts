import type pg from 'pg';
import type { DatasetName } from './datasets';
import { buildSearchTables, type SearchBuildTiming } from './derived-search';

/** One line on standard error about the search tables (npm run bench:search reads it). */
function searchTimingLine(t: SearchBuildTiming): string {
  const n = (v: number) => v.toLocaleString('en-US');
  return `search tables: ${n(t.rows)} names in ${(t.table / 1000).toFixed(1)} s, then ${n(t.words)} words, ${n(t.popularRows)} popular names, indexes and statistics in ${(t.rest / 1000).toFixed(1)} s`;
}

/**
 * Builds, in the staging schema, the tables derived from the datasets that this run
 * reloaded (search text and the like), reading the staging copy of a reloaded dataset and
 * the live copy of the others. Returns the names of the tables built; they are swapped in
 * together with the datasets.
 */
export async function buildDerivedTables(client: pg.Client, reloaded: DatasetName[]): Promise<string[]> {
  return [...(await buildSearchTables(client, reloaded, (t) => process.stderr.write(`${searchTimingLine(t)}\n`)))];
}
