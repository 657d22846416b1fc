import 'server-only';
import { Prisma } from '../db/generated/client';
import { imdbTablesPresent } from '../titles/imdb-tables';
import type { StatsRange } from './range';
import { refreshStats, statsFingerprint } from './refresh';
import { type StatsContext, viewingsCte } from './sql';

/** The context of a page's figures: the user's facts made current first. */
export async function statsContext(userId: number, range: StatsRange): Promise<StatsContext> {
  await refreshStats(userId);
  const imdb = await imdbTablesPresent();
  const fingerprint = statsFingerprint(userId) ?? '';
  return { userId, range, imdb, fingerprint, with: Prisma.sql`WITH ${viewingsCte(userId, range)}` };
}

/** The same context for another range (the facts are current already). */
export function withRange(ctx: StatsContext, range: StatsRange): StatsContext {
  return { ...ctx, range, with: Prisma.sql`WITH ${viewingsCte(ctx.userId, range)}` };
}
