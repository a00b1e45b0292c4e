import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Database, openDatabase } from '@portal/db';
import { leerePostgresDatenbank } from '@portal/db/testing';

/** The parts of node-postgres the bench uses (the package is @portal/db's; the bench has no copy). */
export interface PgClient {
  connect(): Promise<void>;
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): void;
}
export interface PgPool {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}
export const pg = createRequire(fileURLToPath(import.meta.resolve('@portal/db')))('pg') as {
  Client: new (options: { connectionString: string }) => PgClient;
  Pool: new (options: { connectionString: string; max: number }) => PgPool;
};

/** The pool size the API opens (openDatabase's default; main.ts passes none). */
export const POOL_SIZE = 10;

export interface BenchDatenbank {
  kind: 'postgres' | 'pglite';
  /** Opened as the API opens it: PostgreSQL with its default pool, PGlite on disk. */
  db: Database;
  /** PostgreSQL connection string of the scratch database. */
  url?: string;
  /** SQL for seeding and EXPLAIN, without the API's statement timeout. */
  sql(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/**
 * A scratch database for one benchmark: a new PostgreSQL database on BENCH_DATABASE_URL's server
 * (or TEST_DATABASE_URL's, default 127.0.0.1:5432), dropped afterwards; or PGlite in a temporary
 * directory (on disk, as the API keeps it in DATA_DIR). Migrated like the API's.
 */
export async function benchDatenbank(kind: string): Promise<BenchDatenbank> {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-bench-pglite-'));
    const db = await openDatabase({ dataDir });
    return {
      kind: 'pglite',
      db,
      sql: (text, params = []) => db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(text, ...params),
      async close() {
        await db.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  if (kind !== 'postgres') throw new Error(`BENCH_DB must be postgres or pglite, not ${kind}`);
  const adminUrl = new URL(
    process.env.BENCH_DATABASE_URL ??
      process.env.TEST_DATABASE_URL ??
      'postgresql://postgres@127.0.0.1:5432/postgres',
  );
  const leer = await leerePostgresDatenbank(adminUrl, 'portal_bench');
  const url = new URL(leer.url);
  const db = await openDatabase({ databaseUrl: url.toString(), poolSize: POOL_SIZE });
  const client = new pg.Client({ connectionString: url.toString() });
  client.on('error', () => undefined);
  await client.connect();
  return {
    kind: 'postgres',
    db,
    url: url.toString(),
    sql: async (text, params) => (await client.query(text, params)).rows,
    async close() {
      await client.end().catch(() => undefined);
      await db.close();
      await leer.entfernen();
    },
  };
}
