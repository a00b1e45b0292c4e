import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, expectRefused, textOf } from './support/expect.js';
import { buildBetrieb, buildUser, buildVertrag, grantRole, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/harness.js';
import {
  AUSBILDER_ACCOUNT_ERSTELLEN,
  BENUTZER_SUCHEN,
  BENUTZERVERWALTUNG,
  EINLADUNG_ABLEHNEN,
  EINLADUNG_ANNEHMEN,
  ME,
  MEINE_EINLADUNGEN,
  type MeView,
  PASSWORT_SETZEN,
  ROLLE_EINLADEN,
  ROLLE_ENTZIEHEN,
  ROLLE_ZUWEISEN,
  VERTRETUNG_WECHSELN,
} from './support/operations.js';

/**
 * Consent across Unternehmen (Hannover FAQ): an admin never learns whether an address is
 * registered, nor a foreign person's name; a role for someone outside the Unternehmen is an
 * invitation that gives nothing until its owner accepts it under "Profil – Berechtigungen".
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const unique = () => randomUUID().slice(0, 8);

interface EinladenView {
  meldung: string;
  zustellung: { zugestellt: boolean; meldung: string | null; hinweis: string | null };
  benutzer: {
    id: string;
    email: string;
    vorname: string;
    nachname: string;
    mitglied: boolean;
    rollen: { id: string; rolle: string; status: string; betriebsstaette: { id: string; name: string } }[];
  };
}

const einladen = (
  client: TestClient,
  input: { email: string; betriebsstaetteId: string; rolle: string; vorname?: string; nachname?: string },
) =>
  client.gql<{ rolleEinladen: EinladenView }>(ROLLE_EINLADEN, {
    input: { vorname: 'Ina', nachname: 'Eingeladen', ...input },
  });

/** The answer without what necessarily differs: ids and the address the admin typed. */
function ohneIdsUndAdresse(view: EinladenView, email: string) {
  return JSON.parse(
    JSON.stringify(view)
      .replaceAll(email, '<adresse>')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>'),
  );
}

async function zweiBetriebe() {
  const a = await buildBetrieb(t.db.prisma);
  const b = await buildBetrieb(t.db.prisma);
  const bAdmin = await t.client().loginOk(b.admin.email, TEST_PASSWORD);
  return { a, b, bAdmin };
}

const meineEinladungen = async (client: TestClient) =>
  (
    await client.gqlOk<{
      meineEinladungen: {
        id: string;
        rolle: string;
        unternehmenName: string;
        betriebsstaette: { name: string };
      }[];
    }>(MEINE_EINLADUNGEN)
  ).meineEinladungen;

describe('benutzerSuchen reveals nothing outside the Unternehmen', () => {
  it('answers the same (null) for a foreign account, an account without any role and an unknown address', async () => {
    const { a, b, bAdmin } = await zweiBetriebe();
    for (const email of [
      a.ausbilder.email,
      a.admin.email,
      a.ohneRolle.email,
      b.ohneRolle.email,
      `niemand-${unique()}@test.example`,
    ]) {
      const result = await bAdmin.gql(BENUTZER_SUCHEN, { email });
      expect(result, email).toEqual({ data: { benutzerSuchen: null } });
    }
    // A member of B is found, by the exact address.
    const found = await bAdmin.gqlOk<{ benutzerSuchen: { id: string } }>(BENUTZER_SUCHEN, {
      email: b.ausbilder.email,
    });
    expect(found.benutzerSuchen.id).toBe(b.ausbilder.id);
  });

  it('rolleZuweisen by id works only for members; a foreign id is NOT_FOUND like an unknown one', async () => {
    const { a, b, bAdmin } = await zweiBetriebe();
    for (const userId of [a.ausbilder.id, b.ohneRolle.id, randomUUID()]) {
      const error = expectRefused(
        await bAdmin.gql(ROLLE_ZUWEISEN, {
          input: { userId, betriebsstaetteId: b.hauptsitz.id, rolle: 'AUSBILDER' },
        }),
        'NOT_FOUND',
      );
      expect(error.message).toBe('Die Person wurde nicht gefunden.');
      expect(error.extensions?.field).toBe('userId');
    }
    expect(
      await t.db.prisma.rollenzuweisung.count({
        where: { userId: { in: [a.ausbilder.id, b.ohneRolle.id] }, betriebsstaetteId: b.hauptsitz.id },
      }),
    ).toBe(0);
    // A member gets the role directly, in effect at once.
    const ok = await bAdmin.gql(ROLLE_ZUWEISEN, {
      input: { userId: b.azubi.id, betriebsstaetteId: b.hauptsitz.id, rolle: 'AUSBILDUNGSBEAUFTRAGTE' },
    });
    expect(ok.errors).toBeUndefined();
    const rolle = await t.db.prisma.rollenzuweisung.findFirstOrThrow({
      where: { userId: b.azubi.id, rolle: 'AUSBILDUNGSBEAUFTRAGTE' },
    });
    expect(rolle).toMatchObject({ status: 'AKTIV', wirksamDurchId: b.admin.id });
  });
});

describe('rolleEinladen', () => {
  it('B invites A’s Ausbilder: the answer is exactly the one for an unknown address; no rights until accepted; then the role', async () => {
    const { a, b, bAdmin } = await zweiBetriebe();
    const fremd = await einladen(bAdmin, {
      email: a.ausbilder.email,
      betriebsstaetteId: b.hauptsitz.id,
      rolle: 'AUSBILDER',
    });
    const neuEmail = `neu-${unique()}@test.example`;
    const unbekannt = await einladen(bAdmin, {
      email: neuEmail,
      betriebsstaetteId: b.hauptsitz.id,
      rolle: 'AUSBILDER',
    });
    expect(fremd.errors).toBeUndefined();
    expect(unbekannt.errors).toBeUndefined();
    // Field by field the same, apart from ids and the address typed.
    expect(ohneIdsUndAdresse(fremd.data!.rolleEinladen, a.ausbilder.email)).toEqual(
      ohneIdsUndAdresse(unbekannt.data!.rolleEinladen, neuEmail),
    );
    expect(fremd.data!.rolleEinladen).toMatchObject({
      benutzer: {
        vorname: '',
        nachname: '',
        mitglied: false,
        rollen: [{ rolle: 'AUSBILDER', status: 'EINGELADEN' }],
      },
    });
    expect(fremd.data!.rolleEinladen.meldung).toContain('Einladung');
    // Nothing of A's account: not its id, not its name.
    expect(textOf(fremd)).not.toContain(a.ausbilder.id);
    expect(textOf(fremd)).not.toContain(a.ausbilder.nachname.toLowerCase());

    // The list shows both the same way: "eingeladen", the address, no name; a search by the real name finds nothing.
    const liste = await bAdmin.gqlOk<{
      benutzerverwaltung: { nodes: { id: string; email: string; vorname: string; nachname: string }[] };
    }>(BENUTZERVERWALTUNG, { first: 100 });
    const zeilen = liste.benutzerverwaltung.nodes.filter((n) =>
      [a.ausbilder.email, neuEmail].includes(n.email),
    );
    expect(zeilen.map((z) => [z.vorname, z.nachname])).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(textOf(liste)).not.toContain(a.ausbilder.id);
    const suche = await bAdmin.gqlOk<{ benutzerverwaltung: { totalCount: number } }>(BENUTZERVERWALTUNG, {
      suche: a.ausbilder.nachname,
    });
    expect(suche.benutzerverwaltung.totalCount).toBe(0);

    // A's Ausbilder got a mail pointing to Profil – Berechtigungen; the new address a link to set a password.
    const mails = await t.db.prisma.mailOutbox.findMany({
      where: { to: { in: [a.ausbilder.email, neuEmail] } },
    });
    expect(mails.find((m) => m.to === a.ausbilder.email)?.text).toContain('Profil – Berechtigungen');
    expect(mails.find((m) => m.to === neuEmail)?.text).toContain('/passwort-setzen?token=');

    // No rights anywhere until accepted.
    const ausbilder = await t.client().loginOk(a.ausbilder.email, TEST_PASSWORD);
    const vorher = (await ausbilder.gqlOk<MeView>(ME)).me!;
    expect(vorher.arbeitsbereiche.map((x) => x.key)).toEqual([`B:${a.hauptsitz.id}`]);
    expect((await ausbilder.select(`B:${b.hauptsitz.id}`)).errors?.[0].extensions?.code).toBe(
      'ARBEITSBEREICH_UNZULAESSIG',
    );

    // A's Ausbilder accepts under Profil – Berechtigungen and then has the role.
    const einladungen = await meineEinladungen(ausbilder);
    expect(einladungen).toEqual([
      expect.objectContaining({
        rolle: 'AUSBILDER',
        unternehmenName: b.unternehmen.name,
        betriebsstaette: expect.objectContaining({ name: b.hauptsitz.name }),
      }),
    ]);
    expect(await ausbilder.gqlOk(EINLADUNG_ANNEHMEN, { id: einladungen[0].id })).toEqual({
      einladungAnnehmen: true,
    });
    const nachher = (await ausbilder.gqlOk<MeView>(ME)).me!;
    expect(nachher.arbeitsbereiche.map((x) => x.key).sort()).toEqual(
      [`B:${a.hauptsitz.id}`, `B:${b.hauptsitz.id}`].sort(),
    );
    const zuweisung = await t.db.prisma.rollenzuweisung.findUniqueOrThrow({
      where: { id: einladungen[0].id },
    });
    expect(zuweisung).toMatchObject({ status: 'AKTIV', wirksamDurchId: a.ausbilder.id });
    expect(zuweisung.wirksamAb).not.toBeNull();
    const audit = await t.db.prisma.auditEvent.findMany({
      where: { subjectId: zuweisung.id },
      orderBy: { at: 'asc' },
    });
    expect(audit.map((e) => e.action)).toEqual(['ROLLE_EINGELADEN', 'ROLLE_ANGENOMMEN']);
    expect(audit[1]).toMatchObject({ actorUserId: a.ausbilder.id, unternehmenId: b.unternehmen.id });

    // Now a member of B: the admin sees the name and finds the person.
    const gefunden = await bAdmin.gqlOk<{ benutzerSuchen: { id: string; nachname: string } }>(
      BENUTZER_SUCHEN,
      {
        email: a.ausbilder.email,
      },
    );
    expect(gefunden.benutzerSuchen).toMatchObject({ id: a.ausbilder.id, nachname: a.ausbilder.nachname });
    expect(await meineEinladungen(ausbilder)).toEqual([]);
  });

  it('an account of nobody (no role anywhere) is invited the same way, and a member gets the role at once', async () => {
    const { b, bAdmin } = await zweiBetriebe();
    const niemand = await einladen(bAdmin, {
      email: b.ohneRolle.email,
      betriebsstaetteId: b.hauptsitz.id,
      rolle: 'AZUBI',
    });
    expect(niemand.data?.rolleEinladen.benutzer.rollen[0].status).toBe('EINGELADEN');
    const mitglied = await einladen(bAdmin, {
      email: b.azubi.email,
      betriebsstaetteId: b.hauptsitz.id,
      rolle: 'AUSBILDER',
    });
    expect(mitglied.data?.rolleEinladen).toMatchObject({
      meldung: expect.stringContaining('vergeben'),
      benutzer: { id: b.azubi.id, mitglied: true, nachname: b.azubi.nachname },
    });
    expect(mitglied.data?.rolleEinladen.benutzer.rollen.map((r) => r.status)).toEqual(['AKTIV', 'AKTIV']);
    // Twice the same invitation: refused like a role already given.
    expectRefused(
      await einladen(bAdmin, { email: b.ohneRolle.email, betriebsstaetteId: b.hauptsitz.id, rolle: 'AZUBI' }),
      'ROLLE_BEREITS_VERGEBEN',
    );
  });

  it('a new Ausbildungsbeauftragte gets a PIN, logs in with it and accepts', async () => {
    const { b, bAdmin } = await zweiBetriebe();
    const email = `beauftragte-${unique()}@test.example`;
    const result = await einladen(bAdmin, {
      email,
      betriebsstaetteId: b.hauptsitz.id,
      rolle: 'AUSBILDUNGSBEAUFTRAGTE',
    });
    expect(result.errors).toBeUndefined();
    const mail = await t.db.prisma.mailOutbox.findFirstOrThrow({ where: { to: email } });
    expect(mail.text).not.toContain('/passwort-setzen');
    const pin = /Ihre PIN: (\d{8})/.exec(mail.text)![1];
    const person = t.client();
    const login = await person.gql(
      'mutation($input: PinLoginInput!) { loginMitPin(input: $input) { benutzer { id } } }',
      {
        input: { email, pin },
      },
    );
    expect(login.errors).toBeUndefined();
    expect((await person.gqlOk<MeView>(ME)).me!.arbeitsbereiche).toEqual([]);
    const [einladung] = await meineEinladungen(person);
    await person.gqlOk(EINLADUNG_ANNEHMEN, { id: einladung.id });
    expect((await person.gqlOk<MeView>(ME)).me!.abilities.canApproveNachweise).toBe(true);
  });

  it('a new person sets a password from the link, logs in without any role, and accepts', async () => {
    const { b, bAdmin } = await zweiBetriebe();
    const email = `neu-${unique()}@test.example`;
    await einladen(bAdmin, { email, betriebsstaetteId: b.hauptsitz.id, rolle: 'AUSBILDER' });
    const mail = await t.db.prisma.mailOutbox.findFirstOrThrow({ where: { to: email } });
    const token = /passwort-setzen\?token=([\w-]+)/.exec(mail.text)![1];
    const passwort = 'Ein-neues-Passwort-fuer-Ina-7';
    const gesetzt = await t
      .client()
      .gql(PASSWORT_SETZEN, { input: { token, passwort, passwortWiederholung: passwort } });
    expect(gesetzt.errors).toBeUndefined();
    // Setting the password does not accept: the invitation waits under Profil – Berechtigungen.
    expect((await t.db.prisma.rollenzuweisung.findFirstOrThrow({ where: { user: { email } } })).status).toBe(
      'EINGELADEN',
    );
    const person = await t.client().loginOk(email, passwort);
    expect((await person.gqlOk<MeView>(ME)).me!.aktuellerArbeitsbereich).toBeNull();
    const [einladung] = await meineEinladungen(person);
    await person.gqlOk(EINLADUNG_ANNEHMEN, { id: einladung.id });
    expect((await person.gqlOk<MeView>(ME)).me!.aktuellerArbeitsbereich?.key).toBe(`B:${b.hauptsitz.id}`);
  });

  it('declining deletes the invitation with an audit line; the admin can withdraw one with the normal revoke', async () => {
    const { a, b, bAdmin } = await zweiBetriebe();
    const eins = await einladen(bAdmin, {
      email: a.ausbilder.email,
      betriebsstaetteId: b.hauptsitz.id,
      rolle: 'AUSBILDER',
    });
    const zwei = await einladen(bAdmin, {
      email: a.ausbilder.email,
      betriebsstaetteId: b.hauptsitz.id,
      rolle: 'AUSBILDUNGSBEAUFTRAGTE',
    });
    const ausbilder = await t.client().loginOk(a.ausbilder.email, TEST_PASSWORD);
    const idEins = eins.data!.rolleEinladen.benutzer.rollen[0].id;
    expect(await ausbilder.gqlOk(EINLADUNG_ABLEHNEN, { id: idEins })).toEqual({ einladungAblehnen: true });
    expect(await t.db.prisma.rollenzuweisung.findUnique({ where: { id: idEins } })).toBeNull();
    expect(
      (await t.db.prisma.auditEvent.findMany({ where: { subjectId: idEins } })).map((e) => e.action),
    ).toEqual(['ROLLE_EINGELADEN', 'ROLLE_ABGELEHNT']);
    // Withdrawn by the admin: gone from the person's list; the answer names nothing of the account.
    const idZwei = zwei.data!.rolleEinladen.benutzer.rollen.find(
      (r) => r.rolle === 'AUSBILDUNGSBEAUFTRAGTE',
    )!.id;
    const entzogen = await bAdmin.gql(ROLLE_ENTZIEHEN, { id: idZwei });
    expect(entzogen.errors).toBeUndefined();
    expect(textOf(entzogen)).not.toContain(a.ausbilder.id);
    expect(await meineEinladungen(ausbilder)).toEqual([]);
    expectRefused(await ausbilder.gql(EINLADUNG_ANNEHMEN, { id: idZwei }), 'NOT_FOUND');
  });

  it('nobody accepts or declines someone else’s invitation, an active role, or while deputising', async () => {
    const { a, b, bAdmin } = await zweiBetriebe();
    const r = await einladen(bAdmin, {
      email: a.ausbilder.email,
      betriebsstaetteId: b.hauptsitz.id,
      rolle: 'AUSBILDER',
    });
    const id = r.data!.rolleEinladen.benutzer.rollen[0].id;
    const fremde = await t.client().loginOk(a.azubi.email, TEST_PASSWORD);
    expectRefused(await fremde.gql(EINLADUNG_ANNEHMEN, { id }), 'NOT_FOUND');
    expectRefused(await fremde.gql(EINLADUNG_ABLEHNEN, { id }), 'NOT_FOUND');
    expectRefused(await bAdmin.gql(EINLADUNG_ANNEHMEN, { id }), 'NOT_FOUND');
    const ausbilder = await t.client().loginOk(a.ausbilder.email, TEST_PASSWORD);
    expectRefused(await ausbilder.gql(EINLADUNG_ANNEHMEN, { id: a.ausbilderRolle.id }), 'NOT_FOUND');
    expectRefused(await ausbilder.gql(EINLADUNG_ANNEHMEN, { id: 'kaputt' }), 'BAD_USER_INPUT');
    // A deputy acting for the invited person cannot accept for them.
    const vertreter = await buildUser(t.db.prisma);
    const vertretung = await t.db.prisma.vertretung.create({
      data: {
        vertretenerUserId: a.ausbilder.id,
        vertreterUserId: vertreter.id,
        vertreterEmail: vertreter.email,
        vertreterVorname: vertreter.vorname,
        vertreterNachname: vertreter.nachname,
        status: 'AKTIV',
        kammerId: a.kammerId,
        createdById: a.ausbilder.id,
      },
    });
    const deputy = await t.client().loginOk(vertreter.email, TEST_PASSWORD);
    expect((await deputy.gql(VERTRETUNG_WECHSELN, { id: vertretung.id })).errors).toBeUndefined();
    expectRefused(await deputy.gql(EINLADUNG_ANNEHMEN, { id }), 'NICHT_IN_VERTRETUNG');
    expect((await t.db.prisma.rollenzuweisung.findUniqueOrThrow({ where: { id } })).status).toBe(
      'EINGELADEN',
    );
    // Parallel double click: accepted once.
    const results = await Promise.all([
      ausbilder.gql(EINLADUNG_ANNEHMEN, { id }),
      ausbilder.gql(EINLADUNG_ANNEHMEN, { id }),
    ]);
    expect(results.map((x) => codeOf(x) ?? 'OK').sort()).toEqual(['NOT_FOUND', 'OK']);
  });

  it('refuses other roles, foreign Betriebsstaetten and other actors like rolleZuweisen', async () => {
    const { a, b, bAdmin } = await zweiBetriebe();
    expectRefused(
      await einladen(bAdmin, {
        email: `x-${unique()}@test.example`,
        betriebsstaetteId: a.hauptsitz.id,
        rolle: 'AUSBILDER',
      }),
      'FORBIDDEN',
    );
    expectRefused(
      await einladen(bAdmin, {
        email: `x-${unique()}@test.example`,
        betriebsstaetteId: b.hauptsitz.id,
        rolle: 'PRUEFER',
      }),
      'ROLLE_NICHT_VERGEBBAR',
    );
    const error = expectRefused(
      await einladen(bAdmin, { email: 'kaputt', betriebsstaetteId: b.hauptsitz.id, rolle: 'AUSBILDER' }),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.field).toBe('email');
    expect(
      expectRefused(
        await einladen(bAdmin, {
          email: `x-${unique()}@test.example`,
          betriebsstaetteId: b.hauptsitz.id,
          rolle: 'AUSBILDER',
          vorname: ' ',
        }),
        'BAD_USER_INPUT',
      ).extensions?.field,
    ).toBe('vorname');
    const ausbilder = await t.client().loginOk(b.ausbilder.email, TEST_PASSWORD);
    expectRefused(
      await einladen(ausbilder, {
        email: `x-${unique()}@test.example`,
        betriebsstaetteId: b.hauptsitz.id,
        rolle: 'AUSBILDER',
      }),
      'FORBIDDEN',
    );
  });
});

describe('Account erstellen follows the same rule', () => {
  it('an Ausbilder account for another Unternehmen’s address is an invitation, answered like a new address', async () => {
    const { a, b, bAdmin } = await zweiBetriebe();
    const erstellen = (email: string) =>
      bAdmin.gql<{ ausbilderAccountErstellen: { meldung: string } }>(AUSBILDER_ACCOUNT_ERSTELLEN, {
        input: { betriebsstaetteId: b.hauptsitz.id, email, vorname: 'Eva', nachname: 'Neu' },
      });
    const neu = `neu-${unique()}@test.example`;
    const fremd = await erstellen(a.ausbilder.email);
    const unbekannt = await erstellen(neu);
    expect(fremd.data!.ausbilderAccountErstellen.meldung.replace(a.ausbilder.email, '<adresse>')).toBe(
      unbekannt.data!.ausbilderAccountErstellen.meldung.replace(neu, '<adresse>'),
    );
    const rolle = await t.db.prisma.rollenzuweisung.findFirstOrThrow({
      where: { userId: a.ausbilder.id, betriebsstaetteId: b.hauptsitz.id },
    });
    expect(rolle.status).toBe('EINGELADEN');
    // A member of B gets it at once, as before.
    await grantRole(t.db.prisma, b.ohneRolle.id, 'AZUBI', { betriebsstaetteId: b.hauptsitz.id });
    const mitglied = await erstellen(b.ohneRolle.email);
    expect(mitglied.data?.ausbilderAccountErstellen.meldung).toContain('hat jetzt die Rolle');
  });

  it('an Azubi account for a foreign address: no KONTO_ANDERE_PERSON hint; the owner accepts only when the contract names them', async () => {
    const { a, b, bAdmin } = await zweiBetriebe();
    const vertrag = await buildVertrag(t.db.prisma, { betriebsstaetteId: b.hauptsitz.id });
    const result = await bAdmin.gql<{ azubiAccountErstellen: { meldung: string } }>(
      'mutation($input: AzubiKontoInput!) { azubiAccountErstellen(input: $input) { meldung } }',
      { input: { vertragId: vertrag.id, email: a.ausbilder.email } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.azubiAccountErstellen.meldung).toContain('Einladung');
    const ausbilder = await t.client().loginOk(a.ausbilder.email, TEST_PASSWORD);
    const [einladung] = await meineEinladungen(ausbilder);
    expectRefused(await ausbilder.gql(EINLADUNG_ANNEHMEN, { id: einladung.id }), 'KONTO_ANDERE_PERSON');
    await ausbilder.gqlOk(EINLADUNG_ABLEHNEN, { id: einladung.id });
    // Declined: the contract is free again for the right address.
    expect(
      (await t.db.prisma.ausbildungsverhaeltnis.findUniqueOrThrow({ where: { id: vertrag.id } })).azubiUserId,
    ).toBeNull();
  });
});
