import { deliverDueMails } from '@portal/domain';
import { createMailer } from '@portal/mail';
import { startTestSmtpServer, type TestSmtpServer } from '@portal/mail/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeOf, expectRefused } from './support/expect.js';
import {
  buildBetrieb,
  buildUnternehmen,
  buildUser,
  buildVertrag,
  grantRole,
  TEST_PASSWORD,
} from './support/factories.js';
import { type GqlResult, startTestApp, type TestApp, type TestClient } from './support/harness.js';
import {
  ANDERE_SITZUNGEN_BEENDEN,
  AUSBILDER_ACCOUNT_ERSTELLEN,
  AUSBILDER_EMAIL_AENDERN,
  AUSBILDER_LISTE,
  AUSBILDER_PASSWORT_ZURUECKSETZEN,
  AZUBI_ACCOUNT_ERSTELLEN,
  AZUBI_EMAIL_AENDERN,
  AZUBI_PASSWORT_ZURUECKSETZEN,
  EINLADUNG_ANNEHMEN,
  EMAIL_AENDERN,
  EMAIL_BESTAETIGEN,
  KONTO_LINK,
  MEINE_AUSBILDUNGSVERHAELTNISSE,
  MEINE_EINLADUNGEN,
  MEINE_SITZUNGEN,
  MEINE_ZUGANGSDATEN,
  PASSWORT_AENDERN,
  PASSWORT_SETZEN,
  PASSWORT_VERGESSEN,
  ROLLE_ENTZIEHEN,
  SITZUNG_BEENDEN,
} from './support/operations.js';

/**
 * Issue 5, accounts and links (H4): every flow through GraphQL, with the mails received by a real
 * SMTP server on 127.0.0.1 and the links in them followed.
 */

const STUNDE = 60 * 60 * 1000;
const ANTWORT = 'Wenn ein Konto zu Ihren Angaben existiert, haben wir Ihnen eine E-Mail gesendet.';
const NEUES_PASSWORT = 'Sonnenblumen-am-Aasee-42';

let smtp: TestSmtpServer;
let t: TestApp;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await startTestApp({ smtpUrl: smtp.url, now: new Date('2027-03-01T08:00:00Z') });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});
// Fixed rate-limit windows: every test starts in a fresh hour.
beforeEach(() => {
  t.clock.advance(2 * STUNDE);
});

interface Zustellung {
  zugestellt: boolean;
  meldung: string | null;
  hinweis: string | null;
}
interface KontoAktion {
  meldung: string;
  kontoEmailGeaendert: boolean | null;
  zustellung: Zustellung;
}

