import path from 'node:path';

/** Where the app keeps its own files (embedded database, caches). */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? 'data');
}

/** The embedded PostgreSQL cluster's directory, used only when DATABASE_URL is not set. */
export function embeddedPostgresDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.EMBEDDED_PG_DIR ?? path.join(dataDir(), 'postgres'));
}

export function databaseUrlFromEnv(): string | undefined {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : undefined;
}
