import { randomUUID } from 'node:crypto';
import { consumeToken, hashPassword } from '@portal/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeOf, expectRefused } from './support/expect.js';
import {
  buildBetrieb,
  buildKammer,
  buildUser,
  buildVertrag,
  grantRole,
  TEST_PASSWORD,
} from './support/factories.js';
import { type GqlResult, startTestApp, type TestApp, type TestClient } from './support/harness.js';
import {
  AENDERUNGSMAIL_AUSBILDER,
  AENDERUNGSMAIL_SENDEN,
  ANTRAG_ABLEHNEN,
  ANTRAG_GENEHMIGEN,
  AZUBI_VERWALTUNG,
  HAUPTSITZ_ZUGRIFF_SETZEN,
  KAMMER_AUFGABE_ERLEDIGEN,
  KAMMER_AUFGABEN,
  KAMMER_PRUEFER,
  ME,
  OEFFENTLICHE_KAMMERN,
  PRUEFER_ANLEGEN,
  REGISTRIEREN,
  UNTERNEHMEN_BEANTRAGEN,
  UNTERNEHMENSANTRAEGE,
  VERTRETUNG_WECHSELN,
} from './support/operations.js';

/**
 * How accounts come into being at the IHK: the online company application and its approval,
 * Pruefer accounts, self-registration of Fortbildungspruefung participants, the Hauptsitz flag
 * and the "Aenderungsmail" tasks. Every flow through GraphQL, as the SPA calls it.
 */
let t: TestApp;
let K: Awaited<ReturnType<typeof buildBetrieb>>;
let fremd: Awaited<ReturnType<typeof buildBetrieb>>;
let clerk: TestClient;
let fremdClerk: TestClient;
let admin: TestClient;
let pruefer: TestClient;
let ausbilder: TestClient;
let fremdAdmin: TestClient;

const PASSWORT_NEU = 'Mein-neues-Passwort-2026';
let ipZaehler = 0;
/** A fresh client address per test, so the rate limits of one test do not reach the next. */
const neueAdresse = () => `203.0.113.${++ipZaehler}`;
const unique = () => randomUUID().slice(0, 8);

/** Starts the next full hour, so a test of an hourly limit does not straddle two windows. */
function volleStunde() {
  const stunde = 60 * 60 * 1000;
  t.clock.set(new Date((Math.floor(t.clock.now().getTime() / stunde) + 1) * stunde));
}

/** A caller without a session (the public forms), from a given client address. */
async function oeffentlich<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  adresse: string,
): Promise<GqlResult<T>> {
  // Mails of one test are told apart by their time.
  t.clock.advance(1);
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': adresse },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as GqlResult<T>;
  t.clock.advance(1);
  return result;
}

function antrag(overrides: Record<string, string> = {}) {
  const id = unique();
  return {
    kammerId: K.kammerId,
    firmenname: `Antrag ${id} Metallbau GmbH`,
    strasse: 'Hafenweg 12',
    plz: '48155',
    ort: 'Münster',
    bundesland: 'NW',
    unternehmensEmail: `ausbildung-${id}@firma.example`,
    vorname: 'Petra',
    nachname: `Antrag ${id}`,
    email: `petra-${id}@firma.example`,
    ...overrides,
  };
}

const mailsAn = (to: string) =>
  t.db.prisma.mailOutbox.findMany({ where: { to }, orderBy: { createdAt: 'asc' } });

