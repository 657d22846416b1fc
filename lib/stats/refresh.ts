import 'server-only';
import { db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { imdbTablesPresent } from '../titles/imdb-tables';
import { TITLE, titleJoins } from '../titles/title-join';
import { creditsOf, PERSON_ROLES } from './figures-people';
import { derivePeople, peopleOf } from './people-facts';
import { PERIOD_END } from './sql';

// The statistics read pre-aggregated facts (stats_viewings, stats_credits, stats_people)
// instead of joining the IMDb tables on every figure. Before each read they are brought up to
// date: each fact row remembers the version of the watch and provisional title it came from
// (their xmin: any insert, update, soft delete or restore changes it), so a journal change —
// one viewing logged or an import of thousands — re-derives only the viewings it touched. The
// identity of the imdb.* tables (an ETL run swaps in new ones) and VERSION are the fingerprint
// of a build: when it differs, the user's facts are rebuilt from scratch.

/** Bumped when the facts' SQL changes, so that old facts are rebuilt. */
const VERSION = 'stats-4';
const IMDB_TABLES = ['title_basics', 'title_ratings', 'title_crew', 'title_principals', 'title_akas'];

const FINGERPRINT = Prisma.sql`concat_ws('|', ${VERSION}::text, ${Prisma.join(
  IMDB_TABLES.map((t) => Prisma.sql`coalesce(to_regclass(${`imdb.${t}`})::oid::text, '-')`),
  ', ',
)})`;

/** The version of the watch `w` and of its provisional title `pv` (VERSION_JOIN), as stats_viewings.version keeps it. */
const WATCH_VERSION = Prisma.sql`(w.xmin::text || '/' || coalesce(pv.xmin::text, '-'))`;
const VERSION_JOIN = Prisma.sql`LEFT JOIN provisional_titles pv ON pv.user_id = w.user_id AND pv.tconst = w.tconst`;

/** The ids of the user's viewings whose facts are missing, stale or left over. */
function changedSql(userId: number): Prisma.Sql {
  return Prisma.sql`ARRAY(SELECT coalesce(cur.id, sv.id)
    FROM (SELECT w.id, ${WATCH_VERSION} AS version FROM watches w ${VERSION_JOIN}
      WHERE w.user_id = ${userId} AND w.deleted_at IS NULL) cur
    FULL JOIN (SELECT id, version FROM stats_viewings WHERE user_id = ${userId}) sv ON sv.id = cur.id
    WHERE cur.version IS DISTINCT FROM sv.version)`;
}

interface State {
  fingerprint: string;
  built: string | null;
  /** The facts' revision and time of refresh: the key of figures computed from them. */
  revision: string | null;
  changed: number[];
}

function stateOf(client: Prisma.TransactionClient, userId: number): Promise<State[]> {
  return client.$queryRaw<State[]>`SELECT ${FINGERPRINT} AS fingerprint, s.fingerprint AS built,
      s.revision || '@' || s.refreshed_at::text AS revision,
      ${changedSql(userId)} AS changed
    FROM (SELECT 1) one LEFT JOIN stats_states s ON s.user_id = ${userId}`;
}

/** The region of origin: the first alternative title that is the original title, with a region. */
const REGION = Prisma.sql`(SELECT a.region FROM imdb.title_akas a
  WHERE a.title_id = w.tconst AND a.region IS NOT NULL AND a.title = b.original_title ORDER BY a.ordering LIMIT 1)`;

/** Derives the facts of the user's live viewings `ids` (all of them when null); none may exist yet. */
async function insertFacts(tx: Prisma.TransactionClient, userId: number, ids: number[] | null, imdb: boolean) {
  const only = (column: Prisma.Sql) => (ids ? Prisma.sql`AND ${column} = ANY (${ids}::int[])` : Prisma.empty);
  await tx.$executeRaw`
    INSERT INTO stats_viewings (id, user_id, tconst, watched_on, period_end, date_precision, date_kind, grade, rewatch,
      type, genres, runtime, released, rating, title, region, version)
    SELECT w.id, w.user_id, w.tconst, w.watched_on, ${PERIOD_END}, w.date_precision::text, w.date_kind::text,
      w.grade::float8, w.rewatch,
      ${TITLE.type}, ${TITLE.genres}, ${TITLE.runtime}, ${TITLE.year}, ${TITLE.rating}, ${TITLE.title},
      ${imdb ? REGION : Prisma.sql`NULL`}, ${WATCH_VERSION}
    FROM watches w ${titleJoins('w', imdb)} ${VERSION_JOIN}
    WHERE w.user_id = ${userId} AND w.deleted_at IS NULL ${only(Prisma.sql`w.id`)}`;
  if (!imdb) return;
  // Fresh statistics first (for a full build), and the titles' credits gathered on their own:
  // planned together, the join can start from the big IMDb tables instead of the journal's titles.
  if (!ids) await tx.$executeRaw`ANALYZE stats_viewings`;
  const roles = PERSON_ROLES.map(
    (role) =>
      Prisma.sql`SELECT ${role} AS role, c.nconst, c.tconst FROM (${creditsOf(role, Prisma.sql`SELECT tconst FROM t`)}) c`,
  );
  await tx.$executeRaw`
    WITH t AS MATERIALIZED (SELECT DISTINCT tconst FROM stats_viewings WHERE user_id = ${userId} ${only(Prisma.sql`id`)}),
      x AS MATERIALIZED (${Prisma.join(roles, ' UNION ALL ')})
    INSERT INTO stats_credits (watch_id, role, nconst, user_id, tconst, watched_on, period_end, grade, type)
    SELECT sv.id, x.role, x.nconst, sv.user_id, sv.tconst, sv.watched_on, sv.period_end, sv.grade, sv.type
    FROM x JOIN stats_viewings sv ON sv.user_id = ${userId} AND sv.tconst = x.tconst ${only(Prisma.sql`sv.id`)}
    WHERE x.nconst IS NOT NULL
    ON CONFLICT DO NOTHING`;
}

async function rebuild(tx: Prisma.TransactionClient, userId: number, imdb: boolean): Promise<void> {
  await tx.$executeRaw`DELETE FROM stats_credits WHERE user_id = ${userId}`;
  await tx.$executeRaw`DELETE FROM stats_viewings WHERE user_id = ${userId}`;
  await insertFacts(tx, userId, null, imdb);
  await derivePeople(tx, userId, null);
}

/** Re-derives the facts of the viewings `ids` only: those logged, edited, deleted or restored. */
async function update(tx: Prisma.TransactionClient, userId: number, ids: number[], imdb: boolean): Promise<void> {
  const before = await peopleOf(tx, ids);
  await tx.$executeRaw`DELETE FROM stats_credits WHERE user_id = ${userId} AND watch_id = ANY (${ids}::int[])`;
  await tx.$executeRaw`DELETE FROM stats_viewings WHERE user_id = ${userId} AND id = ANY (${ids}::int[])`;
  await insertFacts(tx, userId, ids, imdb);
  await derivePeople(tx, userId, [...before, ...(await peopleOf(tx, ids))]);
}

const lastFingerprint = new Map<number, string>();

/** What the user's facts were last found built from in this process (after refreshStats). */
export function statsFingerprint(userId: number): string | undefined {
  return lastFingerprint.get(userId);
}

/** Makes the user's statistics facts current; returns whether anything had to change. */
export async function refreshStats(userId: number): Promise<boolean> {
  const [seen] = await stateOf(db(), userId);
  if (seen.built === seen.fingerprint && !seen.changed.length) {
    lastFingerprint.set(userId, `${seen.fingerprint}#${seen.revision}`);
    return false;
  }
  const imdb = await imdbTablesPresent();
  const result = await db().$transaction(
    async (tx) => {
      // One refresh per user at a time; a second request waits, then finds what is left to do.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('stats'), ${userId})`;
      const [now] = await stateOf(tx, userId);
      const full = now.built !== now.fingerprint;
      if (full) await rebuild(tx, userId, imdb);
      else if (now.changed.length) await update(tx, userId, now.changed, imdb);
      const [state] = await tx.$queryRaw<{ revision: string }[]>`
        INSERT INTO stats_states (user_id, fingerprint, refreshed_at) VALUES (${userId}, ${now.fingerprint}, now())
        ON CONFLICT (user_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, refreshed_at = now(),
          revision = stats_states.revision + 1
        RETURNING revision || '@' || refreshed_at::text AS revision`;
      return { full, key: `${now.fingerprint}#${state.revision}` };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  lastFingerprint.set(userId, result.key);
  // Fresh planner statistics: without them a journal's first figures plan as if it were tiny.
  if (result.full) await db().$executeRaw`ANALYZE stats_credits, stats_people`;
  return true;
}
