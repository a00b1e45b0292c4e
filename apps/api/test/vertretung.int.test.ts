import { deliverDueMails } from '@portal/domain';
import { createMailer } from '@portal/mail';
import { startTestSmtpServer } from '@portal/mail/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, expectRefused } from './support/expect.js';
import {
  buildBetrieb,
  buildEinstellung,
  buildKammer,
  buildUser,
  buildVertrag,
  grantRole,
  TEST_PASSWORD,
} from './support/factories.js';
import { startTestApp, startZweiteInstanz, type TestApp, TestClient } from './support/harness.js';
import {
  ANTRAG_GENEHMIGEN,
  AUSBILDER_ACCOUNT_ERSTELLEN,
  AZUBI_ACCOUNT_ERSTELLEN,
  BENUTZERVERWALTUNG,
  MEINE_BERECHTIGUNGEN,
  MEINE_VERTRETUNGEN,
  OFFENE_VERTRETUNGSANTRAEGE,
  PRUEFER_ANLEGEN,
  ROLLE_ZUWEISEN,
  VERTRETUNG_ABLEHNEN,
  VERTRETUNG_BEANTRAGEN,
  VERTRETUNG_BEENDEN,
  VERTRETUNG_GENEHMIGEN,
  VERTRETUNG_HINZUFUEGEN,
  VERTRETUNG_KANDIDATEN,
  VERTRETUNG_MITARBEITER_HINZUFUEGEN,
  VERTRETUNG_VERLASSEN,
  VERTRETUNG_WECHSELN,
} from './support/operations.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

interface VertretungView {
  id: string;
  status: string;
  vertreterVorname: string;
  vertreterNachname: string;
  vertreterEmail: string;
}
interface MeNachWechsel {
  benutzer: { id: string };
  vertretenePerson: { id: string; vorname: string; nachname: string } | null;
  aktuellerArbeitsbereich: { key: string; rollen: string[] } | null;
  abilities: { canManageRoles: boolean; canSeeIhreAuszubildenden: boolean };
}
interface BerechtigungView {
  id: string;
  aktiv: boolean;
  unternehmen: string[];
  vertretener: { id: string };
}

const login = (email: string) => t.client().loginOk(email, TEST_PASSWORD);

async function mitarbeiterAlsVertretung(principal: TestClient, userId: string) {
  const data = await principal.gqlOk<{ vertretungMitarbeiterHinzufuegen: VertretungView }>(
    VERTRETUNG_MITARBEITER_HINZUFUEGEN,
    { userId },
  );
  return data.vertretungMitarbeiterHinzufuegen;
}

async function wechseln(deputy: TestClient, id: string) {
  return (await deputy.gqlOk<{ vertretungWechseln: MeNachWechsel }>(VERTRETUNG_WECHSELN, { id }))
    .vertretungWechseln;
}