function linkAus(text: string): string {
  const match = /\/passwort-setzen\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no invitation link in: ${text}`);
  return match[1];
}

/** What H4's /passwort-setzen page does with the link: one use, then a password. */
async function passwortAusLink(token: string) {
  const hash = await hashPassword(PASSWORT_NEU);
  await t.db.prisma.$transaction(async (tx) => {
    const row = await consumeToken(tx, token, ['EINLADUNG'], t.clock.now());
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash: hash } });
  });
}

async function kammerSicht(kammerId: string) {
  return t.client().loginOk(await clerkOf(kammerId), TEST_PASSWORD);
}

let angemeldetUm = 0;
let prueferEmail: string;
let clerkEmail: string;
let fremdClerkEmail: string;

/** Logs everyone in again when the tests moved the clock past the session's idle time. */
async function anmelden() {
  clerk = await t.client().loginOk(clerkEmail, TEST_PASSWORD);
  fremdClerk = await t.client().loginOk(fremdClerkEmail, TEST_PASSWORD);
  pruefer = await t.client().loginOk(prueferEmail, TEST_PASSWORD);
  admin = await t.client().loginOk(K.admin.email, TEST_PASSWORD);
  ausbilder = await t.client().loginOk(K.ausbilder.email, TEST_PASSWORD);
  fremdAdmin = await t.client().loginOk(fremd.admin.email, TEST_PASSWORD);
  angemeldetUm = t.clock.now().getTime();
}

async function clerkOf(kammerId: string) {
  const c = await buildUser(t.db.prisma, { nachname: `Sachbearbeiter ${unique()}` });
  await grantRole(t.db.prisma, c.id, 'IHK_SACHBEARBEITER', { kammerId });
  return c.email;
}

beforeAll(async () => {
  t = await startTestApp();
  K = await buildBetrieb(t.db.prisma, { filialen: 1 });
  fremd = await buildBetrieb(t.db.prisma);
  clerkEmail = await clerkOf(K.kammerId);
  fremdClerkEmail = await clerkOf(fremd.kammerId);
  const p = await buildUser(t.db.prisma, { nachname: 'Prüfer' });
  await grantRole(t.db.prisma, p.id, 'PRUEFER', { kammerId: K.kammerId });
  prueferEmail = p.email;
  await anmelden();
});
beforeEach(async () => {
  if (t.clock.now().getTime() - angemeldetUm > 30 * 60 * 1000) await anmelden();
});
afterAll(async () => {
  await t?.close();
});

describe('public Kammer list', () => {
  it('lists the Kammern without a session', async () => {
    const result = await oeffentlich<{ oeffentlicheKammern: { id: string; name: string }[] }>(
      OEFFENTLICHE_KAMMERN,
      {},
      neueAdresse(),
    );
    expect(result.data?.oeffentlicheKammern.map((k) => k.id)).toEqual(
      expect.arrayContaining([K.kammerId, fremd.kammerId]),
    );
  });
});

describe('online company application', () => {
  it('a company applies, the IHK clerk approves, the applicant sets a password and administers the new Unternehmen', async () => {
    const a = antrag();
    const eingang = await oeffentlich<{ unternehmenBeantragen: { hinweis: string } }>(
      UNTERNEHMEN_BEANTRAGEN,
      { input: { ...a, email: a.email.toUpperCase() } },
      neueAdresse(),
    );
    expect(eingang.errors).toBeUndefined();
    expect(eingang.data?.unternehmenBeantragen.hinweis).toMatch(/Ihr Antrag ist eingegangen/);
    const [bestaetigung] = await mailsAn(a.email);
    expect(bestaetigung.subject).toMatch(/eingegangen/);

    // Only the clerk of the chosen Kammer sees it.
    const offen = await clerk.gqlOk<{
      unternehmensantraege: { id: string; firmenname: string; status: string }[];
    }>(UNTERNEHMENSANTRAEGE);
    const row = offen.unternehmensantraege.find((x) => x.firmenname === a.firmenname);
    expect(row?.status).toBe('BEANTRAGT');
    const fremdListe = await fremdClerk.gqlOk<{ unternehmensantraege: { id: string }[] }>(
      UNTERNEHMENSANTRAEGE,
    );
    expect(fremdListe.unternehmensantraege.map((x) => x.id)).not.toContain(row!.id);

    // Nobody else may decide.
    expectRefused(await fremdClerk.gql(ANTRAG_GENEHMIGEN, { id: row!.id }), 'NOT_FOUND');
    expectRefused(await admin.gql(ANTRAG_GENEHMIGEN, { id: row!.id }), 'FORBIDDEN');
    expectRefused(await pruefer.gql(ANTRAG_GENEHMIGEN, { id: row!.id }), 'FORBIDDEN');
    expectRefused(await fremdClerk.gql(ANTRAG_ABLEHNEN, { id: row!.id, begruendung: 'Nein' }), 'NOT_FOUND');
    expect(await t.db.prisma.unternehmen.count({ where: { name: a.firmenname } })).toBe(0);

    const genehmigt = await clerk.gqlOk<{
      unternehmensantragGenehmigen: {
        antrag: { status: string; unternehmenId: string };
        einladungVersandt: boolean;
        mailZugestellt: boolean;
        mailMeldung: string | null;
      };
    }>(ANTRAG_GENEHMIGEN, { id: row!.id });
    const ergebnis = genehmigt.unternehmensantragGenehmigen;
    expect(ergebnis.antrag.status).toBe('GENEHMIGT');
    expect(ergebnis.einladungVersandt).toBe(true);
    // The test app has no SMTP server: the page says so with the seed's message, the outbox keeps it.
    expect(ergebnis.mailZugestellt).toBe(false);
    expect(ergebnis.mailMeldung).toMatch(/^Leider konnten wir Ihnen keine E-Mail zusenden/);

    const unternehmen = await t.db.prisma.unternehmen.findUniqueOrThrow({
      where: { id: ergebnis.antrag.unternehmenId },
      include: { betriebsstaetten: { include: { rollen: { include: { user: true } } } } },
    });
    expect(unternehmen).toMatchObject({
      name: a.firmenname,
      kammerId: K.kammerId,
      email: a.unternehmensEmail,
    });
    expect(unternehmen.betriebsstaetten).toHaveLength(1);
    const [hauptsitz] = unternehmen.betriebsstaetten;
    expect(hauptsitz).toMatchObject({
      art: 'HAUPTSITZ',
      strasse: 'Hafenweg 12',
      plz: '48155',
      ort: 'Münster',
      bundesland: 'NW',
    });
    expect(hauptsitz.rollen.map((r) => [r.rolle, r.user.email, r.user.passwordHash])).toEqual([
      ['AUSBILDUNGSADMINISTRATOR', a.email, null],
    ]);
    const audit = await t.db.prisma.auditEvent.findMany({ where: { unternehmenId: unternehmen.id } });
    expect(audit.map((e) => e.action).sort()).toEqual(['ROLLE_ZUGEWIESEN', 'UNTERNEHMENSANTRAG_GENEHMIGT']);

    const einladung = (await mailsAn(a.email)).at(-1)!;
    expect(einladung.status).toBe('AUSSTEHEND');
    expect(einladung.subject).toBe('Ihr Zugang zum Ausbildungsportal ist freigeschaltet');
    await passwortAusLink(linkAus(einladung.text));
    const neu = await t.client().loginOk(a.email, PASSWORT_NEU);
    const me = await neu.gqlOk<{
      me: {
        aktuellerArbeitsbereich: { name: string; rollen: string[] };
        abilities: { canManageRoles: boolean };
      };
    }>(ME);
    expect(me.me.aktuellerArbeitsbereich).toMatchObject({
      name: a.firmenname,
      rollen: ['AUSBILDUNGSADMINISTRATOR'],
    });
    expect(me.me.abilities.canManageRoles).toBe(true);

    // Decided once: a second approval (or a refusal) is refused and creates nothing.
    expectRefused(await clerk.gql(ANTRAG_GENEHMIGEN, { id: row!.id }), 'ANTRAG_BEREITS_ENTSCHIEDEN');
    expectRefused(
      await clerk.gql(ANTRAG_ABLEHNEN, { id: row!.id, begruendung: 'x' }),
      'ANTRAG_BEREITS_ENTSCHIEDEN',
    );
    expect(await t.db.prisma.unternehmen.count({ where: { name: a.firmenname } })).toBe(1);
  });

  it('reuses an existing account with that e-mail and sends it a notice instead of a link', async () => {
    const bestehend = await buildUser(t.db.prisma, { nachname: 'Bestehend' });
    const a = antrag({ email: bestehend.email });
    await oeffentlich(UNTERNEHMEN_BEANTRAGEN, { input: a }, neueAdresse());
    const row = await t.db.prisma.unternehmensantrag.findFirstOrThrow({
      where: { firmenname: a.firmenname },
    });
    const offen = await clerk.gqlOk<{ unternehmensantraege: { id: string; bestehendesKonto: boolean }[] }>(
      UNTERNEHMENSANTRAEGE,
    );
    expect(offen.unternehmensantraege.find((x) => x.id === row.id)?.bestehendesKonto).toBe(true);
    const r = await clerk.gqlOk<{ unternehmensantragGenehmigen: { einladungVersandt: boolean } }>(
      ANTRAG_GENEHMIGEN,
      {
        id: row.id,
      },
    );
    expect(r.unternehmensantragGenehmigen.einladungVersandt).toBe(false);
    expect(await t.db.prisma.user.count({ where: { email: bestehend.email } })).toBe(1);
    const rollen = await t.db.prisma.rollenzuweisung.findMany({ where: { userId: bestehend.id } });
    expect(rollen.map((x) => x.rolle)).toEqual(['AUSBILDUNGSADMINISTRATOR']);
    const hinweis = (await mailsAn(bestehend.email)).at(-1)!;
    expect(hinweis.subject).toBe('Ihr Unternehmen ist im Ausbildungsportal freigeschaltet');
    expect(hinweis.text).not.toMatch(/passwort-setzen/);
    expect(await t.db.prisma.kontoToken.count({ where: { userId: bestehend.id } })).toBe(0);
    // The existing password still works and now reaches the new Unternehmen.
    const c = await t.client().loginOk(bestehend.email, TEST_PASSWORD);
    const me = await c.gqlOk<{ me: { arbeitsbereiche: { name: string }[] } }>(ME);
    expect(me.me.arbeitsbereiche.map((b) => b.name)).toContain(a.firmenname);
  });

  it('the clerk refuses with a reason, which the applicant receives', async () => {
    const a = antrag();
    await oeffentlich(UNTERNEHMEN_BEANTRAGEN, { input: a }, neueAdresse());
    const row = await t.db.prisma.unternehmensantrag.findFirstOrThrow({
      where: { firmenname: a.firmenname },
    });
    const ohne = await clerk.gql(ANTRAG_ABLEHNEN, { id: row.id, begruendung: '   ' });
    expect(expectRefused(ohne, 'BAD_USER_INPUT').extensions?.field).toBe('begruendung');
    const r = await clerk.gqlOk<{ unternehmensantragAblehnen: { status: string; begruendung: string } }>(
      ANTRAG_ABLEHNEN,
      { id: row.id, begruendung: 'Das Unternehmen liegt nicht im Bezirk unserer IHK.' },
    );
    expect(r.unternehmensantragAblehnen).toMatchObject({
      status: 'ABGELEHNT',
      begruendung: 'Das Unternehmen liegt nicht im Bezirk unserer IHK.',
    });
    const mail = (await mailsAn(a.email)).at(-1)!;
    expect(mail.subject).toMatch(/abgelehnt/);
    expect(mail.text).toContain('Das Unternehmen liegt nicht im Bezirk unserer IHK.');
    expect(await t.db.prisma.unternehmen.count({ where: { name: a.firmenname } })).toBe(0);
    expect(await t.db.prisma.user.count({ where: { email: a.email } })).toBe(0);
    const abgelehnt = await clerk.gqlOk<{ unternehmensantraege: { id: string }[] }>(UNTERNEHMENSANTRAEGE, {
      status: 'ABGELEHNT',
    });
    expect(abgelehnt.unternehmensantraege.map((x) => x.id)).toContain(row.id);
  });

  it('answers wrong fields with German field errors and stores nothing', async () => {
    const adresse = neueAdresse();
    for (const [field, input] of [
      ['plz', antrag({ plz: '481' })],
      ['bundesland', antrag({ bundesland: 'XY' })],
      ['email', antrag({ email: 'keine-adresse' })],
      ['firmenname', antrag({ firmenname: '' })],
      ['kammerId', antrag({ kammerId: randomUUID() })],
      ['kammerId', antrag({ kammerId: 'keine-id' })],
    ] as const) {
      const result = await oeffentlich(UNTERNEHMEN_BEANTRAGEN, { input }, adresse);
      const error = expectRefused(result, 'BAD_USER_INPUT');
      expect(error.extensions?.field, JSON.stringify(result)).toBe(field);
      expect(await t.db.prisma.unternehmensantrag.count({ where: { email: input.email } })).toBe(0);
    }
  });

  it('gives the same answer whether the applicant’s e-mail has an account or not', async () => {
    const bestehend = await buildUser(t.db.prisma);
    const mitKonto = await oeffentlich(
      UNTERNEHMEN_BEANTRAGEN,
      { input: antrag({ email: bestehend.email }) },
      neueAdresse(),
    );
    const ohneKonto = await oeffentlich(UNTERNEHMEN_BEANTRAGEN, { input: antrag() }, neueAdresse());
    expect(mitKonto.errors).toBeUndefined();
    expect(mitKonto).toEqual(ohneKonto);
  });

  it('limits applications per client address and per e-mail', async () => {
    volleStunde();
    const adresse = neueAdresse();
    for (let i = 0; i < 5; i++) {
      expect(
        (await oeffentlich(UNTERNEHMEN_BEANTRAGEN, { input: antrag() }, adresse)).errors,
      ).toBeUndefined();
    }
    const zuViel = await oeffentlich(UNTERNEHMEN_BEANTRAGEN, { input: antrag() }, adresse);
    expectRefused(zuViel, 'ANFRAGEN_GEDROSSELT');
    // Another address is not affected; one e-mail from many addresses is limited too.
    const email = `ziel-${unique()}@firma.example`;
    for (let i = 0; i < 3; i++) {
      expect(
        (await oeffentlich(UNTERNEHMEN_BEANTRAGEN, { input: antrag({ email }) }, neueAdresse())).errors,
      ).toBeUndefined();
    }
    expectRefused(
      await oeffentlich(UNTERNEHMEN_BEANTRAGEN, { input: antrag({ email }) }, neueAdresse()),
      'ANFRAGEN_GEDROSSELT',
    );
    expect(await t.db.prisma.unternehmensantrag.count({ where: { email } })).toBe(3);
    // The next hour is a new window.
    t.clock.advance(60 * 60 * 1000);
    expect((await oeffentlich(UNTERNEHMEN_BEANTRAGEN, { input: antrag() }, adresse)).errors).toBeUndefined();
  });
});

describe('Pruefer accounts', () => {
  it('the clerk creates a Pruefer account with an invitation; the Pruefer logs in to the Kammer', async () => {
    const email = `pruefer-${unique()}@test.example`;
    const r = await clerk.gqlOk<{
      prueferAnlegen: {
        pruefer: { id: string; kontoAktiv: boolean };
        bestehendesKonto: boolean;
        einladungVersandt: boolean;
      };
    }>(PRUEFER_ANLEGEN, { input: { vorname: 'Jan', nachname: 'Berg', email: email.toUpperCase() } });
    expect(r.prueferAnlegen).toMatchObject({
      bestehendesKonto: false,
      einladungVersandt: true,
      pruefer: { kontoAktiv: false },
    });
    const liste = await clerk.gqlOk<{ kammerPruefer: { email: string }[] }>(KAMMER_PRUEFER);
    expect(liste.kammerPruefer.map((p) => p.email)).toContain(email);
    const fremdListe = await fremdClerk.gqlOk<{ kammerPruefer: { email: string }[] }>(KAMMER_PRUEFER);
    expect(fremdListe.kammerPruefer.map((p) => p.email)).not.toContain(email);

    const mail = (await mailsAn(email)).at(-1)!;
    expect(mail.subject).toBe('Ihr Zugang als Prüfer/-in zum Ausbildungsportal');
    await passwortAusLink(linkAus(mail.text));
    const neu = await t.client().loginOk(email, PASSWORT_NEU);
    const me = await neu.gqlOk<{
      me: { aktuellerArbeitsbereich: { key: string; rollen: string[] }; abilities: { canExamine: boolean } };
    }>(ME);
    expect(me.me.aktuellerArbeitsbereich).toMatchObject({ key: `K:${K.kammerId}`, rollen: ['PRUEFER'] });
    expect(me.me.abilities.canExamine).toBe(true);

    const doppelt = await clerk.gql(PRUEFER_ANLEGEN, { input: { vorname: 'Jan', nachname: 'Berg', email } });
    expect(expectRefused(doppelt, 'PRUEFER_BEREITS_EINGETRAGEN').extensions?.field).toBe('email');
  });

  it('adds the role to an existing account and tells its owner', async () => {
    const r = await clerk.gqlOk<{
      prueferAnlegen: { bestehendesKonto: boolean; einladungVersandt: boolean };
    }>(PRUEFER_ANLEGEN, { input: { vorname: 'Egal', nachname: 'Egal', email: K.ausbilder.email } });
    expect(r.prueferAnlegen).toMatchObject({ bestehendesKonto: true, einladungVersandt: false });
    const rollen = await t.db.prisma.rollenzuweisung.findMany({
      where: { userId: K.ausbilder.id, kammerId: K.kammerId },
    });
    expect(rollen.map((x) => x.rolle)).toEqual(['PRUEFER']);
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: K.ausbilder.id } });
    expect(user.nachname).toBe(K.ausbilder.nachname);
    expect((await mailsAn(K.ausbilder.email)).at(-1)?.subject).toBe(
      'Sie sind jetzt als Prüfer/-in eingetragen',
    );
  });

  it('only the IHK clerk creates Pruefer accounts', async () => {
    const input = { vorname: 'Nie', nachname: 'Mand', email: `nie-${unique()}@test.example` };
    for (const c of [pruefer, admin, ausbilder]) {
      expectRefused(await c.gql(PRUEFER_ANLEGEN, { input }), 'FORBIDDEN');
      expectRefused(await c.gql(KAMMER_PRUEFER), 'FORBIDDEN');
    }
    expect(await t.db.prisma.user.count({ where: { email: input.email } })).toBe(0);
    expect(codeOf(await clerk.gql(PRUEFER_ANLEGEN, { input: { ...input, email: 'kaputt' } }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('self-registration of Fortbildungspruefung participants', () => {
  it('creates an account without password, invites it, and after login offers only the participant start', async () => {
    const email = `teilnehmer-${unique()}@test.example`;
    const r = await oeffentlich<{ registrieren: { hinweis: string } }>(
      REGISTRIEREN,
      { input: { kammerId: K.kammerId, vorname: 'Tina', nachname: 'Teil', email } },
      neueAdresse(),
    );
    expect(r.errors).toBeUndefined();
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email }, include: { rollen: true } });
    expect(user.passwordHash).toBeNull();
    expect(user.rollen.map((x) => [x.rolle, x.kammerId])).toEqual([['PRUEFUNGSTEILNEHMER', K.kammerId]]);
    const mail = (await mailsAn(email)).at(-1)!;
    expect(mail.subject).toBe('Ihre Registrierung im Ausbildungsportal');
    await passwortAusLink(linkAus(mail.text));
    const c = await t.client().loginOk(email, PASSWORT_NEU);
    const me = await c.gqlOk<{
      me: { aktuellerArbeitsbereich: { rollen: string[] }; abilities: Record<string, boolean> };
    }>(ME);
    expect(me.me.aktuellerArbeitsbereich.rollen).toEqual(['PRUEFUNGSTEILNEHMER']);
    const rechte = Object.entries(me.me.abilities).filter(([k, v]) => k !== '__typename' && v === true);
    expect(rechte).toEqual([]);
    for (const op of [UNTERNEHMENSANTRAEGE, KAMMER_PRUEFER, KAMMER_AUFGABEN, AZUBI_VERWALTUNG]) {
      expectRefused(await c.gql(op), 'FORBIDDEN');
    }
  });

  it('answers an existing e-mail exactly like a new one, and mails the owner instead of creating anything', async () => {
    const bestehend = K.azubi;
    const vorher = await t.db.prisma.rollenzuweisung.count({ where: { userId: bestehend.id } });
    const input = (email: string) => ({ kammerId: K.kammerId, vorname: 'Zoe', nachname: 'Azubi', email });
    const alt = await oeffentlich(REGISTRIEREN, { input: input(bestehend.email) }, neueAdresse());
    const neu = await oeffentlich(
      REGISTRIEREN,
      { input: input(`neu-${unique()}@test.example`) },
      neueAdresse(),
    );
    expect(alt.errors).toBeUndefined();
    expect(alt).toEqual(neu);
    expect(await t.db.prisma.rollenzuweisung.count({ where: { userId: bestehend.id } })).toBe(vorher);
    const mail = (await mailsAn(bestehend.email)).at(-1)!;
    expect(mail.subject).toBe('Sie haben bereits ein Konto im Ausbildungsportal');
    expect(mail.text).toContain('Passwort vergessen?');
    expect(mail.text).toContain('/passwort-vergessen');
    expect(await t.db.prisma.kontoToken.count({ where: { userId: bestehend.id } })).toBe(0);
  });

  it('sends a fresh link when a registered participant never set a password', async () => {
    const email = `wieder-${unique()}@test.example`;
    const input = { kammerId: K.kammerId, vorname: 'Rita', nachname: 'Wieder', email };
    await oeffentlich(REGISTRIEREN, { input }, neueAdresse());
    const erster = linkAus((await mailsAn(email)).at(-1)!.text);
    await oeffentlich(REGISTRIEREN, { input }, neueAdresse());
    const zweiter = linkAus((await mailsAn(email)).at(-1)!.text);
    expect(zweiter).not.toBe(erster);
    await expect(passwortAusLink(erster)).rejects.toThrow(/nicht mehr gültig/);
    await passwortAusLink(zweiter);
    expect(await t.db.prisma.user.count({ where: { email } })).toBe(1);
  });

  it('validates the fields and limits registrations per address and per e-mail', async () => {
    volleStunde();
    const adresse = neueAdresse();
    const ohneName = await oeffentlich(
      REGISTRIEREN,
      { input: { kammerId: K.kammerId, vorname: '', nachname: 'X', email: 'a@b.de' } },
      adresse,
    );
    expect(expectRefused(ohneName, 'BAD_USER_INPUT').extensions?.field).toBe('vorname');
    const email = `flut-${unique()}@test.example`;
    for (let i = 0; i < 3; i++) {
      const r = await oeffentlich(
        REGISTRIEREN,
        { input: { kammerId: K.kammerId, vorname: 'F', nachname: 'L', email } },
        neueAdresse(),
      );
      expect(r.errors).toBeUndefined();
    }
    expectRefused(
      await oeffentlich(
        REGISTRIEREN,
        { input: { kammerId: K.kammerId, vorname: 'F', nachname: 'L', email } },
        neueAdresse(),
      ),
      'ANFRAGEN_GEDROSSELT',
    );
    expect((await mailsAn(email)).length).toBe(3);
    for (let i = 0; i < 10; i++) {
      const r = await oeffentlich(
        REGISTRIEREN,
        {
          input: {
            kammerId: K.kammerId,
            vorname: 'F',
            nachname: 'L',
            email: `f${i}-${unique()}@test.example`,
          },
        },
        adresse,
      );
      expect(r.errors, `${i}`).toBeUndefined();
    }
    expectRefused(
      await oeffentlich(
        REGISTRIEREN,
        { input: { kammerId: K.kammerId, vorname: 'F', nachname: 'L', email: `x-${unique()}@test.example` } },
        adresse,
      ),
      'ANFRAGEN_GEDROSSELT',
    );
  });
});

describe('Hauptsitz access', () => {
  it('the clerk enables it, and the Hauptsitz administrator then sees and acts for the Filiale', async () => {
    const org = await buildBetrieb(t.db.prisma, { filialen: 1, kammerId: K.kammerId });
    const filialVertrag = await buildVertrag(t.db.prisma, { betriebsstaetteId: org.filialen[0].id });
    const orgAdmin = await t.client().loginOk(org.admin.email, TEST_PASSWORD);
    const bereiche = async () =>
      (await orgAdmin.gqlOk<{ me: { arbeitsbereiche: { key: string }[] } }>(ME)).me.arbeitsbereiche.map(
        (b) => b.key,
      );
    const vertraege = async () =>
      (
        await orgAdmin.gqlOk<{ azubiVerwaltung: { nodes: { id: string }[] } }>(AZUBI_VERWALTUNG, {
          first: 50,
        })
      ).azubiVerwaltung.nodes.map((n) => n.id);
    expect(await bereiche()).toEqual([`B:${org.hauptsitz.id}`]);
    expect(await vertraege()).not.toContain(filialVertrag.id);

    // Nobody but the clerk of the Unternehmen's own Kammer may switch it.
    expectRefused(
      await fremdClerk.gql(HAUPTSITZ_ZUGRIFF_SETZEN, { unternehmenId: org.unternehmen.id, aktiv: true }),
      'NOT_FOUND',
    );
    expectRefused(
      await orgAdmin.gql(HAUPTSITZ_ZUGRIFF_SETZEN, { unternehmenId: org.unternehmen.id, aktiv: true }),
      'FORBIDDEN',
    );
    expectRefused(
      await pruefer.gql(HAUPTSITZ_ZUGRIFF_SETZEN, { unternehmenId: org.unternehmen.id, aktiv: true }),
      'FORBIDDEN',
    );
    expect(
      (await t.db.prisma.unternehmen.findUniqueOrThrow({ where: { id: org.unternehmen.id } }))
        .hauptsitzZugriff,
    ).toBe(false);

    const an = await clerk.gqlOk<{ hauptsitzZugriffSetzen: { hauptsitzZugriff: boolean } }>(
      HAUPTSITZ_ZUGRIFF_SETZEN,
      {
        unternehmenId: org.unternehmen.id,
        aktiv: true,
      },
    );
    expect(an.hauptsitzZugriffSetzen.hauptsitzZugriff).toBe(true);
    expect((await bereiche()).sort()).toEqual([`B:${org.hauptsitz.id}`, `B:${org.filialen[0].id}`].sort());
    expect(await vertraege()).toContain(filialVertrag.id);
    // Acting for the Filiale: assigning a role there works now.
    const rolle = await orgAdmin.gql(
      'mutation($input: RolleZuweisenInput!) { rolleZuweisen(input: $input) { id } }',
      // A member of the Unternehmen (roles by id are for members; anyone else is invited).
      { input: { userId: org.azubi.id, betriebsstaetteId: org.filialen[0].id, rolle: 'AUSBILDER' } },
    );
    expect(rolle.errors).toBeUndefined();

    const audit = await t.db.prisma.auditEvent.findMany({ where: { subjectId: org.unternehmen.id } });
    expect(audit.map((e) => e.action)).toEqual(['HAUPTSITZ_ZUGRIFF_FREIGESCHALTET']);

    // Switching it off would leave the Filiale without an administrator in reach: refused, naming it.
    const refused = expectRefused(
      await clerk.gql(HAUPTSITZ_ZUGRIFF_SETZEN, { unternehmenId: org.unternehmen.id, aktiv: false }),
      'LETZTER_ADMINISTRATOR',
    );
    expect(refused.message).toContain(org.filialen[0].name);
    expect(refused.message).not.toContain(org.hauptsitz.name);
    expect(await bereiche()).toContain(`B:${org.filialen[0].id}`);
    // Once the Filiale has its own administrator, the clerk can switch it off.
    await grantRole(t.db.prisma, org.ausbilder.id, 'AUSBILDUNGSADMINISTRATOR', {
      betriebsstaetteId: org.filialen[0].id,
    });
    await clerk.gqlOk(HAUPTSITZ_ZUGRIFF_SETZEN, { unternehmenId: org.unternehmen.id, aktiv: false });
    expect(await bereiche()).toEqual([`B:${org.hauptsitz.id}`]);
    expect(await vertraege()).not.toContain(filialVertrag.id);
  });

  it('an invited (not yet accepted) Filial administrator does not count for switching it off', async () => {
    const org = await buildBetrieb(t.db.prisma, {
      filialen: 2,
      kammerId: K.kammerId,
      hauptsitzZugriff: true,
    });
    await t.db.prisma.rollenzuweisung.create({
      data: {
        userId: org.ohneRolle.id,
        rolle: 'AUSBILDUNGSADMINISTRATOR',
        betriebsstaetteId: org.filialen[0].id,
        status: 'EINGELADEN',
      },
    });
    const refused = expectRefused(
      await clerk.gql(HAUPTSITZ_ZUGRIFF_SETZEN, { unternehmenId: org.unternehmen.id, aktiv: false }),
      'LETZTER_ADMINISTRATOR',
    );
    expect(refused.message).toContain(`${org.filialen[0].name} und ${org.filialen[1].name}`);
    expect(
      (await t.db.prisma.unternehmen.findUniqueOrThrow({ where: { id: org.unternehmen.id } }))
        .hauptsitzZugriff,
    ).toBe(true);
    expect(await t.db.prisma.auditEvent.count({ where: { subjectId: org.unternehmen.id } })).toBe(0);
  });
});

describe('Aenderungsmail', () => {
  it('the Betrieb reports a change to an Ausbilder; it becomes a task of its own Kammer only', async () => {
    const auswahl = await admin.gqlOk<{
      aenderungsmailAusbilder: { userId: string; betriebsstaetteId: string }[];
    }>(AENDERUNGSMAIL_AUSBILDER);
    expect(auswahl.aenderungsmailAusbilder).toContainEqual(
      expect.objectContaining({ userId: K.ausbilder.id, betriebsstaetteId: K.hauptsitz.id }),
    );
    const text = `Frau Beispiel heißt jetzt Muster ${unique()}.`;
    const input = { betriebsstaetteId: K.hauptsitz.id, ausbilderUserId: K.ausbilder.id, text };

    expectRefused(await ausbilder.gql(AENDERUNGSMAIL_SENDEN, { input }), 'FORBIDDEN');
    expectRefused(await fremdAdmin.gql(AENDERUNGSMAIL_SENDEN, { input }), 'NOT_FOUND');
    expectRefused(await clerk.gql(AENDERUNGSMAIL_SENDEN, { input }), 'FORBIDDEN');
    expectRefused(
      await admin.gql(AENDERUNGSMAIL_SENDEN, { input: { ...input, ausbilderUserId: K.ohneRolle.id } }),
      'NOT_FOUND',
    );
    expect(codeOf(await admin.gql(AENDERUNGSMAIL_SENDEN, { input: { ...input, text: ' ' } }))).toBe(
      'BAD_USER_INPUT',
    );

    const gesendet = await admin.gqlOk<{ aenderungsmailSenden: { id: string } }>(AENDERUNGSMAIL_SENDEN, {
      input,
    });
    const id = gesendet.aenderungsmailSenden.id;
    const offen = await clerk.gqlOk<{
      kammerAufgaben: {
        id: string;
        text: string;
        unternehmenName: string;
        betreff: { id: string };
        gemeldetVon: { id: string };
      }[];
    }>(KAMMER_AUFGABEN);
    expect(offen.kammerAufgaben.find((a) => a.id === id)).toMatchObject({
      text,
      unternehmenName: K.unternehmen.name,
      betreff: { id: K.ausbilder.id },
      gemeldetVon: { id: K.admin.id },
    });
    const fremdeSicht = await fremdClerk.gqlOk<{ kammerAufgaben: { id: string }[] }>(KAMMER_AUFGABEN);
    expect(fremdeSicht.kammerAufgaben.map((a) => a.id)).not.toContain(id);
    expectRefused(await fremdClerk.gql(KAMMER_AUFGABE_ERLEDIGEN, { id }), 'NOT_FOUND');
    expectRefused(await admin.gql(KAMMER_AUFGABE_ERLEDIGEN, { id }), 'FORBIDDEN');
    expectRefused(await admin.gql(KAMMER_AUFGABEN), 'FORBIDDEN');

    const erledigt = await clerk.gqlOk<{ kammerAufgabeErledigen: { erledigtAt: string | null } }>(
      KAMMER_AUFGABE_ERLEDIGEN,
      { id },
    );
    expect(erledigt.kammerAufgabeErledigen.erledigtAt).not.toBeNull();
    const nachher = await clerk.gqlOk<{ kammerAufgaben: { id: string }[] }>(KAMMER_AUFGABEN);
    expect(nachher.kammerAufgaben.map((a) => a.id)).not.toContain(id);
    const archiv = await clerk.gqlOk<{ kammerAufgaben: { id: string }[] }>(KAMMER_AUFGABEN, {
      erledigt: true,
    });
    expect(archiv.kammerAufgaben.map((a) => a.id)).toContain(id);
  });

  it('a deputy sends it in the administrator’s name: recorded as done by the deputy on behalf of the admin', async () => {
    const org = await buildBetrieb(t.db.prisma, { kammerId: K.kammerId });
    const deputy = await buildUser(t.db.prisma, { nachname: 'Vertreterin' });
    const vertretung = await t.db.prisma.vertretung.create({
      data: {
        vertretenerUserId: org.admin.id,
        vertreterUserId: deputy.id,
        vertreterEmail: deputy.email,
        vertreterVorname: deputy.vorname,
        vertreterNachname: deputy.nachname,
        status: 'AKTIV',
        createdById: org.admin.id,
      },
    });
    const c = await t.client().loginOk(deputy.email, TEST_PASSWORD);
    // On their own the deputy has no role anywhere.
    const input = {
      betriebsstaetteId: org.hauptsitz.id,
      ausbilderUserId: org.ausbilder.id,
      text: 'Ausgeschieden zum 30.11.',
    };
    expectRefused(await c.gql(AENDERUNGSMAIL_SENDEN, { input }), 'FORBIDDEN');
    await c.gqlOk(VERTRETUNG_WECHSELN, { id: vertretung.id });
    const r = await c.gqlOk<{ aenderungsmailSenden: { id: string } }>(AENDERUNGSMAIL_SENDEN, { input });
    const aufgabe = await t.db.prisma.kammerAufgabe.findUniqueOrThrow({
      where: { id: r.aenderungsmailSenden.id },
    });
    expect(aufgabe).toMatchObject({
      createdById: deputy.id,
      onBehalfOfUserId: org.admin.id,
      kammerId: K.kammerId,
    });
    const audit = await t.db.prisma.auditEvent.findFirstOrThrow({ where: { subjectId: aufgabe.id } });
    expect(audit).toMatchObject({
      actorUserId: deputy.id,
      onBehalfOfUserId: org.admin.id,
      action: 'AENDERUNGSMAIL_GESENDET',
    });
    const liste = await clerk.gqlOk<{
      kammerAufgaben: { id: string; gemeldetVon: { id: string }; inVertretungFuer: { id: string } | null }[];
    }>(KAMMER_AUFGABEN);
    expect(liste.kammerAufgaben.find((a) => a.id === aufgabe.id)).toMatchObject({
      gemeldetVon: { id: deputy.id },
      inVertretungFuer: { id: org.admin.id },
    });
  });

  it('also reaches an Ausbilder named only in a contract', async () => {
    const vertragsAusbilder = await buildUser(t.db.prisma, { nachname: 'Vertragsausbilder' });
    await buildVertrag(t.db.prisma, {
      betriebsstaetteId: K.hauptsitz.id,
      ausbilderUserId: vertragsAusbilder.id,
    });
    const r = await admin.gql(AENDERUNGSMAIL_SENDEN, {
      input: {
        betriebsstaetteId: K.hauptsitz.id,
        ausbilderUserId: vertragsAusbilder.id,
        text: 'Ausgeschieden zum 31.12.',
      },
    });
    expect(r.errors).toBeUndefined();
    expect(
      await t.db.prisma.kammerAufgabe.count({
        where: { betreffUserId: vertragsAusbilder.id, kammerId: K.kammerId },
      }),
    ).toBe(1);
  });
});

describe('a foreign Kammer', () => {
  it('never sees another Kammer’s applications, Pruefer or tasks', async () => {
    const andere = await buildKammer(t.db.prisma);
    const c = await kammerSicht(andere.id);
    for (const [op, feld] of [
      [UNTERNEHMENSANTRAEGE, 'unternehmensantraege'],
      [KAMMER_PRUEFER, 'kammerPruefer'],
      [KAMMER_AUFGABEN, 'kammerAufgaben'],
    ] as const) {
      const r = await c.gqlOk<Record<string, unknown[]>>(op);
      expect(r[feld]).toEqual([]);
    }
  });
});