/** The text of a received mail: quoted-printable undone, as UTF-8. */
function mailText(raw: string): string {
  const body = raw.replace(/=\r?\n/g, '');
  const bytes = body.replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

const mailsAn = (to: string) => smtp.received.filter((m) => m.to.includes(to)).map((m) => mailText(m.raw));

/** The token of the newest link to `pfad` in a mail to `to`. */
function linkAus(to: string, pfad: '/passwort-setzen' | '/email-bestaetigen'): string {
  const texte = mailsAn(to).filter((text) => text.includes(`${pfad}?token=`));
  expect(texte.length, `mail with ${pfad} to ${to}`).toBeGreaterThan(0);
  const match = new RegExp(`https?://[^\\s]+${pfad}\\?token=([\\w-]+)`).exec(texte.at(-1)!);
  expect(match, `link in mail to ${to}`).not.toBeNull();
  return match![1];
}

/** A request as if from another client address (the app trusts X-Forwarded-For from loopback proxies). */
async function gqlVon<T = Record<string, unknown>>(
  client: TestClient,
  adresse: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResult<T>> {
  const response = await client.request('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': adresse },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GqlResult<T>;
}

const login = (email: string, password = TEST_PASSWORD) => t.client().loginOk(email, password);

/** "Profil – Berechtigungen": the person accepts every open invitation (roles for non-members wait for it). */
async function einladungenAnnehmen(client: TestClient) {
  const { meineEinladungen } = await client.gqlOk<{ meineEinladungen: { id: string }[] }>(MEINE_EINLADUNGEN);
  expect(meineEinladungen.length).toBeGreaterThan(0);
  for (const e of meineEinladungen) await client.gqlOk(EINLADUNG_ANNEHMEN, { id: e.id });
}

async function passwortSetzen(token: string, passwort = NEUES_PASSWORT, adresse = '198.51.100.1') {
  return gqlVon<{ passwortSetzen: { email: string } }>(t.client(), adresse, PASSWORT_SETZEN, {
    input: { token, passwort, passwortWiederholung: passwort },
  });
}

async function vergessen(kennung: string, adresse = '198.51.100.7') {
  return gqlVon<{ passwortVergessen: { meldung: string } }>(t.client(), adresse, PASSWORT_VERGESSEN, {
    kennung,
  });
}

const unique = () => Math.random().toString(36).slice(2, 10);

describe('Account erstellen for an Azubi (Azubi-Verwaltung)', () => {
  it('the admin creates the account, the Azubi sets a password from the e-mail link and logs in', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const vertrag = await buildVertrag(t.db.prisma, {
      betriebsstaetteId: b.hauptsitz.id,
      nachname: 'Neuling',
    });
    const email = `azubi-${unique()}@test.example`;
    const admin = await login(b.admin.email);

    const erstellt = await admin.gqlOk<{ azubiAccountErstellen: KontoAktion }>(AZUBI_ACCOUNT_ERSTELLEN, {
      input: { vertragId: vertrag.id, email: ` ${email.toUpperCase()} ` },
    });
    expect(erstellt.azubiAccountErstellen.zustellung).toEqual({
      zugestellt: true,
      meldung: null,
      hinweis: null,
    });
    expect(erstellt.azubiAccountErstellen.meldung).toContain(email);
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toBeNull();
    expect(
      await t.db.prisma.rollenzuweisung.count({
        where: { userId: user.id, rolle: 'AZUBI', betriebsstaetteId: b.hauptsitz.id },
      }),
    ).toBe(1);

    const liste = await admin.gqlOk<{
      azubiVerwaltung: { nodes: { id: string; kontoStatus: string; azubiEmail: string }[] };
    }>(`{ azubiVerwaltung(first: 50) { nodes { id kontoStatus azubiEmail } } }`);
    expect(liste.azubiVerwaltung.nodes.find((n) => n.id === vertrag.id)).toEqual({
      id: vertrag.id,
      kontoStatus: 'EINGELADEN',
      azubiEmail: email,
    });

    // The mail arrived at the SMTP server with a link that works once, for 7 days.
    const token = linkAus(email, '/passwort-setzen');
    expect(mailsAn(email).at(-1)).toContain('die Rolle Auszubildende/r');
    const info = await t
      .client()
      .gqlOk<{ kontoLink: { zweck: string; email: string } }>(KONTO_LINK, { token });
    expect(info.kontoLink).toMatchObject({ zweck: 'EINLADUNG', email });

    // Password rules first: too short, common, not repeated the same.
    for (const [passwort, wiederholung, field] of [
      ['kurz', 'kurz', 'passwort'],
      ['Passwort123!', 'Passwort123!', 'passwort'],
      [email, email, 'passwort'],
      [NEUES_PASSWORT, `${NEUES_PASSWORT}x`, 'passwortWiederholung'],
    ] as const) {
      const result = await t
        .client()
        .gql(PASSWORT_SETZEN, { input: { token, passwort, passwortWiederholung: wiederholung } });
      expect(expectRefused(result, 'BAD_USER_INPUT').extensions?.field, passwort).toBe(field);
    }
    const gesetzt = await passwortSetzen(token);
    expect(gesetzt.data?.passwortSetzen.email).toBe(email);

    const azubi = await login(email, NEUES_PASSWORT);
    // A new account is nobody's member yet: the Azubi accepts the invitation under Profil – Berechtigungen.
    await einladungenAnnehmen(azubi);
    const eigene = await azubi.gqlOk<{ meineAusbildungsverhaeltnisse: { id: string }[] }>(
      MEINE_AUSBILDUNGSVERHAELTNISSE,
    );
    expect(eigene.meineAusbildungsverhaeltnisse.map((v) => v.id)).toEqual([vertrag.id]);

    // A reused link is refused.
    expectRefused(await passwortSetzen(token, 'Noch-ein-anderes-Passwort-7'), 'LINK_UNGUELTIG');
    // The account exists now: "Account erstellen" again is refused, "Passwort zurücksetzen" is the way.
    expectRefused(
      await admin.gql(AZUBI_ACCOUNT_ERSTELLEN, { input: { vertragId: vertrag.id, email } }),
      'KONTO_BEREITS_VORHANDEN',
    );
    const nach = await admin.gqlOk<{ azubiVerwaltung: { nodes: { id: string; kontoStatus: string }[] } }>(
      '{ azubiVerwaltung(first: 50) { nodes { id kontoStatus } } }',
    );
    expect(nach.azubiVerwaltung.nodes.find((n) => n.id === vertrag.id)?.kontoStatus).toBe('AKTIV');
  });

  it('links an existing account with a notice instead of a link, and the invitation expires after 7 days', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const vorhanden = await buildUser(t.db.prisma, { vorname: 'Azubi', nachname: `Vorhanden ${unique()}` });
    // A member of the Unternehmen (anyone else is invited, see rollen-einladung.int.test.ts).
    await grantRole(t.db.prisma, vorhanden.id, 'AUSBILDUNGSBEAUFTRAGTE', {
      betriebsstaetteId: b.hauptsitz.id,
    });
    // The contract names the same person (case does not matter).
    const v1 = await buildVertrag(t.db.prisma, {
      betriebsstaetteId: b.hauptsitz.id,
      nachname: vorhanden.nachname.toUpperCase(),
    });
    const v2 = await buildVertrag(t.db.prisma, { betriebsstaetteId: b.hauptsitz.id });
    const admin = await login(b.admin.email);
    const r = await admin.gqlOk<{ azubiAccountErstellen: KontoAktion }>(AZUBI_ACCOUNT_ERSTELLEN, {
      input: { vertragId: v1.id, email: vorhanden.email },
    });
    expect(r.azubiAccountErstellen.meldung).toContain('bestehende Konto');
    expect(mailsAn(vorhanden.email).at(-1)).toContain('bestehendes Konto');
    expect(mailsAn(vorhanden.email).at(-1)).not.toContain('token=');

    const email = `spaet-${unique()}@test.example`;
    await admin.gqlOk(AZUBI_ACCOUNT_ERSTELLEN, { input: { vertragId: v2.id, email } });
    const token = linkAus(email, '/passwort-setzen');
    t.clock.advance(7 * 24 * STUNDE);
    expectRefused(await passwortSetzen(token), 'LINK_ABGELAUFEN');
  });

  it('Passwort zurücksetzen by the admin; the link dies when the old password is used to log in', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const admin = await login(b.admin.email);
    const r = await admin.gqlOk<{ azubiPasswortZuruecksetzen: KontoAktion }>(AZUBI_PASSWORT_ZURUECKSETZEN, {
      vertragId: b.vertrag.id,
    });
    expect(r.azubiPasswortZuruecksetzen.zustellung.zugestellt).toBe(true);
    const token = linkAus(b.azubi.email, '/passwort-setzen');
    expect(mailsAn(b.azubi.email).at(-1)).toContain(`Ihr Ausbildungsbetrieb ${b.unternehmen.name}`);
    await login(b.azubi.email); // the old password still works, and kills the link
    expectRefused(await passwortSetzen(token), 'LINK_UNGUELTIG');

    const ohneKonto = await buildVertrag(t.db.prisma, { betriebsstaetteId: b.hauptsitz.id });
    expectRefused(await admin.gql(AZUBI_PASSWORT_ZURUECKSETZEN, { vertragId: ohneKonto.id }), 'KEIN_KONTO');
  });

  it('only administrators of the Betriebsstaette; a foreign Unternehmen is refused', async () => {
    const b = await buildBetrieb(t.db.prisma, { filialen: 1 });
    const fremd = await buildBetrieb(t.db.prisma);
    const vertrag = await buildVertrag(t.db.prisma, { betriebsstaetteId: b.hauptsitz.id });
    for (const email of [b.ausbilder.email, b.azubi.email, b.ohneRolle.email]) {
      const client = await login(email);
      for (const [op, vars] of [
        [AZUBI_ACCOUNT_ERSTELLEN, { input: { vertragId: vertrag.id, email: 'x@test.example' } }],
        [AZUBI_EMAIL_AENDERN, { input: { vertragId: vertrag.id, email: 'x@test.example' } }],
        [AZUBI_PASSWORT_ZURUECKSETZEN, { vertragId: b.vertrag.id }],
        [AUSBILDER_LISTE, {}],
        [AUSBILDER_PASSWORT_ZURUECKSETZEN, { userId: b.ausbilder.id }],
        [
          AUSBILDER_ACCOUNT_ERSTELLEN,
          {
            input: {
              betriebsstaetteId: b.hauptsitz.id,
              email: 'y@test.example',
              vorname: 'A',
              nachname: 'B',
            },
          },
        ],
      ] as const) {
        expect(codeOf(await client.gql(op, vars)), `${email} ${op.slice(0, 40)}`).toBe('FORBIDDEN');
      }
    }
    const fremdAdmin = await login(fremd.admin.email);
    expectRefused(
      await fremdAdmin.gql(AZUBI_ACCOUNT_ERSTELLEN, {
        input: { vertragId: vertrag.id, email: 'uebernahme@test.example' },
      }),
      'NOT_FOUND',
    );
    expectRefused(
      await fremdAdmin.gql(AZUBI_PASSWORT_ZURUECKSETZEN, { vertragId: b.vertrag.id }),
      'NOT_FOUND',
    );
    expectRefused(
      await fremdAdmin.gql(AUSBILDER_PASSWORT_ZURUECKSETZEN, { userId: b.ausbilder.id }),
      'NOT_FOUND',
    );
    expect(
      await t.db.prisma.ausbildungsverhaeltnis.findUniqueOrThrow({ where: { id: vertrag.id } }),
    ).toMatchObject({
      azubiUserId: null,
      azubiEmail: null,
    });
    expect(mailsAn('uebernahme@test.example')).toEqual([]);
  });
});