describe('story: a deputy is added, switches with "Zum Programm", acts and switches back', () => {
  it('the company account’s Ausbilder acts as administrator, recorded on behalf of the principal', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const admin = await login(A.admin.email);
    const kandidaten = await admin.gqlOk<{ vertretungKandidaten: { id: string }[] }>(VERTRETUNG_KANDIDATEN);
    expect(kandidaten.vertretungKandidaten.map((k) => k.id)).toEqual([A.ausbilder.id]);
    const v = await mitarbeiterAlsVertretung(admin, A.ausbilder.id);
    expect(v.status).toBe('AKTIV');

    const deputy = await login(A.ausbilder.email);
    expectRefused(await deputy.gql(BENUTZERVERWALTUNG), 'FORBIDDEN');
    const { meineBerechtigungen } = await deputy.gqlOk<{ meineBerechtigungen: BerechtigungView[] }>(
      MEINE_BERECHTIGUNGEN,
    );
    expect(meineBerechtigungen).toEqual([
      expect.objectContaining({
        id: v.id,
        aktiv: false,
        vertretener: expect.objectContaining({ id: A.admin.id }),
      }),
    ]);

    const me = await wechseln(deputy, v.id);
    expect(me.benutzer.id).toBe(A.ausbilder.id);
    expect(me.vertretenePerson?.id).toBe(A.admin.id);
    expect(me.aktuellerArbeitsbereich?.rollen).toEqual(['AUSBILDUNGSADMINISTRATOR']);
    expect(me.abilities.canManageRoles).toBe(true);
    await deputy.gqlOk(ROLLE_ZUWEISEN, {
      // Roles by id are for members of the Unternehmen (anyone else is invited by address).
      input: { userId: A.azubi.id, betriebsstaetteId: A.hauptsitz.id, rolle: 'AUSBILDUNGSBEAUFTRAGTE' },
    });
    const event = await t.db.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'ROLLE_ZUGEWIESEN', unternehmenId: A.unternehmen.id },
    });
    expect(event).toMatchObject({ actorUserId: A.ausbilder.id, onBehalfOfUserId: A.admin.id });

    const back = (await deputy.gqlOk<{ vertretungVerlassen: MeNachWechsel }>(VERTRETUNG_VERLASSEN))
      .vertretungVerlassen;
    expect(back.vertretenePerson).toBeNull();
    expect(back.aktuellerArbeitsbereich?.rollen).toEqual(['AUSBILDER']);
    expectRefused(await deputy.gql(BENUTZERVERWALTUNG), 'FORBIDDEN');
    const switches = await t.db.prisma.auditEvent.findMany({
      where: {
        actorUserId: A.ausbilder.id,
        action: { in: ['VERTRETUNG_GEWECHSELT', 'VERTRETUNG_VERLASSEN'] },
      },
      orderBy: { action: 'asc' },
    });
    expect(switches.map((e) => [e.action, e.onBehalfOfUserId])).toEqual([
      ['VERTRETUNG_GEWECHSELT', A.admin.id],
      ['VERTRETUNG_VERLASSEN', A.admin.id],
    ]);
  });

  it('a Berichtsheft entry written by the deputy of an Azubi is recorded as the deputy’s, for the Azubi', async () => {
    const A = await buildBetrieb(t.db.prisma);
    await buildEinstellung(t.db.prisma, { betriebsstaetteId: A.hauptsitz.id, berufId: A.vertrag.berufId });
    const azubi = await login(A.azubi.email);
    const added = await azubi.gqlOk<{ vertretungHinzufuegen: VertretungView }>(VERTRETUNG_HINZUFUEGEN, {
      input: { vorname: A.ohneRolle.vorname, nachname: A.ohneRolle.nachname, email: A.ohneRolle.email },
    });
    const deputy = await login(A.ohneRolle.email);
    await wechseln(deputy, added.vertretungHinzufuegen.id);
    const created = await deputy.gqlOk<{ nachweisAnlegen: { id: string } }>(
      `mutation($input: NachweisAnlegenInput!) { nachweisAnlegen(input: $input) { id } }`,
      { input: { vertragId: A.vertrag.id, von: '2025-08-04', bis: '2025-08-08' } },
    );
    const ereignis = await t.db.prisma.nachweisEreignis.findFirstOrThrow({
      where: { nachweisId: created.nachweisAnlegen.id },
    });
    expect(ereignis).toMatchObject({ actorUserId: A.ohneRolle.id, onBehalfOfUserId: A.azubi.id });
  });
});

