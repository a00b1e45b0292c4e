import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface SqlSession {
  exec(sql: string): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

export interface SqlExecutor {
  withLock<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
}

export const migrationsDir = path.resolve(import.meta.dirname, '..', '..', '..', 'prisma', 'migrations');

/** The migration folders in the order they apply (their names start with a timestamp). */
export function listMigrations(dir = migrationsDir): { name: string; sql: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') }));
}

/**
 * Applies every migration not yet recorded in `_portal_migrations`, each in its own transaction.
 * One runner for PostgreSQL and PGlite, so both databases always have the same schema.
 */
export async function runMigrations(executor: SqlExecutor): Promise<string[]> {
  return executor.withLock(async (session) => {
    await session.exec(
      'CREATE TABLE IF NOT EXISTS "_portal_migrations" (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const rows = await session.query('SELECT name FROM "_portal_migrations"');
    const applied = new Set(rows.map((row) => String(row.name)));
    const done: string[] = [];
    for (const migration of listMigrations()) {
      if (applied.has(migration.name)) continue;
      const name = migration.name.replace(/'/g, "''");
      await session.exec(
        `BEGIN;\n${migration.sql}\nINSERT INTO "_portal_migrations" (name) VALUES ('${name}');\nCOMMIT;`,
      );
      done.push(migration.name);
    }
    return done;
  });
}
