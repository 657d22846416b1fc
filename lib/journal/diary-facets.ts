import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { TITLE } from '../titles/title-join';
import { viewingSql } from './watch-entry';

// Autocomplete and filter choices, most used first.

async function distinctOfArray(userId: number, column: 'tags' | 'companions'): Promise<string[]> {
  const rows = await db().$queryRaw<{ value: string }[]>`
    SELECT v AS value FROM watches w, unnest(${Prisma.raw(`w.${column}`)}) AS v
    WHERE w.user_id = ${userId} AND w.deleted_at IS NULL
    GROUP BY v ORDER BY count(*) DESC, v LIMIT 500`;
  return rows.map((r) => r.value);
}

/** The tags the user has used, most used first. */
export function distinctTags(userId: number): Promise<string[]> {
  return distinctOfArray(userId, 'tags');
}

/** The people the user has watched with, most frequent first. */
export function distinctCompanions(userId: number): Promise<string[]> {
  return distinctOfArray(userId, 'companions');
}

/** The places the user has watched at, most frequent first. */
export async function distinctPlaces(userId: number): Promise<string[]> {
  const rows = await db().$queryRaw<{ value: string }[]>`
    SELECT place AS value FROM watches
    WHERE user_id = ${userId} AND deleted_at IS NULL AND place IS NOT NULL
    GROUP BY place ORDER BY count(*) DESC, place LIMIT 200`;
  return rows.map((r) => r.value);
}

export interface DiaryFacets {
  years: number[];
  tags: string[];
  genres: string[];
  types: string[];
  total: number;
}

/** What the diary's filters can offer: the years, tags, genres and title types in the journal. */
export async function diaryFacets(userId: number): Promise<DiaryFacets> {
  const { joins } = await viewingSql();
  const [summary, genres, tags] = await Promise.all([
    db().$queryRaw<{ years: number[] | null; types: string[] | null; total: number }[]>`
      SELECT array_agg(DISTINCT extract(year FROM w.watched_on)::int) FILTER (WHERE w.watched_on IS NOT NULL) AS years,
             array_agg(DISTINCT ${TITLE.type}) FILTER (WHERE ${TITLE.type} IS NOT NULL) AS types,
             count(*)::int AS total
      FROM watches w ${joins}
      WHERE w.user_id = ${userId} AND w.deleted_at IS NULL`,
    db().$queryRaw<{ genre: string }[]>`
      SELECT DISTINCT g AS genre FROM watches w ${joins}, unnest(${TITLE.genres}) AS g
      WHERE w.user_id = ${userId} AND w.deleted_at IS NULL ORDER BY g`,
    distinctTags(userId),
  ]);
  const row = summary[0];
  return {
    years: [...(row?.years ?? [])].sort((a, b) => b - a),
    tags,
    genres: genres.map((g) => g.genre),
    types: [...(row?.types ?? [])].sort(),
    total: row?.total ?? 0,
  };
}