describe('a deputy cannot do more than the principal may', () => {
  it('has the principal’s roles only, not their own, and none of the principal’s account settings', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const C = await buildBetrieb(t.db.prisma);
    // The principal is an Ausbilder in A; the deputy is the administrator of C.
    const principal = await login(A.ausbilder.email);
    const v = (
      await principal.gqlOk<{ vertretungHinzufuegen: VertretungView }>(VERTRETUNG_HINZUFUEGEN, {
        input: { vorname: C.admin.vorname, nachname: C.admin.nachname, email: C.admin.email },
      })
    ).vertretungHinzufuegen;
    const deputy = await login(C.admin.email);
    const me = await wechseln(deputy, v.id);
    expect(me.aktuellerArbeitsbereich).toEqual({ key: `B:${A.hauptsitz.id}`, rollen: ['AUSBILDER'] });
    expect(me.abilities).toEqual({ canManageRoles: false, canSeeIhreAuszubildenden: true });

    expectRefused(await deputy.gql(BENUTZERVERWALTUNG), 'FORBIDDEN');
    expectRefused(await deputy.select(`B:${C.hauptsitz.id}`), 'ARBEITSBEREICH_UNZULAESSIG');
    expectRefused(
      await deputy.gql(ROLLE_ZUWEISEN, {
        input: { userId: C.ohneRolle.id, betriebsstaetteId: C.hauptsitz.id, rolle: 'AZUBI' },
      }),
      'FORBIDDEN',
    );
    for (const [query, variables] of [
      [MEINE_VERTRETUNGEN, {}],
      [VERTRETUNG_KANDIDATEN, {}],
      [VERTRETUNG_BEENDEN, { id: v.id }],
      [VERTRETUNG_HINZUFUEGEN, { input: { vorname: 'A', nachname: 'B', email: C.ohneRolle.email } }],
      [VERTRETUNG_BEANTRAGEN, { input: { vorname: 'A', nachname: 'B', email: 'neu@test.example' } }],
    ] as const) {
      expectRefused(await deputy.gql(query, variables), 'NICHT_IN_VERTRETUNG');
    }
    expect(await t.db.prisma.vertretung.count({ where: { vertretenerUserId: A.ausbilder.id } })).toBe(1);
    expect(await t.db.prisma.rollenzuweisung.count({ where: { betriebsstaetteId: C.hauptsitz.id } })).toBe(3);
  });

  it('account operations while acting touch the deputy’s own account, never the principal’s', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const admin = await login(A.admin.email);
    const v = await mitarbeiterAlsVertretung(admin, A.ausbilder.id);
    const deputy = await login(A.ausbilder.email);
    await wechseln(deputy, v.id);
    const principalSession = await t.db.prisma.session.findFirstOrThrow({ where: { userId: A.admin.id } });

    const sitzungen = await deputy.gqlOk<{ meineSitzungen: { id: string }[] }>('{ meineSitzungen { id } }');
    expect(sitzungen.meineSitzungen.map((x) => x.id)).not.toContain(principalSession.id);
    const zugang = await deputy.gqlOk<{ meineZugangsdaten: { email: string } }>(
      '{ meineZugangsdaten { email } }',
    );
    expect(zugang.meineZugangsdaten.email).toBe(A.ausbilder.email);
    const beenden = await deputy.gql<{ sitzungBeenden: boolean }>(
      'mutation($id: ID!) { sitzungBeenden(id: $id) }',
      {
        id: principalSession.id,
      },
    );
    expect(beenden.data?.sitzungBeenden ?? false).toBe(false);
    await deputy.gql('mutation { andereSitzungenBeenden }');
    const me = await admin.gqlOk<{ me: { benutzer: { id: string } } | null }>('{ me { benutzer { id } } }');
    expect(me.me?.benutzer.id).toBe(A.admin.id);
    const principal = await t.db.prisma.user.findUniqueOrThrow({ where: { id: A.admin.id } });
    expect(principal.passwordChangedAt).toBeNull();
  });

  it('a deputy cannot chain: the principal’s own Vertretungen do not pass on', async () => {
    const A = await buildBetrieb(t.db.prisma);
    // admin -> ausbilder, and ausbilder -> azubi: the azubi may act for the ausbilder, never for the admin.
    const admin = await login(A.admin.email);
    await mitarbeiterAlsVertretung(admin, A.ausbilder.id);
    const ausbilder = await login(A.ausbilder.email);
    const v2 = (
      await ausbilder.gqlOk<{ vertretungHinzufuegen: VertretungView }>(VERTRETUNG_HINZUFUEGEN, {
        input: { vorname: A.azubi.vorname, nachname: A.azubi.nachname, email: A.azubi.email },
      })
    ).vertretungHinzufuegen;
    const azubi = await login(A.azubi.email);
    await wechseln(azubi, v2.id);
    const list = await azubi.gqlOk<{ meineBerechtigungen: BerechtigungView[] }>(MEINE_BERECHTIGUNGEN);
    expect(list.meineBerechtigungen.map((b) => [b.vertretener.id, b.aktiv])).toEqual([
      [A.ausbilder.id, true],
    ]);
    expectRefused(await azubi.gql(BENUTZERVERWALTUNG), 'FORBIDDEN');
  });

  const SELBST = 'In Vertretung können Sie sich selbst keine Rechte geben.';

  it('a deputy acting for an administrator cannot give themselves a role that outlives the Vertretung', async () => {
    const A = await buildBetrieb(t.db.prisma, { filialen: 1, hauptsitzZugriff: true });
    const filiale = A.filialen[0];
    const admin = await login(A.admin.email);
    const v = await mitarbeiterAlsVertretung(admin, A.ausbilder.id);
    const deputy = await login(A.ausbilder.email);
    await wechseln(deputy, v.id);
    // A contract without an account whose Azubi bears the deputy's name (e.g. their own child).
    const offenerVertrag = await t.db.prisma.ausbildungsverhaeltnis.update({
      where: { id: (await buildVertrag(t.db.prisma, { betriebsstaetteId: A.hauptsitz.id })).id },
      data: { azubiVorname: A.ausbilder.vorname, azubiNachname: A.ausbilder.nachname },
    });

    // Rollen: by user id; Konten: by the deputy's own e-mail address (any spelling).
    for (const [query, variables] of [
      [
        ROLLE_ZUWEISEN,
        {
          input: {
            userId: A.ausbilder.id,
            betriebsstaetteId: A.hauptsitz.id,
            rolle: 'AUSBILDUNGSADMINISTRATOR',
          },
        },
      ],
      [
        ROLLE_ZUWEISEN,
        { input: { userId: A.ausbilder.id, betriebsstaetteId: filiale.id, rolle: 'AUSBILDER' } },
      ],
      [
        AUSBILDER_ACCOUNT_ERSTELLEN,
        {
          input: {
            betriebsstaetteId: filiale.id,
            email: A.ausbilder.email.toUpperCase(),
            vorname: A.ausbilder.vorname,
            nachname: A.ausbilder.nachname,
          },
        },
      ],
      [AZUBI_ACCOUNT_ERSTELLEN, { input: { vertragId: offenerVertrag.id, email: ` ${A.ausbilder.email} ` } }],
    ] as const) {
      expect(expectRefused(await deputy.gql(query, variables), 'FORBIDDEN').message).toBe(SELBST);
    }
    const rollen = await t.db.prisma.rollenzuweisung.findMany({ where: { userId: A.ausbilder.id } });
    expect(rollen.map((r) => [r.rolle, r.betriebsstaetteId])).toEqual([['AUSBILDER', A.hauptsitz.id]]);
    const vertrag = await t.db.prisma.ausbildungsverhaeltnis.findUniqueOrThrow({
      where: { id: offenerVertrag.id },
    });
    expect(vertrag.azubiUserId).toBeNull();

    // Everyone else still gets roles from the deputy, as from the principal.
    await deputy.gqlOk(ROLLE_ZUWEISEN, {
      input: { userId: A.azubi.id, betriebsstaetteId: filiale.id, rolle: 'AUSBILDER' },
    });
    // Back on their own account the deputy has no rights to give anything.
    await deputy.gqlOk(VERTRETUNG_VERLASSEN);
    expectRefused(
      await deputy.gql(ROLLE_ZUWEISEN, {
        input: { userId: A.ausbilder.id, betriebsstaetteId: filiale.id, rolle: 'AUSBILDER' },
      }),
      'FORBIDDEN',
    );
  });

  it('a deputy acting for an IHK clerk cannot make themselves Prüfer/-in or administrator of an Unternehmen', async () => {
    const kammer = await buildKammer(t.db.prisma);
    const clerkUser = await buildUser(t.db.prisma, { nachname: 'Sachbearbeiterin' });
    await grantRole(t.db.prisma, clerkUser.id, 'IHK_SACHBEARBEITER', { kammerId: kammer.id });
    const vertreter = await buildUser(t.db.prisma, { vorname: 'Vito', nachname: 'Vertreter' });
    const clerk = await login(clerkUser.email);
    const v = (
      await clerk.gqlOk<{ vertretungHinzufuegen: VertretungView }>(VERTRETUNG_HINZUFUEGEN, {
        input: { vorname: vertreter.vorname, nachname: vertreter.nachname, email: vertreter.email },
      })
    ).vertretungHinzufuegen;
    const deputy = await login(vertreter.email);
    const me = await wechseln(deputy, v.id);
    expect(me.aktuellerArbeitsbereich).toEqual({ key: `K:${kammer.id}`, rollen: ['IHK_SACHBEARBEITER'] });

    const pruefer = await deputy.gql(PRUEFER_ANLEGEN, {
      input: { vorname: vertreter.vorname, nachname: vertreter.nachname, email: vertreter.email },
    });
    expect(expectRefused(pruefer, 'FORBIDDEN').message).toBe(SELBST);
    const antrag = await t.db.prisma.unternehmensantrag.create({
      data: {
        kammerId: kammer.id,
        firmenname: 'Eigene Vertretung GmbH',
        plz: '48143',
        ort: 'Münster',
        bundesland: 'NW',
        unternehmensEmail: 'info@eigene-vertretung.test',
        vorname: vertreter.vorname,
        nachname: vertreter.nachname,
        email: vertreter.email,
      },
    });
    expect(expectRefused(await deputy.gql(ANTRAG_GENEHMIGEN, { id: antrag.id }), 'FORBIDDEN').message).toBe(
      SELBST,
    );
    expect(await t.db.prisma.rollenzuweisung.count({ where: { userId: vertreter.id } })).toBe(0);
    const row = await t.db.prisma.unternehmensantrag.findUniqueOrThrow({ where: { id: antrag.id } });
    expect(row).toMatchObject({ status: 'BEANTRAGT', unternehmenId: null });
    expect(await t.db.prisma.unternehmen.count({ where: { name: 'Eigene Vertretung GmbH' } })).toBe(0);
  });
});