describe('E-Mail-Adresse ändern by the admin (takeover guard)', () => {
  it('an account nobody uses yet moves to the new address with a fresh invitation; the old link dies', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const vertrag = await buildVertrag(t.db.prisma, { betriebsstaetteId: b.hauptsitz.id });
    const admin = await login(b.admin.email);
    const falsch = `tippfehler-${unique()}@test.example`;
    const richtig = `richtig-${unique()}@test.example`;
    await admin.gqlOk(AZUBI_ACCOUNT_ERSTELLEN, { input: { vertragId: vertrag.id, email: falsch } });
    const alterLink = linkAus(falsch, '/passwort-setzen');
    const r = await admin.gqlOk<{ azubiEmailAendern: KontoAktion }>(AZUBI_EMAIL_AENDERN, {
      input: { vertragId: vertrag.id, email: richtig },
    });
    // An invitation not yet accepted moves to the new address, answered the same whatever the old
    // address was (kontoEmailGeaendert stays false; see rollen-einladung.int.test.ts).
    expect(r.azubiEmailAendern.kontoEmailGeaendert).toBe(false);
    expect(r.azubiEmailAendern.meldung).toContain('Die Einladung ging neu an diese Adresse');
    expectRefused(await passwortSetzen(alterLink), 'LINK_UNGUELTIG');
    expect((await passwortSetzen(linkAus(richtig, '/passwort-setzen'))).data?.passwortSetzen.email).toBe(
      richtig,
    );
    await login(richtig, NEUES_PASSWORT);
  });

  it('an account in use keeps its login e-mail: only the contract changes', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const admin = await login(b.admin.email);
    const neu = `angreifer-${unique()}@test.example`;
    const r = await admin.gqlOk<{ azubiEmailAendern: KontoAktion }>(AZUBI_EMAIL_AENDERN, {
      input: { vertragId: b.vertrag.id, email: neu },
    });
    expect(r.azubiEmailAendern.kontoEmailGeaendert).toBe(false);
    expect(r.azubiEmailAendern.meldung).toContain('Profil – Zugangsdaten');
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: b.azubi.id } })).email).toBe(
      b.azubi.email,
    );
    expect(
      (await t.db.prisma.ausbildungsverhaeltnis.findUniqueOrThrow({ where: { id: b.vertrag.id } }))
        .azubiEmail,
    ).toBe(neu);
    expect(mailsAn(neu)).toEqual([]);
  });

  it('an unused account that another Unternehmen also uses is not redirected', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const anderer = await buildUnternehmen(t.db.prisma);
    const vertrag = await buildVertrag(t.db.prisma, { betriebsstaetteId: b.hauptsitz.id });
    const email = `geteilt-${unique()}@test.example`;
    const admin = await login(b.admin.email);
    await admin.gqlOk(AZUBI_ACCOUNT_ERSTELLEN, { input: { vertragId: vertrag.id, email } });
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email } });
    await grantRole(t.db.prisma, user.id, 'AUSBILDER', { betriebsstaetteId: anderer.hauptsitz.id });
    const r = await admin.gqlOk<{ azubiEmailAendern: KontoAktion }>(AZUBI_EMAIL_AENDERN, {
      input: { vertragId: vertrag.id, email: `umleitung-${unique()}@test.example` },
    });
    expect(r.azubiEmailAendern.kontoEmailGeaendert).toBe(false);
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(email);
  });
});

