import type { PrismaClient } from './generated/prisma/client.js';
import type { Rolle } from './generated/prisma/enums.js';

/** Every demo account uses this password; the start command prints it with the logins. */
export const DEMO_PASSWORD = 'Ausbildung-Demo-2026';

export interface DemoLogin {
  email: string;
  name: string;
  beschreibung: string;
}

interface DemoUser extends DemoLogin {
  vorname: string;
  nachname: string;
}

const users = {
  admin: user(
    'admin@muster-maschinenbau.de',
    'Anna',
    'Adler',
    'Ausbildungsadministratorin, Muster Maschinenbau (Hauptsitz Münster, mit Filialen)',
  ),
  ausbilder: user(
    'ausbilder@muster-maschinenbau.de',
    'Bernd',
    'Becker',
    'Ausbilder, Muster Maschinenbau Hauptsitz',
  ),
  beauftragte: user(
    'beauftragte@muster-maschinenbau.de',
    'Clara',
    'Conrad',
    'Ausbildungsbeauftragte, Muster Maschinenbau Hauptsitz',
  ),
  azubi: user(
    'azubi@muster-maschinenbau.de',
    'Max',
    'Muster',
    'Azubi (Fachinformatiker AE), Muster Maschinenbau Hauptsitz',
  ),
  filialAdmin: user(
    'filiale@muster-maschinenbau.de',
    'Frank',
    'Fischer',
    'Ausbildungsadministrator nur der Filiale Gelsenkirchen',
  ),
  beide: user(
    'doppelt@beispiel.de',
    'Dana',
    'Doppel',
    'Ausbilderin bei Muster Maschinenbau (Filiale Bocholt) und Ausbildungsadministratorin bei Beispiel Handel',
  ),
  handelAdmin: user(
    'admin@beispiel-handel.de',
    'Hugo',
    'Hansen',
    'Ausbildungsadministrator, Beispiel Handel (Hannover)',
  ),
  handelAzubi: user(
    'azubi@beispiel-handel.de',
    'Lena',
    'Lorenz',
    'Azubi (Kauffrau im Einzelhandel), Beispiel Handel',
  ),
  sachbearbeiter: user(
    'sachbearbeitung@ihk-nordwestfalen.example',
    'Sabine',
    'Sommer',
    'IHK-Sachbearbeiterin, IHK Nord Westfalen',
  ),
  pruefer: user('pruefer@ihk-nordwestfalen.example', 'Paul', 'Peters', 'Prüfer, IHK Nord Westfalen'),
  ohneRolle: user('neu@muster-maschinenbau.de', 'Nina', 'Neumann', 'Registriert, noch ohne Rolle'),
} satisfies Record<string, DemoUser>;

function user(email: string, vorname: string, nachname: string, beschreibung: string): DemoUser {
  return { email, vorname, nachname, name: `${vorname} ${nachname}`, beschreibung };
}

export function demoLogins(): DemoLogin[] {
  return Object.values(users).map(({ email, name, beschreibung }) => ({ email, name, beschreibung }));
}

/** How often a waiting instance asks whether the seeding one is done, and for how long at most. */
const SEED_POLL_MS = 200;
const SEED_WAIT_MS = 2 * 60 * 1000;

/**
 * Runs `seed` in a transaction holding the seeding's advisory lock (the migrations take 724011).
 * Whoever does not get it waits, polling pg_try_advisory_xact_lock so that no statement blocks
 * into the statement timeout, and then runs `seed` itself, which finds the data by then. The lock
 * ends with the transaction, also when the seeding instance fails (the next one then seeds).
 */
async function unterSeedSperre(
  prisma: PrismaClient,
  seed: (tx: SeedTx) => Promise<boolean>,
): Promise<boolean> {
  const bis = Date.now() + SEED_WAIT_MS;
  for (;;) {
    const ergebnis = await prisma.$transaction(
      async (tx) => {
        const [{ frei }] = await tx.$queryRaw<
          { frei: boolean }[]
        >`SELECT pg_try_advisory_xact_lock(724012) AS frei`;
        return frei ? seed(tx) : ('WARTEN' as const);
      },
      // Loading takes a few seconds on a slow machine; Prisma's default would end it after 5.
      { maxWait: 10_000, timeout: 60_000 },
    );
    if (ergebnis !== 'WARTEN') return ergebnis;
    if (Date.now() > bis) {
      throw new Error('Demodaten: Eine andere Instanz lädt sie seit über zwei Minuten; Start abgebrochen.');
    }
    await new Promise((resolve) => setTimeout(resolve, SEED_POLL_MS));
  }
}

