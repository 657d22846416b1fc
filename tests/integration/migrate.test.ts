import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checksumOf, MigrationError, migrate, readMigrations } from '../../lib/db/migrate';
import { freshDatabase } from '../helpers/database';

const MIGRATIONS_DIR = 'prisma/migrations';
const BROKEN = '99999999999999_broken';

interface MigrationRow {
  id: string;
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const appliedRows = (url: string) =>
  query<MigrationRow>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name, started_at');

const tableExists = async (url: string, table: string) =>
  (await query<{ found: string | null }>(url, 'SELECT to_regclass($1)::text AS found', [table]))[0].found !== null;

/** Names of prisma/migrations/*, read independently of lib/db/migrate.ts. */
async function migrationNames(dir = MIGRATIONS_DIR): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** What `prisma migrate` records as a checksum: SHA-256 of the file's bytes, lower-case hex. */
async function prismaChecksum(name: string, dir = MIGRATIONS_DIR): Promise<string> {
  const bytes = await readFile(path.join(dir, name, 'migration.sql'));
  return createHash('sha256').update(bytes).digest('hex');
}

const [emptyUrl, concurrentUrl, brokenUrl, failedEarlierUrl] = await Promise.all(
  Array.from({ length: 4 }, () => freshDatabase({ migrated: false })),
);
const names = await migrationNames();
const scratch = await mkdtemp(path.join(os.tmpdir(), 'journal-migrations-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('migrate', () => {
  it('finds at least one migration to test with', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it('applies every migration to an empty database and records it as Prisma does', async () => {
    expect(await migrate(emptyUrl)).toEqual(names);
    const rows = await appliedRows(emptyUrl);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      expect(row.checksum).toBe(await prismaChecksum(row.migration_name));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at?.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
    expect(await tableExists(emptyUrl, 'watches')).toBe(true);
  });

  it('applies nothing when run again', async () => {
    const before = await appliedRows(emptyUrl);
    expect(await migrate(emptyUrl)).toEqual([]);
    expect(await appliedRows(emptyUrl)).toEqual(before);
  });

  it('applies each migration once when two processes migrate at the same time', async () => {
    const results = await Promise.all([migrate(concurrentUrl), migrate(concurrentUrl)]);
    expect(results.flat().sort()).toEqual(names);
    expect((await appliedRows(concurrentUrl)).map((r) => r.migration_name)).toEqual(names);
  });

  it('rolls a failing migration back completely and names it in the error', async () => {
    const dir = path.join(scratch, 'broken');
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await mkdir(path.join(dir, BROKEN));
    await writeFile(
      path.join(dir, BROKEN, 'migration.sql'),
      'CREATE TABLE "half_done" ("id" INTEGER);\nALTER TABLE "no_such_table" ADD COLUMN "x" TEXT;\n',
    );

    const error = await migrate(brokenUrl, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain(BROKEN);
    expect((error as Error).message).toContain('no_such_table');

    expect(await tableExists(brokenUrl, 'half_done')).toBe(false);
    const rows = await appliedRows(brokenUrl);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);

    await writeFile(path.join(dir, BROKEN, 'migration.sql'), 'CREATE TABLE "half_done" ("id" INTEGER);\n');
    expect(await migrate(brokenUrl, dir)).toEqual([BROKEN]);
    expect(await tableExists(brokenUrl, 'half_done')).toBe(true);
  });

  it('refuses to continue past a migration that failed earlier outside this migrator', async () => {
    await migrate(failedEarlierUrl);
    const last = names[names.length - 1];
    await query(failedEarlierUrl, 'UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = $1', [
      last,
    ]);
    await expect(migrate(failedEarlierUrl)).rejects.toThrow(new RegExp(`Migration ${last} failed earlier`));
  });

  it('warns about, but does not re-apply, a migration edited after it was applied', async () => {
    const dir = path.join(scratch, 'edited');
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const first = path.join(dir, names[0], 'migration.sql');
    await writeFile(first, `${await readFile(first, 'utf8')}\n-- edited afterwards\n`);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(await migrate(emptyUrl, dir)).toEqual([]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`${names[0]} was edited`));
    } finally {
      warn.mockRestore();
    }
  });

  it('computes the checksum Prisma computes: SHA-256 of the file contents', async () => {
    // Known vector: Prisma records this for an empty migration.sql.
    expect(checksumOf('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const migrations = await readMigrations(MIGRATIONS_DIR);
    expect(migrations.map((m) => m.name)).toEqual(names);
    for (const m of migrations) expect(m.checksum).toBe(await prismaChecksum(m.name));
  });
});
