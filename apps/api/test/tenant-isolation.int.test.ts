import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, textOf } from './support/expect.js';
import {
  buildBetrieb,
  buildEinstellung,
  buildNachweis,
  buildUser,
  buildVertrag,
  grantRole,
  TEST_PASSWORD,
} from './support/factories.js';
import { type GqlResult, startTestApp, type TestApp, type TestClient } from './support/harness.js';
import {
  AENDERUNGSMAIL_AUSBILDER,
  AENDERUNGSMAIL_SENDEN,
  ANDERE_SITZUNGEN_BEENDEN,
  ANMELDUNG_ABLEHNEN,
  ANMELDUNG_BESTAETIGEN,
  ANMELDUNG_EINREICHEN,
  ANMELDUNG_ERGEBNIS,
  ANMELDUNG_VORPRUEFUNG,
  ANMELDUNG_ZULASSEN,
  ANMELDUNG_ZURUECKGEBEN,
  ANMELDUNGEN_CSV,
  ANTRAG_ABLEHNEN,
  ANTRAG_GENEHMIGEN,
  AUSBILDER_ACCOUNT_ERSTELLEN,
  AUSBILDER_EMAIL_AENDERN,
  AUSBILDER_LISTE,
  AUSBILDER_PASSWORT_ZURUECKSETZEN,
  AUSBILDUNGSBERUFE,
  AZUBI_ACCOUNT_ERSTELLEN,
  AZUBI_EMAIL_AENDERN,
  AZUBI_PASSWORT_ZURUECKSETZEN,
  AZUBI_VERWALTUNG,
  BENUTZER_SUCHEN,
  BENUTZERVERWALTUNG,
  BETRIEB_PRUEFUNGEN,
  EINLADUNG_ABLEHNEN,
  EINLADUNG_ANNEHMEN,
  EMAIL_AENDERN,
  EMAIL_BESTAETIGEN,
  ERGEBNISSE_EINTRAGEN,
  ERGEBNISSE_FREIGEBEN,
  HAUPTSITZ_ZUGRIFF_SETZEN,
  KAMMER_ANMELDUNGEN,
  KAMMER_AUFGABE_ERLEDIGEN,
  KAMMER_AUFGABEN,
  KAMMER_PRUEFER,
  KAMMER_PRUEFUNG,
  KAMMER_PRUEFUNGEN,
  KAMMER_UNTERNEHMEN,
  KONTO_LINK,
  ME,
  MEINE_AUSBILDUNGSVERHAELTNISSE,
  MEINE_BERECHTIGUNGEN,
  MEINE_DOKUMENTE,
  MEINE_EINLADUNGEN,
  MEINE_PRUEFUNGSANMELDUNGEN,
  MEINE_SITZUNGEN,
  MEINE_VERTRETUNGEN,
  MEINE_ZUGANGSDATEN,
  OEFFENTLICHE_KAMMERN,
  OFFENE_VERTRETUNGSANTRAEGE,
  PASSWORT_AENDERN,
  PASSWORT_SETZEN,
  PASSWORT_VERGESSEN,
  PRUEFER_ANLEGEN,
  PRUEFUNG_ANLEGEN,
  PRUEFUNG_ERGEBNISSE,
  PRUEFUNGSANMELDUNG,
  PRUEFUNGSTERMINE,
  REGISTRIEREN,
  ROLLE_EINLADEN,
  ROLLE_ENTZIEHEN,
  ROLLE_ZUWEISEN,
  SITZUNG_BEENDEN,
  TERMINE_FREIGEBEN,
  TERMINE_SPEICHERN,
  UNTERNEHMEN_BEANTRAGEN,
  UNTERNEHMENSANTRAEGE,
  VERTRETUNG_ABLEHNEN,
  VERTRETUNG_BEANTRAGEN,
  VERTRETUNG_BEENDEN,
  VERTRETUNG_GENEHMIGEN,
  VERTRETUNG_HINZUFUEGEN,
  VERTRETUNG_KANDIDATEN,
  VERTRETUNG_MITARBEITER_HINZUFUEGEN,
  VERTRETUNG_VERLASSEN,
  VERTRETUNG_WECHSELN,
  VERWALTETE_BETRIEBSSTAETTEN,
  ZEUGNIS_AUSSTELLEN,
} from './support/operations.js';
import { idSlots, operationWithIds, type RootField, rootFields } from './support/schema.js';

/**
 * Two Unternehmen, A and B, in different Kammern. Everyone of B (administrator, Ausbilder, Azubi,
 * a user without a role, an IHK clerk of B's Kammer) tries every operation of the schema against
 * A's records, and gets nothing of A.
 */
let t: TestApp;
let fields: RootField[];
let A: Awaited<ReturnType<typeof buildBetrieb>>;
let B: Awaited<ReturnType<typeof buildBetrieb>>;
let aFilialVertrag: { id: string; identnummer: string };
/** A's Nachweise: a draft, one waiting for A's Ausbilder, one approved. */
let aNachweise: { entwurf: string; eingereicht: string; genehmigt: string };
let bNachweisEingereicht: string;
let berufId: string;
let aAdminClient: TestClient;
/** Everything that identifies A's records. */
let aSecrets: string[];
/** A suggested Ausbildungsbeauftragte/r of A (VORGESCHLAGEN), waiting for A's confirmation. */
let aVorschlag: string;
/** A's ids, the values fed into every ID argument. */
let aIds: string[];
let actors: Record<string, TestClient>;
let snapshotBefore: Awaited<ReturnType<typeof snapshotA>>;
/** A's exam session (A's Kammer) and two registrations: one at the IHK, one waiting for A's Azubi (H1). */
let aPruefung: string;
let aAnmeldungen: { beiIhk: string; azubiPrueft: string };
/** A's Vertretungen (H5): the admin's active one (the Ausbilder acts for them) and a pending one. */
let aVertretungen: { aktiv: string; beantragt: string };
/** A second session of A's Kammer with A's admitted registration: Termine and results released, a Zeugnis (H2). */
let aErgebnis: { pruefung: string; anmeldung: string; zeugnis: string };

const aUserIds = () => [A.admin.id, A.ausbilder.id, A.azubi.id, A.ohneRolle.id];

