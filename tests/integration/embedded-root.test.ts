import { spawnSync } from 'node:child_process';
import { cp, lstat, mkdir, mkdtemp, readlink, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../lib/db/embedded';
import { postgresAccount } from '../../lib/db/postgres-account';
import { installedBuild, postgresBinaries, SHARED_DIR } from '../../lib/db/postgres-binaries';

// As root, in a clone under a folder other users cannot enter (root's home is 0700 on
// Raspberry Pi OS), `npm start` died with an unhandled `spawn …/initdb EACCES`: the embedded
// PostgreSQL runs as the user postgres, who could reach neither its binaries nor its data.

const asRoot = process.getuid?.() === 0;
const made: string[] = [];
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function privateFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'journal-private-'));
  made.push(dir);
  expect((await stat(dir)).mode & 0o777).toBe(0o700);
  return dir;
}

async function query(url: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0];
  } finally {
    await client.end();
  }
}

describe.skipIf(!asRoot)('the embedded PostgreSQL as root (skipped when not root)', () => {
  it('starts for a clone in a 0700 folder, and starts again on the same data', async () => {
    const dir = path.join(await privateFolder(), 'clone', 'data', 'postgres');
    const first = await startEmbeddedPostgres(dir);
    const target = await readlink(dir);
    made.push(target);
    try {
      expect(first.startedHere).toBe(true);
      expect((await lstat(dir)).isSymbolicLink()).toBe(true);
      expect(target.startsWith(`${SHARED_DIR}/`)).toBe(true);
      expect((await stat(target)).uid).toBe(postgresAccount()?.uid);
      await query(first.url, 'CREATE TABLE kept (id int)');
    } finally {
      await first.stop();
    }
    const again = await startEmbeddedPostgres(dir);
    try {
      expect(again.startedHere).toBe(true);
      expect(await query(again.url, 'SELECT count(*)::int AS n FROM kept')).toEqual({ n: 0 });
    } finally {
      await again.stop();
    }
  }, 60_000);

  it('runs a copy of the PostgreSQL build when the installed one is out of reach', async () => {
    const build = installedBuild();
    const hidden = path.join(await privateFolder(), 'node_modules', build.name);
    await cp(build.dir, hidden, { recursive: true, verbatimSymlinks: true });
    const account = postgresAccount();
    const binaries = await postgresBinaries(account, { dir: hidden, name: build.name });
    expect(binaries.postgres.startsWith(`${SHARED_DIR}/`)).toBe(true);
    const version = spawnSync(binaries.postgres, ['--version'], {
      uid: account?.uid,
      gid: account?.gid,
      encoding: 'utf8',
    });
    expect(version.stdout).toMatch(/^postgres \(PostgreSQL\) \d+/);
  }, 60_000);

  it('says in one sentence what to do with a cluster the user postgres cannot enter', async () => {
    const dir = path.join(await privateFolder(), 'data', 'postgres');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'PG_VERSION'), '17\n');
    await writeFile(path.join(dir, 'journal-credentials.json'), '{"password":"x"}');
    await expect(startEmbeddedPostgres(dir)).rejects.toThrow(
      /^The user postgres, which runs the embedded PostgreSQL as root, cannot enter .*: move the app to a folder other users can enter, or set DATABASE_URL\.$/,
    );
  });
});
