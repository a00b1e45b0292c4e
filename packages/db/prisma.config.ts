// Prisma CLI configuration. The CLI (Prisma 7) is used for `generate` only: migrations are applied
// by src/migrate.ts (the same SQL for PostgreSQL and PGlite) and written by
// scripts/new-migration.mjs with the Prisma 6 CLI (`prisma6`), because `prisma migrate diff` in
// Prisma 7 needs the native schema engine, which cannot be downloaded on these machines.
// `generate` runs on WebAssembly, but the Prisma 7 CLI still tries to download the schema engine
// first unless PRISMA_SCHEMA_ENGINE_BINARY is set: the `generate` script points it at /bin/false.
// No datasource URL: the client gets its connection through a driver adapter (src/database.ts).
import path from 'node:path';
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: path.join('..', '..', 'prisma', 'schema.prisma'),
});
