import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, expectRefused } from './support/expect.js';
import { buildBetrieb, buildUser, grantRole, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/harness.js';
import {
  BENUTZER_SUCHEN,
  BENUTZERVERWALTUNG,
  type BenutzerView,
  type Connection,
  cursorOf,
  ME,
  type MeView,
  ROLLE_ENTZIEHEN,
  ROLLE_ZUWEISEN,
} from './support/operations.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

type Betrieb = Awaited<ReturnType<typeof buildBetrieb>>;
async function betriebMitAdmin(options: Parameters<typeof buildBetrieb>[1] = {}) {
  const b = await buildBetrieb(t.db.prisma, options);
  const admin = await t.client().loginOk(b.admin.email, TEST_PASSWORD);
  return { b, admin };
}

const list = async (client: TestClient, variables: Record<string, unknown> = {}) =>
  (await client.gqlOk<{ benutzerverwaltung: Connection<BenutzerView> }>(BENUTZERVERWALTUNG, variables))
    .benutzerverwaltung;

const assign = (client: TestClient, input: { userId: string; betriebsstaetteId: string; rolle: string }) =>
  client.gql<{ rolleZuweisen: BenutzerView }>(ROLLE_ZUWEISEN, { input });

const revoke = (client: TestClient, id: string) =>
  client.gql<{ rolleEntziehen: BenutzerView }>(ROLLE_ENTZIEHEN, { id });

const rollenzuweisungenOf = (b: Betrieb) =>
  t.db.prisma.rollenzuweisung.count({ where: { betriebsstaette: { unternehmenId: b.unternehmen.id } } });

describe('benutzerverwaltung', () => {
  it('lists the persons with a role in the administered Betriebsstaette, with those roles', async () => {
    const { b, admin } = await betriebMitAdmin();
    const page = await list(admin);
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(false);
    const byId = new Map(page.nodes.map((n) => [n.id, n]));
    expect([...byId.keys()].sort()).toEqual([b.admin.id, b.ausbilder.id, b.azubi.id].sort());
    expect(byId.get(b.ausbilder.id)).toEqual({
      id: b.ausbilder.id,
      email: b.ausbilder.email,
      vorname: 'Bert',
      nachname: b.ausbilder.nachname,
      rollen: [
        {
          id: b.ausbilderRolle.id,
          rolle: 'AUSBILDER',
          betriebsstaette: { id: b.hauptsitz.id, name: b.hauptsitz.name },
        },
      ],
    });
    // Sorted by Nachname: Admin, Ausbilder, Azubi.
    expect(page.nodes.map((n) => n.id)).toEqual([b.admin.id, b.ausbilder.id, b.azubi.id]);
  });

  it('searches by name or e-mail, case-insensitive', async () => {
    const { b, admin } = await betriebMitAdmin();
    const byName = await list(admin, { suche: b.ausbilder.nachname.toUpperCase() });
    expect(byName.nodes.map((n) => n.id)).toEqual([b.ausbilder.id]);
    expect(byName.totalCount).toBe(1);
    const byVorname = await list(admin, { suche: 'zoe' });
    expect(byVorname.nodes.map((n) => n.id)).toEqual([b.azubi.id]);
    const byEmail = await list(admin, { suche: b.admin.email.slice(0, 15) });
    expect(byEmail.nodes.map((n) => n.id)).toEqual([b.admin.id]);
    const none = await list(admin, { suche: 'gibt-es-nicht' });
    expect(none).toMatchObject({
      totalCount: 0,
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    // A blank search is no filter.
    expect((await list(admin, { suche: '   ' })).totalCount).toBe(3);
  });

  it('pages with cursors through every person exactly once', async () => {
    const { b, admin } = await betriebMitAdmin();
    for (let i = 0; i < 4; i++) {
      const user = await buildUser(t.db.prisma, { nachname: `Mitarbeiter ${i}` });
      await grantRole(t.db.prisma, user.id, 'AUSBILDUNGSBEAUFTRAGTE', { betriebsstaetteId: b.hauptsitz.id });
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await list(admin, { first: 3, after });
      expect(page.totalCount).toBe(7);
      seen.push(...page.nodes.map((n) => n.id));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
      expect(pages).toBeLessThan(5);
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    const all = await list(admin, { first: 100 });
    expect(seen).toEqual(all.nodes.map((n) => n.id));
  });

  it.each([
    ['after', { after: 'kein-cursor' }, 'Der Cursor ist ungültig.'],
    ['after', { after: cursorOf(-5) }, 'Der Cursor ist ungültig.'],
    ['after', { after: Buffer.from('1e30').toString('base64url') }, 'Der Cursor ist ungültig.'],
    ['after', { after: cursorOf(2 ** 53) }, 'Der Cursor ist ungültig.'],
    ['first', { first: 0 }, 'Es können 1 bis 100 Einträge auf einmal geladen werden.'],
    ['first', { first: 101 }, 'Es können 1 bis 100 Einträge auf einmal geladen werden.'],
  ])('refuses an invalid %s in German: %j', async (field, variables, message) => {
    const { admin } = await betriebMitAdmin();
    const error = expectRefused(await admin.gql(BENUTZERVERWALTUNG, variables), 'BAD_USER_INPUT');
    expect(error.extensions?.field).toBe(field);
    expect(error.message).toBe(message);
  });

  it('a cursor far beyond the list gives an empty last page', async () => {
    const { admin } = await betriebMitAdmin();
    const page = await list(admin, { after: cursorOf(Number.MAX_SAFE_INTEGER - 1) });
    expect(page).toMatchObject({
      totalCount: 3,
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });
});

describe('benutzerSuchen', () => {
  it('finds a member of the Unternehmen by exact e-mail, ignoring case', async () => {
    const { b, admin } = await betriebMitAdmin();
    const found = await admin.gqlOk<{ benutzerSuchen: BenutzerView | null }>(BENUTZER_SUCHEN, {
      email: ` ${b.ausbilder.email.toUpperCase()} `,
    });
    expect(found.benutzerSuchen).toEqual({
      id: b.ausbilder.id,
      email: b.ausbilder.email,
      vorname: 'Bert',
      nachname: b.ausbilder.nachname,
      rollen: [
        {
          id: b.ausbilderRolle.id,
          rolle: 'AUSBILDER',
          betriebsstaette: { id: b.hauptsitz.id, name: b.hauptsitz.name },
        },
      ],
    });
  });

  it('a registered person without a role in the Unternehmen is not found, like an unknown address', async () => {
    const { b, admin } = await betriebMitAdmin();
    for (const email of [b.ohneRolle.email, `unbekannt-${randomUUID().slice(0, 8)}@test.example`]) {
      expect(await admin.gql(BENUTZER_SUCHEN, { email })).toEqual({ data: { benutzerSuchen: null } });
    }
  });

  it('shows the roles in the own scope', async () => {
    const { b, admin } = await betriebMitAdmin();
    const found = await admin.gqlOk<{ benutzerSuchen: BenutzerView }>(BENUTZER_SUCHEN, {
      email: b.azubi.email,
    });
    expect(found.benutzerSuchen.rollen.map((r) => r.id)).toEqual([b.azubiRolle.id]);
  });

  it('does not reveal roles in other Unternehmen', async () => {
    const { b, admin } = await betriebMitAdmin();
    const other = await buildBetrieb(t.db.prisma);
    // Administrator elsewhere and, since then, Azubi here: found, with the roles here only.
    await grantRole(t.db.prisma, other.admin.id, 'AZUBI', { betriebsstaetteId: b.hauptsitz.id });
    const found = await admin.gqlOk<{ benutzerSuchen: BenutzerView }>(BENUTZER_SUCHEN, {
      email: other.admin.email,
    });
    expect(found.benutzerSuchen.id).toBe(other.admin.id);
    expect(found.benutzerSuchen.rollen.map((r) => r.rolle)).toEqual(['AZUBI']);
    expect(JSON.stringify(found)).not.toContain(other.hauptsitz.id);
    expect(JSON.stringify(found)).not.toContain(other.hauptsitz.name);
  });

  it('needs the exact address: a part finds nothing, an implausible one is refused', async () => {
    const { b, admin } = await betriebMitAdmin();
    const partial = await admin.gqlOk<{ benutzerSuchen: null }>(BENUTZER_SUCHEN, {
      email: b.ohneRolle.email.replace('@', 'x@'),
    });
    expect(partial.benutzerSuchen).toBeNull();
    const error = expectRefused(await admin.gql(BENUTZER_SUCHEN, { email: 'person-' }), 'BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('email');
    expect(error.message).toBe('Bitte geben Sie eine gültige E-Mail-Adresse ein.');
  });
});

describe('rolleZuweisen', () => {
  it('gives a member a role; the person gets its rights on the next request of the running session', async () => {
    const { b, admin } = await betriebMitAdmin();
    const target = await t.client().loginOk(b.azubi.email, TEST_PASSWORD);
    const before = (await target.gqlOk<MeView>(ME)).me!;
    expect(before.aktuellerArbeitsbereich?.rollen).toEqual(['AZUBI']);
    expect(before.abilities.canManageRoles).toBe(false);

    const result = await assign(admin, {
      userId: b.azubi.id,
      betriebsstaetteId: b.hauptsitz.id,
      rolle: 'AUSBILDUNGSADMINISTRATOR',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.rolleZuweisen.rollen).toHaveLength(2);
    expect(result.data?.rolleZuweisen.rollen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rolle: 'AUSBILDUNGSADMINISTRATOR',
          betriebsstaette: { id: b.hauptsitz.id, name: b.hauptsitz.name },
        }),
        expect.objectContaining({ rolle: 'AZUBI' }),
      ]),
    );

    const after = (await target.gqlOk<MeView>(ME)).me!;
    expect(after.aktuellerArbeitsbereich).toMatchObject({ key: `B:${b.hauptsitz.id}` });
    expect(after.abilities).toMatchObject({ canManageRoles: true, canSeeAzubiVerwaltung: true });
    expect((await list(target)).totalCount).toBe(3);
  });

  it('records who gave which role to whom', async () => {
    const { b, admin } = await betriebMitAdmin();
    const result = await assign(admin, {
      userId: b.azubi.id,
      betriebsstaetteId: b.hauptsitz.id,
      rolle: 'AUSBILDER',
    });
    const zuweisungId = result.data!.rolleZuweisen.rollen.find((r) => r.rolle === 'AUSBILDER')!.id;
    const events = await t.db.prisma.auditEvent.findMany({ where: { subjectId: zuweisungId } });
    expect(events).toEqual([
      expect.objectContaining({
        actorUserId: b.admin.id,
        onBehalfOfUserId: null,
        action: 'ROLLE_ZUGEWIESEN',
        subjectType: 'Rollenzuweisung',
        unternehmenId: b.unternehmen.id,
        data: { userId: b.azubi.id, betriebsstaetteId: b.hauptsitz.id, rolle: 'AUSBILDER' },
      }),
    ]);
    const zuweisung = await t.db.prisma.rollenzuweisung.findUniqueOrThrow({ where: { id: zuweisungId } });
    expect(zuweisung.createdById).toBe(b.admin.id);
  });

  it('refuses a role the person already has, and changes nothing', async () => {
    const { b, admin } = await betriebMitAdmin();
    const before = await rollenzuweisungenOf(b);
    const error = expectRefused(
      await assign(admin, { userId: b.ausbilder.id, betriebsstaetteId: b.hauptsitz.id, rolle: 'AUSBILDER' }),
      'ROLLE_BEREITS_VERGEBEN',
    );
    expect(error.extensions?.field).toBe('rolle');
    expect(await rollenzuweisungenOf(b)).toBe(before);
    expect(await t.db.prisma.auditEvent.count({ where: { unternehmenId: b.unternehmen.id } })).toBe(0);
  });

  it('a double click gives the role once and tells the second request', async () => {
    const { b, admin } = await betriebMitAdmin();
    const input = { userId: b.azubi.id, betriebsstaetteId: b.hauptsitz.id, rolle: 'AUSBILDER' };
    const results = await Promise.all([assign(admin, input), assign(admin, input)]);
    expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['OK', 'ROLLE_BEREITS_VERGEBEN']);
    expect(
      await t.db.prisma.rollenzuweisung.count({ where: { userId: b.azubi.id, rolle: 'AUSBILDER' } }),
    ).toBe(1);
  });

  it('gives a second, different role to the same person', async () => {
    const { b, admin } = await betriebMitAdmin();
    const result = await assign(admin, {
      userId: b.ausbilder.id,
      betriebsstaetteId: b.hauptsitz.id,
      rolle: 'AUSBILDUNGSBEAUFTRAGTE',
    });
    expect(result.data?.rolleZuweisen.rollen.map((r) => r.rolle).sort()).toEqual([
      'AUSBILDER',
      'AUSBILDUNGSBEAUFTRAGTE',
    ]);
  });

  it.each(['IHK_SACHBEARBEITER', 'PRUEFER'])('cannot give the IHK role %s', async (rolle) => {
    const { b, admin } = await betriebMitAdmin();
    const error = expectRefused(
      await assign(admin, { userId: b.ohneRolle.id, betriebsstaetteId: b.hauptsitz.id, rolle }),
      'ROLLE_NICHT_VERGEBBAR',
    );
    expect(error.extensions?.field).toBe('rolle');
    expect(await t.db.prisma.rollenzuweisung.count({ where: { userId: b.ohneRolle.id } })).toBe(0);
  });

  it('refuses an unknown role name already in GraphQL validation', async () => {
    const { b, admin } = await betriebMitAdmin();
    const result = await assign(admin, {
      userId: b.ohneRolle.id,
      betriebsstaetteId: b.hauptsitz.id,
      rolle: 'KOENIG',
    });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    // German, naming the value and the field (see apps/api/src/graphql/eingabe.ts).
    expect(result.errors?.[0].message).toContain('„KOENIG“ ist für „rolle“');
  });

  it('refuses malformed ids in German on the field, and unknown persons as not found', async () => {
    const { b, admin } = await betriebMitAdmin();
    const badUser = expectRefused(
      await assign(admin, { userId: 'abc', betriebsstaetteId: b.hauptsitz.id, rolle: 'AZUBI' }),
      'BAD_USER_INPUT',
    );
    expect(badUser.extensions?.field).toBe('userId');
    expect(badUser.message).toBe('Die Kennung in „userId“ ist ungültig.');
    const badStaette = expectRefused(
      await assign(admin, { userId: b.ohneRolle.id, betriebsstaetteId: 'abc', rolle: 'AZUBI' }),
      'BAD_USER_INPUT',
    );
    expect(badStaette.extensions?.field).toBe('betriebsstaetteId');
    const unknown = expectRefused(
      await assign(admin, { userId: randomUUID(), betriebsstaetteId: b.hauptsitz.id, rolle: 'AZUBI' }),
      'NOT_FOUND',
    );
    expect(unknown.extensions?.field).toBe('userId');
  });
});

describe('rolleEntziehen', () => {
  it('revokes a role, records it, and the person loses the rights at once', async () => {
    const { b, admin } = await betriebMitAdmin();
    const ausbilder = await t.client().loginOk(b.ausbilder.email, TEST_PASSWORD);
    expect((await ausbilder.gqlOk<MeView>(ME)).me?.abilities.canSeeIhreAuszubildenden).toBe(true);

    const result = await revoke(admin, b.ausbilderRolle.id);
    expect(result.errors).toBeUndefined();
    expect(result.data?.rolleEntziehen).toMatchObject({ id: b.ausbilder.id, rollen: [] });
    expect(await t.db.prisma.rollenzuweisung.findUnique({ where: { id: b.ausbilderRolle.id } })).toBeNull();

    const events = await t.db.prisma.auditEvent.findMany({ where: { subjectId: b.ausbilderRolle.id } });
    expect(events).toEqual([
      expect.objectContaining({
        actorUserId: b.admin.id,
        action: 'ROLLE_ENTZOGEN',
        unternehmenId: b.unternehmen.id,
        data: { userId: b.ausbilder.id, betriebsstaetteId: b.hauptsitz.id, rolle: 'AUSBILDER' },
      }),
    ]);
    const view = (await ausbilder.gqlOk<MeView>(ME)).me!;
    expect(view.abilities.canSeeIhreAuszubildenden).toBe(false);
    expect(view.arbeitsbereiche).toEqual([]);
  });

  it('the last administrator of an Unternehmen cannot remove their own role', async () => {
    const { b, admin } = await betriebMitAdmin();
    const error = expectRefused(await revoke(admin, b.adminRolle.id), 'LETZTER_ADMINISTRATOR');
    expect(error.message).toBe(
      `Ohne diese Rolle hätte die Betriebsstätte ${b.hauptsitz.name} keine Ausbildungsadministratorin und keinen Ausbildungsadministrator mehr. Vergeben Sie die Rolle dort zuerst an eine weitere Person.`,
    );
    expect(error.extensions?.betriebsstaetten).toEqual([b.hauptsitz.name]);
    expect(await t.db.prisma.rollenzuweisung.findUnique({ where: { id: b.adminRolle.id } })).not.toBeNull();
    expect(await t.db.prisma.auditEvent.count({ where: { subjectId: b.adminRolle.id } })).toBe(0);
    expect((await list(admin)).totalCount).toBe(3);
  });

  it('with a second administrator, one can remove their own role and loses the administration', async () => {
    const { b, admin } = await betriebMitAdmin();
    const zweite = await buildUser(t.db.prisma);
    await grantRole(t.db.prisma, zweite.id, 'AUSBILDUNGSADMINISTRATOR', {
      betriebsstaetteId: b.hauptsitz.id,
    });
    const result = await revoke(admin, b.adminRolle.id);
    expect(result.errors).toBeUndefined();
    expect(result.data?.rolleEntziehen.rollen).toEqual([]);
    expectRefused(await admin.gql(BENUTZERVERWALTUNG), 'FORBIDDEN');
    expect(
      await t.db.prisma.rollenzuweisung.count({
        where: { rolle: 'AUSBILDUNGSADMINISTRATOR', betriebsstaette: { unternehmenId: b.unternehmen.id } },
      }),
    ).toBe(1);
  });

  it('an administrator can revoke another administrator while one remains', async () => {
    const { b, admin } = await betriebMitAdmin();
    const zweite = await buildUser(t.db.prisma);
    const rolle = await grantRole(t.db.prisma, zweite.id, 'AUSBILDUNGSADMINISTRATOR', {
      betriebsstaetteId: b.hauptsitz.id,
    });
    expect((await revoke(admin, rolle.id)).errors).toBeUndefined();
    // Now the revoking administrator is the last one again.
    expectRefused(await revoke(admin, b.adminRolle.id), 'LETZTER_ADMINISTRATOR');
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const { admin } = await betriebMitAdmin();
    const error = expectRefused(await revoke(admin, randomUUID()), 'NOT_FOUND');
    expect(error.message).toBe('Die Rollenzuweisung wurde nicht gefunden.');
    const kaputt = expectRefused(await revoke(admin, 'kaputt'), 'BAD_USER_INPUT');
    expect(kaputt.extensions?.field).toBe('rollenzuweisungId');
  });

  it('two administrators revoking each other at the same time leave exactly one administrator', async () => {
    const { b, admin } = await betriebMitAdmin();
    const zweite = await buildUser(t.db.prisma);
    const zweiteRolle = await grantRole(t.db.prisma, zweite.id, 'AUSBILDUNGSADMINISTRATOR', {
      betriebsstaetteId: b.hauptsitz.id,
    });
    const other = await t.client().loginOk(zweite.email, TEST_PASSWORD);
    const results = await Promise.all([revoke(admin, zweiteRolle.id), revoke(other, b.adminRolle.id)]);
    const codes = results.map((r) => codeOf(r) ?? 'OK');
    // One wins. The other is refused: as the last administrator if both requests were checked
    // before either finished, or for lack of rights if the winner was already done.
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(['LETZTER_ADMINISTRATOR', 'FORBIDDEN']).toContain(codes.find((c) => c !== 'OK'));
    const admins = await t.db.prisma.rollenzuweisung.findMany({
      where: { rolle: 'AUSBILDUNGSADMINISTRATOR', betriebsstaette: { unternehmenId: b.unternehmen.id } },
    });
    expect(admins).toHaveLength(1);
    expect(
      await t.db.prisma.auditEvent.count({
        where: { action: 'ROLLE_ENTZOGEN', unternehmenId: b.unternehmen.id },
      }),
    ).toBe(1);
  });

  it('an administrator of another Betriebsstaette does not keep the Hauptsitz administered', async () => {
    // Without Hauptsitz reach a Filial admin administers the Filiale only: the Hauptsitz keeps its own.
    const { b, admin } = await betriebMitAdmin({ filialen: 1 });
    const filialAdmin = await buildUser(t.db.prisma);
    await grantRole(t.db.prisma, filialAdmin.id, 'AUSBILDUNGSADMINISTRATOR', {
      betriebsstaetteId: b.filialen[0].id,
    });
    const error = expectRefused(await revoke(admin, b.adminRolle.id), 'LETZTER_ADMINISTRATOR');
    expect(error.message).toContain(`die Betriebsstätte ${b.hauptsitz.name} keine`);
    expect(error.message).not.toContain(b.filialen[0].name);
  });
});

const HINWEISE = `query { benutzerverwaltung(first: 100) { nodes { id rollen {
  id rolle status entziehenSperrgrund entziehenWarnung betriebsstaette { id name } } } } }`;

interface HinweisView {
  id: string;
  rolle: string;
  status: string;
  entziehenSperrgrund: string | null;
  entziehenWarnung: string | null;
}
const hinweiseOf = async (client: TestClient) => {
  const data = await client.gqlOk<{ benutzerverwaltung: { nodes: { rollen: HinweisView[] }[] } }>(HINWEISE);
  return new Map(data.benutzerverwaltung.nodes.flatMap((n) => n.rollen).map((r) => [r.id, r]));
};

describe('last administrator per Betriebsstaette', () => {
  it('the sole Hauptsitz admin with reach cannot remove her role: the dialog knows why before, naming every Betriebsstaette', async () => {
    const { b, admin } = await betriebMitAdmin({ filialen: 1, hauptsitzZugriff: true });
    const hinweis = (await hinweiseOf(admin)).get(b.adminRolle.id)!;
    const grund = `Ohne diese Rolle hätte die Betriebsstätten ${b.hauptsitz.name} und ${b.filialen[0].name} keine Ausbildungsadministratorin und keinen Ausbildungsadministrator mehr. Vergeben Sie die Rolle dort zuerst an eine weitere Person.`;
    expect(hinweis).toMatchObject({ status: 'AKTIV', entziehenSperrgrund: grund });
    const error = expectRefused(await revoke(admin, b.adminRolle.id), 'LETZTER_ADMINISTRATOR');
    // The same rule decides both: the refusal says what the dialog said.
    expect(error.message).toBe(grund);
    expect(await t.db.prisma.rollenzuweisung.findUnique({ where: { id: b.adminRolle.id } })).not.toBeNull();
    // Other roles carry no reason; someone else's role no own-role warning.
    expect((await hinweiseOf(admin)).get(b.ausbilderRolle.id)).toMatchObject({
      entziehenSperrgrund: null,
      entziehenWarnung: null,
    });
  });

  it('with reach, a Filiale with its own admin still loses nothing when the Hauptsitz admin goes, but the Hauptsitz does', async () => {
    const { b, admin } = await betriebMitAdmin({ filialen: 2, hauptsitzZugriff: true });
    const filialAdmin = await buildUser(t.db.prisma);
    const filialRolle = await grantRole(t.db.prisma, filialAdmin.id, 'AUSBILDUNGSADMINISTRATOR', {
      betriebsstaetteId: b.filialen[0].id,
    });
    const error = expectRefused(await revoke(admin, b.adminRolle.id), 'LETZTER_ADMINISTRATOR');
    expect(error.message).toContain(
      `die Betriebsstätten ${b.hauptsitz.name} und ${b.filialen[1].name} keine`,
    );
    expect(error.message).not.toContain(b.filialen[0].name);
    // The Filial admin's role may go: the Hauptsitz admin reaches the Filiale.
    expect((await hinweiseOf(admin)).get(filialRolle.id)?.entziehenSperrgrund).toBeNull();
    expect((await revoke(admin, filialRolle.id)).errors).toBeUndefined();
  });

  it('without reach, the sole Filial admin cannot remove her own role (the Hauptsitz admin does not reach the Filiale)', async () => {
    const { b } = await betriebMitAdmin({ filialen: 1 });
    const filialAdmin = await buildUser(t.db.prisma);
    const filialRolle = await grantRole(t.db.prisma, filialAdmin.id, 'AUSBILDUNGSADMINISTRATOR', {
      betriebsstaetteId: b.filialen[0].id,
    });
    const filiale = await t.client().loginOk(filialAdmin.email, TEST_PASSWORD);
    const hinweis = (await hinweiseOf(filiale)).get(filialRolle.id)!;
    expect(hinweis.entziehenSperrgrund).toContain(`die Betriebsstätte ${b.filialen[0].name} keine`);
    expect(hinweis.entziehenWarnung).toContain('Ihre eigene Rolle');
    expectRefused(await revoke(filiale, filialRolle.id), 'LETZTER_ADMINISTRATOR');
  });

  it('an invited (EINGELADEN) administrator does not count, and withdrawing the invitation is always possible', async () => {
    const { b, admin } = await betriebMitAdmin();
    const eingeladen = await t.db.prisma.rollenzuweisung.create({
      data: {
        userId: b.ohneRolle.id,
        rolle: 'AUSBILDUNGSADMINISTRATOR',
        betriebsstaetteId: b.hauptsitz.id,
        status: 'EINGELADEN',
      },
    });
    expectRefused(await revoke(admin, b.adminRolle.id), 'LETZTER_ADMINISTRATOR');
    const hinweise = await hinweiseOf(admin);
    expect(hinweise.get(eingeladen.id)).toMatchObject({ status: 'EINGELADEN', entziehenSperrgrund: null });
    expect((await revoke(admin, eingeladen.id)).errors).toBeUndefined();
  });

  it('warns an admin who removes her own role (not the last) that she loses the administration', async () => {
    const { b, admin } = await betriebMitAdmin({ filialen: 1, hauptsitzZugriff: true });
    const zweite = await buildUser(t.db.prisma);
    const zweiteRolle = await grantRole(t.db.prisma, zweite.id, 'AUSBILDUNGSADMINISTRATOR', {
      betriebsstaetteId: b.hauptsitz.id,
    });
    const hinweise = await hinweiseOf(admin);
    expect(hinweise.get(b.adminRolle.id)).toMatchObject({
      entziehenSperrgrund: null,
      entziehenWarnung: `Das ist Ihre eigene Rolle. Danach können Sie die Betriebsstätten ${b.hauptsitz.name} und ${b.filialen[0].name} nicht mehr verwalten und verlieren den Zugriff auf die Benutzerverwaltung dort.`,
    });
    expect(hinweise.get(zweiteRolle.id)).toMatchObject({ entziehenSperrgrund: null, entziehenWarnung: null });
    expect((await revoke(admin, b.adminRolle.id)).errors).toBeUndefined();
  });

  it('two admins of Hauptsitz and Filiale (with reach) revoking the Hauptsitz roles of each other at once keep one', async () => {
    const { b, admin } = await betriebMitAdmin({ filialen: 1, hauptsitzZugriff: true });
    const zweite = await buildUser(t.db.prisma);
    const zweiteRolle = await grantRole(t.db.prisma, zweite.id, 'AUSBILDUNGSADMINISTRATOR', {
      betriebsstaetteId: b.hauptsitz.id,
    });
    const other = await t.client().loginOk(zweite.email, TEST_PASSWORD);
    const results = await Promise.all([
      revoke(admin, zweiteRolle.id),
      revoke(other, b.adminRolle.id),
      revoke(admin, zweiteRolle.id),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) {
      expect(['LETZTER_ADMINISTRATOR', 'FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(r));
    }
    expect(
      await t.db.prisma.rollenzuweisung.count({
        where: { rolle: 'AUSBILDUNGSADMINISTRATOR', betriebsstaette: { unternehmenId: b.unternehmen.id } },
      }),
    ).toBe(1);
  });
});
