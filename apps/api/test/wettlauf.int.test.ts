import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './support/expect.js';
import {
  buildBetrieb,
  buildEinstellung,
  buildNachweis,
  buildUser,
  buildVertrag,
  grantRole,
  TEST_PASSWORD,
} from './support/factories.js';
import {
  type GqlResult,
  startTestApp,
  startZweiteInstanz,
  type TestApp,
  type TestClient,
  type ZweiteInstanz,
} from './support/harness.js';
import {
  AUSBILDER_ACCOUNT_ERSTELLEN,
  AZUBI_ACCOUNT_ERSTELLEN,
  ERGEBNISSE_EINTRAGEN,
  ROLLE_EINLADEN,
  TERMINE_SPEICHERN,
  VERTRETUNG_GENEHMIGEN,
  ZEUGNIS_AUSSTELLEN,
} from './support/operations.js';

/**
 * Unique-violation races are domain outcomes (docs/architecture.md, "Parallel requests"): the same
 * mutation sent twice at once, once to each of two API instances over one database, ends as if the
 * two had come one after the other: the second repeats the first (idempotent) or is told in German
 * what happened; never INTERNAL_SERVER_ERROR, never a duplicate row. Every pair runs several rounds,
 * so a race that only shows now and then still shows. On PGlite (one connection) the pairs
 * serialise; the same assertions hold there.
 */
const RUNDEN = 5;

let t: TestApp;
let zweite: ZweiteInstanz;
beforeAll(async () => {
  t = await startTestApp({ now: new Date('2025-09-01T08:00:00Z') });
  zweite = await startZweiteInstanz(t);
});
afterAll(async () => {
  await zweite?.close();
  await t?.close();
});

/** The same person logged in on both instances. */
async function beideInstanzen(email: string): Promise<[TestClient, TestClient]> {
  return Promise.all([
    t.client().loginOk(email, TEST_PASSWORD),
    zweite.client().loginOk(email, TEST_PASSWORD),
  ]);
}

/** OK or the error code, sorted: the outcome of a pair regardless of which one won. */
const ausgang = (results: GqlResult<unknown>[]) => results.map((r) => codeOf(r) ?? 'OK').sort();

/** Runs one operation on both instances at the same moment. */
function gleichzeitig<T>(
  [eins, zwei]: [TestClient, TestClient],
  query: string,
  variables: Record<string, unknown> | [Record<string, unknown>, Record<string, unknown>],
): Promise<GqlResult<T>[]> {
  const [v1, v2] = Array.isArray(variables) ? variables : [variables, variables];
  return Promise.all([eins.gql<T>(query, v1), zwei.gql<T>(query, v2)]);
}

const kurz = () => Math.random().toString(36).slice(2, 10);

async function ihkDerKammer(kammerId: string) {
  const ihk = await buildUser(t.db.prisma, { nachname: `Sachbearbeiterin ${kurz()}` });
  await grantRole(t.db.prisma, ihk.id, 'IHK_SACHBEARBEITER', { kammerId });
  return ihk;
}

