import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { imdbTablesPresent } from '../titles/imdb-tables';
import { creditsOf, PERSON_ROLES } from './figures-people';
import { PERIOD_END, titleJoins } from './sql';

// The statistics read pre-aggregated facts (stats_viewings, stats_credits) instead of joining
// the IMDb tables on every figure. Before each read the facts are checked against a fingerprint
// of what they were built from — the user's watches (any insert, update, soft or hard delete
// changes a row's xmin), the provisional titles they use, and the identity of the imdb.*
// tables (an ETL run swaps in new tables) — and rebuilt for that user when it differs.

/** Bumped when the facts' SQL changes, so that old facts are rebuilt. */
const VERSION = 'stats-2';
const IMDB_TABLES = ['title_basics', 'title_ratings', 'title_crew', 'title_principals', 'title_akas'];

function fingerprintSql(userId: number): Prisma.Sql {
  const tables = IMDB_TABLES.map((t) => Prisma.sql`coalesce(to_regclass(${`imdb.${t}`})::oid::text, '-')`);
  return Prisma.sql`SELECT concat_ws('|', ${VERSION}::text,
      (SELECT md5(coalesce(string_agg(w.id::text || '.' || w.xmin::text, ',' ORDER BY w.id), ''))
        FROM watches w WHERE w.user_id = ${userId}),
      (SELECT md5(coalesce(string_agg(p.tconst || '.' || p.xmin::text, ',' ORDER BY p.tconst), ''))
        FROM provisional_titles p WHERE p.tconst IN (SELECT tconst FROM watches WHERE user_id = ${userId})),
      ${Prisma.join(tables, ', ')}) AS fingerprint`;
}

/** The region of origin: the first alternative title that is the original title, with a region. */
const REGION = Prisma.sql`(SELECT a.region FROM imdb.title_akas a
  WHERE a.title_id = w.tconst AND a.region IS NOT NULL AND a.title = b.original_title ORDER BY a.ordering LIMIT 1)`;

async function rebuild(tx: Prisma.TransactionClient, userId: number, imdb: boolean): Promise<void> {
  await tx.$executeRaw`DELETE FROM stats_viewings WHERE user_id = ${userId}`;
  await tx.$executeRaw`
    INSERT INTO stats_viewings (id, user_id, tconst, watched_on, period_end, date_precision, grade, rewatch, type,
      genres, runtime, released, rating, title, region)
    SELECT w.id, w.user_id, w.tconst, w.watched_on, ${PERIOD_END}, w.date_precision::text, w.grade::float8, w.rewatch,
      coalesce(b.title_type, p.title_type), coalesce(b.genres, p.genres, '{}'::text[]),
      coalesce(b.runtime_minutes, p.runtime_minutes), coalesce(b.start_year, p.year),
      coalesce(r.average_rating, p.average_rating)::float8, coalesce(b.primary_title, p.title),
      ${imdb ? REGION : Prisma.sql`NULL`}
    FROM watches w ${titleJoins(imdb)}
    WHERE w.user_id = ${userId} AND w.deleted_at IS NULL`;
  await tx.$executeRaw`DELETE FROM stats_credits WHERE user_id = ${userId}`;
  if (!imdb) return;
  const titles = Prisma.sql`SELECT DISTINCT tconst FROM stats_viewings WHERE user_id = ${userId}`;
  const roles = PERSON_ROLES.map(
    (role) => Prisma.sql`SELECT ${role} AS role, c.nconst, c.tconst FROM (${creditsOf(role, titles)}) c`,
  );
  await tx.$executeRaw`
    INSERT INTO stats_credits (watch_id, role, nconst, user_id, tconst, watched_on, period_end, grade, type)
    SELECT sv.id, x.role, x.nconst, sv.user_id, sv.tconst, sv.watched_on, sv.period_end, sv.grade, sv.type
    FROM (${Prisma.join(roles, ' UNION ALL ')}) x JOIN stats_viewings sv ON sv.user_id = ${userId} AND sv.tconst = x.tconst
    WHERE x.nconst IS NOT NULL
    ON CONFLICT DO NOTHING`;
}

/** Makes the user's statistics facts current; returns whether they had to be rebuilt. */
export async function refreshStats(userId: number): Promise<boolean> {
  const [{ fingerprint }] = await db().$queryRaw<{ fingerprint: string }[]>(fingerprintSql(userId));
  const [state] = await db().$queryRaw<{ fingerprint: string }[]>`
    SELECT fingerprint FROM stats_states WHERE user_id = ${userId}`;
  if (state?.fingerprint === fingerprint) return false;
  const imdb = await imdbTablesPresent();
  const rebuilt = await db().$transaction(
    async (tx) => {
      // One rebuild per user at a time; a second request waits, then finds the facts current.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('stats'), ${userId})`;
      const [now] = await tx.$queryRaw<{ fingerprint: string }[]>`
        SELECT fingerprint FROM stats_states WHERE user_id = ${userId}`;
      if (now?.fingerprint === fingerprint) return false;
      await rebuild(tx, userId, imdb);
      await tx.$executeRaw`
        INSERT INTO stats_states (user_id, fingerprint, refreshed_at) VALUES (${userId}, ${fingerprint}, now())
        ON CONFLICT (user_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, refreshed_at = now()`;
      return true;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  // Fresh planner statistics: without them a journal's first figures plan as if it were tiny.
  if (rebuilt) await db().$executeRaw`ANALYZE stats_viewings, stats_credits`;
  return rebuilt;
}
