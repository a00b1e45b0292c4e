import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBetrieb, buildVertrag, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/harness.js';
import { AZUBI_VERWALTUNG, BENUTZERVERWALTUNG, type Connection } from './support/operations.js';

/**
 * One list request costs the same number of SQL statements however many rows it returns: no
 * statement per row (N+1). Checked with 10 and 60 rows for the two administration lists.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** A Betrieb (Hauptsitz with two Filialen, Hauptsitz access) with `extra` more users, each with two roles. */
async function betriebMit(extra: number) {
  const b = await buildBetrieb(t.db.prisma, { filialen: 2, hauptsitzZugriff: true });
  const hash = (await t.db.prisma.user.findUniqueOrThrow({ where: { id: b.admin.id } })).passwordHash;
  const users = Array.from({ length: extra }, (_, i) => ({
    email: `massen-${i}-${b.unternehmen.id}@test.example`,
    vorname: 'Massen',
    nachname: `Nutzer ${String(i).padStart(3, '0')}`,
    passwordHash: hash,
  }));
  await t.db.prisma.user.createMany({ data: users });
  const created = await t.db.prisma.user.findMany({
    where: { email: { in: users.map((u) => u.email) } },
    select: { id: true },
  });
  const staetten = [b.hauptsitz, ...b.filialen];
  await t.db.prisma.rollenzuweisung.createMany({
    data: created.flatMap((u, i) => [
      { userId: u.id, rolle: 'AZUBI' as const, betriebsstaetteId: staetten[i % 3].id },
      { userId: u.id, rolle: 'AUSBILDER' as const, betriebsstaetteId: staetten[(i + 1) % 3].id },
    ]),
  });
  for (const [i, u] of created.entries()) {
    await buildVertrag(t.db.prisma, {
      betriebsstaetteId: staetten[i % 3].id,
      azubiUserId: u.id,
      ausbilderUserId: b.ausbilder.id,
    });
  }
  const admin = await t.client().loginOk(b.admin.email, TEST_PASSWORD);
  return { b, admin };
}

async function statementsFor(client: TestClient, query: string): Promise<{ count: number; rows: number }> {
  // One warm-up request, so one-time work (e.g. a session touch) does not count.
  await client.gqlOk(query, { first: 100 });
  t.db.statements.reset();
  const data = await client.gqlOk<Record<string, Connection<unknown>>>(query, { first: 100 });
  const count = t.db.statements.count;
  return { count, rows: Object.values(data)[0].nodes.length };
}

describe('no N+1', () => {
  let small: Awaited<ReturnType<typeof betriebMit>>;
  let large: Awaited<ReturnType<typeof betriebMit>>;
  beforeAll(async () => {
    small = await betriebMit(7);
    large = await betriebMit(57);
  });

  it('benutzerverwaltung: 10 and 60 users cost the same statements', async () => {
    const few = await statementsFor(small.admin, BENUTZERVERWALTUNG);
    const many = await statementsFor(large.admin, BENUTZERVERWALTUNG);
    expect([few.rows, many.rows]).toEqual([10, 60]);
    expect(few.count).toBeGreaterThan(0);
    expect(many.count).toBe(few.count);
  });

  it('azubiVerwaltung: 8 and 58 contracts cost the same statements', async () => {
    const few = await statementsFor(small.admin, AZUBI_VERWALTUNG);
    const many = await statementsFor(large.admin, AZUBI_VERWALTUNG);
    expect([few.rows, many.rows]).toEqual([8, 58]);
    expect(few.count).toBeGreaterThan(0);
    expect(many.count).toBe(few.count);
  });

  it('the counter counts: a request with more work costs more statements', async () => {
    t.db.statements.reset();
    await small.admin.gqlOk('{ me { benutzer { id } } }');
    const me = t.db.statements.count;
    t.db.statements.reset();
    await small.admin.gqlOk(BENUTZERVERWALTUNG, { first: 100 });
    expect(t.db.statements.count).toBeGreaterThan(me);
  });

  it('betriebPruefungen with every history: 5 and 25 registrations cost the same statements', async () => {
    const mitAnmeldungen = async (n: number) => {
      const b = await buildBetrieb(t.db.prisma);
      const pruefung = await t.db.prisma.pruefung.create({
        data: {
          kammerId: b.kammerId,
          saison: 'SOMMER',
          jahr: 2028,
          art: 'TEIL_2',
          anmeldeschluss: new Date('2028-01-31T00:00:00Z'),
          berufe: { create: [{ berufId: b.vertrag.berufId }] },
        },
      });
      for (let i = 0; i < n; i++) {
        const vertrag = await buildVertrag(t.db.prisma, { betriebsstaetteId: b.hauptsitz.id });
        await t.db.prisma.pruefungsanmeldung.create({
          data: {
            pruefungId: pruefung.id,
            vertragId: vertrag.id,
            status: 'BEI_IHK',
            ereignisse: {
              create: [
                { actorUserId: b.admin.id, ereignis: 'EINREICHEN', nachStatus: 'AZUBI_PRUEFT' },
                {
                  actorUserId: b.admin.id,
                  ereignis: 'BESTAETIGEN',
                  vonStatus: 'AZUBI_PRUEFT',
                  nachStatus: 'BEI_IHK',
                },
              ],
            },
          },
        });
      }
      return t.client().loginOk(b.admin.email, TEST_PASSWORD);
    };
    const QUERY = `{ betriebPruefungen { vertragId anmeldung { id ereignisse { ereignis actorName } } } }`;
    const zaehle = async (client: TestClient) => {
      await client.gqlOk(QUERY);
      t.db.statements.reset();
      const data = await client.gqlOk<{
        betriebPruefungen: { anmeldung: { ereignisse: { actorName: string }[] } | null }[];
      }>(QUERY);
      const anmeldungen = data.betriebPruefungen.flatMap((z) => (z.anmeldung ? [z.anmeldung] : []));
      expect(
        anmeldungen.every((a) => a.ereignisse.length === 2 && a.ereignisse[0].actorName.startsWith('Ada')),
      ).toBe(true);
      return { count: t.db.statements.count, rows: anmeldungen.length };
    };
    const few = await zaehle(await mitAnmeldungen(5));
    const many = await zaehle(await mitAnmeldungen(25));
    expect([few.rows, many.rows]).toEqual([5, 25]);
    expect(many.count).toBe(few.count);
  });
});
