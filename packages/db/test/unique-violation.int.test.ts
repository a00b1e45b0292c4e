import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';
import { isUniqueViolation, uniqueViolationTarget } from '../src/unique-violation.js';

/**
 * The unique violations the real driver stack throws (model operations, createMany, raw SQL, inside
 * an interactive transaction) are recognised on both databases; a foreign-key violation is not one.
 * Guards the shapes isUniqueViolation knows against driver adapter upgrades.
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

async function fehlerVon(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('Fehler erwartet');
}

it('recognises every unique violation the driver stack throws, and only those', async () => {
  const kurzname = `UV-${randomUUID().slice(0, 8)}`;
  await db.prisma.kammer.create({ data: { name: 'Erste', kurzname } });
  const verletzungen = [
    await fehlerVon(() => db.prisma.kammer.create({ data: { name: 'Zweite', kurzname } })),
    await fehlerVon(() => db.prisma.kammer.createMany({ data: [{ name: 'Dritte', kurzname }] })),
    await fehlerVon(
      () =>
        db.prisma
          .$executeRaw`INSERT INTO "Kammer" (id, name, kurzname) VALUES (${randomUUID()}::uuid, 'Vierte', ${kurzname})`,
    ),
    await fehlerVon(() =>
      db.prisma.$transaction(async (tx) => {
        await tx.kammer.create({ data: { name: 'Fuenfte', kurzname } });
      }),
    ),
  ];
  // PGlite's adapter names the columns; adapter-pg (7.x) names the index.
  const ziel = db.kind === 'pglite' ? ['kurzname'] : ['Kammer_kurzname_key'];
  for (const fehler of verletzungen) {
    expect(isUniqueViolation(fehler)).toBe(true);
    expect(uniqueViolationTarget(fehler)).toEqual(ziel);
  }

  const fremdschluessel = await fehlerVon(() =>
    db.prisma.unternehmen.create({ data: { name: 'Ohne Kammer', kammerId: randomUUID() } }),
  );
  expect(isUniqueViolation(fremdschluessel)).toBe(false);
});