describe('ending a Vertretung', () => {
  it('refuses the deputy’s next request on every instance, which then acts as the deputy', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const admin = await login(A.admin.email);
    const v = await mitarbeiterAlsVertretung(admin, A.ausbilder.id);
    const deputy = await login(A.ausbilder.email);
    await wechseln(deputy, v.id);
    await deputy.gqlOk(BENUTZERVERWALTUNG);

    // A second API instance over the same database: the end on one is seen on the other.
    const second = await startZweiteInstanz(t);
    try {
      const elsewhere = second.client();
      for (const name of ['portal_session', 'portal_csrf']) elsewhere.setCookie(name, deputy.cookie(name)!);
      await elsewhere.gqlOk(BENUTZERVERWALTUNG);

      const ended = await admin.gqlOk<{ vertretungBeenden: VertretungView }>(VERTRETUNG_BEENDEN, {
        id: v.id,
      });
      expect(ended.vertretungBeenden.status).toBe('BEENDET');

      const refused = await elsewhere.gql(ROLLE_ZUWEISEN, {
        input: { userId: A.ohneRolle.id, betriebsstaetteId: A.hauptsitz.id, rolle: 'AZUBI' },
      });
      expectRefused(refused, 'VERTRETUNG_BEENDET');
      expect(await t.db.prisma.rollenzuweisung.count({ where: { userId: A.ohneRolle.id } })).toBe(0);
    } finally {
      await second.close();
    }
    // From now on the session is the deputy's own, on the first instance too.
    const me = await deputy.gqlOk<{ me: MeNachWechsel }>(
      '{ me { benutzer { id } vertretenePerson { id vorname nachname } aktuellerArbeitsbereich { key rollen } abilities { canManageRoles canSeeIhreAuszubildenden } } }',
    );
    expect(me.me.vertretenePerson).toBeNull();
    expect(me.me.aktuellerArbeitsbereich?.rollen).toEqual(['AUSBILDER']);
    expectRefused(await deputy.gql(BENUTZERVERWALTUNG), 'FORBIDDEN');
    expectRefused(await deputy.gql(VERTRETUNG_WECHSELN, { id: v.id }), 'NOT_FOUND');
    const list = await deputy.gqlOk<{ meineBerechtigungen: unknown[] }>(MEINE_BERECHTIGUNGEN);
    expect(list.meineBerechtigungen).toEqual([]);
  });

  it('`me` of an acting session costs at most one statement more than of a plain one', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const admin = await login(A.admin.email);
    const v = await mitarbeiterAlsVertretung(admin, A.ausbilder.id);
    const deputy = await login(A.ausbilder.email);
    const plain = await login(A.azubi.email);
    await wechseln(deputy, v.id);
    const count = async (client: TestClient) => {
      await client.gqlOk(
        '{ me { benutzer { id } vertretenePerson { id } aktuellerArbeitsbereich { key } } }',
      );
      t.db.statements.reset();
      await client.gqlOk(
        '{ me { benutzer { id } vertretenePerson { id } aktuellerArbeitsbereich { key } } }',
      );
      return t.db.statements.count;
    };
    const plainCount = await count(plain);
    const actingCount = await count(deputy);
    expect(plainCount).toBeGreaterThan(0);
    expect(actingCount).toBeLessThanOrEqual(plainCount + 1);
  });
});