/**
 * Loads the demo data once: two Unternehmen (one with a Hauptsitz and two Filialen), Berufe with
 * Rahmenplan items, Ausbildungsverhaeltnisse and a user for every role. Does nothing when the
 * database already holds data, so a restart keeps what users changed. Returns whether it loaded.
 * Safe when several instances start together on an empty database: the check and the loading run
 * under an advisory lock; the others wait, find the data and return false.
 */
export async function seedDemoData(
  prisma: PrismaClient,
  hashPassword: (password: string) => Promise<string>,
): Promise<boolean> {
  if ((await prisma.kammer.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return unterSeedSperre(prisma, async (tx) => {
    // Read under the lock: sees what an instance that seeded meanwhile committed.
    if ((await tx.kammer.count()) > 0) return false;
    const nordwestfalen = await tx.kammer.create({
      data: { name: 'IHK Nord Westfalen', kurzname: 'IHK-NW' },
    });
    const hannover = await tx.kammer.create({ data: { name: 'IHK Hannover', kurzname: 'IHK-H' } });

    const muster = await tx.unternehmen.create({
      data: {
        name: 'Muster Maschinenbau GmbH',
        kammerId: nordwestfalen.id,
        email: 'ausbildung@muster-maschinenbau.de',
        hauptsitzZugriff: true,
      },
    });
    const hauptsitz = await tx.betriebsstaette.create({
      data: {
        unternehmenId: muster.id,
        name: 'Hauptsitz Münster',
        art: 'HAUPTSITZ',
        strasse: 'Hafenweg 12',
        plz: '48155',
        ort: 'Münster',
        bundesland: 'NW',
      },
    });
    const gelsenkirchen = await tx.betriebsstaette.create({
      data: {
        unternehmenId: muster.id,
        name: 'Filiale Gelsenkirchen',
        art: 'FILIALE',
        strasse: 'Bahnhofstraße 4',
        plz: '45879',
        ort: 'Gelsenkirchen',
        bundesland: 'NW',
      },
    });
    const bocholt = await tx.betriebsstaette.create({
      data: {
        unternehmenId: muster.id,
        name: 'Filiale Bocholt',
        art: 'FILIALE',
        strasse: 'Nordwall 7',
        plz: '46399',
        ort: 'Bocholt',
        bundesland: 'NW',
      },
    });
    const handel = await tx.unternehmen.create({
      data: { name: 'Beispiel Handel AG', kammerId: hannover.id, email: 'ausbildung@beispiel-handel.de' },
    });
    const hannoverSitz = await tx.betriebsstaette.create({
      data: {
        unternehmenId: handel.id,
        name: 'Hauptsitz Hannover',
        art: 'HAUPTSITZ',
        strasse: 'Georgstraße 1',
        plz: '30159',
        ort: 'Hannover',
        bundesland: 'NI',
      },
    });

    const fiae = await tx.ausbildungsberuf.create({
      data: {
        bezeichnung: 'Fachinformatiker/-in Anwendungsentwicklung',
        berufsnummer: '64100',
        rahmenplan: {
          create: [
            { nummer: '1', titel: 'Planen, Vorbereiten und Durchführen von Arbeitsaufträgen', sortierung: 1 },
            { nummer: '2', titel: 'Informieren und Beraten von Kunden und Kundinnen', sortierung: 2 },
            {
              nummer: '3',
              titel: 'Beurteilen marktgängiger IT-Systeme und kundenspezifischer Lösungen',
              sortierung: 3,
            },
            { nummer: '4', titel: 'Entwickeln, Erstellen und Betreuen von IT-Lösungen', sortierung: 4 },
            {
              nummer: '5',
              titel: 'Durchführen und Dokumentieren von qualitätssichernden Maßnahmen',
              sortierung: 5,
            },
            {
              nummer: '6',
              titel: 'Umsetzen, Integrieren und Prüfen von Maßnahmen zur IT-Sicherheit und zum Datenschutz',
              sortierung: 6,
            },
          ],
        },
      },
    });
    const mechatronik = await tx.ausbildungsberuf.create({
      data: {
        bezeichnung: 'Mechatroniker/-in',
        berufsnummer: '31600',
        rahmenplan: {
          create: [
            { nummer: '1', titel: 'Planen und Steuern von Arbeitsabläufen', sortierung: 1 },
            { nummer: '2', titel: 'Bearbeiten mechanischer Teile', sortierung: 2 },
            { nummer: '3', titel: 'Installieren elektrischer Baugruppen und Komponenten', sortierung: 3 },
            { nummer: '4', titel: 'Programmieren mechatronischer Systeme', sortierung: 4 },
          ],
        },
      },
    });
    const einzelhandel = await tx.ausbildungsberuf.create({
      data: {
        bezeichnung: 'Kaufmann/Kauffrau im Einzelhandel',
        berufsnummer: '68200',
        rahmenplan: {
          create: [
            { nummer: '1', titel: 'Warensortiment', sortierung: 1 },
            { nummer: '2', titel: 'Grundlagen von Beratung und Verkauf', sortierung: 2 },
            { nummer: '3', titel: 'Kasse', sortierung: 3 },
          ],
        },
      },
    });

    const created: Record<keyof typeof users, string> = {} as Record<keyof typeof users, string>;
    for (const [key, demo] of Object.entries(users) as [keyof typeof users, DemoUser][]) {
      const row = await tx.user.create({
        data: { email: demo.email, vorname: demo.vorname, nachname: demo.nachname, passwordHash },
      });
      created[key] = row.id;
    }

    const roles: { user: keyof typeof users; rolle: Rolle; betriebsstaetteId?: string; kammerId?: string }[] =
      [
        { user: 'admin', rolle: 'AUSBILDUNGSADMINISTRATOR', betriebsstaetteId: hauptsitz.id },
        { user: 'ausbilder', rolle: 'AUSBILDER', betriebsstaetteId: hauptsitz.id },
        { user: 'ausbilder', rolle: 'AUSBILDER', betriebsstaetteId: gelsenkirchen.id },
        { user: 'beauftragte', rolle: 'AUSBILDUNGSBEAUFTRAGTE', betriebsstaetteId: hauptsitz.id },
        { user: 'azubi', rolle: 'AZUBI', betriebsstaetteId: hauptsitz.id },
        { user: 'filialAdmin', rolle: 'AUSBILDUNGSADMINISTRATOR', betriebsstaetteId: gelsenkirchen.id },
        { user: 'beide', rolle: 'AUSBILDER', betriebsstaetteId: bocholt.id },
        { user: 'beide', rolle: 'AUSBILDUNGSADMINISTRATOR', betriebsstaetteId: hannoverSitz.id },
        { user: 'handelAdmin', rolle: 'AUSBILDUNGSADMINISTRATOR', betriebsstaetteId: hannoverSitz.id },
        { user: 'handelAzubi', rolle: 'AZUBI', betriebsstaetteId: hannoverSitz.id },
        { user: 'sachbearbeiter', rolle: 'IHK_SACHBEARBEITER', kammerId: nordwestfalen.id },
        { user: 'pruefer', rolle: 'PRUEFER', kammerId: nordwestfalen.id },
      ];
    await tx.rollenzuweisung.createMany({
      data: roles.map((r) => ({
        userId: created[r.user],
        rolle: r.rolle,
        betriebsstaetteId: r.betriebsstaetteId,
        kammerId: r.kammerId,
      })),
    });

    const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
    await tx.ausbildungsverhaeltnis.createMany({
      data: [
        {
          betriebsstaetteId: hauptsitz.id,
          berufId: fiae.id,
          identnummer: '4711001',
          azubiVorname: 'Max',
          azubiNachname: 'Muster',
          azubiEmail: users.azubi.email,
          azubiUserId: created.azubi,
          ausbilderUserId: created.ausbilder,
          beginn: d('2025-08-01'),
          ende: d('2028-07-31'),
        },
        {
          betriebsstaetteId: hauptsitz.id,
          berufId: mechatronik.id,
          identnummer: '4711002',
          azubiVorname: 'Mia',
          azubiNachname: 'Schmidt',
          azubiEmail: 'mia.schmidt@example.org',
          ausbilderUserId: created.ausbilder,
          beginn: d('2024-08-01'),
          ende: d('2028-01-31'),
        },
        {
          betriebsstaetteId: gelsenkirchen.id,
          berufId: mechatronik.id,
          identnummer: '4711003',
          azubiVorname: 'Jonas',
          azubiNachname: 'Wagner',
          ausbilderUserId: created.ausbilder,
          beginn: d('2026-08-01'),
          ende: d('2030-01-31'),
        },
        {
          betriebsstaetteId: bocholt.id,
          berufId: fiae.id,
          identnummer: '4711004',
          azubiVorname: 'Emma',
          azubiNachname: 'Koch',
          ausbilderUserId: created.beide,
          beginn: d('2026-08-01'),
          ende: d('2029-07-31'),
        },
        {
          betriebsstaetteId: hannoverSitz.id,
          berufId: einzelhandel.id,
          identnummer: '9900101',
          azubiVorname: 'Lena',
          azubiNachname: 'Lorenz',
          azubiEmail: users.handelAzubi.email,
          azubiUserId: created.handelAzubi,
          beginn: d('2025-08-01'),
          ende: d('2028-07-31'),
        },
      ],
    });

    await seedPruefungen(tx, {
      kammerId: nordwestfalen.id,
      berufId: mechatronik.id,
      adminUserId: created.admin,
      sachbearbeiterUserId: created.sachbearbeiter,
    });

    await seedVertretung(tx, {
      kammerId: nordwestfalen.id,
      admin: created.admin,
      filialAdmin: created.filialAdmin,
    });

    await seedKonten(tx, {
      hauptsitzId: hauptsitz.id,
      bocholtId: bocholt.id,
      berufId: fiae.id,
      passwordHash,
    });

    await seedKammerKonten(tx, {
      kammerId: nordwestfalen.id,
      unternehmenId: muster.id,
      hauptsitzId: hauptsitz.id,
      admin: created.admin,
      ausbilder: created.ausbilder,
    });
    return true;
  });
}

/**
 * Vertretung demo (issue 5, H5): Frank Fischer may act for Anna Adler (active), and Anna Adler has
 * asked for Vera Vogel, who has no account yet, as a further deputy (waiting for IHK Nord Westfalen).
 * Bernd Becker is left free for the e2e story, where Anna Adler adds him from the dropdown.
 */
async function seedVertretung(tx: SeedTx, ids: { kammerId: string; admin: string; filialAdmin: string }) {
  const seit = new Date('2026-09-01T08:00:00.000Z');
  await tx.vertretung.createMany({
    data: [
      {
        vertretenerUserId: ids.admin,
        vertreterUserId: ids.filialAdmin,
        vertreterEmail: users.filialAdmin.email,
        vertreterVorname: users.filialAdmin.vorname,
        vertreterNachname: users.filialAdmin.nachname,
        status: 'AKTIV',
        createdAt: seit,
        createdById: ids.admin,
        entschiedenAt: seit,
      },
      {
        vertretenerUserId: ids.admin,
        vertreterEmail: 'vera.vogel@muster-maschinenbau.de',
        vertreterVorname: 'Vera',
        vertreterNachname: 'Vogel',
        kammerId: ids.kammerId,
        status: 'BEANTRAGT',
        createdAt: new Date('2026-11-20T09:30:00.000Z'),
        createdById: ids.admin,
      },
    ],
  });
}

type SeedTx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * Prüfungen demo (issue 4): two sessions of IHK Nord Westfalen for Mechatroniker/-in with Mia Schmidt
 * (no account of her own): Teil 1 of summer 2026 with released Termine and results, and Teil 2 of
 * winter 2027 which she confirmed and the IHK has received. The demo Azubi Max Muster is left free for
 * the sessions users (and the e2e story) create themselves.
 */
async function seedPruefungen(
  tx: SeedTx,
  ids: { kammerId: string; berufId: string; adminUserId: string; sachbearbeiterUserId: string },
): Promise<void> {
  const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  const t = (iso: string) => new Date(iso);
  const mia = await tx.ausbildungsverhaeltnis.findFirstOrThrow({ where: { identnummer: '4711002' } });

  const teil1 = await tx.pruefung.create({
    data: {
      kammerId: ids.kammerId,
      saison: 'SOMMER',
      jahr: 2026,
      art: 'TEIL_1',
      anmeldeschluss: d('2026-01-31'),
      zusatzfragen: [],
      termineFreigegebenAt: t('2026-02-20T09:00:00.000Z'),
      createdById: ids.sachbearbeiterUserId,
      berufe: { create: [{ berufId: ids.berufId }] },
      termine: {
        create: [
          {
            bezeichnung: 'Schriftliche Prüfung',
            datum: d('2026-03-10'),
            uhrzeit: '08:30',
            ort: 'IHK Nord Westfalen, Sentmaringer Weg 61, Münster',
          },
          {
            bezeichnung: 'Praktische Prüfung',
            datum: d('2026-03-24'),
            uhrzeit: '09:00',
            ort: 'Bildungszentrum Münster, Halle 2',
          },
        ],
      },
    },
  });
  await tx.pruefungsanmeldung.create({
    data: {
      pruefungId: teil1.id,
      vertragId: mia.id,
      status: 'ZUGELASSEN',
      nachweiseBestaetigt: true,
      createdById: ids.adminUserId,
      eingereichtAt: t('2026-01-12T10:00:00.000Z'),
      bestaetigtAt: t('2026-01-13T16:30:00.000Z'),
      entschiedenAt: t('2026-02-02T08:15:00.000Z'),
      ergebnisFreigegebenAt: t('2026-04-15T12:00:00.000Z'),
      ereignisse: {
        create: [
          {
            at: t('2026-01-12T10:00:00.000Z'),
            actorUserId: ids.adminUserId,
            ereignis: 'EINREICHEN',
            vonStatus: 'ENTWURF',
            nachStatus: 'AZUBI_PRUEFT',
          },
          {
            at: t('2026-01-13T16:30:00.000Z'),
            actorUserId: ids.adminUserId,
            ereignis: 'BESTAETIGEN',
            vonStatus: 'AZUBI_PRUEFT',
            nachStatus: 'BEI_IHK',
            bemerkung: 'Auf Papier bestätigt (Azubi ohne Konto).',
          },
          {
            at: t('2026-02-02T08:15:00.000Z'),
            actorUserId: ids.sachbearbeiterUserId,
            ereignis: 'ZULASSEN',
            vonStatus: 'BEI_IHK',
            nachStatus: 'ZUGELASSEN',
          },
        ],
      },
      ergebnisse: {
        create: [
          {
            teil: 'Schriftliche Prüfung',
            punkte: 78,
            note: '3',
            bestanden: true,
            eingetragenById: ids.sachbearbeiterUserId,
          },
          {
            teil: 'Arbeitsauftrag',
            punkte: 86,
            note: '2',
            bestanden: true,
            eingetragenById: ids.sachbearbeiterUserId,
          },
        ],
      },
    },
  });

  const teil2 = await tx.pruefung.create({
    data: {
      kammerId: ids.kammerId,
      saison: 'WINTER',
      jahr: 2027,
      art: 'TEIL_2',
      anmeldeschluss: d('2027-07-31'),
      zusatzfragen: [
        { key: 'frage1', frage: 'Thema des betrieblichen Auftrags', pflicht: true },
        { key: 'frage2', frage: 'Wahlqualifikation', pflicht: false },
      ],
      createdById: ids.sachbearbeiterUserId,
      berufe: { create: [{ berufId: ids.berufId }] },
    },
  });
  await tx.pruefungsanmeldung.create({
    data: {
      pruefungId: teil2.id,
      vertragId: mia.id,
      status: 'BEI_IHK',
      antworten: {
        frage1: 'Inbetriebnahme einer Förderbandsteuerung mit SPS',
        frage2: 'Instandhaltung',
      },
      nachweiseBestaetigt: true,
      createdById: ids.adminUserId,
      eingereichtAt: t('2026-11-02T09:00:00.000Z'),
      bestaetigtAt: t('2026-11-03T14:00:00.000Z'),
      ereignisse: {
        create: [
          {
            at: t('2026-11-02T09:00:00.000Z'),
            actorUserId: ids.adminUserId,
            ereignis: 'EINREICHEN',
            vonStatus: 'ENTWURF',
            nachStatus: 'AZUBI_PRUEFT',
          },
          {
            at: t('2026-11-03T14:00:00.000Z'),
            actorUserId: ids.adminUserId,
            ereignis: 'BESTAETIGEN',
            vonStatus: 'AZUBI_PRUEFT',
            nachStatus: 'BEI_IHK',
            bemerkung: 'Auf Papier bestätigt (Azubi ohne Konto).',
          },
        ],
      },
    },
  });
}

/**
 * Konten demo (issue 5, H4): a contract without an account ("Account erstellen" in the
 * Azubi-Verwaltung), an Azubi who forgot the password (Passwort vergessen by Identnummer 4711022)
 * and an Ausbilderin who changes her e-mail. Own people, so other demos stay untouched.
 */
async function seedKonten(
  tx: SeedTx,
  ids: { hauptsitzId: string; bocholtId: string; berufId: string; passwordHash: string },
) {
  const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  const paula = await tx.user.create({
    data: {
      email: 'paula.pohl@example.org',
      vorname: 'Paula',
      nachname: 'Pohl',
      passwordHash: ids.passwordHash,
    },
  });
  const erika = await tx.user.create({
    data: {
      email: 'erika.ehlers@muster-maschinenbau.de',
      vorname: 'Erika',
      nachname: 'Ehlers',
      passwordHash: ids.passwordHash,
    },
  });
  await tx.rollenzuweisung.createMany({
    data: [
      { userId: paula.id, rolle: 'AZUBI', betriebsstaetteId: ids.hauptsitzId },
      { userId: erika.id, rolle: 'AUSBILDER', betriebsstaetteId: ids.bocholtId },
    ],
  });
  await tx.ausbildungsverhaeltnis.createMany({
    data: [
      {
        betriebsstaetteId: ids.hauptsitzId,
        berufId: ids.berufId,
        identnummer: '4711021',
        azubiVorname: 'Lukas',
        azubiNachname: 'Lehmann',
        beginn: d('2026-08-01'),
        ende: d('2029-07-31'),
      },
      {
        betriebsstaetteId: ids.hauptsitzId,
        berufId: ids.berufId,
        identnummer: '4711022',
        azubiVorname: 'Paula',
        azubiNachname: 'Pohl',
        azubiEmail: paula.email,
        azubiUserId: paula.id,
        beginn: d('2025-08-01'),
        ende: d('2028-07-31'),
      },
    ],
  });
}

/**
 * Kammer-Konten demo (issue 5, H6): IHK Nord Westfalen has one open online application of a
 * company and one open "Aenderungsmail" of Muster Maschinenbau about its Ausbilder.
 */
async function seedKammerKonten(
  tx: SeedTx,
  ids: { kammerId: string; unternehmenId: string; hauptsitzId: string; admin: string; ausbilder: string },
) {
  await tx.unternehmensantrag.create({
    data: {
      kammerId: ids.kammerId,
      firmenname: 'Bäckerei Krause GmbH',
      strasse: 'Ludgeristraße 5',
      plz: '48143',
      ort: 'Münster',
      bundesland: 'NW',
      unternehmensEmail: 'info@baeckerei-krause.example',
      vorname: 'Karla',
      nachname: 'Krause',
      email: 'karla.krause@baeckerei-krause.example',
      createdAt: new Date('2026-11-20T09:30:00.000Z'),
    },
  });
  await tx.kammerAufgabe.create({
    data: {
      kammerId: ids.kammerId,
      art: 'AUSBILDER_AENDERUNG',
      unternehmenId: ids.unternehmenId,
      betriebsstaetteId: ids.hauptsitzId,
      betreffUserId: ids.ausbilder,
      text: 'Herr Becker hat die Ausbildereignungsprüfung (AEVO) am 12.11.2026 bestanden; bitte in den Stammdaten nachtragen.',
      createdById: ids.admin,
      createdAt: new Date('2026-11-21T14:00:00.000Z'),
    },
  });
}
