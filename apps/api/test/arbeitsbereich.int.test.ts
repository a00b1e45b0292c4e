import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefused } from './support/expect.js';
import { buildBetrieb, buildKammer, buildUser, grantRole, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/harness.js';

interface MeView {
  me: {
    aktuellerArbeitsbereich: { key: string; art: string; name: string; rollen: string[] } | null;
    arbeitsbereiche: { key: string }[];
    abilities: { canManageRoles: boolean; canSeeAzubiVerwaltung: boolean; canSeeIhreAuszubildenden: boolean };
  } | null;
}
const ME_FIELDS = `{
  aktuellerArbeitsbereich { key art name rollen }
  arbeitsbereiche { key }
  abilities { canManageRoles canSeeAzubiVerwaltung canSeeIhreAuszubildenden }
}`;
const ME = `{ me ${ME_FIELDS} }`;
const ADMIN_QUERY = '{ benutzerverwaltung { totalCount nodes { id } } }';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const me = async (client: TestClient) => (await client.gqlOk<MeView>(ME)).me!;

/**
 * Dana is Ausbilderin in Unternehmen A and Ausbildungsadministratorin in Unternehmen B. A sorts
 * before B, so A is where a new session starts.
 */
async function doppelrolle() {
  const a = await buildBetrieb(t.db.prisma, { name: `A-Betrieb ${randomUUID()}` });
  const b = await buildBetrieb(t.db.prisma, { name: `B-Betrieb ${randomUUID()}` });
  const dana = await buildUser(t.db.prisma, { vorname: 'Dana', nachname: 'Doppel' });
  await grantRole(t.db.prisma, dana.id, 'AUSBILDER', { betriebsstaetteId: a.hauptsitz.id });
  const adminB = await grantRole(t.db.prisma, dana.id, 'AUSBILDUNGSADMINISTRATOR', {
    betriebsstaetteId: b.hauptsitz.id,
  });
  return { a, b, dana, adminB, keyA: `B:${a.hauptsitz.id}`, keyB: `B:${b.hauptsitz.id}` };
}

describe('arbeitsbereichWaehlen', () => {
  it('switches the Arbeitsbereich and with it the rights', async () => {
    const s = await doppelrolle();
    const client = await t.client().loginOk(s.dana.email, TEST_PASSWORD);

    const start = await me(client);
    expect(start.arbeitsbereiche.map((b) => b.key)).toEqual([s.keyA, s.keyB]);
    expect(start.aktuellerArbeitsbereich).toMatchObject({ key: s.keyA, rollen: ['AUSBILDER'] });
    expect(start.abilities).toEqual({
      canManageRoles: false,
      canSeeAzubiVerwaltung: false,
      canSeeIhreAuszubildenden: true,
    });
    expectRefused(await client.gql(ADMIN_QUERY), 'FORBIDDEN');

    const switched = await client.gqlOk<{ arbeitsbereichWaehlen: NonNullable<MeView['me']> }>(
      `mutation($key: ID!) { arbeitsbereichWaehlen(key: $key) ${ME_FIELDS} }`,
      { key: s.keyB },
    );
    expect(switched.arbeitsbereichWaehlen.aktuellerArbeitsbereich).toMatchObject({
      key: s.keyB,
      name: s.b.hauptsitz.name,
      rollen: ['AUSBILDUNGSADMINISTRATOR'],
    });
    expect(switched.arbeitsbereichWaehlen.abilities.canManageRoles).toBe(true);

    // Later requests of the same session keep the choice.
    const later = await me(client);
    expect(later.aktuellerArbeitsbereich?.key).toBe(s.keyB);
    expect(later.abilities).toEqual({
      canManageRoles: true,
      canSeeAzubiVerwaltung: true,
      canSeeIhreAuszubildenden: false,
    });
    const list = await client.gqlOk<{ benutzerverwaltung: { nodes: { id: string }[] } }>(ADMIN_QUERY);
    expect(list.benutzerverwaltung.nodes.map((n) => n.id)).toContain(s.b.admin.id);
    expect(list.benutzerverwaltung.nodes.map((n) => n.id)).not.toContain(s.a.admin.id);
  });

  it('the choice belongs to the session: a new login starts in the first Arbeitsbereich', async () => {
    const s = await doppelrolle();
    const first = await t.client().loginOk(s.dana.email, TEST_PASSWORD);
    await first.gqlOk('mutation($key: ID!) { arbeitsbereichWaehlen(key: $key) { __typename } }', {
      key: s.keyB,
    });

    const second = await t.client().loginOk(s.dana.email, TEST_PASSWORD);
    expect((await me(second)).aktuellerArbeitsbereich?.key).toBe(s.keyA);
    expectRefused(await second.gql(ADMIN_QUERY), 'FORBIDDEN');
    expect((await me(first)).aktuellerArbeitsbereich?.key).toBe(s.keyB);
  });

  it('refuses a Betriebsstaette without a role, and keeps the current one', async () => {
    const s = await doppelrolle();
    const client = await t.client().loginOk(s.dana.email, TEST_PASSWORD);
    const fremd = await buildBetrieb(t.db.prisma);
    for (const key of [
      `B:${fremd.hauptsitz.id}`,
      `K:${s.a.kammerId}`,
      `B:${randomUUID()}`,
      'kein-schluessel',
      s.a.hauptsitz.id,
    ]) {
      const error = expectRefused(await client.select(key), 'ARBEITSBEREICH_UNZULAESSIG');
      expect(error.extensions?.field).toBe('arbeitsbereich');
      expect(error.message).toBe('In dieser Betriebsstätte haben Sie keine Rolle.');
    }
    expect((await me(client)).aktuellerArbeitsbereich?.key).toBe(s.keyA);
    const session = await t.db.prisma.session.findFirstOrThrow({ where: { userId: s.dana.id } });
    expect(session.arbeitsbereich).toBeNull();
  });

  it('falls back to an allowed Arbeitsbereich when the selected role is revoked meanwhile', async () => {
    const s = await doppelrolle();
    const dana = await t.client().loginOk(s.dana.email, TEST_PASSWORD);
    await dana.select(s.keyB);
    expect((await me(dana)).abilities.canManageRoles).toBe(true);

    const adminB = await t.client().loginOk(s.b.admin.email, TEST_PASSWORD);
    await adminB.gqlOk('mutation($id: ID!) { rolleEntziehen(rollenzuweisungId: $id) { id } }', {
      id: s.adminB.id,
    });

    const after = await me(dana);
    expect(after.aktuellerArbeitsbereich).toMatchObject({ key: s.keyA, rollen: ['AUSBILDER'] });
    expect(after.arbeitsbereiche.map((b) => b.key)).toEqual([s.keyA]);
    expect(after.abilities.canManageRoles).toBe(false);
    expectRefused(await dana.gql(ADMIN_QUERY), 'FORBIDDEN');
  });

  it('a user whose last role is revoked has no Arbeitsbereich and no rights, but stays logged in', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const ausbilder = await t.client().loginOk(b.ausbilder.email, TEST_PASSWORD);
    await t.db.prisma.rollenzuweisung.delete({ where: { id: b.ausbilderRolle.id } });
    const view = await me(ausbilder);
    expect(view.aktuellerArbeitsbereich).toBeNull();
    expect(view.arbeitsbereiche).toEqual([]);
    expect(view.abilities.canSeeIhreAuszubildenden).toBe(false);
  });

  it('a Hauptsitz administrator with Hauptsitz access can work in each Filiale, administering only that one there', async () => {
    const b = await buildBetrieb(t.db.prisma, { filialen: 2, hauptsitzZugriff: true });
    const admin = await t.client().loginOk(b.admin.email, TEST_PASSWORD);
    const view = await me(admin);
    expect(view.arbeitsbereiche.map((x) => x.key)).toEqual([
      `B:${b.hauptsitz.id}`,
      `B:${b.filialen[0].id}`,
      `B:${b.filialen[1].id}`,
    ]);
    await admin.select(`B:${b.filialen[1].id}`);
    const staetten = await admin.gqlOk<{ verwalteteBetriebsstaetten: { id: string }[] }>(
      '{ verwalteteBetriebsstaetten { id } }',
    );
    expect(staetten.verwalteteBetriebsstaetten.map((x) => x.id)).toEqual([b.filialen[1].id]);
  });

  it('an IHK-Sachbearbeiter works in the Kammer', async () => {
    const kammer = await buildKammer(t.db.prisma);
    const user = await buildUser(t.db.prisma);
    await grantRole(t.db.prisma, user.id, 'IHK_SACHBEARBEITER', { kammerId: kammer.id });
    const client = await t.client().loginOk(user.email, TEST_PASSWORD);
    expect((await me(client)).aktuellerArbeitsbereich).toEqual({
      key: `K:${kammer.id}`,
      art: 'KAMMER',
      name: kammer.name,
      rollen: ['IHK_SACHBEARBEITER'],
    });
    expect((await client.select(`K:${kammer.id}`)).errors).toBeUndefined();
  });
});
