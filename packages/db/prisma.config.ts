// Prisma CLI configuration. The CLI is used for `generate` and `migrate diff` only: migrations are
// applied by src/migrate.ts (the same SQL for PostgreSQL and PGlite). The CLI needs DATABASE_URL
// set or it tries to download a query engine, which cannot work on these machines; the package
// scripts set a placeholder.
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: path.join('..', '..', 'prisma', 'schema.prisma'),
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
});