async function snapshotA() {
  const p = t.db.prisma;
  const inA = { betriebsstaette: { unternehmenId: A.unternehmen.id } };
  return {
    rollenzuweisungen: await p.rollenzuweisung.count({ where: inA }),
    rollen: await p.rollenzuweisung.findMany({
      where: { OR: [inA, { userId: { in: aUserIds() } }] },
      orderBy: { id: 'asc' },
    }),
    users: await p.user.findMany({ where: { id: { in: aUserIds() } }, orderBy: { id: 'asc' } }),
    sessions: await p.session.findMany({ where: { userId: { in: aUserIds() } }, orderBy: { id: 'asc' } }),
    unternehmen: await p.unternehmen.findUnique({ where: { id: A.unternehmen.id } }),
    betriebsstaetten: await p.betriebsstaette.findMany({
      where: { unternehmenId: A.unternehmen.id },
      orderBy: { id: 'asc' },
    }),
    vertraege: await p.ausbildungsverhaeltnis.findMany({ where: inA, orderBy: { id: 'asc' } }),
    audit: await p.auditEvent.findMany({ where: { unternehmenId: A.unternehmen.id } }),
    einstellungen: await p.berichtsheftEinstellung.findMany({
      where: inA,
      orderBy: { id: 'asc' },
    }),
    vertretungen: await p.vertretung.findMany({
      where: { vertretenerUserId: { in: aUserIds() } },
      orderBy: { id: 'asc' },
    }),
    pruefungen: await p.pruefung.findMany({
      where: { kammerId: A.kammerId },
      include: { berufe: true },
      orderBy: { id: 'asc' },
    }),
    pruefungsanmeldungen: await p.pruefungsanmeldung.findMany({
      where: { vertrag: inA },
      include: { ereignisse: true },
      orderBy: { id: 'asc' },
    }),
    pruefungstermine: await p.pruefungstermin.findMany({
      where: { pruefung: { kammerId: A.kammerId } },
      orderBy: { id: 'asc' },
    }),
    pruefungsergebnisse: await p.pruefungsergebnis.findMany({
      where: { anmeldung: { vertrag: inA } },
      orderBy: { id: 'asc' },
    }),
    dokumente: await p.dokument.findMany({ where: { vertrag: inA }, orderBy: { id: 'asc' } }),
    nachweise: await p.nachweis.findMany({
      where: { vertrag: inA },
      include: { tage: { orderBy: { datum: 'asc' } }, ereignisse: true, rahmenplan: true },
      orderBy: { id: 'asc' },
    }),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  fields = await rootFields();
  A = await buildBetrieb(t.db.prisma, { filialen: 1, hauptsitzZugriff: true });
  aFilialVertrag = await buildVertrag(t.db.prisma, { betriebsstaetteId: A.filialen[0].id });
  berufId = A.vertrag.berufId;
  for (const staette of [A.hauptsitz, A.filialen[0]]) {
    await buildEinstellung(t.db.prisma, { betriebsstaetteId: staette.id, berufId });
  }
  const genehmigerA = { id: A.ausbilder.id, email: A.ausbilder.email };
  aNachweise = {
    entwurf: (await buildNachweis(t.db.prisma, { vertragId: A.vertrag.id, von: '2025-08-04' })).id,
    eingereicht: (
      await buildNachweis(t.db.prisma, {
        vertragId: A.vertrag.id,
        von: '2025-08-11',
        status: 'EINGEREICHT',
        genehmiger: genehmigerA,
      })
    ).id,
    genehmigt: (
      await buildNachweis(t.db.prisma, {
        vertragId: A.vertrag.id,
        von: '2025-08-18',
        status: 'GENEHMIGT',
        genehmiger: genehmigerA,
      })
    ).id,
  };
  B = await buildBetrieb(t.db.prisma, { filialen: 1, hauptsitzZugriff: true });
  await buildEinstellung(t.db.prisma, { betriebsstaetteId: B.hauptsitz.id, berufId });
  bNachweisEingereicht = (
    await buildNachweis(t.db.prisma, {
      vertragId: B.vertrag.id,
      von: '2025-08-11',
      status: 'EINGEREICHT',
      genehmiger: { id: B.ausbilder.id, email: B.ausbilder.email },
    })
  ).id;
  const clerkB = await buildUser(t.db.prisma, { nachname: 'Sachbearbeiterin B' });
  await grantRole(t.db.prisma, clerkB.id, 'IHK_SACHBEARBEITER', { kammerId: B.kammerId });

  aPruefung = (
    await t.db.prisma.pruefung.create({
      data: {
        kammerId: A.kammerId,
        saison: 'SOMMER',
        jahr: 2028,
        art: 'TEIL_2',
        anmeldeschluss: new Date('2028-01-31T00:00:00Z'),
        zusatzfragen: [{ key: 'frage1', frage: `Projektthema A-${A.unternehmen.id}`, pflicht: true }],
        berufe: { create: [{ berufId }] },
      },
    })
  ).id;
  const aAnmeldung = async (vertragId: string, status: 'BEI_IHK' | 'AZUBI_PRUEFT') => {
    const row = await t.db.prisma.pruefungsanmeldung.create({
      data: {
        pruefungId: aPruefung,
        vertragId,
        status,
        antworten: { frage1: `Geheimes Projekt ${vertragId}` },
        nachweiseBestaetigt: true,
        eingereichtAt: new Date('2026-01-10T09:00:00Z'),
        ereignisse: {
          create: { actorUserId: A.admin.id, ereignis: 'EINREICHEN', nachStatus: 'AZUBI_PRUEFT' },
        },
      },
    });
    return row.id;
  };
  aAnmeldungen = {
    beiIhk: await aAnmeldung(A.vertrag.id, 'BEI_IHK'),
    azubiPrueft: await aAnmeldung(aFilialVertrag.id, 'AZUBI_PRUEFT'),
  };

  // An approver address one of A's Azubis named, waiting for A's confirmation (trust rule).
  const vorgeschlagen = await buildUser(t.db.prisma, {
    email: `vorschlag-${A.unternehmen.id}@test.example`,
    vorname: '',
    nachname: '',
    passwordHash: null,
  });
  aVorschlag = (
    await t.db.prisma.rollenzuweisung.create({
      data: {
        userId: vorgeschlagen.id,
        rolle: 'AUSBILDUNGSBEAUFTRAGTE',
        betriebsstaetteId: A.hauptsitz.id,
        status: 'VORGESCHLAGEN',
        vorgeschlagenVonUserId: A.azubi.id,
      },
    })
  ).id;

  aVertretungen = {
    aktiv: (
      await t.db.prisma.vertretung.create({
        data: {
          vertretenerUserId: A.admin.id,
          vertreterUserId: A.ausbilder.id,
          vertreterEmail: A.ausbilder.email,
          vertreterVorname: A.ausbilder.vorname,
          vertreterNachname: A.ausbilder.nachname,
          status: 'AKTIV',
          createdById: A.admin.id,
        },
      })
    ).id,
    beantragt: (
      await t.db.prisma.vertretung.create({
        data: {
          vertretenerUserId: A.admin.id,
          vertreterEmail: `vertretung-${A.unternehmen.id}@test.example`,
          vertreterVorname: 'Vera',
          vertreterNachname: `Vertretung ${A.unternehmen.id.slice(0, 8)}`,
          kammerId: A.kammerId,
          status: 'BEANTRAGT',
          createdById: A.admin.id,
        },
      })
    ).id,
  };

  const aErgebnisPruefung = await t.db.prisma.pruefung.create({
    data: {
      kammerId: A.kammerId,
      saison: 'WINTER',
      jahr: 2027,
      art: 'ABSCHLUSSPRUEFUNG',
      anmeldeschluss: new Date('2027-07-31T00:00:00Z'),
      termineFreigegebenAt: new Date('2027-09-01T08:00:00Z'),
      berufe: { create: [{ berufId }] },
      termine: {
        create: [
          {
            bezeichnung: 'Schriftliche Prüfung',
            datum: new Date('2027-11-24T00:00:00Z'),
            uhrzeit: '08:30',
            ort: `Prüfungsort A-${A.unternehmen.id}`,
          },
        ],
      },
    },
  });
  const aErgebnisAnmeldung = await t.db.prisma.pruefungsanmeldung.create({
    data: {
      pruefungId: aErgebnisPruefung.id,
      vertragId: A.vertrag.id,
      status: 'ZUGELASSEN',
      ergebnisFreigegebenAt: new Date('2027-12-20T10:00:00Z'),
      ergebnisse: {
        create: [{ teil: `Prüfungsbereich A-${A.unternehmen.id}`, punkte: 77, note: '2', bestanden: true }],
      },
    },
  });
  const aZeugnis = '7a3f3e52-6d1f-4e7e-9c9e-5b0a1d2c3e4f';
  // Raw SQL: the PGlite driver adapter cannot bind Bytes parameters.
  await t.db.prisma
    .$executeRaw`INSERT INTO "Dokument" ("id", "art", "titel", "dateiname", "inhalt", "vertragId", "anmeldungId")
    VALUES (${aZeugnis}::uuid, 'ZEUGNIS'::"DokumentArt", ${`Zeugnis A-${A.unternehmen.id}`}, 'zeugnis-a.pdf',
      decode('JVBERi0=', 'base64'), ${A.vertrag.id}::uuid, ${aErgebnisAnmeldung.id}::uuid)`;
  aErgebnis = { pruefung: aErgebnisPruefung.id, anmeldung: aErgebnisAnmeldung.id, zeugnis: aZeugnis };

  aIds = [
    A.unternehmen.id,
    A.kammerId,
    A.hauptsitz.id,
    A.filialen[0].id,
    A.adminRolle.id,
    A.ausbilderRolle.id,
    A.azubiRolle.id,
    ...aUserIds(),
    A.vertrag.id,
    aFilialVertrag.id,
    ...Object.values(aNachweise),
    ...Object.values(aVertretungen),
    aPruefung,
    ...Object.values(aAnmeldungen),
    ...Object.values(aErgebnis),
    aVorschlag,
  ];
  const aTexte = await t.db.prisma.nachweisTag.findMany({
    where: { nachweis: { vertragId: A.vertrag.id } },
    select: { taetigkeiten: true, nachweis: { select: { abschnitt: true } } },
  });
  aSecrets = [
    ...aIds,
    A.unternehmen.name,
    A.hauptsitz.name,
    A.filialen[0].name,
    A.vertrag.identnummer,
    aFilialVertrag.identnummer,
    `vertretung-${A.unternehmen.id}@test.example`,
    `Vertretung ${A.unternehmen.id.slice(0, 8)}`,
    ...[A.admin, A.ausbilder, A.azubi, A.ohneRolle].flatMap((u) => [u.email, u.nachname]),
    ...aTexte.flatMap((tag) => [tag.taetigkeiten, tag.nachweis.abschnitt]),
    `Projektthema A-${A.unternehmen.id}`,
    `Geheimes Projekt ${A.vertrag.id}`,
    `Geheimes Projekt ${aFilialVertrag.id}`,
    `Prüfungsort A-${A.unternehmen.id}`,
    `Prüfungsbereich A-${A.unternehmen.id}`,
    `Zeugnis A-${A.unternehmen.id}`,
    `vorschlag-${A.unternehmen.id}@test.example`,
  ];

  aAdminClient = await t.client().loginOk(A.admin.email, TEST_PASSWORD);
  actors = {};
  for (const [name, email] of [
    ['admin', B.admin.email],
    ['ausbilder', B.ausbilder.email],
    ['azubi', B.azubi.email],
    ['ohneRolle', B.ohneRolle.email],
    ['sachbearbeiter', clerkB.email],
  ] as const) {
    actors[name] = await t.client().loginOk(email, TEST_PASSWORD);
  }
  snapshotBefore = await snapshotA();
});
afterAll(async () => {
  await t?.close();
});

const REFUSALS = ['FORBIDDEN', 'NOT_FOUND', 'ARBEITSBEREICH_UNZULAESSIG'];

interface Expectation {
  /** What may be mentioned after all: what the caller put in. */
  allow?: string[];
  /** Codes that count as refused for this call. */
  codes?: string[];
}

