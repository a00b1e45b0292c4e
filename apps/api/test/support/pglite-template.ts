import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Database, listMigrations, openDatabase } from '@portal/db';

/**
 * PGlite spends ~2.5 s per test file on initdb and migrations. A migrated data directory is made
 * once (per migration set and PGlite version, shared by the workers through the temp folder) and
 * copied for each test app, which opens in ~0.3 s. The copy is a fresh database like any other,
 * and it runs the way production runs PGlite: from DATA_DIR/pglite.
 */
const dbPackage = path.resolve(import.meta.dirname, '../../../../packages/db/package.json');

function templateKey(): string {
  const pkg = JSON.parse(readFileSync(dbPackage, 'utf8')) as { dependencies?: Record<string, string> };
  return createHash('sha256')
    .update(pkg.dependencies?.['@electric-sql/pglite'] ?? '')
    .update(JSON.stringify(listMigrations()))
    .digest('hex')
    .slice(0, 16);
}

let template: Promise<string> | undefined;

function pgliteTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = path.join(tmpdir(), `portal-pglite-template-${templateKey()}`);
    if (existsSync(path.join(dir, 'pglite', 'PG_VERSION'))) return dir;
    const staging = mkdtempSync(path.join(tmpdir(), 'portal-pglite-staging-'));
    const db = await openDatabase({ dataDir: staging });
    await db.close();
    try {
      renameSync(staging, dir);
    } catch {
      // Another worker finished first; its template is as good as ours.
      rmSync(staging, { recursive: true, force: true });
    }
    return dir;
  })();
  return template;
}

/** A fresh, migrated PGlite database in `dataDir`/pglite, removed again on close. */
export async function openPgliteCopy(dataDir: string): Promise<Database> {
  cpSync(path.join(await pgliteTemplate(), 'pglite'), path.join(dataDir, 'pglite'), { recursive: true });
  const db = await openDatabase({ dataDir });
  return {
    ...db,
    async close() {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