describe('a deputy without an account', () => {
  it('is pending, only the own Kammer’s clerk approves, and the invitation arrives by SMTP', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const B = await buildBetrieb(t.db.prisma);
    const clerkA = await buildUser(t.db.prisma, { nachname: 'Sachbearbeiter A' });
    await grantRole(t.db.prisma, clerkA.id, 'IHK_SACHBEARBEITER', { kammerId: A.kammerId });
    const clerkB = await buildUser(t.db.prisma, { nachname: 'Sachbearbeiter B' });
    await grantRole(t.db.prisma, clerkB.id, 'IHK_SACHBEARBEITER', { kammerId: B.kammerId });
    const email = `vertretung-${A.unternehmen.id.slice(0, 8)}@test.example`;

    const admin = await login(A.admin.email);
    const pending = (
      await admin.gqlOk<{ vertretungBeantragen: VertretungView }>(VERTRETUNG_BEANTRAGEN, {
        input: { vorname: 'Vera', nachname: 'Vertretung', email },
      })
    ).vertretungBeantragen;
    expect(pending.status).toBe('BEANTRAGT');
    const own = await admin.gqlOk<{ meineVertretungen: VertretungView[] }>(MEINE_VERTRETUNGEN);
    expect(own.meineVertretungen.map((x) => [x.id, x.status])).toEqual([[pending.id, 'BEANTRAGT']]);
    expect(await t.db.prisma.user.findUnique({ where: { email } })).toBeNull();
    expect(await t.db.prisma.mailOutbox.count({ where: { to: email } })).toBe(0);

    const b = await login(clerkB.email);
    const bList = await b.gqlOk<{ offeneVertretungsantraege: VertretungView[] }>(OFFENE_VERTRETUNGSANTRAEGE);
    expect(bList.offeneVertretungsantraege.map((x) => x.id)).not.toContain(pending.id);
    expectRefused(await b.gql(VERTRETUNG_GENEHMIGEN, { id: pending.id }), 'NOT_FOUND');
    expectRefused(await b.gql(VERTRETUNG_ABLEHNEN, { id: pending.id }), 'NOT_FOUND');
    expectRefused(await admin.gql(VERTRETUNG_GENEHMIGEN, { id: pending.id }), 'FORBIDDEN');

    const a = await login(clerkA.email);
    const aList = await a.gqlOk<{ offeneVertretungsantraege: VertretungView[] }>(OFFENE_VERTRETUNGSANTRAEGE);
    expect(aList.offeneVertretungsantraege.map((x) => x.id)).toEqual([pending.id]);
    const approved = await a.gqlOk<{
      vertretungGenehmigen: {
        vertretung: VertretungView;
        zustellung: { zugestellt: boolean; meldung: string };
      };
    }>(VERTRETUNG_GENEHMIGEN, { id: pending.id });
    expect(approved.vertretungGenehmigen.vertretung.status).toBe('AKTIV');
    // This app has no SMTP server: the clerk is told, and the outbox keeps the mail for later.
    expect(approved.vertretungGenehmigen.zustellung.zugestellt).toBe(false);
    expect(approved.vertretungGenehmigen.zustellung.meldung).toContain(
      'Leider konnten wir Ihnen keine E-Mail',
    );
    expect(codeOf(await a.gql(VERTRETUNG_ABLEHNEN, { id: pending.id }))).toBe(
      'VERTRETUNG_UEBERGANG_UNZULAESSIG',
    );

    let token = '';
    const smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'noreply@portal.test' });
    try {
      await deliverDueMails({ prisma: t.db.prisma, clock: t.clock }, mailer, 100);
      const mail = smtp.received.find((m) => m.to.includes(email));
      expect(mail, 'invitation').toBeDefined();
      const body = mail!.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const link = /https?:\/\/\S+\/passwort-setzen\?token=([\w%-]+)/.exec(body);
      expect(link).not.toBeNull();
      token = decodeURIComponent(link![1]);
      const row = await t.db.prisma.kontoToken.findFirstOrThrow({
        where: { user: { email }, zweck: 'EINLADUNG', usedAt: null },
      });
      expect(row.expiresAt.getTime() - t.clock.now().getTime()).toBe(7 * 24 * 60 * 60 * 1000);
      expect(smtp.received.some((m) => m.to.includes(A.admin.email))).toBe(true);
    } finally {
      mailer.close();
      await smtp.close();
    }

    // The link from the mail sets the password (H4's /passwort-setzen), once; then the new deputy
    // logs in and sees whom they may represent.
    const passwort = 'Vertretung-mit-eigenem-Konto-2026';
    const setzen = `mutation($input: PasswortSetzenInput!) { passwortSetzen(input: $input) { email } }`;
    const input = { token, passwort, passwortWiederholung: passwort };
    const gesetzt = await t.client().gqlOk<{ passwortSetzen: { email: string } }>(setzen, { input });
    expect(gesetzt.passwortSetzen.email).toBe(email);
    expect(codeOf(await t.client().gql(setzen, { input }))).toBe('LINK_UNGUELTIG');
    const deputy = await t.client().loginOk(email, passwort);
    const list = await deputy.gqlOk<{ meineBerechtigungen: BerechtigungView[] }>(MEINE_BERECHTIGUNGEN);
    expect(list.meineBerechtigungen.map((x) => x.vertretener.id)).toEqual([A.admin.id]);
  });

  it('an approved deputy whose account cannot log in yet gets an invitation link, one who can a notice', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const clerk = await buildUser(t.db.prisma);
    await grantRole(t.db.prisma, clerk.id, 'IHK_SACHBEARBEITER', { kammerId: A.kammerId });
    // E.g. invited elsewhere, and the link expired: no password, no PIN.
    const ohneZugang = await buildUser(t.db.prisma, {
      vorname: 'Olga',
      nachname: 'Ohnezugang',
      passwordHash: null,
    });
    const mitPin = await buildUser(t.db.prisma, { vorname: 'Pia', nachname: 'Pin', passwordHash: null });
    await t.db.prisma.user.update({ where: { id: mitPin.id }, data: { pinHash: 'irgendein-hash' } });
    const mitPasswort = await buildUser(t.db.prisma, { vorname: 'Paul', nachname: 'Passwort' });
    const admin = await login(A.admin.email);
    const c = await login(clerk.email);
    for (const person of [ohneZugang, mitPin, mitPasswort]) {
      const pending = (
        await admin.gqlOk<{ vertretungBeantragen: VertretungView }>(VERTRETUNG_BEANTRAGEN, {
          input: { vorname: person.vorname, nachname: person.nachname, email: person.email },
        })
      ).vertretungBeantragen;
      await c.gqlOk(VERTRETUNG_GENEHMIGEN, { id: pending.id });
    }

    const [mail] = await t.db.prisma.mailOutbox.findMany({ where: { to: ohneZugang.email } });
    const link = /\/passwort-setzen\?token=([\w%-]+)/.exec(mail.text);
    expect(link, mail.text).not.toBeNull();
    expect(mail.text).toContain('noch kein Passwort festgelegt');
    const passwort = 'Vertretung-spaet-eingerichtet-2026';
    await t
      .client()
      .gqlOk(`mutation($input: PasswortSetzenInput!) { passwortSetzen(input: $input) { email } }`, {
        input: { token: decodeURIComponent(link![1]), passwort, passwortWiederholung: passwort },
      });
    const deputy = await t.client().loginOk(ohneZugang.email, passwort);
    const list = await deputy.gqlOk<{ meineBerechtigungen: BerechtigungView[] }>(MEINE_BERECHTIGUNGEN);
    expect(list.meineBerechtigungen.map((x) => x.vertretener.id)).toEqual([A.admin.id]);

    for (const person of [mitPin, mitPasswort]) {
      const mails = await t.db.prisma.mailOutbox.findMany({ where: { to: person.email } });
      expect(mails.map((m) => m.subject)).toEqual([
        `Sie wurden als Vertretung für ${A.admin.vorname} ${A.admin.nachname} hinterlegt`,
      ]);
      expect(await t.db.prisma.kontoToken.count({ where: { userId: person.id } })).toBe(0);
    }
  });

  it('a rejected request gives the person nothing', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const clerk = await buildUser(t.db.prisma);
    await grantRole(t.db.prisma, clerk.id, 'IHK_SACHBEARBEITER', { kammerId: A.kammerId });
    const email = `abgelehnt-${A.unternehmen.id.slice(0, 8)}@test.example`;
    const admin = await login(A.admin.email);
    const pending = (
      await admin.gqlOk<{ vertretungBeantragen: VertretungView }>(VERTRETUNG_BEANTRAGEN, {
        input: { vorname: 'Rolf', nachname: 'Abgelehnt', email },
      })
    ).vertretungBeantragen;
    const c = await login(clerk.email);
    const rejected = await c.gqlOk<{ vertretungAblehnen: VertretungView }>(VERTRETUNG_ABLEHNEN, {
      id: pending.id,
    });
    expect(rejected.vertretungAblehnen.status).toBe('ABGELEHNT');
    expect(await t.db.prisma.user.findUnique({ where: { email } })).toBeNull();
    expect(await t.db.prisma.mailOutbox.count({ where: { to: email } })).toBe(0);
  });
});