describe('takeover guard: linking and redirecting existing accounts', () => {
  it('an existing account of another name is not linked to a contract', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const vertrag = await buildVertrag(t.db.prisma, { betriebsstaetteId: b.hauptsitz.id });
    // For a member the admin may learn it; for anyone else the owner decides (rollen-einladung.int.test.ts).
    await grantRole(t.db.prisma, b.ohneRolle.id, 'AUSBILDUNGSBEAUFTRAGTE', {
      betriebsstaetteId: b.hauptsitz.id,
    });
    const admin = await login(b.admin.email);
    const vorher = mailsAn(b.ohneRolle.email).length;
    expectRefused(
      await admin.gql(AZUBI_ACCOUNT_ERSTELLEN, {
        input: { vertragId: vertrag.id, email: b.ohneRolle.email },
      }),
      'KONTO_ANDERE_PERSON',
    );
    expect(
      (await t.db.prisma.ausbildungsverhaeltnis.findUniqueOrThrow({ where: { id: vertrag.id } })).azubiUserId,
    ).toBeNull();
    expect(mailsAn(b.ohneRolle.email)).toHaveLength(vorher);
  });

  it('a foreign admin who links an unused account they did not create cannot redirect its login e-mail', async () => {
    const fremd = await buildBetrieb(t.db.prisma);
    // E.g. an approved deputy's or a Pruefer's account: no password yet, never logged in, no role in a Betrieb.
    const opfer = await buildUser(t.db.prisma, {
      vorname: 'Azubi',
      nachname: `Opfer ${unique()}`,
      passwordHash: null,
    });
    const vertrag = await buildVertrag(t.db.prisma, {
      betriebsstaetteId: fremd.hauptsitz.id,
      nachname: opfer.nachname,
    });
    const admin = await login(fremd.admin.email);
    await admin.gqlOk(AZUBI_ACCOUNT_ERSTELLEN, { input: { vertragId: vertrag.id, email: opfer.email } });
    const ziel = `angreifer-${unique()}@test.example`;
    const r = await admin.gqlOk<{ azubiEmailAendern: KontoAktion }>(AZUBI_EMAIL_AENDERN, {
      input: { vertragId: vertrag.id, email: ziel },
    });
    expect(r.azubiEmailAendern.kontoEmailGeaendert).toBe(false);
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: opfer.id } })).email).toBe(opfer.email);
    // The invitation was withdrawn from the account and went to the new address as a new one:
    // the other account keeps its address, links and roles; nothing of it reaches `ziel`.
    expect(await t.db.prisma.rollenzuweisung.count({ where: { userId: opfer.id } })).toBe(0);
    const neu = await t.db.prisma.ausbildungsverhaeltnis.findUniqueOrThrow({ where: { id: vertrag.id } });
    expect(neu.azubiUserId).not.toBe(opfer.id);
    for (const text of mailsAn(ziel)) expect(text).not.toContain(opfer.email);
  });

  it('an account the Unternehmen created is not redirected once it takes part in a Vertretung', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const vertrag = await buildVertrag(t.db.prisma, { betriebsstaetteId: b.hauptsitz.id });
    const admin = await login(b.admin.email);
    const email = `vertreter-${unique()}@test.example`;
    await admin.gqlOk(AZUBI_ACCOUNT_ERSTELLEN, { input: { vertragId: vertrag.id, email } });
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email } });
    await t.db.prisma.vertretung.create({
      data: {
        vertretenerUserId: b.ausbilder.id,
        vertreterUserId: user.id,
        vertreterEmail: email,
        vertreterVorname: user.vorname,
        vertreterNachname: user.nachname,
        status: 'AKTIV',
        createdById: b.ausbilder.id,
      },
    });
    const r = await admin.gqlOk<{ azubiEmailAendern: KontoAktion }>(AZUBI_EMAIL_AENDERN, {
      input: { vertragId: vertrag.id, email: `umgeleitet-${unique()}@test.example` },
    });
    expect(r.azubiEmailAendern.kontoEmailGeaendert).toBe(false);
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(email);
  });

  it('an account that can log in with a PIN gets no invitation when linked', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const beauftragte = await buildUser(t.db.prisma, {
      vorname: 'Azubi',
      nachname: `Pin ${unique()}`,
      passwordHash: null,
    });
    await t.db.prisma.user.update({ where: { id: beauftragte.id }, data: { pinHash: 'pin-hash' } });
    await grantRole(t.db.prisma, beauftragte.id, 'AUSBILDUNGSBEAUFTRAGTE', {
      betriebsstaetteId: b.hauptsitz.id,
    });
    const vertrag = await buildVertrag(t.db.prisma, {
      betriebsstaetteId: b.hauptsitz.id,
      nachname: beauftragte.nachname,
    });
    const admin = await login(b.admin.email);
    const r = await admin.gqlOk<{ azubiAccountErstellen: KontoAktion }>(AZUBI_ACCOUNT_ERSTELLEN, {
      input: { vertragId: vertrag.id, email: beauftragte.email },
    });
    expect(r.azubiAccountErstellen.meldung).toContain('bestehende Konto');
    expect(mailsAn(beauftragte.email).at(-1)).not.toContain('token=');
    expect(await t.db.prisma.kontoToken.count({ where: { userId: beauftragte.id } })).toBe(0);
  });
});

