import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Account } from './postgres-account';
import type { PostgresBinaries } from './postgres-binaries';

// initdb and postgres run directly (as the postgres user when this process is root): every
// way they can fail (a binary that cannot be run, a bad data folder, a port in use) comes back
// as a rejected promise with PostgreSQL's own last words, never as an unhandled 'error' event.

export interface ClusterOptions {
  binaries: PostgresBinaries;
  account: Account | null;
  dir: string;
  port: number;
  user: string;
  password: string;
  initdbFlags: string[];
  postgresFlags: string[];
}

// PostgreSQL's messages in English, so its "ready" line can be recognised.
const env = () => ({ ...process.env, LC_MESSAGES: 'C' });
const ids = (account: Account | null) => (account ? { uid: account.uid, gid: account.gid } : {});

/** Creates the cluster in `dir` (which must be missing or empty). */
export async function initCluster(o: ClusterOptions): Promise<void> {
  // Parents with the usual mode (a recursive mkdir would make them 0700 too, and the postgres
  // user could not reach its own folder or the password file beside it).
  await mkdir(path.dirname(o.dir), { recursive: true });
  await mkdir(o.dir, { recursive: true, mode: 0o700 });
  // The password goes through a file only its owner can read, beside the data folder (which
  // the postgres user can reach) and removed straight after.
  const passwordFile = path.join(path.dirname(o.dir), `.pg-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${o.password}\n`, { mode: 0o600 });
  try {
    if (o.account) {
      await chown(o.dir, o.account.uid, o.account.gid);
      await chown(passwordFile, o.account.uid, o.account.gid);
    }
    const args = [`--pgdata=${o.dir}`, '--auth=scram-sha-256', `--username=${o.user}`, `--pwfile=${passwordFile}`];
    await run(o, spawn(o.binaries.initdb, [...args, '--lc-messages=C', ...o.initdbFlags], spawnOptions(o)), 'initdb');
  } finally {
    await rm(passwordFile, { force: true });
  }
}

function spawnOptions(o: ClusterOptions): SpawnOptions {
  return { ...ids(o.account), env: env(), stdio: ['ignore', 'pipe', 'pipe'] };
}

function run(o: ClusterOptions, child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', () => undefined);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', (error) => reject(new Error(`${what} could not run: ${error.message}`)));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed for ${o.dir}: ${lastLine(output)}`)),
    );
  });
}

const lastLine = (output: string) => output.trim().split('\n').at(-1) ?? 'no output';

/** Starts the cluster; stop() ends it, and so does this process's exit. */
export async function startCluster(o: ClusterOptions): Promise<() => Promise<void>> {
  const args = ['-D', o.dir, '-p', String(o.port), '-c', 'lc_messages=C', ...o.postgresFlags];
  const child = spawn(o.binaries.postgres, args, spawnOptions(o));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let output: string | null = '';
    child.stdout?.on('data', () => undefined);
    // Read to the end (a full pipe would stall the server), kept only until it is ready.
    child.stderr?.on('data', (chunk: Buffer) => {
      if (output === null) return;
      output += chunk.toString();
      if (output.includes('database system is ready to accept connections')) {
        output = null;
        resolve();
      }
    });
    child.on('error', (error) => reject(new Error(`postgres could not run: ${error.message}`)));
    child.on('close', () => reject(new Error(`postgres stopped at once: ${lastLine(output ?? '')}`)));
  });
  // A fast shutdown that PostgreSQL completes on its own, even when this process is gone.
  const onExit = () => child.kill('SIGINT');
  process.once('exit', onExit);
  return async () => {
    process.off('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    await exited;
  };
}
