// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the schema
// as of the last migration (kept beside the migrations as schema.snapshot.prisma) and the current
// schema. Needs DATABASE_URL to name a reachable PostgreSQL (the CLI connects through the
// configured adapter) but reads and changes nothing there: `prisma migrate dev` cannot run on these machines.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Aufruf: pnpm --filter @portal/db migration:new <name_in_snake_case>');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const schema = path.join(root, 'prisma', 'schema.prisma');
const migrations = path.join(root, 'prisma', 'migrations');
const snapshot = path.join(migrations, 'schema.snapshot.prisma');
const from = existsSync(snapshot) ? ['--from-schema-datamodel', snapshot] : ['--from-empty'];
const sql = execFileSync(
  'pnpm',
  ['exec', 'prisma', 'migrate', 'diff', ...from, '--to-schema-datamodel', schema, '--script'],
  {
    cwd: path.join(root, 'packages', 'db'),
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    },
    encoding: 'utf8',
  },
);
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log('Keine Schemaaenderung gefunden.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(migrations, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
copyFileSync(schema, snapshot);
console.log(`Migration geschrieben: ${path.relative(root, dir)}/migration.sql`);
