import { randomUUID } from 'node:crypto';
import { type PrismaClient, seedDemoData } from '@portal/db';
import { hashPassword, issueToken } from '@portal/domain';
import { buildNachweis } from './factories.js';
import type { TestApp, TestClient } from './harness.js';

/**
 * Fixtures of the schema-driven fuzz test (fuzz.int.test.ts): for every root field with
 * arguments, who may call it and valid arguments over the demo data (packages/db/src/seed.ts).
 * The test fails for an operation with arguments that has no entry here.
 */

/** README, "Demo-Zugänge": every demo account has this password. */
export const DEMO_PASSWORT = 'Ausbildung-Demo-2026';
/** The password of the accounts the fixtures create. */
export const FUZZ_PASSWORT = 'Fuzz-Passwort-Lang-2026';
/** The fixed "now" of the run: after every date of the demo data, before the open exam's deadline. */
export const JETZT = new Date('2026-12-02T09:00:00.000Z');

const DEMO = {
  admin: 'admin@muster-maschinenbau.de',
  ausbilder: 'ausbilder@muster-maschinenbau.de',
  beauftragte: 'beauftragte@muster-maschinenbau.de',
  azubi: 'azubi@muster-maschinenbau.de',
  filialAdmin: 'filiale@muster-maschinenbau.de',
  beide: 'doppelt@beispiel.de',
  sachbearbeiter: 'sachbearbeitung@ihk-nordwestfalen.example',
  ohneRolle: 'neu@muster-maschinenbau.de',
  erika: 'erika.ehlers@muster-maschinenbau.de',
} as const;

/** Logged-in callers shared by the fixtures (none of their fuzzed calls may change the session). */
export type Rolle = 'admin' | 'ausbilder' | 'azubi' | 'sachbearbeiter' | 'ohneRolle';

export type Args = Record<string, unknown>;

export interface FuzzFixture {
  /**
   * Who calls: a shared demo session, `anonym` (public operations: a fresh client per request,
   * as from a new browser), or a session of its own for operations that could change it.
   */
  als: Rolle | 'anonym' | ((k: FuzzKontext) => Promise<TestClient>);
  /**
   * Valid arguments. Called again after a bad value was accepted, since the call may have
   * changed the record (a Nachweis submitted, a token used): the next call starts from valid
   * arguments again.
   */
  args(k: FuzzKontext): Promise<Args> | Args;
  /** Before every request (rate limits and locks, which would otherwise answer instead). */
  vorher?(k: FuzzKontext): Promise<void>;
  /** Fields that always get the same value (a new password and its repetition). */
  gleich?: [string, string][];
  /** The selection; default: every field reachable, as deep as the cost budget allows. */
  auswahl?: string;
}

type DemoIds = Awaited<ReturnType<typeof demoIds>>;

export interface FuzzKontext {
  t: TestApp;
  prisma: PrismaClient;
  ids: DemoIds;
  client(rolle: Rolle): TestClient;
  /** A fresh session of a demo account or of an account created here. */
  anmelden(email: string, passwort?: string, staetteId?: string): Promise<TestClient>;
  eindeutig(): string;
  /** The value of `erzeugen` under `schluessel`, created once. */
  einmal<T>(schluessel: string, erzeugen: () => Promise<T>): Promise<T>;
  /** An account with the fuzz password (or none), no role. */
  benutzer(optionen?: { ohnePasswort?: boolean; pin?: string }): Promise<{ id: string; email: string }>;
  /** A contract of the demo Azubi (Max Muster, Fachinformatiker AE, Hauptsitz, Ausbilder Bernd Becker). */
  vertragFuerMax(): Promise<string>;
  /** A week's Nachweis of Max in its own contract; submitted ones went to Bernd Becker. */
  nachweis(status: 'ENTWURF' | 'EINGEREICHT' | 'GENEHMIGT'): Promise<{ id: string; version: number }>;
  /** An exam of IHK Nord Westfalen; Mechatronik Teil 2 in winter 2027 unless said otherwise. */
  pruefung(optionen?: {
    berufId?: string;
    art?: 'TEIL_1' | 'TEIL_2';
    anmeldeschluss?: string;
    zusatzfragen?: { key: string; frage: string; pflicht: boolean }[];
  }): Promise<string>;
  /** A registration of Mia Schmidt (no account; Mechatronik) or Max Muster (FIAE) for a new exam. */
  anmeldung(
    status: 'AZUBI_PRUEFT' | 'BEI_IHK' | 'ZUGELASSEN' | 'ZURUECK_AN_BETRIEB',
    azubi: 'mia' | 'max',
  ): Promise<{ id: string; pruefungId: string; version: number }>;
  /** Rate limits count in one table: emptied before requests that would hit them. */
  drosselungLeeren(): Promise<void>;
}

const FUZZ_HASH = hashPassword(FUZZ_PASSWORT);

