import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

// One client per process (and per URL, for tests that use several databases). Next.js
// reloads modules in development, so the cache lives on globalThis.
const cache = globalThis as unknown as { prismaClients?: Map<string, PrismaClient> };

export function prismaFor(url: string): PrismaClient {
  cache.prismaClients ??= new Map();
  let client = cache.prismaClients.get(url);
  if (!client) {
    client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
    cache.prismaClients.set(url, client);
  }
  return client;
}

/** The app's database, from DATABASE_URL (set by the start script when embedded). */
export function db(): PrismaClient {
  return prismaFor(appDatabaseUrl());
}

export function appDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start`, or set it to your PostgreSQL.');
  return url;
}

export type { PrismaClient };

/** The client or transaction a module's SQL runs on. */
export type SqlClient = Pick<PrismaClient, '$queryRaw' | '$executeRaw'>;
