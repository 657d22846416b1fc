import { chmod, mkdtemp, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../lib/db/embedded';

// One PostgreSQL server for the whole run: the one in DATABASE_URL, or a throwaway embedded
// cluster. Each test file then makes its own database on it (tests/helpers/database.ts).
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('adminDatabaseUrl', process.env.DATABASE_URL);
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'journal-test-pg-'));
  // As root, initdb runs as the `postgres` user, which must be able to enter this directory.
  await chmod(dir, 0o755);
  const db = await startEmbeddedPostgres(path.join(dir, 'pg'), 'postgres').catch((error: unknown) => {
    // One line, no stack trace: the reader can fix this (or set DATABASE_URL).
    console.error(`Cannot start the test database: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
  project.provide('adminDatabaseUrl', db.url);
  return async () => {
    await db.stop();
    // As root in a folder the postgres user cannot enter, the cluster lives elsewhere (a link).
    await rm(await realpath(path.join(dir, 'pg')), { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}