async function demoIds(prisma: PrismaClient) {
  const nutzer = Object.fromEntries(
    await Promise.all(
      Object.entries(DEMO).map(async ([key, email]) => [
        key,
        (await prisma.user.findUniqueOrThrow({ where: { email } })).id,
      ]),
    ),
  ) as Record<keyof typeof DEMO, string>;
  const staette = async (name: string) =>
    (await prisma.betriebsstaette.findFirstOrThrow({ where: { name } })).id;
  const beruf = async (berufsnummer: string) =>
    (await prisma.ausbildungsberuf.findUniqueOrThrow({ where: { berufsnummer } })).id;
  const vertrag = async (identnummer: string) =>
    (await prisma.ausbildungsverhaeltnis.findUniqueOrThrow({ where: { identnummer } })).id;
  const fiae = await beruf('64100');
  const nw = await prisma.kammer.findUniqueOrThrow({ where: { kurzname: 'IHK-NW' } });
  const teil1 = await prisma.pruefung.findFirstOrThrow({
    where: { kammerId: nw.id, art: 'TEIL_1', jahr: 2026 },
  });
  const teil2 = await prisma.pruefung.findFirstOrThrow({
    where: { kammerId: nw.id, art: 'TEIL_2', jahr: 2027 },
  });
  const anmeldung = async (pruefungId: string) =>
    (await prisma.pruefungsanmeldung.findFirstOrThrow({ where: { pruefungId } })).id;
  const vertretung = async (status: 'AKTIV' | 'BEANTRAGT') =>
    (await prisma.vertretung.findFirstOrThrow({ where: { status } })).id;
  return {
    nutzer,
    hauptsitz: await staette('Hauptsitz Münster'),
    bocholt: await staette('Filiale Bocholt'),
    fiae,
    mechatronik: await beruf('31600'),
    rahmenplan: (
      await prisma.rahmenplanPosition.findMany({ where: { berufId: fiae }, orderBy: { sortierung: 'asc' } })
    ).map((p) => p.id),
    max: await vertrag('4711001'),
    mia: await vertrag('4711002'),
    paula: await vertrag('4711022'),
    kammer: nw.id,
    muster: (await prisma.unternehmen.findFirstOrThrow({ where: { name: 'Muster Maschinenbau GmbH' } })).id,
    teil1: teil1.id,
    teil2: teil2.id,
    anmeldungTeil1: await anmeldung(teil1.id),
    anmeldungTeil2: await anmeldung(teil2.id),
    antrag: (await prisma.unternehmensantrag.findFirstOrThrow()).id,
    aufgabe: (await prisma.kammerAufgabe.findFirstOrThrow()).id,
    vertretungAktiv: await vertretung('AKTIV'),
    vertretungBeantragt: await vertretung('BEANTRAGT'),
    beauftragteRolle: (
      await prisma.rollenzuweisung.findFirstOrThrow({ where: { userId: nutzer.beauftragte } })
    ).id,
  };
}

