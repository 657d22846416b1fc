import { db } from '../db/client';
import type { BuiltPick } from './build';
import { SECTIONS, type Section } from './sections';

// Weekly lists: one per user and week (Monday, UTC); regenerating a week replaces its list.
// Reads leave out titles dismissed or watched since the list was made.

export interface PickView extends Omit<BuiltPick, 'section'> {
  id: number;
  section: Section;
  onWatchlist: boolean;
}

export interface PickListView {
  weekStart: string;
  generatedAt: Date;
  gradeCount: number;
  model: string;
  sections: { section: Section; picks: PickView[] }[];
}

/** Monday of the week of `date`, as YYYY-MM-DD (UTC). */
export function weekOf(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export async function savePickList(
  userId: number,
  weekStart: string,
  picks: BuiltPick[],
  info: { gradeCount: number; model: string },
): Promise<void> {
  const week = new Date(`${weekStart}T00:00:00Z`);
  await db().$transaction(async (tx) => {
    // Two generations of the same week (the refresh's and "Regenerate now") take turns.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('picks'), ${userId})`;
    await tx.pickList.deleteMany({ where: { userId, weekStart: week } });
    await tx.pickList.create({
      data: { userId, weekStart: week, gradeCount: info.gradeCount, model: info.model, picks: { create: picks } },
    });
  });
}

/** Weeks that have a list, newest first. */
export async function listPickWeeks(userId: number): Promise<string[]> {
  const rows = await db().pickList.findMany({
    where: { userId },
    select: { weekStart: true },
    orderBy: { weekStart: 'desc' },
  });
  return rows.map((r) => r.weekStart.toISOString().slice(0, 10));
}

/** A week's list (the newest when `weekStart` is not given), without dismissed and watched titles. */
export async function getPickList(userId: number, weekStart?: string): Promise<PickListView | null> {
  const list = await db().pickList.findFirst({
    where: { userId, ...(weekStart ? { weekStart: new Date(`${weekStart}T00:00:00Z`) } : {}) },
    orderBy: { weekStart: 'desc' },
    include: { picks: { orderBy: [{ section: 'asc' }, { rank: 'asc' }] } },
  });
  if (!list) return null;
  const tconsts = list.picks.map((p) => p.tconst);
  const [dismissed, watched, listed] = await Promise.all([
    db().pickDismissal.findMany({ where: { userId, tconst: { in: tconsts } }, select: { tconst: true } }),
    db().watch.findMany({ where: { userId, deletedAt: null, tconst: { in: tconsts } }, select: { tconst: true } }),
    db().watchlistEntry.findMany({ where: { userId, tconst: { in: tconsts } }, select: { tconst: true } }),
  ]);
  const hidden = new Set([...dismissed, ...watched].map((r) => r.tconst));
  const onWatchlist = new Set(listed.map((r) => r.tconst));
  const picks: PickView[] = list.picks
    .filter((p) => !hidden.has(p.tconst))
    .map((p) => ({
      id: p.id,
      section: p.section as Section,
      rank: p.rank,
      tconst: p.tconst,
      title: p.title,
      year: p.year,
      titleType: p.titleType,
      predictedGrade: Number(p.predictedGrade),
      imdbRating: p.imdbRating === null ? null : Number(p.imdbRating),
      numVotes: p.numVotes,
      reasons: p.reasons,
      onWatchlist: onWatchlist.has(p.tconst),
    }));
  return {
    weekStart: list.weekStart.toISOString().slice(0, 10),
    generatedAt: list.generatedAt,
    gradeCount: list.gradeCount,
    model: list.model,
    sections: SECTIONS.map((section) => ({ section, picks: picks.filter((p) => p.section === section) })),
  };
}

export async function dismissTitle(userId: number, tconst: string): Promise<void> {
  await db().pickDismissal.createMany({ data: [{ userId, tconst }], skipDuplicates: true });
}
