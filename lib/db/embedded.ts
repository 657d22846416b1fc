import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { clusterDir, runningPort } from './cluster-dir';
import { type ClusterOptions, initCluster, startCluster } from './pg-cluster';
import { postgresAccount } from './postgres-account';
import { installedBuild, postgresBinaries } from './postgres-binaries';

// A private PostgreSQL cluster for people who have none: it lives in its own directory,
// listens on localhost only, on a port derived from that directory (so two checkouts on one
// machine never collide, and never 5432), and is reused if another process already runs it.

const USER = 'journal';
const DATABASE = 'journal';
const CREDENTIALS_FILE = 'journal-credentials.json';

export interface RunningDatabase {
  url: string;
  /** Stops the cluster if this process started it; a no-op when it was reused. */
  stop: () => Promise<void>;
  startedHere: boolean;
}

/** `build` is another PostgreSQL build than this platform's (the arm64 check runs one under emulation). */
export async function startEmbeddedPostgres(
  dir: string,
  database = DATABASE,
  build = installedBuild(),
): Promise<RunningDatabase> {
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  const password = fresh ? randomBytes(18).toString('base64url') : await readPassword(dir);
  const running = await runningPort(dir);
  if (running) {
    const url = urlFor(running, password, database);
    await ensureDatabase(urlFor(running, password, 'postgres'), database);
    return { url, stop: async () => undefined, startedHere: false };
  }
  const port = await freePort(portFor(dir));
  const account = postgresAccount();
  const realDir = await clusterDir(dir, account);
  const cluster: ClusterOptions = {
    binaries: await postgresBinaries(account, build),
    account,
    dir: realDir,
    port,
    user: USER,
    password,
    initdbFlags: ['--encoding=UTF8'],
    // Keep the socket out of shared directories (TCP on localhost is what we use). Nothing
    // replicates this cluster, so WAL can be minimal: the ETL's COPY into tables created in
    // the same transaction then skips the WAL entirely.
    postgresFlags: [
      ...['-c', 'listen_addresses=localhost', '-c', `unix_socket_directories=${realDir}`],
      ...['-c', 'wal_level=minimal', '-c', 'max_wal_senders=0'],
    ],
  };
  if (fresh) {
    await initCluster(cluster);
    await writeFile(path.join(dir, CREDENTIALS_FILE), JSON.stringify({ user: USER, password }));
    await chmod(path.join(dir, CREDENTIALS_FILE), 0o600);
  }
  let stop: () => Promise<void>;
  try {
    stop = await startCluster(cluster);
  } catch (error) {
    throw new Error(`The embedded PostgreSQL in ${dir} did not start on port ${port}: ${(error as Error).message}`);
  }
  await ensureDatabase(urlFor(port, password, 'postgres'), database);
  return { url: urlFor(port, password, database), stop, startedHere: true };
}

function urlFor(port: number, password: string, database: string): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function readPassword(dir: string): Promise<string> {
  const raw = await readFile(path.join(dir, CREDENTIALS_FILE), 'utf8').catch(() => {
    throw new Error(`${dir} holds a PostgreSQL cluster that this app did not create (${CREDENTIALS_FILE} is missing).`);
  });
  return (JSON.parse(raw) as { password: string }).password;
}

/** 41000–48999, stable for a directory. */
function portFor(dir: string): number {
  let hash = 2166136261;
  for (const ch of path.resolve(dir)) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return 41000 + (hash % 8000);
}

async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 50; port++) {
    if (await isFree(port)) return port;
  }
  throw new Error(`No free port between ${preferred} and ${preferred + 49} for the embedded PostgreSQL.`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