/** Seeds the demo data into the test's database and logs in the shared callers. */
export async function fuzzKontext(t: TestApp): Promise<FuzzKontext> {
  const prisma = t.db.prisma;
  await seedDemoData(prisma, hashPassword);
  const ids = await demoIds(prisma);
  // The demo Azubi keeps an electronic Berichtsheft (the admin switches it on in the app).
  await prisma.berichtsheftEinstellung.create({
    data: { betriebsstaetteId: ids.hauptsitz, berufId: ids.fiae, elektronisch: true },
  });

  let zaehler = 0;
  const eindeutig = () => `${++zaehler}-${randomUUID().slice(0, 8)}`;
  const cache = new Map<string, Promise<unknown>>();

  async function anmelden(email: string, passwort = DEMO_PASSWORT, staetteId?: string) {
    const client = await t.client().loginOk(email, passwort);
    if (staetteId) {
      const me = await client.gqlOk<{ me: { arbeitsbereiche: { key: string; id: string }[] } }>(
        '{ me { arbeitsbereiche { key id } } }',
      );
      const key = me.me.arbeitsbereiche.find((b) => b.id === staetteId)?.key;
      if (!key) throw new Error(`${email} hat keinen Arbeitsbereich ${staetteId}`);
      const gewaehlt = await client.select(key);
      if (gewaehlt.errors) throw new Error(`Arbeitsbereich ${key}: ${JSON.stringify(gewaehlt.errors)}`);
    }
    return client;
  }

  const clients: Record<Rolle, TestClient> = {
    admin: await anmelden(DEMO.admin, DEMO_PASSWORT, ids.hauptsitz),
    ausbilder: await anmelden(DEMO.ausbilder, DEMO_PASSWORT, ids.hauptsitz),
    azubi: await anmelden(DEMO.azubi),
    sachbearbeiter: await anmelden(DEMO.sachbearbeiter),
    ohneRolle: await anmelden(DEMO.ohneRolle),
  };

  const k: FuzzKontext = {
    t,
    prisma,
    ids,
    client: (rolle) => clients[rolle],
    anmelden,
    eindeutig,
    einmal<T>(schluessel: string, erzeugen: () => Promise<T>) {
      if (!cache.has(schluessel)) cache.set(schluessel, erzeugen());
      return cache.get(schluessel) as Promise<T>;
    },
    async benutzer(optionen = {}) {
      const id = eindeutig();
      return prisma.user.create({
        data: {
          email: `fuzz-${id}@example.org`,
          vorname: 'Fritz',
          nachname: `Fuzz ${id}`,
          passwordHash: optionen.ohnePasswort ? null : await FUZZ_HASH,
          pinHash: optionen.pin ? await hashPassword(optionen.pin) : null,
        },
        select: { id: true, email: true },
      });
    },
    async vertragFuerMax() {
      const vertrag = await prisma.ausbildungsverhaeltnis.create({
        data: {
          betriebsstaetteId: ids.hauptsitz,
          berufId: ids.fiae,
          identnummer: `F-${eindeutig()}`,
          azubiVorname: 'Max',
          azubiNachname: 'Muster',
          azubiEmail: DEMO.azubi,
          azubiUserId: ids.nutzer.azubi,
          ausbilderUserId: ids.nutzer.ausbilder,
          beginn: new Date('2025-08-01T00:00:00Z'),
          ende: new Date('2028-07-31T00:00:00Z'),
        },
      });
      return vertrag.id;
    },
    async nachweis(status) {
      const nachweis = await buildNachweis(prisma, {
        vertragId: await k.vertragFuerMax(),
        von: '2026-11-23',
        status,
        genehmiger: { id: ids.nutzer.ausbilder, email: DEMO.ausbilder },
      });
      return { id: nachweis.id, version: nachweis.version };
    },
    async pruefung(optionen = {}) {
      const pruefung = await prisma.pruefung.create({
        data: {
          kammerId: ids.kammer,
          saison: 'WINTER',
          jahr: 2027,
          art: optionen.art ?? 'TEIL_2',
          anmeldeschluss: new Date(`${optionen.anmeldeschluss ?? '2027-07-31'}T00:00:00Z`),
          zusatzfragen: optionen.zusatzfragen ?? [],
          createdById: ids.nutzer.sachbearbeiter,
          berufe: { create: [{ berufId: optionen.berufId ?? ids.mechatronik }] },
        },
      });
      return pruefung.id;
    },
    async anmeldung(status, azubi) {
      const pruefungId =
        azubi === 'mia'
          ? await k.pruefung()
          : await k.pruefung({
              berufId: ids.fiae,
              art: 'TEIL_1',
              anmeldeschluss: '2027-01-31',
              zusatzfragen: [{ key: 'frage1', frage: 'Thema des Projekts', pflicht: true }],
            });
      const anmeldung = await prisma.pruefungsanmeldung.create({
        data: {
          pruefungId,
          vertragId: azubi === 'mia' ? ids.mia : ids.max,
          status,
          nachweiseBestaetigt: true,
          antworten: azubi === 'max' ? { frage1: 'Ein Webshop' } : {},
          createdById: ids.nutzer.admin,
          eingereichtAt: JETZT,
        },
      });
      return { id: anmeldung.id, pruefungId, version: anmeldung.version };
    },
    async drosselungLeeren() {
      await prisma.drosselung.deleteMany();
    },
  };
  return k;
}

const neueEmail = (k: FuzzKontext) => `neu-${k.eindeutig()}@example.org`;

/** A Betreuer's decision on a Nachweis submitted to Bernd Becker. */
const entscheidung = (status: 'EINGEREICHT' | 'GENEHMIGT', bemerkung: string): FuzzFixture => ({
  als: 'ausbilder',
  async args(k) {
    return { input: { id: (await k.nachweis(status)).id, bemerkung } };
  },
});

/** A logged-in account of its own whose password the fixture resets before each series. */
const eigenesKonto = (schluessel: string) => async (k: FuzzKontext) => {
  const konto = await k.einmal(schluessel, () => k.benutzer());
  return k.anmelden(konto.email, FUZZ_PASSWORT);
};

async function passwortZuruecksetzen(k: FuzzKontext, schluessel: string) {
  const konto = await k.einmal(schluessel, () => k.benutzer());
  await k.prisma.user.update({
    where: { id: konto.id },
    data: { passwordHash: await FUZZ_HASH, failedLoginCount: 0, lockedUntil: null },
  });
}

