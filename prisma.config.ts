import { defineConfig } from 'prisma/config';

// The datasource URL is only read by Prisma's own migrate commands; the app and the
// ETL apply migrations themselves (lib/db/migrate.ts) and pass the URL to the adapter.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/journal' },
});