describe('E-Mail-Adresse ändern for Ausbilder/-innen', () => {
  it('a mistyped invitation is withdrawn and sent again: the invited account is not the admin’s to change', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const admin = await login(b.admin.email);
    const falsch = `ausb-tippfehler-${unique()}@test.example`;
    const richtig = `ausb-richtig-${unique()}@test.example`;
    await admin.gqlOk(AUSBILDER_ACCOUNT_ERSTELLEN, {
      input: { betriebsstaetteId: b.hauptsitz.id, email: falsch, vorname: 'Ida', nachname: 'Irrtum' },
    });
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email: falsch } });
    // Not an Ausbilder/-in of the Betrieb until accepted: by id it is unknown, as any foreign account.
    expectRefused(
      await admin.gql(AUSBILDER_EMAIL_AENDERN, { input: { userId: user.id, email: richtig } }),
      'NOT_FOUND',
    );
    const rolle = await t.db.prisma.rollenzuweisung.findFirstOrThrow({ where: { userId: user.id } });
    expect(rolle.status).toBe('EINGELADEN');
    expect((await admin.gql(ROLLE_ENTZIEHEN, { id: rolle.id })).errors).toBeUndefined();
    await admin.gqlOk(AUSBILDER_ACCOUNT_ERSTELLEN, {
      input: { betriebsstaetteId: b.hauptsitz.id, email: richtig, vorname: 'Ida', nachname: 'Irrtum' },
    });
    expect((await passwortSetzen(linkAus(richtig, '/passwort-setzen'))).data?.passwortSetzen.email).toBe(
      richtig,
    );
    const ida = await login(richtig, NEUES_PASSWORT);
    await einladungenAnnehmen(ida);
  });

  it('refuses accounts in use and accounts the Unternehmen only linked; a foreign admin sees nothing', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const fremd = await buildBetrieb(t.db.prisma);
    const admin = await login(b.admin.email);
    const ziel = `ausb-ziel-${unique()}@test.example`;
    expectRefused(
      await admin.gql(AUSBILDER_EMAIL_AENDERN, { input: { userId: b.ausbilder.id, email: ziel } }),
      'KONTO_EMAIL_NICHT_AENDERBAR',
    );
    const ohnePasswort = await buildUser(t.db.prisma, { passwordHash: null });
    // A member the Unternehmen only linked (not created): its login e-mail stays.
    await grantRole(t.db.prisma, ohnePasswort.id, 'AZUBI', { betriebsstaetteId: b.hauptsitz.id });
    await admin.gqlOk(AUSBILDER_ACCOUNT_ERSTELLEN, {
      input: {
        betriebsstaetteId: b.hauptsitz.id,
        email: ohnePasswort.email,
        vorname: ohnePasswort.vorname,
        nachname: ohnePasswort.nachname,
      },
    });
    expectRefused(
      await admin.gql(AUSBILDER_EMAIL_AENDERN, { input: { userId: ohnePasswort.id, email: ziel } }),
      'KONTO_EMAIL_NICHT_AENDERBAR',
    );
    const fremdAdmin = await login(fremd.admin.email);
    expectRefused(
      await fremdAdmin.gql(AUSBILDER_EMAIL_AENDERN, { input: { userId: b.ausbilder.id, email: ziel } }),
      'NOT_FOUND',
    );
    for (const u of [b.ausbilder, ohnePasswort]) {
      expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).email).toBe(u.email);
    }
    expect(mailsAn(ziel)).toEqual([]);
  });
});

describe('Ausbilder/-innen (/verwaltung/ausbilder)', () => {
  it('lists role holders and contract Ausbilder, creates an account with a link, and resets a password', async () => {
    const b = await buildBetrieb(t.db.prisma, { filialen: 1, hauptsitzZugriff: true });
    const nurVertrag = await buildUser(t.db.prisma, { nachname: 'Vertragsausbilder' });
    await buildVertrag(t.db.prisma, { betriebsstaetteId: b.hauptsitz.id, ausbilderUserId: nurVertrag.id });
    const admin = await login(b.admin.email);
    const liste = await admin.gqlOk<{
      ausbilderListe: { userId: string; kontoStatus: string; hatAusbilderRolle: boolean }[];
    }>(AUSBILDER_LISTE);
    expect(liste.ausbilderListe.map((a) => a.userId).sort()).toEqual([b.ausbilder.id, nurVertrag.id].sort());
    expect(liste.ausbilderListe.find((a) => a.userId === nurVertrag.id)?.hatAusbilderRolle).toBe(false);

    const email = `ausbilderin-${unique()}@test.example`;
    const r = await admin.gqlOk<{ ausbilderAccountErstellen: KontoAktion }>(AUSBILDER_ACCOUNT_ERSTELLEN, {
      input: { betriebsstaetteId: b.filialen[0].id, email, vorname: 'Ines', nachname: 'Neu' },
    });
    expect(r.ausbilderAccountErstellen.zustellung.zugestellt).toBe(true);
    expect(mailsAn(email).at(-1)).toContain('die Rolle Ausbilder/-in');
    await passwortSetzen(linkAus(email, '/passwort-setzen'));
    const ines = await login(email, NEUES_PASSWORT);
    await einladungenAnnehmen(ines);
    const me = await ines.gqlOk<{ me: { aktuellerArbeitsbereich: { key: string; rollen: string[] } } }>(
      '{ me { aktuellerArbeitsbereich { key rollen } } }',
    );
    expect(me.me.aktuellerArbeitsbereich).toEqual({ key: `B:${b.filialen[0].id}`, rollen: ['AUSBILDER'] });

    const gefiltert = await admin.gqlOk<{ ausbilderListe: { email: string; kontoStatus: string }[] }>(
      AUSBILDER_LISTE,
      {
        betriebsstaetteId: b.filialen[0].id,
      },
    );
    expect(gefiltert.ausbilderListe).toEqual(
      [{ email, kontoStatus: 'AKTIV' }].map((x) => expect.objectContaining(x)),
    );

    expectRefused(
      await admin.gql(AUSBILDER_ACCOUNT_ERSTELLEN, {
        input: { betriebsstaetteId: b.filialen[0].id, email, vorname: 'Ines', nachname: 'Neu' },
      }),
      'KONTO_BEREITS_VORHANDEN',
    );
    await admin.gqlOk(AUSBILDER_PASSWORT_ZURUECKSETZEN, { userId: b.ausbilder.id });
    const token = linkAus(b.ausbilder.email, '/passwort-setzen');
    await passwortSetzen(token);
    await login(b.ausbilder.email, NEUES_PASSWORT);
    // Someone who is no Ausbilder of this Betrieb (the admin's own Azubi) cannot be reset from this list.
    expectRefused(await admin.gql(AUSBILDER_PASSWORT_ZURUECKSETZEN, { userId: b.azubi.id }), 'NOT_FOUND');
  });
});