export const FIXTURES: Record<string, FuzzFixture> = {
  // -- Queries ---------------------------------------------------------------------------------
  'Query.abdeckung': { als: 'azubi', args: (k) => ({ vertragId: k.ids.max }) },
  'Query.anmeldungErgebnis': { als: 'sachbearbeiter', args: (k) => ({ anmeldungId: k.ids.anmeldungTeil1 }) },
  'Query.anmeldungVorpruefung': {
    als: 'admin',
    args: (k) => ({ pruefungId: k.ids.teil2, vertragId: k.ids.mia }),
  },
  'Query.anmeldungenCsv': { als: 'sachbearbeiter', args: (k) => ({ pruefungId: k.ids.teil2 }) },
  'Query.ausbilderKandidaten': { als: 'admin', args: (k) => ({ vertragId: k.ids.max }) },
  'Query.ausbilderListe': { als: 'admin', args: (k) => ({ betriebsstaetteId: k.ids.hauptsitz }) },
  'Query.azubiVerwaltung': { als: 'admin', args: () => ({ first: 10 }) },
  'Query.benutzerSuchen': { als: 'admin', args: () => ({ email: DEMO.ausbilder }) },
  'Query.benutzerverwaltung': { als: 'admin', args: () => ({ first: 10, suche: 'Becker' }) },
  'Query.berichtsheftWochen': { als: 'azubi', args: (k) => ({ vertragId: k.ids.max }) },
  'Query.kammerAnmeldungen': { als: 'sachbearbeiter', args: (k) => ({ pruefungId: k.ids.teil2 }) },
  'Query.kammerAufgaben': { als: 'sachbearbeiter', args: () => ({ erledigt: false }) },
  'Query.kammerPruefung': { als: 'sachbearbeiter', args: (k) => ({ id: k.ids.teil2 }) },
  'Query.kontoLink': {
    als: 'anonym',
    vorher: (k) => k.drosselungLeeren(),
    async args(k) {
      const konto = await k.einmal('kontoLink', () => k.benutzer({ ohnePasswort: true }));
      const link = await k.einmal('kontoLink-token', () =>
        issueToken(k.prisma, { userId: konto.id, zweck: 'EINLADUNG' }, JETZT),
      );
      return { token: link.token };
    },
  },
  'Query.nachweis': {
    als: 'azubi',
    async args(k) {
      return { id: (await k.einmal('nachweis-lesen', () => k.nachweis('ENTWURF'))).id };
    },
  },
  'Query.pruefungErgebnisse': { als: 'sachbearbeiter', args: (k) => ({ pruefungId: k.ids.teil1 }) },
  'Query.pruefungsanmeldung': { als: 'sachbearbeiter', args: (k) => ({ id: k.ids.anmeldungTeil2 }) },
  'Query.pruefungstermine': { als: 'sachbearbeiter', args: (k) => ({ pruefungId: k.ids.teil1 }) },
  'Query.unternehmensantraege': { als: 'sachbearbeiter', args: () => ({ status: 'BEANTRAGT' }) },

  // -- Anmeldung, Sitzung, Konto ------------------------------------------------------------------
  'Mutation.login': {
    als: 'anonym',
    async vorher(k) {
      await k.drosselungLeeren();
      const konto = await k.einmal('login', () => k.benutzer());
      await k.prisma.user.update({
        where: { id: konto.id },
        data: { failedLoginCount: 0, lockedUntil: null },
      });
    },
    async args(k) {
      const konto = await k.einmal('login', () => k.benutzer());
      return { input: { email: konto.email, password: FUZZ_PASSWORT } };
    },
  },
  'Mutation.loginMitPin': {
    als: 'anonym',
    async vorher(k) {
      await k.drosselungLeeren();
      const konto = await k.einmal('pin', () => k.benutzer({ ohnePasswort: true, pin: '12345678' }));
      await k.prisma.user.update({
        where: { id: konto.id },
        data: { pinFailedCount: 0, pinLockedUntil: null },
      });
    },
    async args(k) {
      const konto = await k.einmal('pin', () => k.benutzer({ ohnePasswort: true, pin: '12345678' }));
      return { input: { email: konto.email, pin: '12345678' } };
    },
  },
  'Mutation.arbeitsbereichWaehlen': {
    // A session of its own: a selection that went through would change the shared admin's.
    als: (k) => k.anmelden(DEMO.admin),
    async args(k) {
      const me = await k
        .client('admin')
        .gqlOk<{ me: { aktuellerArbeitsbereich: { key: string } } }>(
          '{ me { aktuellerArbeitsbereich { key } } }',
        );
      return { key: me.me.aktuellerArbeitsbereich.key };
    },
  },
  'Mutation.passwortVergessen': {
    als: 'anonym',
    vorher: (k) => k.drosselungLeeren(),
    async args(k) {
      return { kennung: (await k.einmal('vergessen', () => k.benutzer())).email };
    },
  },
  'Mutation.passwortSetzen': {
    als: 'anonym',
    vorher: (k) => k.drosselungLeeren(),
    gleich: [['input.passwort', 'input.passwortWiederholung']],
    async args(k) {
      const konto = await k.benutzer({ ohnePasswort: true });
      const link = await issueToken(k.prisma, { userId: konto.id, zweck: 'EINLADUNG' }, JETZT);
      return {
        input: {
          token: link.token,
          passwort: 'Ein-neues-Passwort-2026',
          passwortWiederholung: 'Ein-neues-Passwort-2026',
        },
      };
    },
  },
  'Mutation.emailBestaetigen': {
    als: 'anonym',
    vorher: (k) => k.drosselungLeeren(),
    async args(k) {
      const konto = await k.benutzer();
      const link = await issueToken(
        k.prisma,
        { userId: konto.id, zweck: 'EMAIL_AENDERUNG', neueEmail: neueEmail(k) },
        JETZT,
      );
      return { token: link.token };
    },
  },
  'Mutation.emailAendern': {
    als: eigenesKonto('email-aendern'),
    vorher: (k) => k.drosselungLeeren(),
    async args(k) {
      await passwortZuruecksetzen(k, 'email-aendern');
      return { input: { neueEmail: neueEmail(k), passwort: FUZZ_PASSWORT } };
    },
  },
  'Mutation.passwortAendern': {
    als: eigenesKonto('passwort-aendern'),
    vorher: (k) => k.drosselungLeeren(),
    gleich: [['input.neuesPasswort', 'input.neuesPasswortWiederholung']],
    async args(k) {
      await passwortZuruecksetzen(k, 'passwort-aendern');
      return {
        input: {
          aktuellesPasswort: FUZZ_PASSWORT,
          neuesPasswort: 'Ganz-anderes-Passwort-2026',
          neuesPasswortWiederholung: 'Ganz-anderes-Passwort-2026',
        },
      };
    },
  },
  'Mutation.sitzungBeenden': {
    als: eigenesKonto('sitzungen'),
    async args(k) {
      const konto = await k.einmal('sitzungen', () => k.benutzer());
      await k.anmelden(konto.email, FUZZ_PASSWORT);
      const sitzung = await k.prisma.session.findFirstOrThrow({
        where: { userId: konto.id, revokedAt: null },
        orderBy: { createdAt: 'desc' },
      });
      return { id: sitzung.id };
    },
  },

  // -- Rollen, Einladungen ------------------------------------------------------------------------
  'Mutation.rolleEinladen': {
    als: 'admin',
    args: (k) => ({
      input: {
        betriebsstaetteId: k.ids.hauptsitz,
        email: neueEmail(k),
        vorname: 'Ida',
        nachname: 'Ingwer',
        rolle: 'AUSBILDER',
      },
    }),
  },
  'Mutation.rolleZuweisen': {
    // Erika Ehlers, Ausbilderin in Bocholt (a member), also becomes Ausbilderin at the Hauptsitz.
    als: 'admin',
    args: (k) => ({
      input: { userId: k.ids.nutzer.erika, betriebsstaetteId: k.ids.hauptsitz, rolle: 'AUSBILDER' },
    }),
  },
  'Mutation.rolleEntziehen': { als: 'admin', args: (k) => ({ rollenzuweisungId: k.ids.beauftragteRolle }) },
  'Mutation.einladungAnnehmen': {
    als: 'ohneRolle',
    async args(k) {
      return { id: (await k.einmal('einladung-annehmen', () => einladungFuerNina(k, 'AUSBILDER'))).id };
    },
  },
  'Mutation.einladungAblehnen': {
    als: 'ohneRolle',
    async args(k) {
      return { id: (await k.einmal('einladung-ablehnen', () => einladungFuerNina(k, 'AZUBI'))).id };
    },
  },

  // -- Azubi-Verwaltung, Konten ---------------------------------------------------------------------
  'Mutation.azubiAccountErstellen': {
    als: 'admin',
    async args(k) {
      return { input: { vertragId: await vertragOhneKonto(k), email: neueEmail(k) } };
    },
  },
  'Mutation.azubiEmailAendern': {
    als: 'admin',
    async args(k) {
      return { input: { vertragId: await vertragOhneKonto(k), email: neueEmail(k) } };
    },
  },
  'Mutation.azubiPasswortZuruecksetzen': { als: 'admin', args: (k) => ({ vertragId: k.ids.paula }) },
  'Mutation.ausbilderAccountErstellen': {
    als: 'admin',
    args: (k) => ({
      input: { betriebsstaetteId: k.ids.hauptsitz, email: neueEmail(k), vorname: 'Olga', nachname: 'Oster' },
    }),
  },
  'Mutation.ausbilderEmailAendern': {
    als: 'admin',
    async args(k) {
      return { input: { userId: await ungenutzterAusbilder(k), email: neueEmail(k) } };
    },
  },
  'Mutation.ausbilderPasswortZuruecksetzen': {
    als: 'admin',
    args: (k) => ({ userId: k.ids.nutzer.ausbilder }),
  },
  'Mutation.vertragAusbilderAendern': {
    als: 'admin',
    async args(k) {
      // A contract of its own (Filiale Bocholt, Dana Doppel), so the demo Azubi keeps his Ausbilder.
      const vertrag = await k.prisma.ausbildungsverhaeltnis.create({
        data: {
          betriebsstaetteId: k.ids.bocholt,
          berufId: k.ids.fiae,
          identnummer: `F-${k.eindeutig()}`,
          azubiVorname: 'Vera',
          azubiNachname: 'Wechsel',
          ausbilderUserId: k.ids.nutzer.beide,
          beginn: new Date('2026-08-01T00:00:00Z'),
          ende: new Date('2029-07-31T00:00:00Z'),
        },
      });
      return { vertragId: vertrag.id, ausbilderUserId: k.ids.nutzer.erika };
    },
  },

  // -- Berichtsheft ---------------------------------------------------------------------------------
  'Mutation.berichtsheftEinstellungSetzen': {
    als: 'admin',
    args: (k) => ({
      input: {
        betriebsstaetteId: k.ids.hauptsitz,
        berufId: k.ids.mechatronik,
        elektronisch: true,
        format: 'WOECHENTLICH',
      },
    }),
  },
  'Mutation.nachweisAnlegen': {
    als: 'azubi',
    async args(k) {
      return { input: { vertragId: await k.vertragFuerMax(), von: '2026-11-23', bis: '2026-11-27' } };
    },
  },
  'Mutation.nachweisSpeichern': {
    als: 'azubi',
    async args(k) {
      const { id } = await k.einmal('speichern', () => k.nachweis('ENTWURF'));
      const { version } = await k.prisma.nachweis.findUniqueOrThrow({ where: { id } });
      return {
        input: {
          id,
          version,
          abschnitt: 'Webentwicklung',
          taetigkeiten: 'Formulare gebaut und getestet',
          unterweisungen: 'Arbeitssicherheit',
          berufsschule: 'Datenbanken',
          genehmigerEmail: DEMO.ausbilder,
          tage: ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'].map((datum) => ({
            datum,
            lernort: 'BETRIEB',
            anwesenheit: 'ANWESEND',
            stunden: 8,
            taetigkeiten: 'Programmieren',
          })),
          rahmenplanIds: [k.ids.rahmenplan[0]],
        },
      };
    },
  },
  'Mutation.nachweisEinreichen': {
    als: 'azubi',
    async args(k) {
      const nachweis = await k.nachweis('ENTWURF');
      return { input: { id: nachweis.id, version: nachweis.version, genehmigerEmail: DEMO.ausbilder } };
    },
  },
  'Mutation.nachweisGenehmigen': entscheidung('EINGEREICHT', 'Sauber geführt.'),
  'Mutation.nachweisAblehnen': entscheidung(
    'EINGEREICHT',
    'Bitte die Tätigkeiten ausführlicher beschreiben.',
  ),
  'Mutation.nachweisNachtraeglichAblehnen': entscheidung('GENEHMIGT', 'Die Stunden am Freitag fehlen.'),
  'Mutation.nachweiseSammelGenehmigen': {
    als: 'ausbilder',
    async args(k) {
      return { ids: [(await k.nachweis('EINGEREICHT')).id], bemerkung: 'Passt.' };
    },
  },
  'Mutation.genehmigerBestaetigen': {
    als: 'admin',
    async args(k) {
      return { input: { id: await vorschlag(k), vorname: 'Gerda', nachname: 'Genehm' } };
    },
  },
  'Mutation.genehmigerAblehnen': {
    als: 'admin',
    async args(k) {
      return { id: await k.einmal('vorschlag', () => vorschlag(k)) };
    },
  },

  // -- Prüfungen ------------------------------------------------------------------------------------
  'Mutation.pruefungAnlegen': {
    als: 'sachbearbeiter',
    args: (k) => ({
      input: {
        saison: 'SOMMER',
        jahr: 2028,
        art: 'TEIL_1',
        berufIds: [k.ids.fiae],
        anmeldeschluss: '2028-01-31',
        zusatzfragen: [{ frage: 'Thema des Projekts', pflicht: true }],
      },
    }),
  },
  'Mutation.anmeldungEinreichen': {
    als: 'admin',
    async args(k) {
      // Submitted again after the Azubi sent it back, naming the version read.
      const anmeldung = await k.anmeldung('ZURUECK_AN_BETRIEB', 'max');
      return {
        input: {
          pruefungId: anmeldung.pruefungId,
          vertragId: k.ids.max,
          antworten: [{ key: 'frage1', antwort: 'Ein Webshop für Ersatzteile' }],
          nachweiseBestaetigt: true,
          version: anmeldung.version,
        },
      };
    },
  },
  'Mutation.anmeldungBestaetigen': {
    als: 'azubi',
    async args(k) {
      return { id: (await k.einmal('azubi-prueft', () => k.anmeldung('AZUBI_PRUEFT', 'max'))).id };
    },
  },
  'Mutation.anmeldungZurueckgeben': {
    als: 'azubi',
    async args(k) {
      return {
        id: (await k.anmeldung('AZUBI_PRUEFT', 'max')).id,
        bemerkung: 'Das Thema stimmt nicht mehr.',
      };
    },
  },
  'Mutation.anmeldungZulassen': { als: 'sachbearbeiter', args: (k) => ({ id: k.ids.anmeldungTeil2 }) },
  'Mutation.anmeldungAblehnen': {
    als: 'sachbearbeiter',
    async args(k) {
      return {
        id: (await k.anmeldung('BEI_IHK', 'mia')).id,
        begruendung: 'Die Ausbildungszeit reicht nicht aus.',
      };
    },
  },
  'Mutation.termineSpeichern': {
    als: 'sachbearbeiter',
    async args(k) {
      return {
        pruefungId: await k.pruefung(),
        termine: [
          { bezeichnung: 'Schriftliche Prüfung', datum: '2027-11-10', uhrzeit: '08:30', ort: 'IHK Münster' },
        ],
      };
    },
  },
  'Mutation.termineFreigeben': {
    als: 'sachbearbeiter',
    async args(k) {
      const pruefungId = await k.einmal('termine-freigeben', async () => {
        const id = await k.pruefung();
        await k.prisma.pruefungstermin.create({
          data: {
            pruefungId: id,
            bezeichnung: 'Schriftliche Prüfung',
            datum: new Date('2027-11-10T00:00:00Z'),
            uhrzeit: '08:30',
            ort: 'IHK Münster',
          },
        });
        return id;
      });
      return { pruefungId };
    },
  },
  'Mutation.ergebnisseEintragen': {
    als: 'sachbearbeiter',
    async args(k) {
      return {
        anmeldungId: (await k.anmeldung('ZUGELASSEN', 'mia')).id,
        teile: [{ teil: 'Schriftliche Prüfung', punkte: 78, note: '3', bestanden: true }],
      };
    },
  },
  'Mutation.ergebnisseFreigeben': {
    als: 'sachbearbeiter',
    async args(k) {
      const anmeldung = await k.einmal('ergebnisse-freigeben', async () => {
        const neu = await k.anmeldung('ZUGELASSEN', 'mia');
        await k.prisma.pruefungsergebnis.create({
          data: { anmeldungId: neu.id, teil: 'Schriftliche Prüfung', punkte: 81, note: '2', bestanden: true },
        });
        return neu;
      });
      return { anmeldungId: anmeldung.id };
    },
  },
  'Mutation.zeugnisAusstellen': {
    als: 'sachbearbeiter',
    args: (k) => ({ anmeldungId: k.ids.anmeldungTeil1 }),
  },

  // -- Kammer-Konten --------------------------------------------------------------------------------
  'Mutation.unternehmenBeantragen': {
    als: 'anonym',
    vorher: (k) => k.drosselungLeeren(),
    args: (k) => ({
      input: {
        kammerId: k.ids.kammer,
        firmenname: 'Fuzz Feinmechanik GmbH',
        strasse: 'Hafenweg 1',
        plz: '48155',
        ort: 'Münster',
        bundesland: 'NW',
        unternehmensEmail: neueEmail(k),
        vorname: 'Frieda',
        nachname: 'Fuzz',
        email: neueEmail(k),
      },
    }),
  },
  'Mutation.registrieren': {
    als: 'anonym',
    vorher: (k) => k.drosselungLeeren(),
    args: (k) => ({
      input: { kammerId: k.ids.kammer, vorname: 'Rita', nachname: 'Register', email: neueEmail(k) },
    }),
  },
  'Mutation.prueferAnlegen': {
    als: 'sachbearbeiter',
    args: (k) => ({ input: { vorname: 'Peter', nachname: 'Prüfmann', email: neueEmail(k) } }),
  },
  'Mutation.unternehmensantragAblehnen': {
    als: 'sachbearbeiter',
    async args(k) {
      const antrag = await k.prisma.unternehmensantrag.create({
        data: {
          kammerId: k.ids.kammer,
          firmenname: 'Fuzz Backstube GmbH',
          strasse: 'Ludgeristraße 5',
          plz: '48143',
          ort: 'Münster',
          bundesland: 'NW',
          unternehmensEmail: neueEmail(k),
          vorname: 'Berta',
          nachname: 'Back',
          email: neueEmail(k),
        },
      });
      return { id: antrag.id, begruendung: 'Das Unternehmen ist bereits eingetragen.' };
    },
  },
  'Mutation.unternehmensantragGenehmigen': { als: 'sachbearbeiter', args: (k) => ({ id: k.ids.antrag }) },
  'Mutation.hauptsitzZugriffSetzen': {
    // Switched on already (the demo admin reaches the Filialen): switching on again changes nothing.
    als: 'sachbearbeiter',
    args: (k) => ({ unternehmenId: k.ids.muster, aktiv: true }),
  },
  'Mutation.kammerAufgabeErledigen': { als: 'sachbearbeiter', args: (k) => ({ id: k.ids.aufgabe }) },
  'Mutation.aenderungsmailSenden': {
    als: 'admin',
    args: (k) => ({
      input: {
        betriebsstaetteId: k.ids.hauptsitz,
        ausbilderUserId: k.ids.nutzer.ausbilder,
        text: 'Herr Becker hat eine neue Telefonnummer.',
      },
    }),
  },

  // -- Vertretung -----------------------------------------------------------------------------------
  'Mutation.vertretungHinzufuegen': {
    als: 'admin',
    vorher: (k) => k.drosselungLeeren(),
    async args(k) {
      const konto = await k.benutzer();
      const person = await k.prisma.user.findUniqueOrThrow({ where: { id: konto.id } });
      return { input: { email: person.email, vorname: person.vorname, nachname: person.nachname } };
    },
  },
  'Mutation.vertretungBeantragen': {
    als: 'admin',
    args: (k) => ({ input: { email: neueEmail(k), vorname: 'Viktor', nachname: 'Vertreter' } }),
  },
  'Mutation.vertretungMitarbeiterHinzufuegen': {
    als: 'admin',
    args: (k) => ({ userId: k.ids.nutzer.ausbilder }),
  },
  'Mutation.vertretungBeenden': {
    als: 'admin',
    async args(k) {
      return { id: await k.einmal('vertretung-beenden', () => vertretungFuerAnna(k, 'AKTIV')) };
    },
  },
  'Mutation.vertretungWechseln': {
    // A session of its own: "Zum Programm" changes whom the session acts for.
    als: (k) => k.anmelden(DEMO.filialAdmin),
    args: (k) => ({ id: k.ids.vertretungAktiv }),
  },
  'Mutation.vertretungGenehmigen': {
    als: 'sachbearbeiter',
    args: (k) => ({ id: k.ids.vertretungBeantragt }),
  },
  'Mutation.vertretungAblehnen': {
    als: 'sachbearbeiter',
    async args(k) {
      return { id: await k.einmal('vertretung-ablehnen', () => vertretungFuerAnna(k, 'BEANTRAGT')) };
    },
  },
};

