// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the schema
// as of the last migration (kept beside the migrations as schema.snapshot.prisma) and the current
// schema. `prisma migrate dev` cannot run on these machines.
//
// The diff is made by the Prisma 6 CLI (devDependency `prisma6`, npm:prisma@6.19.3): Prisma 7's
// `migrate diff` needs the native schema engine, which cannot be downloaded here, while Prisma 6
// runs its schema engine as WebAssembly through a driver adapter. Prisma 6 wants the datasource
// `url` that Prisma 7 refuses in the schema, so it diffs temporary copies of both schemas with
// `url = env("DATABASE_URL")` put back, under a temporary config of its own. It connects to the
// PostgreSQL on DATABASE_URL (default: the local one) but reads and changes nothing there.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Aufruf: pnpm --filter @portal/db migration:new <name_in_snake_case>');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const schema = path.join(root, 'prisma', 'schema.prisma');
const migrations = path.join(root, 'prisma', 'migrations');
const snapshot = path.join(migrations, 'schema.snapshot.prisma');

const require = createRequire(path.join(root, 'packages', 'db', 'package.json'));
const prisma6 = path.join(path.dirname(require.resolve('prisma6/package.json')), 'build', 'index.js');
const prisma6Config = require.resolve('prisma6/config');
const adapterPg = require.resolve('@prisma/adapter-pg');

/** The schema as Prisma 6 wants it: with the datasource's url (an existing one is kept). */
function mitUrl(text) {
  const datasource = /datasource\s+\w+\s*\{[^}]*\}/;
  const block = text.match(datasource)?.[0];
  if (!block) throw new Error('Kein datasource-Block im Schema');
  if (/^\s*url\s*=/m.test(block)) return text;
  return text.replace(datasource, block.replace(/\}$/, '  url      = env("DATABASE_URL")\n}'));
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'portal-migration-'));
let sql;
try {
  const to = path.join(tmp, 'schema.prisma');
  writeFileSync(to, mitUrl(readFileSync(schema, 'utf8')));
  let from = ['--from-empty'];
  if (existsSync(snapshot)) {
    const previous = path.join(tmp, 'snapshot.prisma');
    writeFileSync(previous, mitUrl(readFileSync(snapshot, 'utf8')));
    from = ['--from-schema-datamodel', previous];
  }
  // Without a config naming the JS engine and an adapter, Prisma 6 downloads its schema engine.
  const config = path.join(tmp, 'prisma.config.mjs');
  writeFileSync(
    config,
    [
      `import prismaConfig from ${JSON.stringify(pathToFileURL(prisma6Config).href)};`,
      `import adapterPg from ${JSON.stringify(pathToFileURL(adapterPg).href)};`,
      'export default prismaConfig.defineConfig({',
      '  experimental: { adapter: true },',
      "  engine: 'js',",
      '  adapter: async () => new adapterPg.PrismaPg({ connectionString: process.env.DATABASE_URL }),',
      '});',
      '',
    ].join('\n'),
  );
  sql = execFileSync(
    process.execPath,
    [prisma6, 'migrate', 'diff', '--config', config, ...from, '--to-schema-datamodel', to, '--script'],
    {
      cwd: tmp,
      env: {
        ...process.env,
        DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      },
      encoding: 'utf8',
    },
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

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