describe('Passwort vergessen', () => {
  it('gives the same answer for known and unknown accounts; only the owner gets a mail', async () => {
    const b = await buildBetrieb(t.db.prisma);
    await t.db.prisma.user.update({
      where: { id: b.ausbilder.id },
      data: { benutzername: `bert-${b.ausbilder.id.slice(0, 6)}` },
    });
    const vorher = smtp.received.length;
    const antworten = [];
    for (const kennung of [
      b.admin.email,
      'niemand-hier@test.example',
      b.vertrag.identnummer,
      'ID-GIBT-ES-NICHT',
      `BERT-${b.ausbilder.id.slice(0, 6)}`,
      'unbekannter-name',
    ]) {
      antworten.push(await vergessen(kennung, `203.0.113.${antworten.length + 1}`));
    }
    expect(new Set(antworten.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(antworten[0]).toEqual({ data: { passwortVergessen: { meldung: ANTWORT } } });
    // Sent in the background: wait until the three owners have theirs.
    await expect.poll(() => smtp.received.length - vorher).toBe(3);
    for (const owner of [b.admin, b.azubi, b.ausbilder]) {
      expect(mailsAn(owner.email).at(-1)).toContain('„Passwort vergessen“ angefordert');
    }
    expect(mailsAn('niemand-hier@test.example')).toEqual([]);
  });

  it('by Identnummer: the Azubi sets a new password; the link unlocks the account and ends all sessions', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const alteSitzung = await login(b.azubi.email);
    await t.db.prisma.user.update({
      where: { id: b.azubi.id },
      data: { failedLoginCount: 5, lockedUntil: new Date(t.clock.now().getTime() + 20 * STUNDE) },
    });
    await vergessen(b.vertrag.identnummer.toLowerCase());
    await expect.poll(() => mailsAn(b.azubi.email).length).toBeGreaterThan(0);
    const token = linkAus(b.azubi.email, '/passwort-setzen');
    expect((await passwortSetzen(token)).data?.passwortSetzen.email).toBe(b.azubi.email);
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: b.azubi.id } });
    expect(user).toMatchObject({ failedLoginCount: 0, lockedUntil: null, passwordChangedAt: t.clock.now() });
    expect(codeOf(await alteSitzung.gql('{ meineSitzungen { id } }'))).toBe('UNAUTHENTICATED');
    await login(b.azubi.email, NEUES_PASSWORT);
    expectRefused(await passwortSetzen(token, 'Ein-weiteres-neues-Passwort-9'), 'LINK_UNGUELTIG');
  });

  it('the link lasts 24 hours, a newer request kills the older one, and a login with the old password kills it', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const zaehle = () => mailsAn(b.admin.email).length;
    await vergessen(b.admin.email);
    await expect.poll(zaehle).toBe(1);
    const erster = linkAus(b.admin.email, '/passwort-setzen');
    await vergessen(b.admin.email);
    await expect.poll(zaehle).toBe(2);
    const zweiter = linkAus(b.admin.email, '/passwort-setzen');
    expect(zweiter).not.toBe(erster);
    expectRefused(await passwortSetzen(erster), 'LINK_UNGUELTIG');

    t.clock.advance(24 * STUNDE);
    expectRefused(await passwortSetzen(zweiter), 'LINK_ABGELAUFEN');

    await vergessen(b.admin.email);
    await expect.poll(zaehle).toBe(3);
    const dritter = linkAus(b.admin.email, '/passwort-setzen');
    await login(b.admin.email);
    expectRefused(await passwortSetzen(dritter), 'LINK_UNGUELTIG');
    await login(b.admin.email); // unchanged password
  });

  it('is rate-limited per account and per client address: same answer, no mail', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const zaehle = () => mailsAn(b.ausbilder.email).length;
    for (let i = 0; i < 5; i++) {
      expect((await vergessen(b.ausbilder.email, `192.0.2.${10 + i}`)).data?.passwortVergessen.meldung).toBe(
        ANTWORT,
      );
    }
    await expect.poll(zaehle).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(zaehle()).toBe(3);
    expect(
      await t.db.prisma.kontoToken.count({ where: { userId: b.ausbilder.id, zweck: 'PASSWORT_RESET' } }),
    ).toBe(3);

    // Ten requests from one address, for different people; the eleventh mails nobody.
    const leute = await Promise.all(Array.from({ length: 11 }, () => buildUser(t.db.prisma)));
    for (const person of leute) {
      expect((await vergessen(person.email, '192.0.2.99')).data?.passwortVergessen.meldung).toBe(ANTWORT);
    }
    await expect.poll(() => leute.filter((p) => mailsAn(p.email).length > 0).length).toBe(10);
    expect(mailsAn(leute[10].email)).toEqual([]);
    // Another hour, another window.
    t.clock.advance(STUNDE);
    await vergessen(leute[10].email, '192.0.2.99');
    await expect.poll(() => mailsAn(leute[10].email).length).toBe(1);
  });

  it('throttles guessing of link tokens per client address', async () => {
    const b = await buildBetrieb(t.db.prisma);
    await vergessen(b.azubi.email);
    await expect.poll(() => mailsAn(b.azubi.email).length).toBe(1);
    const echt = linkAus(b.azubi.email, '/passwort-setzen');
    const client = t.client();
    for (let i = 0; i < 20; i++) {
      const r = await gqlVon(client, '198.18.0.66', KONTO_LINK, { token: `geraten-${i}-${'a'.repeat(30)}` });
      expect(codeOf(r)).toBe('LINK_UNGUELTIG');
    }
    const gesperrt = await passwortSetzen(echt, NEUES_PASSWORT, '198.18.0.66');
    expect(expectRefused(gesperrt, 'ZU_VIELE_VERSUCHE').message).toContain('Stunde');
    // The real owner from elsewhere is not locked out, and a valid token costs nothing.
    expect((await passwortSetzen(echt, NEUES_PASSWORT, '198.18.0.67')).data?.passwortSetzen.email).toBe(
      b.azubi.email,
    );
  });
});