/** An invitation (EINGELADEN) of Nina Neumann, who has no role yet. */
function einladungFuerNina(k: FuzzKontext, rolle: 'AUSBILDER' | 'AZUBI') {
  return k.prisma.rollenzuweisung.create({
    data: {
      userId: k.ids.nutzer.ohneRolle,
      rolle,
      betriebsstaetteId: k.ids.hauptsitz,
      status: 'EINGELADEN',
      createdById: k.ids.nutzer.admin,
    },
  });
}

/** A deputy of Anna Adler (the demo admin): an account in effect, or a request waiting for the IHK. */
async function vertretungFuerAnna(k: FuzzKontext, status: 'AKTIV' | 'BEANTRAGT') {
  const konto = status === 'AKTIV' ? await k.benutzer() : null;
  const vertretung = await k.prisma.vertretung.create({
    data: {
      vertretenerUserId: k.ids.nutzer.admin,
      vertreterUserId: konto?.id ?? null,
      vertreterEmail: konto?.email ?? `beantragt-${k.eindeutig()}@example.org`,
      vertreterVorname: 'Fritz',
      vertreterNachname: 'Fuzz',
      kammerId: status === 'BEANTRAGT' ? k.ids.kammer : null,
      status,
      createdById: k.ids.nutzer.admin,
      entschiedenAt: status === 'AKTIV' ? JETZT : null,
    },
  });
  return vertretung.id;
}

