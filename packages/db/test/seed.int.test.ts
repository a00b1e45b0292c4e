import { describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/database.js';
import { seedDemoData } from '../src/seed.js';
import { createTestDatabase, leerePostgresDatenbank, testServerUrl } from '../src/testing.js';

/**
 * Several API instances starting together on an empty PostgreSQL with demo data
 * (docs/operations.md, "Running"): each migrates (advisory lock) and then seeds; exactly one loads
 * the demo data, the others wait for it and find it, and nobody fails on a unique column.
 * PGlite belongs to one process, so this is PostgreSQL only.
 */
const leereDatenbank = () => leerePostgresDatenbank(testServerUrl());

// The real argon2 hash takes long enough that both instances pass the first check; a cheap one here.
const hash = async (passwort: string) => `test:${passwort}`;

it('seeds an empty database once; a restart keeps what is there', async () => {
  const db = await createTestDatabase();
  try {
    expect(await seedDemoData(db.prisma, hash)).toBe(true);
    const nutzer = await db.prisma.user.count();
    expect(await seedDemoData(db.prisma, hash)).toBe(false);
    expect(await db.prisma.kammer.count()).toBe(2);
    expect(await db.prisma.user.count()).toBe(nutzer);
  } finally {
    await db.close();
  }
});

describe.skipIf(process.env.TEST_DB !== 'postgres')('demo data when instances start together', () => {
  it('of three instances on an empty database exactly one seeds; the others find the data', async () => {
    for (let runde = 0; runde < 3; runde++) {
      const leer = await leereDatenbank();
      const instanzen: Database[] = [];
      try {
        // Each instance opens its own pool and migrates, as main.ts does.
        instanzen.push(
          ...(await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: leer.url, poolSize: 3 })))),
        );
        const geladen = await Promise.all(instanzen.map((db) => seedDemoData(db.prisma, hash)));
        expect(geladen.filter(Boolean)).toHaveLength(1);
        const prisma = instanzen[0].prisma;
        expect(await prisma.kammer.count()).toBe(2);
        const doppelt = await prisma.unternehmen.groupBy({
          by: ['name'],
          _count: { _all: true },
          having: { name: { _count: { gt: 1 } } },
        });
        expect(doppelt).toEqual([]);
        // A restart later keeps what is there.
        expect(await seedDemoData(instanzen[1].prisma, hash)).toBe(false);
      } finally {
        await Promise.all(instanzen.map((db) => db.close()));
        await leer.entfernen();
      }
    }
  });
});
