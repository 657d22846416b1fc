import os from 'node:os';
import type pg from 'pg';

// A run killed with SIGKILL leaves its server-side statements running, and the backend that
// holds the ETL lock lives on with them: the next run would be refused until they end. Each
// ETL connection carries its process id and host in application_name, so the next run can
// tell a dead run's backends from a live run's and end them.

const HOST = os.hostname().slice(0, 30);
const PREFIX = 'journal-etl';

/** application_name of this process's ETL connections: `journal-etl[-role]:<pid>@<host>`. */
export function etlApplicationName(role?: 'progress' | 'search' | 'finish'): string {
  return `${PREFIX}${role ? `-${role}` : ''}:${process.pid}@${HOST}`;
}

const NAME = /^journal-etl(?:-[a-z]+)?:(\d+)@(.*)$/;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When the advisory lock `key` is held by an ETL run of this host whose process is gone,
 * terminates every backend of that run (waiting up to 5 s each) and returns its pid; null
 * when the holder is alive, elsewhere or not an ETL run.
 */
export async function endDeadRun(client: pg.Client, key: number): Promise<number | null> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.application_name AS name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1::bigint::oid AND l.objsubid = 1
       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [key],
  );
  const match = rows[0] && NAME.exec(rows[0].name);
  if (!match || match[2] !== HOST) return null;
  const pid = Number(match[1]);
  if (processAlive(pid)) return null;
  await endBackendsOf(client, pid);
  return pid;
}

/** Terminates every backend of the ETL process `pid` of this host (waiting up to 5 s each). */
async function endBackendsOf(client: pg.Client, pid: number): Promise<void> {
  await client.query(
    `SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity
     WHERE application_name LIKE $1 AND right(application_name, length($2)) = $2`,
    [`${PREFIX}%`, `:${pid}@${HOST}`],
  );
}

/**
 * Ends the leftover backends of dead ETL runs of this host that no longer hold the lock: a
 * run's side connections (finish, search) can outlive its main one, which held the lock, and
 * their statements would keep the staging schema busy. Call it only while holding the lock.
 */
export async function endOrphanedBackends(client: pg.Client): Promise<number[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT DISTINCT application_name AS name FROM pg_stat_activity
     WHERE application_name LIKE $1 AND datname = current_database()`,
    [`${PREFIX}%`],
  );
  const dead = new Set<number>();
  for (const { name } of rows) {
    const match = NAME.exec(name);
    if (!match || match[2] !== HOST) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && !processAlive(pid)) dead.add(pid);
  }
  for (const pid of dead) await endBackendsOf(client, pid);
  return [...dead];
}