/** A contract at the Hauptsitz whose Azubi has no account yet. */
async function vertragOhneKonto(k: FuzzKontext) {
  const vertrag = await k.prisma.ausbildungsverhaeltnis.create({
    data: {
      betriebsstaetteId: k.ids.hauptsitz,
      berufId: k.ids.fiae,
      identnummer: `F-${k.eindeutig()}`,
      azubiVorname: 'Kai',
      azubiNachname: `Kontolos ${k.eindeutig()}`,
      beginn: new Date('2026-08-01T00:00:00Z'),
      ende: new Date('2029-07-31T00:00:00Z'),
    },
  });
  return vertrag.id;
}

/** An Ausbilder account the Betrieb created and nobody has used yet (its address may still change). */
async function ungenutzterAusbilder(k: FuzzKontext) {
  const konto = await k.benutzer({ ohnePasswort: true });
  await k.prisma.rollenzuweisung.create({
    data: {
      userId: konto.id,
      rolle: 'AUSBILDER',
      betriebsstaetteId: k.ids.hauptsitz,
      createdById: k.ids.nutzer.admin,
    },
  });
  await k.prisma.auditEvent.create({
    data: {
      actorUserId: k.ids.nutzer.admin,
      action: 'AUSBILDER_ACCOUNT_ERSTELLT',
      subjectType: 'User',
      subjectId: konto.id,
      unternehmenId: k.ids.muster,
      data: { neuesKonto: true },
    },
  });
  return konto.id;
}

/** An approver address an Azubi named, waiting for the Betrieb (VORGESCHLAGEN). */
async function vorschlag(k: FuzzKontext) {
  const konto = await k.benutzer({ ohnePasswort: true });
  const rolle = await k.prisma.rollenzuweisung.create({
    data: {
      userId: konto.id,
      rolle: 'AUSBILDUNGSBEAUFTRAGTE',
      betriebsstaetteId: k.ids.hauptsitz,
      status: 'VORGESCHLAGEN',
      vorgeschlagenVonUserId: k.ids.nutzer.azubi,
    },
  });
  return rolle.id;
}