describe('Pruefungen', () => {
  const TEILE = [
    { teil: 'Planen eines Softwareproduktes', punkte: 81.5, note: '2', bestanden: true },
    { teil: 'Wirtschafts- und Sozialkunde', punkte: 67, note: '3', bestanden: true },
  ];

  async function zugelassen(A: Awaited<ReturnType<typeof buildBetrieb>>, freigegeben: boolean) {
    const pruefung = await t.db.prisma.pruefung.create({
      data: {
        kammerId: A.kammerId,
        saison: 'SOMMER',
        jahr: 2027,
        art: 'ABSCHLUSSPRUEFUNG',
        anmeldeschluss: new Date('2027-01-31T00:00:00Z'),
        berufe: { create: [{ berufId: A.vertrag.berufId }] },
      },
    });
    const vertrag = await buildVertrag(t.db.prisma, {
      betriebsstaetteId: A.hauptsitz.id,
      azubiUserId: A.azubi.id,
    });
    return t.db.prisma.pruefungsanmeldung.create({
      data: {
        pruefungId: pruefung.id,
        vertragId: vertrag.id,
        status: 'ZUGELASSEN',
        ...(freigegeben
          ? {
              ergebnisFreigegebenAt: new Date('2025-08-20T10:00:00Z'),
              ergebnisse: { create: TEILE.map((teil) => ({ ...teil })) },
            }
          : {}),
      },
    });
  }

  it('zeugnisAusstellen twice at once: both get the same Zeugnis; one document, one mail', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const ihk = await beideInstanzen((await ihkDerKammer(A.kammerId)).email);
    for (let runde = 0; runde < RUNDEN; runde++) {
      const anmeldung = await zugelassen(A, true);
      const results = await gleichzeitig<{ zeugnisAusstellen: { id: string } }>(ihk, ZEUGNIS_AUSSTELLEN, {
        anmeldungId: anmeldung.id,
      });
      expect(ausgang(results)).toEqual(['OK', 'OK']);
      const [eins, zwei] = results.map((r) => r.data!.zeugnisAusstellen.id);
      expect(zwei).toBe(eins);
      expect(await t.db.prisma.dokument.count({ where: { anmeldungId: anmeldung.id } })).toBe(1);
      expect(await t.db.prisma.mailOutbox.count({ where: { dedupeKey: `zeugnis:${anmeldung.id}` } })).toBe(1);
      expect(
        await t.db.prisma.auditEvent.count({
          where: { action: 'ZEUGNIS_AUSGESTELLT', subjectId: eins },
        }),
      ).toBe(1);
    }
  });

  it('ergebnisseEintragen twice at once: both saved, the parts exist once', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const ihk = await beideInstanzen((await ihkDerKammer(A.kammerId)).email);
    for (let runde = 0; runde < RUNDEN; runde++) {
      const anmeldung = await zugelassen(A, false);
      const results = await gleichzeitig(ihk, ERGEBNISSE_EINTRAGEN, {
        anmeldungId: anmeldung.id,
        teile: TEILE,
      });
      expect(ausgang(results)).toEqual(['OK', 'OK']);
      const teile = await t.db.prisma.pruefungsergebnis.findMany({ where: { anmeldungId: anmeldung.id } });
      expect(teile.map((x) => x.teil).sort()).toEqual(TEILE.map((x) => x.teil).sort());
    }
  });

  it('termineSpeichern twice at once: the list is replaced, not doubled', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const ihk = await beideInstanzen((await ihkDerKammer(A.kammerId)).email);
    const termine = [
      { bezeichnung: 'Schriftliche Prüfung', datum: '2027-05-05', uhrzeit: '08:30', ort: 'Halle' },
      { bezeichnung: 'Praktische Prüfung', datum: '2027-06-15', uhrzeit: '09:00', ort: 'IHK, Raum 2' },
    ];
    for (let runde = 0; runde < RUNDEN; runde++) {
      const { pruefungId } = await zugelassen(A, false);
      const results = await gleichzeitig(ihk, TERMINE_SPEICHERN, { pruefungId, termine });
      expect(ausgang(results)).toEqual(['OK', 'OK']);
      expect(await t.db.prisma.pruefungstermin.count({ where: { pruefungId } })).toBe(termine.length);
    }
  });
});

