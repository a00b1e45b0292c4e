import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefused } from './support/expect.js';
import { buildBetrieb, buildUser, buildVertrag, grantRole, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/harness.js';
import {
  AZUBI_VERWALTUNG,
  BENUTZER_SUCHEN,
  BENUTZERVERWALTUNG,
  type BenutzerView,
  type Connection,
  KAMMER_UNTERNEHMEN,
  ROLLE_ENTZIEHEN,
  ROLLE_ZUWEISEN,
  VERWALTETE_BETRIEBSSTAETTEN,
} from './support/operations.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const listIds = async (client: TestClient) =>
  (
    await client.gqlOk<{ benutzerverwaltung: Connection<BenutzerView> }>(BENUTZERVERWALTUNG, { first: 100 })
  ).benutzerverwaltung.nodes.map((n) => n.id);

const staettenIds = async (client: TestClient) =>
  (
    await client.gqlOk<{ verwalteteBetriebsstaetten: { id: string }[] }>(VERWALTETE_BETRIEBSSTAETTEN)
  ).verwalteteBetriebsstaetten.map((s) => s.id);

const assign = (client: TestClient, input: { userId: string; betriebsstaetteId: string; rolle: string }) =>
  client.gql<{ rolleZuweisen: BenutzerView }>(ROLLE_ZUWEISEN, { input });

const revoke = (client: TestClient, id: string) => client.gql(ROLLE_ENTZIEHEN, { id });

/** An Unternehmen with two Filialen, a Filial administrator and an Ausbilder in each Filiale. */
async function konzern(hauptsitzZugriff: boolean) {
  const b = await buildBetrieb(t.db.prisma, { filialen: 2, hauptsitzZugriff });
  const filialAdmin = await buildUser(t.db.prisma, { nachname: 'Filialadmin' });
  const filialAdminRolle = await grantRole(t.db.prisma, filialAdmin.id, 'AUSBILDUNGSADMINISTRATOR', {
    betriebsstaetteId: b.filialen[0].id,
  });
  const filialAusbilder = [];
  for (const filiale of b.filialen) {
    const user = await buildUser(t.db.prisma, { nachname: 'Filialausbilder' });
    const rolle = await grantRole(t.db.prisma, user.id, 'AUSBILDER', { betriebsstaetteId: filiale.id });
    filialAusbilder.push({ user, rolle });
  }
  return { ...b, filialAdmin, filialAdminRolle, filialAusbilder };
}

describe('an administrator of a Filiale', () => {
  it('administers only the Filiale: list, Betriebsstaetten, assign and revoke', async () => {
    const k = await konzern(true);
    const client = await t.client().loginOk(k.filialAdmin.email, TEST_PASSWORD);
    expect(await staettenIds(client)).toEqual([k.filialen[0].id]);
    expect((await listIds(client)).sort()).toEqual([k.filialAdmin.id, k.filialAusbilder[0].user.id].sort());

    // Roles by id are for members of the Unternehmen (anyone else is invited by address).
    const ok = await assign(client, {
      userId: k.filialAusbilder[0].user.id,
      betriebsstaetteId: k.filialen[0].id,
      rolle: 'AZUBI',
    });
    expect(ok.errors).toBeUndefined();
    expect((await revoke(client, k.filialAusbilder[0].rolle.id)).errors).toBeUndefined();
  });

  it('cannot touch the Hauptsitz or another Filiale', async () => {
    const k = await konzern(true);
    const client = await t.client().loginOk(k.filialAdmin.email, TEST_PASSWORD);
    const before = await t.db.prisma.rollenzuweisung.count();
    for (const staette of [k.hauptsitz, k.filialen[1]]) {
      const error = expectRefused(
        await assign(client, { userId: k.ohneRolle.id, betriebsstaetteId: staette.id, rolle: 'AZUBI' }),
        'FORBIDDEN',
      );
      expect(error.extensions?.field).toBe('betriebsstaetteId');
    }
    for (const id of [k.adminRolle.id, k.ausbilderRolle.id, k.filialAusbilder[1].rolle.id]) {
      expectRefused(await revoke(client, id), 'NOT_FOUND');
    }
    expect(await t.db.prisma.rollenzuweisung.count()).toBe(before);
    const found = await client.gqlOk<{ benutzerSuchen: BenutzerView }>(BENUTZER_SUCHEN, {
      email: k.admin.email,
    });
    expect(found.benutzerSuchen.rollen).toEqual([]);
  });
});

describe('an administrator of the Hauptsitz', () => {
  it('with Hauptsitz access administers every Filiale', async () => {
    const k = await konzern(true);
    const client = await t.client().loginOk(k.admin.email, TEST_PASSWORD);
    expect((await staettenIds(client)).sort()).toEqual(
      [k.hauptsitz.id, ...k.filialen.map((f) => f.id)].sort(),
    );
    const ids = await listIds(client);
    expect(ids).toEqual(
      expect.arrayContaining([k.filialAdmin.id, k.filialAusbilder[0].user.id, k.filialAusbilder[1].user.id]),
    );
    expect(ids).toHaveLength(6);

    // Roles by id are for members of the Unternehmen (anyone else is invited by address).
    const ok = await assign(client, {
      userId: k.filialAusbilder[0].user.id,
      betriebsstaetteId: k.filialen[1].id,
      rolle: 'AZUBI',
    });
    expect(ok.data?.rolleZuweisen.rollen.map((r) => [r.rolle, r.betriebsstaette.id])).toContainEqual([
      'AZUBI',
      k.filialen[1].id,
    ]);
    expect((await revoke(client, k.filialAusbilder[1].rolle.id)).errors).toBeUndefined();
    // The Filial administrator's role, too.
    expect((await revoke(client, k.filialAdminRolle.id)).errors).toBeUndefined();
  });

  it('without Hauptsitz access administers only the Hauptsitz', async () => {
    const k = await konzern(false);
    const client = await t.client().loginOk(k.admin.email, TEST_PASSWORD);
    expect(await staettenIds(client)).toEqual([k.hauptsitz.id]);
    const ids = await listIds(client);
    expect(ids.sort()).toEqual([k.admin.id, k.ausbilder.id, k.azubi.id].sort());
    expectRefused(
      await assign(client, { userId: k.ohneRolle.id, betriebsstaetteId: k.filialen[0].id, rolle: 'AZUBI' }),
      'FORBIDDEN',
    );
    expectRefused(await revoke(client, k.filialAusbilder[0].rolle.id), 'NOT_FOUND');
    expect(
      await t.db.prisma.rollenzuweisung.findUnique({ where: { id: k.filialAusbilder[0].rolle.id } }),
    ).not.toBeNull();
  });

  it('loses the reach as soon as the IHK switches Hauptsitz access off', async () => {
    const k = await konzern(true);
    const client = await t.client().loginOk(k.admin.email, TEST_PASSWORD);
    expect(await staettenIds(client)).toHaveLength(3);
    await t.db.prisma.unternehmen.update({
      where: { id: k.unternehmen.id },
      data: { hauptsitzZugriff: false },
    });
    expect(await staettenIds(client)).toEqual([k.hauptsitz.id]);
    expectRefused(await revoke(client, k.filialAusbilder[0].rolle.id), 'NOT_FOUND');
  });
});

describe('Ausbilder and Azubi', () => {
  /** Every operation that needs the Ausbildungsadministrator, with valid arguments. */
  const adminOperations = (k: Awaited<ReturnType<typeof buildBetrieb>>) =>
    [
      ['benutzerverwaltung', BENUTZERVERWALTUNG, {}],
      ['benutzerSuchen', BENUTZER_SUCHEN, { email: k.ohneRolle.email }],
      ['verwalteteBetriebsstaetten', VERWALTETE_BETRIEBSSTAETTEN, {}],
      ['azubiVerwaltung', AZUBI_VERWALTUNG, {}],
      [
        'rolleZuweisen',
        ROLLE_ZUWEISEN,
        {
          input: {
            userId: k.ohneRolle.id,
            betriebsstaetteId: k.hauptsitz.id,
            rolle: 'AUSBILDUNGSADMINISTRATOR',
          },
        },
      ],
      ['rolleEntziehen', ROLLE_ENTZIEHEN, { id: k.adminRolle.id }],
      ['kammerUnternehmen', KAMMER_UNTERNEHMEN, {}],
    ] as const;

  it.each(['ausbilder', 'azubi'] as const)(
    'the %s is refused on every administration operation',
    async (who) => {
      const k = await buildBetrieb(t.db.prisma);
      await buildVertrag(t.db.prisma, { betriebsstaetteId: k.hauptsitz.id });
      const client = await t.client().loginOk(k[who].email, TEST_PASSWORD);
      const before = await t.db.prisma.rollenzuweisung.count({
        where: { betriebsstaetteId: k.hauptsitz.id },
      });
      for (const [name, query, variables] of adminOperations(k)) {
        const result = await client.gql(query, variables);
        expect(result.errors?.[0]?.extensions?.code, name).toBe('FORBIDDEN');
        expectRefused(result, 'FORBIDDEN');
      }
      expect(await t.db.prisma.rollenzuweisung.count({ where: { betriebsstaetteId: k.hauptsitz.id } })).toBe(
        before,
      );
      expect(await t.db.prisma.auditEvent.count({ where: { unternehmenId: k.unternehmen.id } })).toBe(0);
    },
  );

  it('an Ausbilder who also is Azubi elsewhere gains nothing from combining', async () => {
    const k = await buildBetrieb(t.db.prisma);
    await grantRole(t.db.prisma, k.ausbilder.id, 'AZUBI', { betriebsstaetteId: k.hauptsitz.id });
    const client = await t.client().loginOk(k.ausbilder.email, TEST_PASSWORD);
    expectRefused(await client.gql(BENUTZERVERWALTUNG), 'FORBIDDEN');
    expectRefused(await revoke(client, randomUUID()), 'FORBIDDEN');
  });
});
