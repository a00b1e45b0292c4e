import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client.js';
import { runMigrations, type SqlExecutor } from './migrate.js';

export type DatabaseKind = 'postgres' | 'pglite';

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** Number of SQL statements Prisma has sent since the last reset (benchmarks and N+1 tests). */
  statements: { count: number; reset(): void };
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent, PGlite in `dataDir` (or in memory without it). */
  databaseUrl?: string;
  dataDir?: string;
  migrate?: boolean;
  poolSize?: number;
}

/**
 * Opens the database the configuration names: PostgreSQL when a URL is given, otherwise the
 * embedded PGlite database in DATA_DIR/pglite. Both run the same generated client and the same
 * migrations, which are applied on open unless `migrate: false`.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle connection the server drops (restart, failover, admin) must not crash the process:
    // the pool replaces it on the next query.
    pool.on('error', (error) => {
      if (process.env.PORTAL_QUIET !== '1') console.error('[db] Verbindung verloren:', error.message);
    });
    if (options.migrate !== false) await runMigrations(postgresExecutor(pool), 'postgres');
    const prisma = new PrismaClient({
      adapter: new PrismaPg(pool),
      log: [{ emit: 'event', level: 'query' }],
    });
    return wrap('postgres', prisma, async () => {
      await pool.end();
    });
  }
  let dir: string | undefined;
  if (options.dataDir) {
    dir = path.join(options.dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
  }
  const client = dir ? new PGlite(dir) : new PGlite();
  await client.waitReady;
  if (options.migrate !== false) await runMigrations(pgliteExecutor(client), 'pglite');
  // pglite-prisma-adapter 0.6 is typed against an older @prisma/driver-adapter-utils; the runtime
  // contract is the same (checked by the PGlite integration tests).
  const adapter = new PrismaPGlite(client) as unknown as PrismaPg;
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  return wrap('pglite', prisma, async () => {
    await client.close();
  });
}

function wrap(kind: DatabaseKind, prisma: PrismaClient<'query'>, closeDriver: () => Promise<void>): Database {
  const statements = {
    count: 0,
    reset() {
      statements.count = 0;
    },
  };
  prisma.$on('query', () => {
    statements.count++;
  });
  return {
    kind,
    prisma: prisma as unknown as PrismaClient,
    statements,
    async ping() {
      try {
        await prisma.$queryRaw`SELECT 1`;
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}

function postgresExecutor(pool: pg.Pool): SqlExecutor {
  return {
    async withLock(fn) {
      const client = await pool.connect();
      try {
        // Several API instances may start at once: one migrates, the others wait.
        await client.query('SELECT pg_advisory_lock(724011)');
        return await fn({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async (sql, params) => (await client.query(sql, params)).rows,
        });
      } finally {
        await client.query('SELECT pg_advisory_unlock(724011)').catch(() => undefined);
        client.release();
      }
    },
  };
}

function pgliteExecutor(client: PGlite): SqlExecutor {
  return {
    withLock: (fn) =>
      fn({
        exec: async (sql) => {
          await client.exec(sql);
        },
        query: async (sql, params) => (await client.query<Record<string, unknown>>(sql, params)).rows,
      }),
  };
}