describe('Berichtsheft', () => {
  const EINREICHEN = `mutation($input: NachweisEinreichenInput!) {
    nachweisEinreichen(input: $input) { id status genehmigerStand }
  }`;
  const montag = (woche: number) =>
    new Date(Date.UTC(2025, 7, 4) + woche * 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

  it('two weeks sent to the same new address at once: both submitted, one account, one suggestion', async () => {
    const A = await buildBetrieb(t.db.prisma);
    await buildEinstellung(t.db.prisma, { betriebsstaetteId: A.hauptsitz.id, berufId: A.vertrag.berufId });
    const azubi = await beideInstanzen(A.azubi.email);
    for (let runde = 0; runde < RUNDEN; runde++) {
      const email = `neue-betreuerin-${kurz()}@extern.example`;
      const wochen = await Promise.all(
        [2 * runde, 2 * runde + 1].map((w) =>
          buildNachweis(t.db.prisma, { vertragId: A.vertrag.id, von: montag(w) }),
        ),
      );
      const results = await gleichzeitig<{ nachweisEinreichen: { status: string; genehmigerStand: string } }>(
        azubi,
        EINREICHEN,
        [
          { input: { id: wochen[0].id, version: wochen[0].version, genehmigerEmail: email } },
          { input: { id: wochen[1].id, version: wochen[1].version, genehmigerEmail: email } },
        ],
      );
      expect(ausgang(results)).toEqual(['OK', 'OK']);
      for (const r of results) {
        expect(r.data!.nachweisEinreichen).toMatchObject({
          status: 'EINGEREICHT',
          genehmigerStand: 'WARTET_AUF_BETRIEB',
        });
      }
      expect(await t.db.prisma.user.count({ where: { email } })).toBe(1);
      expect(
        await t.db.prisma.rollenzuweisung.count({ where: { user: { email }, status: 'VORGESCHLAGEN' } }),
      ).toBe(1);
      // The Ausbilder is asked once per suggestion.
      expect(
        await t.db.prisma.mailOutbox.count({
          where: {
            to: A.ausbilder.email,
            dedupeKey: { startsWith: 'genehmiger-vorschlag:' },
            text: { contains: email },
          },
        }),
      ).toBe(1);
    }
  });

  it('the same week submitted twice at once: submitted once, the other request is told it changed', async () => {
    const A = await buildBetrieb(t.db.prisma);
    await buildEinstellung(t.db.prisma, { betriebsstaetteId: A.hauptsitz.id, berufId: A.vertrag.berufId });
    const azubi = await beideInstanzen(A.azubi.email);
    for (let runde = 0; runde < RUNDEN; runde++) {
      const email = `doppelklick-${kurz()}@extern.example`;
      const woche = await buildNachweis(t.db.prisma, { vertragId: A.vertrag.id, von: montag(runde) });
      const results = await gleichzeitig(azubi, EINREICHEN, {
        input: { id: woche.id, version: woche.version, genehmigerEmail: email },
      });
      // Read before the other committed: the version changed; read after: the week is submitted.
      const codes = ausgang(results);
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      expect(['NACHWEIS_KONFLIKT', 'UEBERGANG_UNZULAESSIG']).toContain(codes.find((c) => c !== 'OK'));
      expect(await t.db.prisma.user.count({ where: { email } })).toBe(1);
      expect(
        await t.db.prisma.nachweisEreignis.count({ where: { nachweisId: woche.id, ereignis: 'EINREICHEN' } }),
      ).toBe(1);
    }
  });

  it('berichtsheftEinstellungSetzen twice at once for a new Beruf: both saved, one setting', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const admin = await beideInstanzen(A.admin.email);
    const SETZEN = `mutation($input: BerichtsheftEinstellungInput!) {
      berichtsheftEinstellungSetzen(input: $input) { betriebsstaetteId elektronisch format }
    }`;
    for (let runde = 0; runde < RUNDEN; runde++) {
      const beruf = await t.db.prisma.ausbildungsberuf.create({
        data: { bezeichnung: `Wettlaufberuf ${runde}`, berufsnummer: `W-${kurz()}` },
      });
      const input = { betriebsstaetteId: A.hauptsitz.id, berufId: beruf.id, elektronisch: true };
      const results = await gleichzeitig(admin, SETZEN, [
        { input: { ...input, format: 'WOECHENTLICH' } },
        { input: { ...input, format: 'TAEGLICH' } },
      ]);
      expect(ausgang(results)).toEqual(['OK', 'OK']);
      expect(await t.db.prisma.berichtsheftEinstellung.count({ where: { berufId: beruf.id } })).toBe(1);
    }
  });
});