/** Refused with one of the refusal codes, or an answer that mentions nothing of A. */
function expectNothingOfA(result: GqlResult<unknown>, label: string, expectation: Expectation = {}) {
  if (result.errors) {
    expect(expectation.codes ?? REFUSALS, `${label}: ${JSON.stringify(result.errors)}`).toContain(
      codeOf(result),
    );
    expect(
      Object.values(result.data ?? {}).filter((v) => v !== null),
      label,
    ).toEqual([]);
  }
  const text = textOf(result);
  for (const secret of aSecrets.filter((x) => !expectation.allow?.includes(x))) {
    expect(text, `${label} reveals ${secret}`).not.toContain(secret.toLowerCase());
  }
}

function expectRefusedWith(result: GqlResult<unknown>, codes: string[], label: string) {
  expect(codes, `${label}: ${JSON.stringify(result)}`).toContain(codeOf(result));
  expectNothingOfA(result, label, { codes });
}

const NACHWEIS = 'id status abschnitt tage { datum taetigkeiten } ereignisse { bemerkung }';

type Case = (actor: string, client: TestClient) => Promise<void>;

/** One isolation case per root field of the schema; the test below fails for a field without one. */
const CASES: Record<string, Case> = {
  'Query.me': async (actor, client) => {
    expectNothingOfA(await client.gql(ME), `${actor} me`);
  },
  'Mutation.login': async (actor, client) => {
    const me = await client.gqlOk<{ me: { benutzer: { email: string } } }>('{ me { benutzer { email } } }');
    const fresh = t.client();
    const result = await fresh.gql(
      `mutation($input: LoginInput!) { login(input: $input) {
        benutzer { id email } arbeitsbereiche { key name unternehmenName rollen } aktuellerArbeitsbereich { key }
      } }`,
      { input: { email: me.me.benutzer.email, password: TEST_PASSWORD } },
    );
    expect(result.errors, actor).toBeUndefined();
    expectNothingOfA(result, `${actor} login`);
  },
  'Mutation.logout': async (actor, client) => {
    const me = await client.gqlOk<{ me: { benutzer: { email: string } } }>('{ me { benutzer { email } } }');
    const own = await t.client().loginOk(me.me.benutzer.email, TEST_PASSWORD);
    expect((await own.gql('mutation { logout }')).errors, actor).toBeUndefined();
    const a = await aAdminClient.gqlOk<{ me: { benutzer: { id: string } } | null }>(
      '{ me { benutzer { id } } }',
    );
    expect(a.me?.benutzer.id, `${actor} logout ended A's session`).toBe(A.admin.id);
  },
  'Mutation.arbeitsbereichWaehlen': async (actor, client) => {
    for (const key of [`B:${A.hauptsitz.id}`, `B:${A.filialen[0].id}`, `K:${A.kammerId}`]) {
      const result = await client.gql(
        'mutation($key: ID!) { arbeitsbereichWaehlen(key: $key) { aktuellerArbeitsbereich { key name } } }',
        { key },
      );
      expectRefusedWith(result, ['ARBEITSBEREICH_UNZULAESSIG'], `${actor} arbeitsbereichWaehlen ${key}`);
    }
  },
  'Query.benutzerverwaltung': async (actor, client) => {
    for (const suche of [null, A.admin.email, A.admin.nachname, 'Admin']) {
      expectNothingOfA(
        await client.gql(BENUTZERVERWALTUNG, { first: 100, suche }),
        `${actor} benutzerverwaltung`,
      );
    }
    if (actor !== 'admin') expect(codeOf(await client.gql(BENUTZERVERWALTUNG))).toBe('FORBIDDEN');
  },
  // -- Ausbildungsbeauftragte and the contract's Ausbilder (trust core) --
  'Query.ausbildungsbeauftragte': async (actor, client) => {
    expectNothingOfA(
      await client.gql('{ ausbildungsbeauftragte { id status email name vorgeschlagenVon wartendeAzubis } }'),
      `${actor} ausbildungsbeauftragte`,
    );
  },
  'Mutation.genehmigerBestaetigen': async (actor, client) => {
    const result = await client.gql(
      'mutation($input: GenehmigerBestaetigenInput!) { genehmigerBestaetigen(input: $input) { id status } }',
      { input: { id: aVorschlag, vorname: 'Eva', nachname: 'Einbruch' } },
    );
    expectRefusedWith(result, ['NOT_FOUND'], `${actor} genehmigerBestaetigen`);
  },
  'Mutation.genehmigerAblehnen': async (actor, client) => {
    const result = await client.gql('mutation($id: ID!) { genehmigerAblehnen(id: $id) }', { id: aVorschlag });
    expectRefusedWith(result, ['NOT_FOUND'], `${actor} genehmigerAblehnen`);
  },
  'Query.ausbilderKandidaten': async (actor, client) => {
    for (const vertragId of [A.vertrag.id, aFilialVertrag.id]) {
      const result = await client.gql(
        'query($v: ID!) { ausbilderKandidaten(vertragId: $v) { id vorname nachname } }',
        {
          v: vertragId,
        },
      );
      expectRefusedWith(result, ['NOT_FOUND'], `${actor} ausbilderKandidaten`);
    }
  },
  'Mutation.vertragAusbilderAendern': async (actor, client) => {
    for (const vertragId of [A.vertrag.id, aFilialVertrag.id]) {
      for (const ausbilderUserId of [A.ausbilder.id, B.ausbilder.id]) {
        const result = await client.gql(
          'mutation($v: ID!, $a: ID!) { vertragAusbilderAendern(vertragId: $v, ausbilderUserId: $a) { id } }',
          { v: vertragId, a: ausbilderUserId },
        );
        expectRefusedWith(result, ['NOT_FOUND'], `${actor} vertragAusbilderAendern`);
      }
    }
  },
  'Query.benutzerSuchen': async (actor, client) => {
    for (const user of [A.admin, A.ausbilder, A.azubi, A.ohneRolle]) {
      const result = await client.gql<{ benutzerSuchen: { rollen: unknown[] } | null }>(BENUTZER_SUCHEN, {
        email: user.email,
      });
      if (actor !== 'admin') {
        expectRefusedWith(result, ['FORBIDDEN'], `${actor} benutzerSuchen`);
        continue;
      }
      // Who is registered is not for another company to see: A's people are found no more than
      // an unknown address (null), with nothing of their name.
      expect(result.errors, actor).toBeUndefined();
      expect(result.data?.benutzerSuchen, `${actor} benutzerSuchen ${user.email}`).toBeNull();
      expectNothingOfA(result, `${actor} benutzerSuchen`, { allow: [user.email] });
    }
  },
  'Query.verwalteteBetriebsstaetten': async (actor, client) => {
    expectNothingOfA(await client.gql(VERWALTETE_BETRIEBSSTAETTEN), `${actor} verwalteteBetriebsstaetten`);
  },
  'Mutation.rolleZuweisen': async (actor, client) => {
    for (const betriebsstaetteId of [A.hauptsitz.id, A.filialen[0].id]) {
      for (const userId of [A.ohneRolle.id, B.ohneRolle.id, A.admin.id]) {
        for (const rolle of ['AUSBILDUNGSADMINISTRATOR', 'AZUBI']) {
          const result = await client.gql(ROLLE_ZUWEISEN, { input: { userId, betriebsstaetteId, rolle } });
          expectRefusedWith(result, ['FORBIDDEN'], `${actor} rolleZuweisen`);
        }
      }
    }
    // In B's own Betriebsstaette, A's people (members of A, not of B) are unknown ids.
    for (const userId of [A.ohneRolle.id, A.admin.id, A.ausbilder.id]) {
      const result = await client.gql(ROLLE_ZUWEISEN, {
        input: { userId, betriebsstaetteId: B.hauptsitz.id, rolle: 'AUSBILDER' },
      });
      expectRefusedWith(result, [actor === 'admin' ? 'NOT_FOUND' : 'FORBIDDEN'], `${actor} rolleZuweisen B`);
    }
  },
  'Mutation.rolleEinladen': async (actor, client) => {
    for (const betriebsstaetteId of [A.hauptsitz.id, A.filialen[0].id]) {
      const result = await client.gql(ROLLE_EINLADEN, {
        input: {
          email: A.ausbilder.email,
          vorname: 'Eva',
          nachname: 'E',
          betriebsstaetteId,
          rolle: 'AUSBILDER',
        },
      });
      expectRefusedWith(result, ['FORBIDDEN'], `${actor} rolleEinladen A`);
    }
    // B's admin may invite A's Ausbilder to B: the answer is an invitation and shows nothing of
    // the account (no name, no roles in A). Withdrawn again, so A's person is left as before.
    const result = await client.gql<{ rolleEinladen: { benutzer: { rollen: { id: string }[] } } }>(
      ROLLE_EINLADEN,
      {
        input: {
          email: A.ausbilder.email,
          vorname: 'Eva',
          nachname: 'E',
          betriebsstaetteId: B.hauptsitz.id,
          rolle: 'AUSBILDER',
        },
      },
    );
    if (actor !== 'admin') {
      expectRefusedWith(result, ['FORBIDDEN'], `${actor} rolleEinladen B`);
      return;
    }
    expect(result.errors, actor).toBeUndefined();
    expectNothingOfA(result, `${actor} rolleEinladen`, { allow: [A.ausbilder.email] });
    for (const r of result.data!.rolleEinladen.benutzer.rollen) {
      expect((await client.gql(ROLLE_ENTZIEHEN, { id: r.id })).errors).toBeUndefined();
    }
  },
  'Query.meineEinladungen': async (actor, client) => {
    expectNothingOfA(await client.gql(MEINE_EINLADUNGEN), `${actor} meineEinladungen`);
  },
  'Mutation.einladungAnnehmen': async (actor, client) => {
    for (const id of [A.adminRolle.id, A.ausbilderRolle.id, A.azubiRolle.id, aVorschlag]) {
      expectRefusedWith(
        await client.gql(EINLADUNG_ANNEHMEN, { id }),
        ['NOT_FOUND'],
        `${actor} einladungAnnehmen`,
      );
    }
  },
  'Mutation.einladungAblehnen': async (actor, client) => {
    for (const id of [A.adminRolle.id, A.ausbilderRolle.id, A.azubiRolle.id, aVorschlag]) {
      expectRefusedWith(
        await client.gql(EINLADUNG_ABLEHNEN, { id }),
        ['NOT_FOUND'],
        `${actor} einladungAblehnen`,
      );
    }
  },
  'Mutation.rolleEntziehen': async (actor, client) => {
    for (const id of [A.adminRolle.id, A.ausbilderRolle.id, A.azubiRolle.id]) {
      const result = await client.gql(ROLLE_ENTZIEHEN, { id });
      expectRefusedWith(result, actor === 'admin' ? ['NOT_FOUND'] : ['FORBIDDEN'], `${actor} rolleEntziehen`);
    }
  },
  // -- Konten (H4) --
  'Mutation.azubiAccountErstellen': async (actor, client) => {
    for (const vertragId of [A.vertrag.id, aFilialVertrag.id]) {
      const result = await client.gql(AZUBI_ACCOUNT_ERSTELLEN, {
        input: { vertragId, email: `uebernahme-${actor}@test.example` },
      });
      expectRefusedWith(
        result,
        [actor === 'admin' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} azubiAccountErstellen`,
      );
    }
  },
  'Mutation.azubiPasswortZuruecksetzen': async (actor, client) => {
    for (const vertragId of [A.vertrag.id, aFilialVertrag.id]) {
      const result = await client.gql(AZUBI_PASSWORT_ZURUECKSETZEN, { vertragId });
      expectRefusedWith(
        result,
        [actor === 'admin' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} azubiPasswortZuruecksetzen`,
      );
    }
  },
  'Mutation.azubiEmailAendern': async (actor, client) => {
    for (const vertragId of [A.vertrag.id, aFilialVertrag.id]) {
      const result = await client.gql(AZUBI_EMAIL_AENDERN, {
        input: { vertragId, email: `umgeleitet-${actor}@test.example` },
      });
      expectRefusedWith(
        result,
        [actor === 'admin' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} azubiEmailAendern`,
      );
    }
  },
  'Query.ausbilderListe': async (actor, client) => {
    const own = await client.gql(AUSBILDER_LISTE);
    expectNothingOfA(own, `${actor} ausbilderListe`, { codes: ['FORBIDDEN'] });
    for (const betriebsstaetteId of [A.hauptsitz.id, A.filialen[0].id]) {
      const result = await client.gql(AUSBILDER_LISTE, { betriebsstaetteId });
      expectRefusedWith(result, [actor === 'admin' ? 'NOT_FOUND' : 'FORBIDDEN'], `${actor} ausbilderListe`);
    }
  },
  'Mutation.ausbilderAccountErstellen': async (actor, client) => {
    for (const betriebsstaetteId of [A.hauptsitz.id, A.filialen[0].id]) {
      for (const email of [A.ohneRolle.email, A.ausbilder.email, `neu-${actor}@test.example`]) {
        const result = await client.gql(AUSBILDER_ACCOUNT_ERSTELLEN, {
          input: { betriebsstaetteId, email, vorname: 'Eva', nachname: 'Eindringling' },
        });
        expectRefusedWith(
          result,
          [actor === 'admin' ? 'NOT_FOUND' : 'FORBIDDEN'],
          `${actor} ausbilderAccountErstellen`,
        );
      }
    }
  },
  'Mutation.ausbilderPasswortZuruecksetzen': async (actor, client) => {
    for (const userId of [A.ausbilder.id, A.admin.id, A.azubi.id]) {
      const result = await client.gql(AUSBILDER_PASSWORT_ZURUECKSETZEN, { userId });
      expectRefusedWith(
        result,
        [actor === 'admin' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} ausbilderPasswortZuruecksetzen`,
      );
    }
  },
  'Mutation.ausbilderEmailAendern': async (actor, client) => {
    for (const user of [A.ausbilder, A.admin, A.azubi]) {
      const result = await client.gql(AUSBILDER_EMAIL_AENDERN, {
        input: { userId: user.id, email: `umgeleitet-${actor}@test.example` },
      });
      expectRefusedWith(
        result,
        [actor === 'admin' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} ausbilderEmailAendern`,
      );
      expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    }
  },
  'Mutation.passwortVergessen': async (actor, client) => {
    // Public and the same answer for everybody: it reveals nothing of A, and the link goes to A's owner only.
    for (const kennung of [A.admin.email, A.vertrag.identnummer]) {
      const result = await client.gql<{ passwortVergessen: { meldung: string } }>(PASSWORT_VERGESSEN, {
        kennung,
      });
      expect(result.data?.passwortVergessen.meldung, `${actor} passwortVergessen`).toBe(
        'Wenn ein Konto zu Ihren Angaben existiert, haben wir Ihnen eine E-Mail gesendet.',
      );
      expectNothingOfA(result, `${actor} passwortVergessen`, { allow: [kennung] });
    }
  },
  'Query.kontoLink': async (actor, client) => {
    const result = await client.gql(KONTO_LINK, { token: `geraten-${actor}-${'x'.repeat(32)}` });
    expectRefusedWith(result, ['LINK_UNGUELTIG', 'ZU_VIELE_VERSUCHE'], `${actor} kontoLink`);
  },
  'Mutation.passwortSetzen': async (actor, client) => {
    const result = await client.gql(PASSWORT_SETZEN, {
      input: {
        token: `geraten-${actor}-${'y'.repeat(32)}`,
        passwort: 'Uebernahme-Versuch-2026',
        passwortWiederholung: 'Uebernahme-Versuch-2026',
      },
    });
    expectRefusedWith(result, ['LINK_UNGUELTIG', 'ZU_VIELE_VERSUCHE'], `${actor} passwortSetzen`);
  },
  'Mutation.emailBestaetigen': async (actor, client) => {
    const result = await client.gql(EMAIL_BESTAETIGEN, { token: `geraten-${actor}-${'z'.repeat(32)}` });
    expectRefusedWith(result, ['LINK_UNGUELTIG', 'ZU_VIELE_VERSUCHE'], `${actor} emailBestaetigen`);
  },
  'Query.meineZugangsdaten': async (actor, client) => {
    // The only mention of A may be the address the actor typed into emailAendern (pending confirmation).
    expectNothingOfA(await client.gql(MEINE_ZUGANGSDATEN), `${actor} meineZugangsdaten`, {
      allow: [A.admin.email],
    });
  },
  'Mutation.emailAendern': async (actor, client) => {
    // Asking for A's admin address answers exactly like a free one (no enumeration) and changes nobody in A.
    const result = await client.gql(EMAIL_AENDERN, {
      input: { neueEmail: A.admin.email, passwort: TEST_PASSWORD },
    });
    expect(result.errors, `${actor} emailAendern`).toBeUndefined();
    expectNothingOfA(result, `${actor} emailAendern`, { allow: [A.admin.email] });
  },
  'Mutation.passwortAendern': async (actor, client) => {
    const result = await client.gql(PASSWORT_AENDERN, {
      input: {
        aktuellesPasswort: 'nicht-das-passwort',
        neuesPasswort: 'Uebernahme-Versuch-2026',
        neuesPasswortWiederholung: 'Uebernahme-Versuch-2026',
      },
    });
    expectRefusedWith(result, ['PASSWORT_FALSCH'], `${actor} passwortAendern`);
  },
  'Query.meineSitzungen': async (actor, client) => {
    const result = await client.gql<{ meineSitzungen: { id: string }[] }>(MEINE_SITZUNGEN);
    expectNothingOfA(result, `${actor} meineSitzungen`);
    const aSessions = await t.db.prisma.session.findMany({
      where: { userId: { in: aUserIds() } },
      select: { id: true },
    });
    const ids = (result.data?.meineSitzungen ?? []).map((s) => s.id);
    expect(
      ids.filter((id) => aSessions.some((a) => a.id === id)),
      `${actor} meineSitzungen`,
    ).toEqual([]);
  },
  'Mutation.sitzungBeenden': async (actor, client) => {
    const aSessions = await t.db.prisma.session.findMany({
      where: { userId: { in: aUserIds() } },
      select: { id: true },
    });
    expect(aSessions.length).toBeGreaterThan(0);
    for (const { id } of aSessions) {
      expectRefusedWith(await client.gql(SITZUNG_BEENDEN, { id }), ['NOT_FOUND'], `${actor} sitzungBeenden`);
    }
  },
  'Mutation.andereSitzungenBeenden': async (actor, client) => {
    // Ends only the actor's own other sessions; A's stay (snapshot) and so does the actor's current one.
    const result = await client.gql(ANDERE_SITZUNGEN_BEENDEN);
    expect(result.errors, `${actor} andereSitzungenBeenden`).toBeUndefined();
  },
  'Query.azubiVerwaltung': async (actor, client) => {
    expectNothingOfA(await client.gql(AZUBI_VERWALTUNG, { first: 100 }), `${actor} azubiVerwaltung`);
  },
  'Query.meineAusbildungsverhaeltnisse': async (actor, client) => {
    expectNothingOfA(
      await client.gql(MEINE_AUSBILDUNGSVERHAELTNISSE),
      `${actor} meineAusbildungsverhaeltnisse`,
    );
  },
  'Query.kammerUnternehmen': async (actor, client) => {
    const result = await client.gql(KAMMER_UNTERNEHMEN);
    expectNothingOfA(result, `${actor} kammerUnternehmen`);
    if (actor === 'sachbearbeiter') expect(textOf(result)).toContain(B.unternehmen.id);
  },
  'Query.berichtsheftWochen': async (actor, client) => {
    for (const vertragId of [A.vertrag.id, aFilialVertrag.id]) {
      const result = await client.gql(
        `query($id: ID!) { berichtsheftWochen(vertragId: $id) { montag nachweise { id status } } }`,
        { id: vertragId },
      );
      expectRefusedWith(result, ['NOT_FOUND'], `${actor} berichtsheftWochen`);
    }
  },
  'Query.abdeckung': async (actor, client) => {
    const result = await client.gql(
      `query($id: ID!) { abdeckung(vertragId: $id) { positionen { __typename } stunden { __typename } } }`,
      { id: A.vertrag.id },
    );
    expectRefusedWith(result, ['NOT_FOUND'], `${actor} abdeckung`);
  },
  'Query.nachweis': async (actor, client) => {
    for (const id of Object.values(aNachweise)) {
      const result = await client.gql(`query($id: ID!) { nachweis(id: $id) { ${NACHWEIS} } }`, { id });
      expectRefusedWith(result, ['NOT_FOUND'], `${actor} nachweis`);
    }
  },
  'Query.ihreAuszubildenden': async (actor, client) => {
    const result = await client.gql(
      '{ ihreAuszubildenden { vertragId azubiVorname azubiNachname betriebsstaette beruf eingereicht } }',
    );
    expectNothingOfA(result, `${actor} ihreAuszubildenden`);
    if (actor === 'ausbilder') expect(textOf(result)).toContain(B.vertrag.id);
  },
  'Query.offeneGenehmigungen': async (actor, client) => {
    const result = await client.gql('{ offeneGenehmigungen { id azubiName von bis } }');
    expectNothingOfA(result, `${actor} offeneGenehmigungen`);
    if (actor === 'ausbilder') expect(textOf(result)).toContain(bNachweisEingereicht);
  },
  'Query.berichtsheftEinstellungen': async (actor, client) => {
    const result = await client.gql(
      '{ berichtsheftEinstellungen { betriebsstaetteId beruf { id } elektronisch format } }',
    );
    expectNothingOfA(result, `${actor} berichtsheftEinstellungen`);
  },
  'Mutation.berichtsheftEinstellungSetzen': async (actor, client) => {
    for (const betriebsstaetteId of [A.hauptsitz.id, A.filialen[0].id]) {
      const result = await client.gql(
        `mutation($input: BerichtsheftEinstellungInput!) {
          berichtsheftEinstellungSetzen(input: $input) { betriebsstaetteId elektronisch }
        }`,
        { input: { betriebsstaetteId, berufId, elektronisch: false, format: 'TAEGLICH' } },
      );
      expectRefusedWith(result, ['FORBIDDEN'], `${actor} berichtsheftEinstellungSetzen`);
    }
  },
  'Mutation.nachweisAnlegen': async (actor, client) => {
    for (const vertragId of [A.vertrag.id, aFilialVertrag.id]) {
      const result = await client.gql(
        `mutation($input: NachweisAnlegenInput!) { nachweisAnlegen(input: $input) { ${NACHWEIS} } }`,
        { input: { vertragId, von: '2025-09-01', bis: '2025-09-05' } },
      );
      expectRefusedWith(result, ['NOT_FOUND'], `${actor} nachweisAnlegen`);
    }
  },
  'Mutation.nachweisSpeichern': async (actor, client) => {
    const result = await client.gql(
      `mutation($input: NachweisSpeichernInput!) { nachweisSpeichern(input: $input) { nachweis { ${NACHWEIS} } } }`,
      {
        input: {
          id: aNachweise.entwurf,
          version: 1,
          abschnitt: 'Übernommen',
          unterweisungen: '',
          berufsschule: '',
          tage: [],
          rahmenplanIds: [],
        },
      },
    );
    expectRefusedWith(result, ['NOT_FOUND'], `${actor} nachweisSpeichern`);
  },
  'Mutation.nachweisEinreichen': async (actor, client) => {
    const result = await client.gql(
      `mutation($input: NachweisEinreichenInput!) { nachweisEinreichen(input: $input) { ${NACHWEIS} } }`,
      { input: { id: aNachweise.entwurf, version: 1, genehmigerEmail: B.ausbilder.email } },
    );
    expectRefusedWith(result, ['NOT_FOUND'], `${actor} nachweisEinreichen`);
  },
  'Mutation.nachweisGenehmigen': async (actor, client) => {
    await decide(actor, client, 'nachweisGenehmigen', aNachweise.eingereicht);
  },
  'Mutation.nachweisAblehnen': async (actor, client) => {
    await decide(actor, client, 'nachweisAblehnen', aNachweise.eingereicht);
  },
  'Mutation.nachweisNachtraeglichAblehnen': async (actor, client) => {
    await decide(actor, client, 'nachweisNachtraeglichAblehnen', aNachweise.genehmigt);
  },
  'Mutation.nachweiseSammelGenehmigen': async (actor, client) => {
    const ids = Object.values(aNachweise);
    const result = await client.gql<{
      nachweiseSammelGenehmigen: { id: string; ok: boolean; code: string }[];
    }>(
      'mutation($ids: [ID!]!) { nachweiseSammelGenehmigen(ids: $ids, bemerkung: "Passt") { id ok code message } }',
      { ids },
    );
    expect(result.errors, actor).toBeUndefined();
    expect(result.data?.nachweiseSammelGenehmigen.map((r) => [r.ok, r.code])).toEqual(
      ids.map(() => [false, 'NOT_FOUND']),
    );
    // The ids are echoed back because the caller sent them; nothing else of A comes along.
    expectNothingOfA(result, `${actor} nachweiseSammelGenehmigen`, { allow: ids });
  },
  'Mutation.loginMitPin': async (actor) => {
    // A PIN login names an account by e-mail; without its PIN nothing of it opens.
    for (const user of [A.ausbilder, A.admin]) {
      const result = await t
        .client()
        .gql('mutation($input: PinLoginInput!) { loginMitPin(input: $input) { benutzer { id email } } }', {
          input: { email: user.email, pin: '12345678' },
        });
      expectNothingOfA(result, `${actor} loginMitPin`, { codes: ['ANMELDUNG_KEINE_PIN'] });
      expect(codeOf(result)).toBe('ANMELDUNG_KEINE_PIN');
    }
  },
  // -- Pruefungen: sessions and registrations (H1) --
  'Query.ausbildungsberufe': async (actor, client) => {
    const result = await client.gql(AUSBILDUNGSBERUFE);
    expect(result.errors, actor).toBeUndefined();
    expectNothingOfA(result, `${actor} ausbildungsberufe`);
  },
  'Query.kammerPruefungen': async (actor, client) => {
    const result = await client.gql(KAMMER_PRUEFUNGEN);
    if (actor !== 'sachbearbeiter') expectRefusedWith(result, ['FORBIDDEN'], `${actor} kammerPruefungen`);
    else expect(result.errors, actor).toBeUndefined();
    expectNothingOfA(result, `${actor} kammerPruefungen`);
  },
  'Query.kammerPruefung': async (actor, client) => {
    const result = await client.gql(KAMMER_PRUEFUNG, { id: aPruefung });
    expectRefusedWith(
      result,
      [actor === 'sachbearbeiter' ? 'NOT_FOUND' : 'FORBIDDEN'],
      `${actor} kammerPruefung`,
    );
  },
  'Query.kammerAnmeldungen': async (actor, client) => {
    const result = await client.gql(KAMMER_ANMELDUNGEN, { pruefungId: aPruefung });
    expectRefusedWith(
      result,
      [actor === 'sachbearbeiter' ? 'NOT_FOUND' : 'FORBIDDEN'],
      `${actor} kammerAnmeldungen`,
    );
  },
  'Query.anmeldungenCsv': async (actor, client) => {
    const result = await client.gql(ANMELDUNGEN_CSV, { pruefungId: aPruefung });
    expectRefusedWith(
      result,
      [actor === 'sachbearbeiter' ? 'NOT_FOUND' : 'FORBIDDEN'],
      `${actor} anmeldungenCsv`,
    );
  },
  'Mutation.pruefungAnlegen': async (actor, client) => {
    const result = await client.gql<{ pruefungAnlegen: { id: string } }>(PRUEFUNG_ANLEGEN, {
      input: { saison: 'WINTER', jahr: 2028, art: 'TEIL_1', berufIds: [berufId] },
    });
    if (actor !== 'sachbearbeiter') {
      expectRefusedWith(result, ['FORBIDDEN'], `${actor} pruefungAnlegen`);
      return;
    }
    // Always in the clerk's own Kammer, never in A's. Removed again right away.
    expectNothingOfA(result, `${actor} pruefungAnlegen`);
    const row = await t.db.prisma.pruefung.findUniqueOrThrow({
      where: { id: result.data!.pruefungAnlegen.id },
    });
    expect(row.kammerId).toBe(B.kammerId);
    await t.db.prisma.pruefung.delete({ where: { id: row.id } });
  },
  'Query.betriebPruefungen': async (actor, client) => {
    const result = await client.gql(BETRIEB_PRUEFUNGEN);
    if (actor !== 'admin') expectRefusedWith(result, ['FORBIDDEN'], `${actor} betriebPruefungen`);
    expectNothingOfA(result, `${actor} betriebPruefungen`);
  },
  'Query.pruefungsanmeldung': async (actor, client) => {
    for (const id of Object.values(aAnmeldungen)) {
      expectRefusedWith(
        await client.gql(PRUEFUNGSANMELDUNG, { id }),
        ['NOT_FOUND'],
        `${actor} pruefungsanmeldung`,
      );
    }
  },
  'Query.anmeldungVorpruefung': async (actor, client) => {
    for (const vertragId of [A.vertrag.id, B.vertrag.id]) {
      const result = await client.gql(ANMELDUNG_VORPRUEFUNG, { pruefungId: aPruefung, vertragId });
      expectRefusedWith(
        result,
        [actor === 'admin' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} anmeldungVorpruefung`,
      );
    }
  },
  'Query.meinePruefungsanmeldungen': async (actor, client) => {
    const result = await client.gql(MEINE_PRUEFUNGSANMELDUNGEN);
    expect(result.errors, actor).toBeUndefined();
    expectNothingOfA(result, `${actor} meinePruefungsanmeldungen`);
  },
  'Mutation.anmeldungEinreichen': async (actor, client) => {
    for (const vertragId of [A.vertrag.id, aFilialVertrag.id, B.vertrag.id]) {
      const result = await client.gql(ANMELDUNG_EINREICHEN, {
        input: {
          pruefungId: aPruefung,
          vertragId,
          antworten: [{ key: 'frage1', antwort: 'Übernommen' }],
          nachweiseBestaetigt: true,
        },
      });
      expectRefusedWith(
        result,
        [actor === 'admin' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} anmeldungEinreichen`,
      );
    }
  },
  'Mutation.anmeldungBestaetigen': async (actor, client) => {
    for (const id of Object.values(aAnmeldungen)) {
      const result = await client.gql(ANMELDUNG_BESTAETIGEN, { id });
      expectRefusedWith(result, ['NOT_FOUND'], `${actor} anmeldungBestaetigen`);
    }
  },
  'Mutation.anmeldungZurueckgeben': async (actor, client) => {
    for (const id of Object.values(aAnmeldungen)) {
      const result = await client.gql(ANMELDUNG_ZURUECKGEBEN, { id, bemerkung: 'Bitte ändern' });
      expectRefusedWith(result, ['NOT_FOUND'], `${actor} anmeldungZurueckgeben`);
    }
  },
  'Mutation.anmeldungZulassen': async (actor, client) => {
    for (const id of Object.values(aAnmeldungen)) {
      const result = await client.gql(ANMELDUNG_ZULASSEN, { id });
      expectRefusedWith(
        result,
        [actor === 'sachbearbeiter' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} anmeldungZulassen`,
      );
    }
  },
  'Mutation.anmeldungAblehnen': async (actor, client) => {
    for (const id of Object.values(aAnmeldungen)) {
      const result = await client.gql(ANMELDUNG_ABLEHNEN, { id, begruendung: 'Nein' });
      expectRefusedWith(
        result,
        [actor === 'sachbearbeiter' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} anmeldungAblehnen`,
      );
    }
  },
  // -- Vertretung (H5) --
  'Query.meineVertretungen': async (actor, client) => {
    expectNothingOfA(await client.gql(MEINE_VERTRETUNGEN), `${actor} meineVertretungen`);
  },
  'Query.vertretungKandidaten': async (actor, client) => {
    const result = await client.gql(VERTRETUNG_KANDIDATEN);
    expectNothingOfA(result, `${actor} vertretungKandidaten`);
    if (actor === 'admin') expect(textOf(result)).toContain(B.ausbilder.id);
  },
  'Mutation.vertretungHinzufuegen': async (actor, client) => {
    // Naming an account needs its address and name; a wrong name answers like an unknown address.
    const wrong = await client.gql(VERTRETUNG_HINZUFUEGEN, {
      input: { vorname: 'Falsch', nachname: A.ausbilder.nachname, email: A.ausbilder.email },
    });
    expectRefusedWith(wrong, ['VERTRETUNG_KONTO_UNBEKANNT'], `${actor} vertretungHinzufuegen`);
    // Anyone may name a person they know fully as their own deputy: the answer echoes only what
    // was typed, and A's person gets nothing of B's actor but a notice. Ended again right away.
    const typed = { vorname: A.ausbilder.vorname, nachname: A.ausbilder.nachname, email: A.ausbilder.email };
    const named = await client.gql<{ vertretungHinzufuegen: { id: string } }>(VERTRETUNG_HINZUFUEGEN, {
      input: typed,
    });
    expectNothingOfA(named, `${actor} vertretungHinzufuegen`, { allow: [typed.email, typed.nachname] });
    expect(textOf(named)).not.toContain(A.ausbilder.id);
    const id = named.data?.vertretungHinzufuegen.id;
    expect(id, JSON.stringify(named)).toBeTruthy();
    expect(codeOf(await client.gql(VERTRETUNG_BEENDEN, { id }))).toBeUndefined();
  },
  'Mutation.vertretungMitarbeiterHinzufuegen': async (actor, client) => {
    for (const userId of [A.ausbilder.id, A.admin.id, A.azubi.id, A.ohneRolle.id]) {
      const result = await client.gql(VERTRETUNG_MITARBEITER_HINZUFUEGEN, { userId });
      expectRefusedWith(result, ['NOT_FOUND'], `${actor} vertretungMitarbeiterHinzufuegen`);
    }
  },
  'Mutation.vertretungBeantragen': async (actor, client) => {
    const input = {
      vorname: 'Neu',
      nachname: 'Vertreter',
      email: `neu-${actor}-${B.unternehmen.id}@test.example`,
    };
    const result = await client.gql<{ vertretungBeantragen: { id: string } }>(VERTRETUNG_BEANTRAGEN, {
      input,
    });
    if (actor === 'ohneRolle') {
      // No Kammer to approve it: refused, nothing created.
      expectRefusedWith(result, ['BAD_USER_INPUT'], `${actor} vertretungBeantragen`);
      return;
    }
    expectNothingOfA(result, `${actor} vertretungBeantragen`);
    const row = await t.db.prisma.vertretung.findUniqueOrThrow({
      where: { id: result.data!.vertretungBeantragen.id },
    });
    // Pending at the actor's own Kammer, never at A's.
    expect(row.kammerId).toBe(B.kammerId);
    expect(codeOf(await client.gql(VERTRETUNG_BEENDEN, { id: row.id }))).toBeUndefined();
  },
  'Mutation.vertretungBeenden': async (actor, client) => {
    for (const id of Object.values(aVertretungen)) {
      expectRefusedWith(
        await client.gql(VERTRETUNG_BEENDEN, { id }),
        ['NOT_FOUND'],
        `${actor} vertretungBeenden`,
      );
    }
  },
  'Query.offeneVertretungsantraege': async (actor, client) => {
    const result = await client.gql(OFFENE_VERTRETUNGSANTRAEGE);
    if (actor !== 'sachbearbeiter')
      expectRefusedWith(result, ['FORBIDDEN'], `${actor} offeneVertretungsantraege`);
    expectNothingOfA(result, `${actor} offeneVertretungsantraege`);
  },
  'Mutation.vertretungGenehmigen': async (actor, client) => {
    for (const id of Object.values(aVertretungen)) {
      const result = await client.gql(VERTRETUNG_GENEHMIGEN, { id });
      expectRefusedWith(
        result,
        [actor === 'sachbearbeiter' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} vertretungGenehmigen`,
      );
    }
  },
  'Mutation.vertretungAblehnen': async (actor, client) => {
    for (const id of Object.values(aVertretungen)) {
      const result = await client.gql(VERTRETUNG_ABLEHNEN, { id });
      expectRefusedWith(
        result,
        [actor === 'sachbearbeiter' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} vertretungAblehnen`,
      );
    }
  },
  'Query.meineBerechtigungen': async (actor, client) => {
    expectNothingOfA(await client.gql(MEINE_BERECHTIGUNGEN), `${actor} meineBerechtigungen`);
  },
  'Mutation.vertretungWechseln': async (actor, client) => {
    for (const id of Object.values(aVertretungen)) {
      expectRefusedWith(
        await client.gql(VERTRETUNG_WECHSELN, { id }),
        ['NOT_FOUND'],
        `${actor} vertretungWechseln`,
      );
    }
  },
  'Mutation.vertretungVerlassen': async (actor, client) => {
    const result = await client.gql(VERTRETUNG_VERLASSEN);
    expect(result.errors, actor).toBeUndefined();
    expectNothingOfA(result, `${actor} vertretungVerlassen`);
  },
  // -- Pruefungen: Termine, Ergebnisse, Zeugnis, Dokumente (H2) --
  'Query.pruefungstermine': async (actor, client) => {
    for (const pruefungId of [aErgebnis.pruefung, aPruefung]) {
      const result = await client.gql(PRUEFUNGSTERMINE, { pruefungId });
      expect(result.errors, actor).toBeUndefined();
      expect(result.data?.pruefungstermine, `${actor} pruefungstermine`).toEqual([]);
      expectNothingOfA(result, `${actor} pruefungstermine`);
    }
  },
  'Query.anmeldungErgebnis': async (actor, client) => {
    for (const anmeldungId of [aErgebnis.anmeldung, ...Object.values(aAnmeldungen)]) {
      const result = await client.gql(ANMELDUNG_ERGEBNIS, { anmeldungId });
      expectRefusedWith(result, ['NOT_FOUND'], `${actor} anmeldungErgebnis`);
    }
  },
  'Query.pruefungErgebnisse': async (actor, client) => {
    for (const pruefungId of [aErgebnis.pruefung, aPruefung]) {
      const result = await client.gql(PRUEFUNG_ERGEBNISSE, { pruefungId });
      expect(result.errors, actor).toBeUndefined();
      expect(result.data?.pruefungErgebnisse, `${actor} pruefungErgebnisse`).toEqual([]);
      expectNothingOfA(result, `${actor} pruefungErgebnisse`);
    }
  },
  'Query.meineDokumente': async (actor, client) => {
    const result = await client.gql(MEINE_DOKUMENTE);
    expect(result.errors, actor).toBeUndefined();
    expectNothingOfA(result, `${actor} meineDokumente`);
    // The download route answers like for an unknown document.
    const download = await client.request(`/dokumente/${aErgebnis.zeugnis}`, {}, { csrf: false });
    expect(download.status, `${actor} GET /dokumente`).toBe(404);
    expectNothingOfA({ data: await download.json() }, `${actor} GET /dokumente`);
  },
  'Mutation.termineSpeichern': async (actor, client) => {
    const termine = [{ bezeichnung: 'Übernommen', datum: '2027-11-25', uhrzeit: '09:00', ort: 'Woanders' }];
    for (const pruefungId of [aErgebnis.pruefung, aPruefung]) {
      const result = await client.gql(TERMINE_SPEICHERN, { pruefungId, termine });
      expectRefusedWith(
        result,
        [actor === 'sachbearbeiter' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} termineSpeichern`,
      );
    }
  },
  'Mutation.termineFreigeben': async (actor, client) => {
    for (const pruefungId of [aErgebnis.pruefung, aPruefung]) {
      const result = await client.gql(TERMINE_FREIGEBEN, { pruefungId });
      expectRefusedWith(
        result,
        [actor === 'sachbearbeiter' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} termineFreigeben`,
      );
    }
  },
  'Mutation.ergebnisseEintragen': async (actor, client) => {
    const teile = [{ teil: 'Übernommen', punkte: 100, note: '1', bestanden: true }];
    for (const anmeldungId of [aErgebnis.anmeldung, ...Object.values(aAnmeldungen)]) {
      const result = await client.gql(ERGEBNISSE_EINTRAGEN, { anmeldungId, teile });
      expectRefusedWith(
        result,
        [actor === 'sachbearbeiter' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} ergebnisseEintragen`,
      );
    }
  },
  'Mutation.ergebnisseFreigeben': async (actor, client) => {
    for (const anmeldungId of [aErgebnis.anmeldung, ...Object.values(aAnmeldungen)]) {
      const result = await client.gql(ERGEBNISSE_FREIGEBEN, { anmeldungId });
      expectRefusedWith(
        result,
        [actor === 'sachbearbeiter' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} ergebnisseFreigeben`,
      );
    }
  },
  'Mutation.zeugnisAusstellen': async (actor, client) => {
    for (const anmeldungId of [aErgebnis.anmeldung, ...Object.values(aAnmeldungen)]) {
      const result = await client.gql(ZEUGNIS_AUSSTELLEN, { anmeldungId });
      expectRefusedWith(
        result,
        [actor === 'sachbearbeiter' ? 'NOT_FOUND' : 'FORBIDDEN'],
        `${actor} zeugnisAusstellen`,
      );
    }
  },
  // -- Kammer-Konten (H6) --
  'Query.oeffentlicheKammern': async (actor, client) => {
    // The list of IHKs is public (the forms offer it); nothing else of A comes along.
    expectNothingOfA(await client.gql(OEFFENTLICHE_KAMMERN), `${actor} oeffentlicheKammern`, {
      allow: [A.kammerId],
    });
  },
  'Mutation.unternehmenBeantragen': async (actor, client) => {
    // Each actor names another of A's people (the per-e-mail limit allows three an hour).
    const email = [A.admin, A.ausbilder, A.azubi, A.ohneRolle, A.admin][ACTORS.indexOf(actor)].email;
    const input = {
      kammerId: A.kammerId,
      firmenname: `Übernahme ${actor} GmbH`,
      strasse: 'Weg 1',
      plz: '48143',
      ort: 'Münster',
      bundesland: 'NW',
      unternehmensEmail: email,
      vorname: 'Fremd',
      nachname: actor,
      email,
    };
    const result = await alsAdresse(client, UNTERNEHMEN_BEANTRAGEN, { input }, actor);
    expect(result.errors, actor).toBeUndefined();
    expectNothingOfA(result, `${actor} unternehmenBeantragen`, { allow: [A.kammerId, email] });
  },
  'Mutation.registrieren': async (actor, client) => {
    const email = [A.admin, A.ausbilder, A.azubi, A.ohneRolle, A.admin][ACTORS.indexOf(actor)].email;
    const input = { kammerId: A.kammerId, vorname: 'Fremd', nachname: actor, email };
    const result = await alsAdresse(client, REGISTRIEREN, { input }, actor);
    expect(result.errors, actor).toBeUndefined();
    expectNothingOfA(result, `${actor} registrieren`, { allow: [A.kammerId, email] });
  },
  'Query.unternehmensantraege': async (actor, client) => {
    const a = await kammerKontenA();
    for (const status of [null, 'BEANTRAGT', 'GENEHMIGT', 'ABGELEHNT']) {
      const result = await client.gql(UNTERNEHMENSANTRAEGE, { status });
      if (actor !== 'sachbearbeiter')
        expectRefusedWith(result, ['FORBIDDEN'], `${actor} unternehmensantraege`);
      expect(textOf(result)).not.toContain(a.antrag.id);
      expect(textOf(result)).not.toContain(a.antrag.firmenname.toLowerCase());
    }
  },
  'Mutation.unternehmensantragGenehmigen': async (actor, client) => {
    const a = await kammerKontenA();
    const result = await client.gql(ANTRAG_GENEHMIGEN, { id: a.antrag.id });
    expectRefusedWith(
      result,
      actor === 'sachbearbeiter' ? ['NOT_FOUND'] : ['FORBIDDEN'],
      `${actor} genehmigen`,
    );
    const row = await t.db.prisma.unternehmensantrag.findUniqueOrThrow({ where: { id: a.antrag.id } });
    expect(row.status).toBe('BEANTRAGT');
  },
  'Mutation.unternehmensantragAblehnen': async (actor, client) => {
    const a = await kammerKontenA();
    const result = await client.gql(ANTRAG_ABLEHNEN, { id: a.antrag.id, begruendung: 'Fremd' });
    expectRefusedWith(
      result,
      actor === 'sachbearbeiter' ? ['NOT_FOUND'] : ['FORBIDDEN'],
      `${actor} ablehnen`,
    );
    const row = await t.db.prisma.unternehmensantrag.findUniqueOrThrow({ where: { id: a.antrag.id } });
    expect(row.status).toBe('BEANTRAGT');
  },
  'Query.kammerPruefer': async (actor, client) => {
    const a = await kammerKontenA();
    const result = await client.gql(KAMMER_PRUEFER);
    if (actor !== 'sachbearbeiter') expectRefusedWith(result, ['FORBIDDEN'], `${actor} kammerPruefer`);
    expect(textOf(result)).not.toContain(a.pruefer.email);
  },
  'Mutation.prueferAnlegen': async (actor, client) => {
    if (actor !== 'sachbearbeiter') {
      const result = await client.gql(PRUEFER_ANLEGEN, {
        input: { vorname: 'X', nachname: 'Y', email: A.ohneRolle.email },
      });
      expectRefusedWith(result, ['FORBIDDEN'], `${actor} prueferAnlegen`);
      return;
    }
    // B's clerk creates Pruefer in B's Kammer only; the answer holds nothing of A.
    const email = `pruefer-b-${Date.now()}@test.example`;
    const result = await client.gql<{ prueferAnlegen: { pruefer: { id: string } } }>(PRUEFER_ANLEGEN, {
      input: { vorname: 'Bea', nachname: 'Prüferin', email },
    });
    expect(result.errors).toBeUndefined();
    expectNothingOfA(result, `${actor} prueferAnlegen`);
    const rollen = await t.db.prisma.rollenzuweisung.findMany({ where: { user: { email } } });
    expect(rollen.map((r) => [r.rolle, r.kammerId])).toEqual([['PRUEFER', B.kammerId]]);
  },
  'Mutation.hauptsitzZugriffSetzen': async (actor, client) => {
    for (const aktiv of [false, true]) {
      const result = await client.gql(HAUPTSITZ_ZUGRIFF_SETZEN, { unternehmenId: A.unternehmen.id, aktiv });
      expectRefusedWith(
        result,
        actor === 'sachbearbeiter' ? ['NOT_FOUND'] : ['FORBIDDEN'],
        `${actor} hauptsitz`,
      );
    }
  },
  'Query.kammerAufgaben': async (actor, client) => {
    const a = await kammerKontenA();
    for (const erledigt of [null, false, true]) {
      const result = await client.gql(KAMMER_AUFGABEN, { erledigt });
      if (actor !== 'sachbearbeiter') expectRefusedWith(result, ['FORBIDDEN'], `${actor} kammerAufgaben`);
      expectNothingOfA(result, `${actor} kammerAufgaben`);
      expect(textOf(result)).not.toContain(a.aufgabe.id);
    }
  },
  'Mutation.kammerAufgabeErledigen': async (actor, client) => {
    const a = await kammerKontenA();
    const result = await client.gql(KAMMER_AUFGABE_ERLEDIGEN, { id: a.aufgabe.id });
    expectRefusedWith(
      result,
      actor === 'sachbearbeiter' ? ['NOT_FOUND'] : ['FORBIDDEN'],
      `${actor} erledigen`,
    );
    const row = await t.db.prisma.kammerAufgabe.findUniqueOrThrow({ where: { id: a.aufgabe.id } });
    expect(row.erledigtAt).toBeNull();
  },
  'Query.aenderungsmailAusbilder': async (actor, client) => {
    const result = await client.gql(AENDERUNGSMAIL_AUSBILDER);
    if (actor !== 'admin') expectRefusedWith(result, ['FORBIDDEN'], `${actor} aenderungsmailAusbilder`);
    expectNothingOfA(result, `${actor} aenderungsmailAusbilder`);
    if (actor === 'admin') expect(textOf(result)).toContain(B.ausbilder.id);
  },
  'Mutation.aenderungsmailSenden': async (actor, client) => {
    for (const betriebsstaetteId of [A.hauptsitz.id, A.filialen[0].id, B.hauptsitz.id]) {
      const result = await client.gql(AENDERUNGSMAIL_SENDEN, {
        input: { betriebsstaetteId, ausbilderUserId: A.ausbilder.id, text: 'Übernommen' },
      });
      expectRefusedWith(
        result,
        actor === 'admin' ? ['NOT_FOUND'] : ['FORBIDDEN'],
        `${actor} aenderungsmailSenden`,
      );
    }
    expect(
      await t.db.prisma.kammerAufgabe.count({ where: { betreffUserId: A.ausbilder.id, text: 'Übernommen' } }),
    ).toBe(0);
  },
};

async function decide(actor: string, client: TestClient, mutation: string, id: string) {
  const result = await client.gql(
    `mutation($input: NachweisEntscheidungInput!) { ${mutation}(input: $input) { ${NACHWEIS} } }`,
    { input: { id, bemerkung: 'Bitte überarbeiten', papierBestaetigt: true } },
  );
  expectRefusedWith(result, ['NOT_FOUND'], `${actor} ${mutation}`);
}

const ACTORS = ['admin', 'ausbilder', 'azubi', 'ohneRolle', 'sachbearbeiter'];

// -- Kammer-Konten (H6): A's application, Pruefer and IHK task, created once on first use --
let kammerKontenAPromise:
  | Promise<{
      antrag: { id: string; firmenname: string };
      pruefer: { email: string };
      aufgabe: { id: string };
    }>
  | undefined;
function kammerKontenA() {
  kammerKontenAPromise ??= (async () => {
    const p = t.db.prisma;
    const antrag = await p.unternehmensantrag.create({
      data: {
        kammerId: A.kammerId,
        firmenname: 'Geheimantrag A GmbH',
        strasse: 'Weg 2',
        plz: '48143',
        ort: 'Münster',
        bundesland: 'NW',
        unternehmensEmail: 'geheim-a@test.example',
        vorname: 'Gerda',
        nachname: 'Geheim',
        email: 'gerda.geheim-a@test.example',
      },
    });
    const pruefer = await buildUser(p, { email: 'pruefer-geheim-a@test.example' });
    await grantRole(p, pruefer.id, 'PRUEFER', { kammerId: A.kammerId });
    const aufgabe = await p.kammerAufgabe.create({
      data: {
        kammerId: A.kammerId,
        art: 'AUSBILDER_AENDERUNG',
        unternehmenId: A.unternehmen.id,
        betriebsstaetteId: A.hauptsitz.id,
        betreffUserId: A.ausbilder.id,
        text: 'Geheime Änderung A',
        createdById: A.admin.id,
      },
    });
    return { antrag, pruefer, aufgabe };
  })();
  return kammerKontenAPromise;
}

/**
 * Public forms (H6) check their fields: with generated sample values they answer a field error
 * (or, for a real Kammer id, the usual form answer), which reveals nothing either.
 */
const PROBE_CODES: Record<string, string[]> = {
  'Mutation.registrieren': [...REFUSALS, 'BAD_USER_INPUT'],
  'Mutation.unternehmenBeantragen': [...REFUSALS, 'BAD_USER_INPUT'],
};

let adressZaehler = 0;
/** A public form sent by the actor's browser from its own client address (rate limits are per address). */
async function alsAdresse(
  client: TestClient,
  query: string,
  variables: Record<string, unknown>,
  actor: string,
) {
  const response = await client.request('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${++adressZaehler}` },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status, actor).toBe(200);
  return (await response.json()) as GqlResult;
}

describe('isolation between Unternehmen', () => {
  it('has an isolation case for every root field of the schema', () => {
    expect(Object.keys(CASES).sort()).toEqual(fields.map((f) => f.id).sort());
  });

  it.each(ACTORS)('B’s %s gets nothing of A from any operation', async (actor) => {
    const client = actors[actor];
    for (const f of fields) await CASES[f.id](actor, client);
    // The actor's own session still works (the cases did not log it out).
    expect((await client.gql('{ me { benutzer { id } } }')).data?.me).not.toBeNull();
  });

  // One id of each kind of A's records; the cases above use every one of them where it fits.
  const probeIds = () => [
    A.unternehmen.id,
    A.kammerId,
    A.hauptsitz.id,
    A.filialen[0].id,
    A.adminRolle.id,
    A.admin.id,
    A.azubi.id,
    A.vertrag.id,
    ...Object.values(aNachweise),
    ...Object.values(aVertretungen),
    aPruefung,
    ...Object.values(aAnmeldungen),
    ...Object.values(aErgebnis),
  ];

  // The strongest and the weakest company role suffice here: this pass is the net for a field that
  // forgets its checks altogether; the cases above cover every actor with the fitting ids.
  it.each(['admin', 'azubi'])(
    'B’s %s gets nothing of A by putting A’s ids into any ID argument',
    async (actor) => {
      const client = actors[actor];
      const withIds = fields.filter((f) => idSlots(f).length > 0);
      expect(withIds.map((f) => f.name)).toEqual(
        expect.arrayContaining(['arbeitsbereichWaehlen', 'rolleEntziehen', 'rolleZuweisen', 'nachweis']),
      );
      const calls = withIds.flatMap((f) => probeIds().map((id) => ({ f, id })));
      // A few at a time: the answers do not depend on each other, and A's data is checked at the end.
      for (let i = 0; i < calls.length; i += 6) {
        await Promise.all(
          calls.slice(i, i + 6).map(async ({ f, id }) => {
            const result = await client.gql(operationWithIds(f, id));
            expect(codeOf(result), `${actor} ${f.id}(${id})`).not.toBe('GRAPHQL_VALIDATION_FAILED');
            // Echoing the id the caller sent reveals nothing (e.g. per-id results of a bulk operation).
            expectNothingOfA(result, `${actor} ${f.id}(${id})`, { allow: [id], codes: PROBE_CODES[f.id] });
          }),
        );
      }
    },
    // Every root field times every kind of id: grows with the schema, so more than the default 30 s.
    120_000,
  );

  it('B’s administrator sees B (the checks above look at real data)', async () => {
    const list = await actors.admin.gqlOk<{ benutzerverwaltung: { totalCount: number } }>(BENUTZERVERWALTUNG);
    expect(list.benutzerverwaltung.totalCount).toBe(3);
    const azubis = await actors.admin.gqlOk<{ azubiVerwaltung: { totalCount: number } }>(AZUBI_VERWALTUNG);
    expect(azubis.azubiVerwaltung.totalCount).toBe(1);
  });

  it('leaves A’s data exactly as it was', async () => {
    const after = await snapshotA();
    expect(after.rollenzuweisungen).toBe(snapshotBefore.rollenzuweisungen);
    expect(after.rollenzuweisungen).toBe(4); // admin, Ausbilder, Azubi, and the suggested Ausbildungsbeauftragte
    expect(after).toEqual(snapshotBefore);
  });
});
