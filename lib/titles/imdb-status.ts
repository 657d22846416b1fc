import 'server-only';
import { db } from '../db/client';

export interface ImdbDataStatus {
  loaded: boolean;
  titles: number;
}

/** Whether the IMDb tables exist and hold titles (the ETL creates them). */
export async function imdbDataStatus(): Promise<ImdbDataStatus> {
  const [row] = await db().$queryRaw<{ present: boolean }[]>`
    SELECT to_regclass('imdb.title_basics') IS NOT NULL AS present`;
  if (!row?.present) return { loaded: false, titles: 0 };
  const [count] = await db().$queryRaw<{ n: bigint }[]>`
    SELECT reltuples::bigint AS n FROM pg_class WHERE oid = 'imdb.title_basics'::regclass`;
  const titles = Number(count?.n ?? 0);
  return { loaded: titles > 0, titles };
}