describe('Rollen und Konten', () => {
  it('rolleEinladen: one new address, two roles at once: both invitations, one account', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const admin = await beideInstanzen(A.admin.email);
    for (let runde = 0; runde < RUNDEN; runde++) {
      const email = `neu-${kurz()}@extern.example`;
      const eingabe = { betriebsstaetteId: A.hauptsitz.id, email, vorname: 'Nele', nachname: 'Neu' };
      const results = await gleichzeitig(admin, ROLLE_EINLADEN, [
        { input: { ...eingabe, rolle: 'AUSBILDER' } },
        { input: { ...eingabe, rolle: 'AUSBILDUNGSBEAUFTRAGTE' } },
      ]);
      expect(ausgang(results)).toEqual(['OK', 'OK']);
      expect(await t.db.prisma.user.count({ where: { email } })).toBe(1);
      expect(
        await t.db.prisma.rollenzuweisung.count({ where: { user: { email }, status: 'EINGELADEN' } }),
      ).toBe(2);
    }
  });

  it('rolleEinladen: the same invitation twice at once: one invitation, the other is told', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const admin = await beideInstanzen(A.admin.email);
    for (let runde = 0; runde < RUNDEN; runde++) {
      const email = `doppelt-${kurz()}@extern.example`;
      const results = await gleichzeitig(admin, ROLLE_EINLADEN, {
        input: {
          betriebsstaetteId: A.hauptsitz.id,
          email,
          vorname: 'Nele',
          nachname: 'Neu',
          rolle: 'AUSBILDER',
        },
      });
      expect(ausgang(results)).toEqual(['OK', 'ROLLE_BEREITS_VERGEBEN']);
      expect(await t.db.prisma.rollenzuweisung.count({ where: { user: { email } } })).toBe(1);
    }
  });

  it('ausbilderAccountErstellen twice at once: one account, one role, both answered like a repeated click', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const admin = await beideInstanzen(A.admin.email);
    for (let runde = 0; runde < RUNDEN; runde++) {
      const email = `ausbilderin-${kurz()}@extern.example`;
      const results = await gleichzeitig(admin, AUSBILDER_ACCOUNT_ERSTELLEN, {
        input: { betriebsstaetteId: A.hauptsitz.id, email, vorname: 'Ina', nachname: 'Ausbilderin' },
      });
      expect(ausgang(results)).toEqual(['OK', 'OK']);
      expect(await t.db.prisma.user.count({ where: { email } })).toBe(1);
      expect(
        await t.db.prisma.rollenzuweisung.count({ where: { user: { email }, rolle: 'AUSBILDER' } }),
      ).toBe(1);
    }
  });

  it('azubiAccountErstellen twice at once for one contract: one account, the other is told it exists', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const admin = await beideInstanzen(A.admin.email);
    for (let runde = 0; runde < RUNDEN; runde++) {
      const vertrag = await buildVertrag(t.db.prisma, { betriebsstaetteId: A.hauptsitz.id });
      const email = `azubi-${kurz()}@extern.example`;
      const results = await gleichzeitig(admin, AZUBI_ACCOUNT_ERSTELLEN, {
        input: { vertragId: vertrag.id, email },
      });
      expect(ausgang(results)).toEqual(['KONTO_BEREITS_VORHANDEN', 'OK']);
      expect(await t.db.prisma.user.count({ where: { email } })).toBe(1);
      expect(
        (await t.db.prisma.ausbildungsverhaeltnis.findUniqueOrThrow({ where: { id: vertrag.id } }))
          .azubiUserId,
      ).not.toBeNull();
    }
  });
});

describe('Vertretung', () => {
  async function beantragt(vertretenerUserId: string, kammerId: string, email: string) {
    return t.db.prisma.vertretung.create({
      data: {
        vertretenerUserId,
        vertreterEmail: email,
        vertreterVorname: 'Vera',
        vertreterNachname: 'Vertretung',
        kammerId,
        status: 'BEANTRAGT',
        createdById: vertretenerUserId,
      },
    });
  }

  it('two requests for the same new deputy approved at once: both active, one account', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const ihk = await beideInstanzen((await ihkDerKammer(A.kammerId)).email);
    for (let runde = 0; runde < RUNDEN; runde++) {
      const email = `vertretung-${kurz()}@extern.example`;
      const antraege = [
        await beantragt(A.admin.id, A.kammerId, email),
        await beantragt(A.ausbilder.id, A.kammerId, email),
      ];
      const results = await gleichzeitig(ihk, VERTRETUNG_GENEHMIGEN, [
        { id: antraege[0].id },
        { id: antraege[1].id },
      ]);
      expect(ausgang(results)).toEqual(['OK', 'OK']);
      const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email } });
      const rows = await t.db.prisma.vertretung.findMany({ where: { vertreterEmail: email } });
      expect(rows.map((v) => [v.status, v.vertreterUserId])).toEqual([
        ['AKTIV', user.id],
        ['AKTIV', user.id],
      ]);
    }
  });

  it('the same request approved twice at once: approved once, the other is told', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const ihk = await beideInstanzen((await ihkDerKammer(A.kammerId)).email);
    for (let runde = 0; runde < RUNDEN; runde++) {
      const email = `vertretung-${kurz()}@extern.example`;
      const antrag = await beantragt(A.admin.id, A.kammerId, email);
      const results = await gleichzeitig(ihk, VERTRETUNG_GENEHMIGEN, { id: antrag.id });
      expect(ausgang(results)).toEqual(['OK', 'VERTRETUNG_UEBERGANG_UNZULAESSIG']);
      expect(await t.db.prisma.user.count({ where: { email } })).toBe(1);
      expect(
        await t.db.prisma.kontoToken.count({
          where: { user: { email }, zweck: 'EINLADUNG', invalidatedAt: null },
        }),
      ).toBe(1);
    }
  });
});
