import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from './database.js';

/** A test's database; `url` is its PostgreSQL connection string (absent for PGlite). */
export interface TestDatabase extends Database {
  url?: string;
}

/** An empty PostgreSQL database on the server of `adminUrl`, and how to drop it again. */
export async function leerePostgresDatenbank(
  adminUrl: URL,
  prefix = 'portal_test',
): Promise<{ url: string; entfernen(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async entfernen() {
      const cleanup = new pg.Client({ connectionString: adminUrl.toString() });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** TEST_DATABASE_URL's server (default 127.0.0.1:5432), where test databases are made. */
export const testServerUrl = () =>
  new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new PostgreSQL database
 * on TEST_DATABASE_URL's server (default 127.0.0.1:5432) that is dropped again afterwards.
 * Which one is chosen by TEST_DB=pglite|postgres (the vitest projects set it).
 */
export async function createTestDatabase(kind = process.env.TEST_DB ?? 'pglite'): Promise<TestDatabase> {
  if (kind === 'pglite') return openDatabase({});
  if (kind !== 'postgres') throw new Error(`TEST_DB must be pglite or postgres, not ${kind}`);
  const leer = await leerePostgresDatenbank(testServerUrl());
  const db = await openDatabase({ databaseUrl: leer.url, poolSize: 5 });
  return {
    ...db,
    url: leer.url,
    async close() {
      await db.close();
      await leer.entfernen();
    },
  };
}
