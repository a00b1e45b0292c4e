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
  /** PostgreSQL only; defaults in DEFAULT_DATABASE_TIMEOUTS (the app passes DB_*_TIMEOUT_MS from @portal/config). */
  timeouts?: Partial<DatabaseTimeouts>;
  /** Where the migrations applied and lost connections are reported; the API passes its JSON logger. */
  log?: DatabaseLogger;
}

/** The part of a structured logger this package uses (pino's Logger fits). */
export interface DatabaseLogger {
  info(fields: Record<string, unknown>, message?: string): void;
  warn(fields: Record<string, unknown>, message?: string): void;
}

/** Without a logger: one JSON line on the console, nothing in tests (PORTAL_QUIET=1). */
const consoleLogger: DatabaseLogger = {
  info: (fields, message) => konsolenZeile('info', fields, message),
  warn: (fields, message) => konsolenZeile('warn', fields, message),
};

function konsolenZeile(level: 'info' | 'warn', fields: Record<string, unknown>, message?: string) {
  if (process.env.PORTAL_QUIET === '1') return;
  const line = JSON.stringify({ level, ...fields, msg: message });
  if (level === 'warn') console.warn(line);
  else console.log(line);
}

/** PostgreSQL timeouts (docs/operations.md, "Database faults"). */
export interface DatabaseTimeouts {
  /** Opening a connection (TCP, TLS, login) and waiting for a free one in the pool. */
  connectMs: number;
  /**
   * One statement: the server cancels it after this long (statement_timeout, SQLSTATE 57014); the
   * client gives up QUERY_TIMEOUT_MARGIN_MS later (query_timeout) when the server does not answer at
   * all (frozen, cut off without a reset).
   */
  statementMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { connectMs: 5000, statementMs: 5000 };

/** So that a live server's statement_timeout answers first, with a clean error on a usable connection. */
export const QUERY_TIMEOUT_MARGIN_MS = 1000;
/** A session idle inside a transaction this long belongs to a stuck instance: the server ends it and frees its locks. */
const IDLE_IN_TRANSACTION_MS = 60_000;
/** Idle connections are closed after this long (fewer server backends; idle ones are what firewalls drop). */
const IDLE_CONNECTION_MS = 30_000;
/** TCP keep-alive on every connection, so a peer that vanished (failover, cut cable) is noticed. */
const KEEPALIVE_DELAY_MS = 10_000;

/**
 * Opens the database the configuration names: PostgreSQL when a URL is given, otherwise the
 * embedded PGlite database in DATA_DIR/pglite. Both run the same generated client and the same
 * migrations, which are applied on open unless `migrate: false`.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const log = options.log ?? consoleLogger;
  const migrieren = async (executor: SqlExecutor, kind: DatabaseKind) => {
    const done = await runMigrations(executor);
    if (done.length > 0) {
      log.info(
        { event: 'migrationen_angewendet', datenbank: kind, anzahl: done.length, migrationen: done },
        `${done.length} Migration(en) angewendet`,
      );
    }
  };
  if (options.databaseUrl) {
    const timeouts = { ...DEFAULT_DATABASE_TIMEOUTS, ...options.timeouts };
    const connection = {
      connectionString: options.databaseUrl,
      connectionTimeoutMillis: timeouts.connectMs,
      keepAlive: true,
      keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS,
    };
    const pool = new pg.Pool({
      ...connection,
      max: options.poolSize ?? 10,
      idleTimeoutMillis: IDLE_CONNECTION_MS,
      statement_timeout: timeouts.statementMs,
      query_timeout: timeouts.statementMs + QUERY_TIMEOUT_MARGIN_MS,
      idle_in_transaction_session_timeout: Math.max(IDLE_IN_TRANSACTION_MS, timeouts.statementMs * 2),
    });
    // An idle connection the server drops (restart, failover, admin) must not crash the process:
    // the pool replaces it on the next query. One line, no stack: it is expected during an outage.
    pool.on('error', (error) => {
      log.warn({ event: 'datenbank_verbindung_verloren', grund: error.message });
    });
    // Migrations get a connection of their own without statement timeouts: an index on a large
    // table may take minutes, and the advisory lock waits for another instance's migration.
    if (options.migrate !== false) {
      await migrieren(
        postgresExecutor(() => new pg.Client(connection)),
        'postgres',
      );
    }
    const prisma = new PrismaClient({
      adapter: releasingBrokenTransactions(new PrismaPg(pool)),
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
  if (options.migrate !== false) await migrieren(pgliteExecutor(client), 'pglite');
  const prisma = new PrismaClient({
    adapter: new PrismaPGlite(client),
    log: [{ emit: 'event', level: 'query' }],
  });
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

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

/**
 * When the database goes away in the middle of a transaction (stopped, frozen past query_timeout),
 * its COMMIT or ROLLBACK fails too. adapter-pg (7.x) then still hands the connection back to the
 * pool, as a healthy one: a connection whose statement never came back (frozen server) would be
 * given to the next request, which would queue behind it. Here the connection of a transaction
 * whose COMMIT or ROLLBACK failed is released with that error, so the pool drops it instead.
 *
 * Relies on adapter-pg's transaction keeping its pg.PoolClient in `client` (protected in its types)
 * and releasing it through `client.release()` in commit()/rollback(); pg-pool sets `release` anew
 * on every checkout, so the override ends with this transaction. Checked against adapter-pg 7.10
 * (apps/api/test/datenbank-ausfall.int.test.ts).
 */
function releasingBrokenTransactions(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  return Object.assign(Object.create(factory) as PrismaPg, {
    async connect(): Promise<PgAdapter> {
      const adapter = await connect();
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => {
        const tx = await startTransaction(isolationLevel);
        const client = (tx as unknown as { client: pg.PoolClient }).client;
        let broken: Error | undefined;
        const release = client.release;
        client.release = (error?: Error | boolean) => release(error || broken);
        const executeRaw = tx.executeRaw.bind(tx);
        tx.executeRaw = async (query) => {
          try {
            return await executeRaw(query);
          } catch (error) {
            if (query.sql === 'COMMIT' || query.sql === 'ROLLBACK') {
              broken = error instanceof Error ? error : new Error(String(error));
            }
            throw error;
          }
        };
        return tx;
      };
      return adapter;
    },
  });
}

function postgresExecutor(open: () => pg.Client): SqlExecutor {
  return {
    async withLock(fn) {
      const client = open();
      // A connection error while migrating fails the query; it must not crash the process as well.
      client.on('error', () => undefined);
      await client.connect();
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
        await client.end().catch(() => undefined);
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