describe('Profil - Zugangsdaten: e-mail and password', () => {
  it('an e-mail change: link to the new address, notice to the old one, only the newest link works', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const client = await login(b.ausbilder.email);
    const erste = `erste-${unique()}@test.example`;
    const zweite = `zweite-${unique()}@test.example`;
    expectRefused(
      await client.gql(EMAIL_AENDERN, { input: { neueEmail: erste, passwort: 'falsch-falsch-falsch' } }),
      'PASSWORT_FALSCH',
    );
    const r1 = await client.gqlOk<{ emailAendern: Zustellung }>(EMAIL_AENDERN, {
      input: { neueEmail: erste, passwort: TEST_PASSWORD },
    });
    expect(r1.emailAendern.zugestellt).toBe(true);
    const link1 = linkAus(erste, '/email-bestaetigen');
    expect(mailsAn(b.ausbilder.email).at(-1)).toContain(erste);
    await client.gqlOk(EMAIL_AENDERN, { input: { neueEmail: zweite, passwort: TEST_PASSWORD } });
    const link2 = linkAus(zweite, '/email-bestaetigen');
    const daten = await client.gqlOk<{
      meineZugangsdaten: { offeneEmailAenderung: string; darfEmailAendern: boolean };
    }>(MEINE_ZUGANGSDATEN);
    expect(daten.meineZugangsdaten).toMatchObject({ offeneEmailAenderung: zweite, darfEmailAendern: true });

    const alt = await gqlVon(t.client(), '198.51.100.20', EMAIL_BESTAETIGEN, { token: link1 });
    expect(expectRefused(alt, 'LINK_UNGUELTIG').message).toContain('neueren Link');
    const ok = await gqlVon<{ emailBestaetigen: { email: string } }>(
      t.client(),
      '198.51.100.20',
      EMAIL_BESTAETIGEN,
      {
        token: link2,
      },
    );
    expect(ok.data?.emailBestaetigen.email).toBe(zweite);
    await login(zweite);
    expect(codeOf(await t.client().login(b.ausbilder.email, TEST_PASSWORD))).toBe('ANMELDUNG_UNBEKANNT');
    expectRefused(
      await gqlVon(t.client(), '198.51.100.20', EMAIL_BESTAETIGEN, { token: link2 }),
      'LINK_UNGUELTIG',
    );
  });

  it('an address that belongs to another account: same answer, that mailbox gets a notice without a link', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const client = await login(b.ausbilder.email);
    const r = await client.gqlOk<{ emailAendern: Zustellung }>(EMAIL_AENDERN, {
      input: { neueEmail: b.admin.email, passwort: TEST_PASSWORD },
    });
    expect(r.emailAendern).toEqual({ zugestellt: true, meldung: null, hinweis: null });
    const text = mailsAn(b.admin.email).at(-1)!;
    expect(text).toContain('besteht bereits ein Konto');
    expect(text).not.toContain('token=');
  });

  it('Ausbildungsbeauftragte cannot change their e-mail', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const beauftragte = await buildUser(t.db.prisma);
    await grantRole(t.db.prisma, beauftragte.id, 'AUSBILDUNGSBEAUFTRAGTE', {
      betriebsstaetteId: b.hauptsitz.id,
    });
    const client = await login(beauftragte.email);
    const daten = await client.gqlOk<{ meineZugangsdaten: { darfEmailAendern: boolean } }>(
      MEINE_ZUGANGSDATEN,
    );
    expect(daten.meineZugangsdaten.darfEmailAendern).toBe(false);
    const r = await client.gql(EMAIL_AENDERN, {
      input: { neueEmail: `neu-${unique()}@test.example`, passwort: TEST_PASSWORD },
    });
    expect(expectRefused(r, 'EMAIL_AENDERUNG_NICHT_MOEGLICH').message).toContain('Ausbildungsbeauftragte');
  });

  it('a password change needs the current password, follows the rules and ends the other sessions', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const andere = await login(b.azubi.email);
    const client = await login(b.azubi.email);
    const input = (aktuell: string, neu: string, wdh = neu) => ({
      input: { aktuellesPasswort: aktuell, neuesPasswort: neu, neuesPasswortWiederholung: wdh },
    });
    expect(
      expectRefused(await client.gql(PASSWORT_AENDERN, input('falsch', NEUES_PASSWORT)), 'PASSWORT_FALSCH')
        .extensions?.field,
    ).toBe('aktuellesPasswort');
    expect(
      expectRefused(await client.gql(PASSWORT_AENDERN, input(TEST_PASSWORD, 'qwertz12345')), 'BAD_USER_INPUT')
        .extensions?.field,
    ).toBe('neuesPasswort');
    const r = await client.gqlOk<{ passwortAendern: { beendeteSitzungen: number } }>(
      PASSWORT_AENDERN,
      input(TEST_PASSWORD, NEUES_PASSWORT),
    );
    expect(r.passwortAendern.beendeteSitzungen).toBe(1);
    expect(codeOf(await andere.gql(MEINE_SITZUNGEN))).toBe('UNAUTHENTICATED');
    expect((await client.gql(MEINE_SITZUNGEN)).errors).toBeUndefined();
    await login(b.azubi.email, NEUES_PASSWORT);
    expect(mailsAn(b.azubi.email).length).toBe(0); // the notice goes through the outbox job
    expect(
      await t.db.prisma.mailOutbox.count({ where: { to: b.azubi.email, subject: { contains: 'Passwort' } } }),
    ).toBe(1);
  });

  it('wrong current passwords are throttled per account', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const client = await login(b.admin.email);
    const versuch = (pw: string) =>
      client.gql(PASSWORT_AENDERN, {
        input: {
          aktuellesPasswort: pw,
          neuesPasswort: NEUES_PASSWORT,
          neuesPasswortWiederholung: NEUES_PASSWORT,
        },
      });
    for (let i = 0; i < 5; i++) expect(codeOf(await versuch(`falsch-${i}`))).toBe('PASSWORT_FALSCH');
    expectRefused(await versuch(TEST_PASSWORD), 'ZU_VIELE_VERSUCHE');
  });
});

