import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { type IdSet, idNumber } from './id-set';
import { liveIdsSql, liveTableExists } from './tables';

/**
 * Adds the ids held by a live table to `set`, streamed (COPY TO) so memory stays flat:
 * used when a run reloads some files but not the ones that decide which ids to keep.
 */
export async function addLiveIds(
  client: pg.Client,
  set: IdSet,
  table: string,
  columns: string[],
  arrays = false,
): Promise<void> {
  if (!(await liveTableExists(client, table))) return;
  const stream = client.query(copyTo(liveIdsSql(table, columns, arrays)));
  let carry = '';
  for await (const chunk of stream) {
    const lines = (carry + (chunk as Buffer).toString('latin1')).split('\n');
    carry = lines.pop() ?? '';
    for (const line of lines) {
      const id = idNumber(Buffer.from(line, 'latin1'), 0, line.length);
      if (id >= 0) set.add(id);
    }
  }
}