describe('Profil - Sitzungen', () => {
  it('lists own sessions, ends one, and ends all others', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const eins = await login(b.admin.email);
    const zwei = await login(b.admin.email);
    const drei = await login(b.admin.email);
    const fremd = await login(b.azubi.email);
    const liste = await drei.gqlOk<{ meineSitzungen: { id: string; aktuell: boolean }[] }>(MEINE_SITZUNGEN);
    expect(liste.meineSitzungen).toHaveLength(3);
    expect(liste.meineSitzungen.filter((s) => s.aktuell)).toHaveLength(1);
    const fremdeSitzung = await t.db.prisma.session.findFirstOrThrow({ where: { userId: b.azubi.id } });
    expectRefused(await drei.gql(SITZUNG_BEENDEN, { id: fremdeSitzung.id }), 'NOT_FOUND');
    const andere = liste.meineSitzungen.find((s) => !s.aktuell)!;
    expect(
      (await drei.gqlOk<{ sitzungBeenden: boolean }>(SITZUNG_BEENDEN, { id: andere.id })).sitzungBeenden,
    ).toBe(true);
    const nochDa = await Promise.all(
      [eins, zwei].map(async (c) => (await c.gql(MEINE_SITZUNGEN)).errors === undefined),
    );
    expect(nochDa.filter(Boolean)).toHaveLength(1);
    expect(
      (await drei.gqlOk<{ andereSitzungenBeenden: number }>(ANDERE_SITZUNGEN_BEENDEN)).andereSitzungenBeenden,
    ).toBe(1);
    for (const c of [eins, zwei]) expect(codeOf(await c.gql(MEINE_SITZUNGEN))).toBe('UNAUTHENTICATED');
    expect((await drei.gqlOk<{ meineSitzungen: unknown[] }>(MEINE_SITZUNGEN)).meineSitzungen).toHaveLength(1);
    expect((await fremd.gql(MEINE_SITZUNGEN)).errors).toBeUndefined();
  });
});

describe('when SMTP is down', () => {
  it('the admin sees the seed message, the mail stays in the outbox and goes out later; Passwort vergessen reveals nothing', async () => {
    const tot = await startTestApp({ smtpUrl: 'smtp://127.0.0.1:9', now: t.clock.now() });
    try {
      const b = await buildBetrieb(tot.db.prisma);
      const vertrag = await buildVertrag(tot.db.prisma, { betriebsstaetteId: b.hauptsitz.id });
      const admin = await tot.client().loginOk(b.admin.email, TEST_PASSWORD);
      const email = `wartet-${unique()}@test.example`;
      const r = await admin.gqlOk<{ azubiAccountErstellen: KontoAktion }>(AZUBI_ACCOUNT_ERSTELLEN, {
        input: { vertragId: vertrag.id, email },
      });
      expect(r.azubiAccountErstellen.zustellung.zugestellt).toBe(false);
      expect(r.azubiAccountErstellen.zustellung.meldung).toBe(
        'Leider konnten wir Ihnen keine E-Mail zusenden. Bitte wenden Sie sich an Ihren zuständigen Sachbearbeiter in der IHK.',
      );
      expect(r.azubiAccountErstellen.zustellung.hinweis).toContain('erneut');
      const row = await tot.db.prisma.mailOutbox.findFirstOrThrow({ where: { to: email } });
      expect(row).toMatchObject({ status: 'AUSSTEHEND', attempts: 1 });
      expect(row.lastError).toBeTruthy();

      const vergessen = await tot.client().gql(PASSWORT_VERGESSEN, { kennung: b.azubi.email });
      expect(vergessen).toEqual({ data: { passwortVergessen: { meldung: ANTWORT } } });

      // SMTP is back: the outbox job delivers both, and the link works. (The background attempt of
      // "Passwort vergessen" may still be failing against the dead server: each round is an hour later.)
      const mailer = createMailer({ smtpUrl: smtp.url, from: 'noreply@portal.test' });
      try {
        await expect
          .poll(async () => {
            tot.clock.advance(STUNDE);
            await deliverDueMails({ prisma: tot.db.prisma, clock: tot.clock }, mailer);
            return mailsAn(email).length + mailsAn(b.azubi.email).length;
          })
          .toBe(2);
      } finally {
        mailer.close();
      }
      const token = linkAus(email, '/passwort-setzen');
      const gesetzt = await tot.client().gql<{ passwortSetzen: { email: string } }>(PASSWORT_SETZEN, {
        input: { token, passwort: NEUES_PASSWORT, passwortWiederholung: NEUES_PASSWORT },
      });
      expect(gesetzt.data?.passwortSetzen.email).toBe(email);
    } finally {
      await tot.close();
    }
  });
});
