import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, errorOf, expectRefused } from './support/expect.js';
import { buildBetrieb, buildUser, buildVertrag, grantRole, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/harness.js';
import {
  ANMELDUNG_ABLEHNEN,
  ANMELDUNG_BESTAETIGEN,
  ANMELDUNG_EINREICHEN,
  ANMELDUNG_VORPRUEFUNG,
  ANMELDUNG_ZULASSEN,
  ANMELDUNG_ZURUECKGEBEN,
  ANMELDUNGEN_CSV,
  AUSBILDUNGSBERUFE,
  BETRIEB_PRUEFUNGEN,
  KAMMER_ANMELDUNGEN,
  KAMMER_PRUEFUNGEN,
  ME,
  MEINE_PRUEFUNGSANMELDUNGEN,
  type MeView,
  PRUEFUNG_ANLEGEN,
  PRUEFUNGSANMELDUNG,
} from './support/operations.js';

interface AmpelView {
  farbe: string;
  label: string;
  naechsterSchritt: string;
}
interface AnmeldungView {
  id: string;
  status: string;
  version: number;
  azubiName: string;
  identnummer: string;
  bemerkung: string | null;
  ampel: AmpelView;
  antworten: { key: string; frage: string; antwort: string }[];
  ereignisse: {
    actorName: string;
    ereignis: string;
    vonStatus: string | null;
    nachStatus: string;
    bemerkung: string | null;
  }[];
  aktionen: string[];
}
interface ZeileView {
  vertragId: string;
  azubiName: string;
  aktionen: string[];
  pruefung: { id: string };
  anmeldung: { id: string; status: string } | null;
  ampel: AmpelView;
}

const NOW = new Date('2028-01-10T09:00:00Z');
let t: TestApp;
let b: Awaited<ReturnType<typeof buildBetrieb>>;
let ihk: TestClient;
let admin: TestClient;
let azubi: TestClient;
let ausbilder: TestClient;
let azubiName: string;
let pruefungId: string;

beforeAll(async () => {
  t = await startTestApp({ now: NOW });
  b = await buildBetrieb(t.db.prisma);
  await t.db.prisma.unternehmen.update({
    where: { id: b.unternehmen.id },
    data: { email: `betrieb-${b.unternehmen.id}@test.example` },
  });
  azubiName = `${b.vertrag.azubiVorname} ${b.vertrag.azubiNachname}`;
  const clerk = await buildUser(t.db.prisma, { vorname: 'Iris', nachname: 'Kammer' });
  await grantRole(t.db.prisma, clerk.id, 'IHK_SACHBEARBEITER', { kammerId: b.kammerId });
  ihk = await t.client().loginOk(clerk.email, TEST_PASSWORD);
  admin = await t.client().loginOk(b.admin.email, TEST_PASSWORD);
  azubi = await t.client().loginOk(b.azubi.email, TEST_PASSWORD);
  ausbilder = await t.client().loginOk(b.ausbilder.email, TEST_PASSWORD);
});
afterAll(async () => {
  await t?.close();
});

const mailsAn = (to: string) => t.db.prisma.mailOutbox.findMany({ where: { to: to.toLowerCase() } });

async function einreichen(client: TestClient, vertragId: string, extra: Record<string, unknown> = {}) {
  // A minute passes between steps, so the history has a clear order.
  t.clock.advance(60_000);
  return client.gql<{ anmeldungEinreichen: AnmeldungView }>(ANMELDUNG_EINREICHEN, {
    input: {
      pruefungId,
      vertragId,
      antworten: [{ key: 'frage1', antwort: 'Migration eines Ticketsystems' }],
      nachweiseBestaetigt: true,
      ...extra,
    },
  });
}

async function zeileVon(client: TestClient, vertragId: string) {
  const data = await client.gqlOk<{ betriebPruefungen: ZeileView[] }>(BETRIEB_PRUEFUNGEN);
  return data.betriebPruefungen.find((z) => z.vertragId === vertragId && z.pruefung.id === pruefungId);
}

describe('Pruefungsanmeldung through GraphQL', () => {
  it('offers the menu abilities to the right people', async () => {
    const ab = async (c: TestClient) => (await c.gqlOk<MeView>(ME)).me!.abilities;
    expect(await ab(ihk)).toMatchObject({
      canManagePruefungen: true,
      canMeldePruefungen: false,
      canSeeEigenePruefungen: false,
    });
    expect(await ab(admin)).toMatchObject({
      canManagePruefungen: false,
      canMeldePruefungen: true,
      canSeeEigenePruefungen: false,
    });
    expect(await ab(azubi)).toMatchObject({
      canManagePruefungen: false,
      canMeldePruefungen: false,
      canSeeEigenePruefungen: true,
    });
    expect(await ab(ausbilder)).toMatchObject({
      canManagePruefungen: false,
      canMeldePruefungen: false,
      canSeeEigenePruefungen: false,
    });
  });

  it('the IHK creates a session for its Kammer', async () => {
    const berufe = await ihk.gqlOk<{ ausbildungsberufe: { id: string }[] }>(AUSBILDUNGSBERUFE);
    expect(berufe.ausbildungsberufe.map((x) => x.id)).toContain(b.vertrag.berufId);
    expectRefused(
      await admin.gql(PRUEFUNG_ANLEGEN, {
        input: { saison: 'SOMMER', jahr: 2028, art: 'TEIL_2', berufIds: [b.vertrag.berufId] },
      }),
      'FORBIDDEN',
    );
    // Dates: a calendar day (the Datum scalar), then plausible for the session (the domain).
    const basis = { saison: 'SOMMER', jahr: 2028, art: 'TEIL_2', berufIds: [b.vertrag.berufId] };
    for (const [anmeldeschluss, message] of [
      [
        '2028-02-30',
        'Das Datum in „anmeldeschluss“ ist ungültig: Bitte geben Sie einen Kalendertag im Format JJJJ-MM-TT an.',
      ],
      [
        '1900-01-01',
        'Das Datum in „anmeldeschluss“ ist ungültig: Der Tag liegt nicht zwischen 1940 und 2100.',
      ],
      [
        '2099-12-31',
        'Der Anmeldeschluss für Sommer 2028 muss zwischen dem 01.03.2027 und dem 29.02.2028 liegen.',
      ],
    ]) {
      const refused = expectRefused(
        await ihk.gql(PRUEFUNG_ANLEGEN, { input: { ...basis, anmeldeschluss } }),
        'BAD_USER_INPUT',
      );
      expect(refused).toMatchObject({ message, extensions: { field: 'anmeldeschluss' } });
    }
    const created = await ihk.gqlOk<{
      pruefungAnlegen: { id: string; bezeichnung: string; anmeldeschluss: string; zusatzfragen: unknown[] };
    }>(PRUEFUNG_ANLEGEN, {
      input: {
        saison: 'SOMMER',
        jahr: 2028,
        art: 'TEIL_2',
        berufIds: [b.vertrag.berufId],
        zusatzfragen: [
          { frage: 'Projektthema', pflicht: true },
          { frage: 'Wahlqualifikation', pflicht: false },
        ],
      },
    });
    expect(created.pruefungAnlegen).toMatchObject({
      bezeichnung: 'Sommer 2028 – Abschlussprüfung Teil 2',
      anmeldeschluss: '2028-01-31',
      zusatzfragen: [
        { key: 'frage1', frage: 'Projektthema', pflicht: true },
        { key: 'frage2', frage: 'Wahlqualifikation', pflicht: false },
      ],
    });
    pruefungId = created.pruefungAnlegen.id;
    const list = await ihk.gqlOk<{ kammerPruefungen: { id: string; anzahlAnmeldungen: number }[] }>(
      KAMMER_PRUEFUNGEN,
    );
    expect(list.kammerPruefungen).toEqual([
      expect.objectContaining({ id: pruefungId, anzahlAnmeldungen: 0 }),
    ]);
  });

  it('the Betrieb sees the eligible Azubi in red, gets the pre-check warnings, and submits: yellow', async () => {
    expect(await zeileVon(admin, b.vertrag.id)).toMatchObject({
      azubiName,
      anmeldung: null,
      aktionen: ['EINREICHEN'],
      ampel: {
        farbe: 'ROT',
        label: 'Rot – Noch nicht angemeldet',
        naechsterSchritt: `Bitte melden Sie ${azubiName} (Azubi) bis zum 31.01.2028 an.`,
      },
    });
    const vor = await admin.gqlOk<{
      anmeldungVorpruefung: { warnungen: string[]; fehlendeNachweise: number };
    }>(ANMELDUNG_VORPRUEFUNG, {
      pruefungId,
      vertragId: b.vertrag.id,
    });
    expect(vor.anmeldungVorpruefung.fehlendeNachweise).toBeGreaterThan(0);
    expect(vor.anmeldungVorpruefung.warnungen).toContain(
      'Es gibt noch keinen genehmigten Ausbildungsnachweis.',
    );

    const ohne = await einreichen(admin, b.vertrag.id, { antworten: [] });
    expect(errorOf(ohne).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'antworten.frage1' });
    const unbestaetigt = await einreichen(admin, b.vertrag.id, { nachweiseBestaetigt: false });
    expect(errorOf(unbestaetigt).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'nachweiseBestaetigt',
    });
    expectRefused(await einreichen(ausbilder, b.vertrag.id), 'FORBIDDEN');
    expectRefused(await einreichen(azubi, b.vertrag.id), 'FORBIDDEN');

    const result = await einreichen(admin, b.vertrag.id);
    expect(result.errors).toBeUndefined();
    expect(result.data!.anmeldungEinreichen).toMatchObject({
      status: 'AZUBI_PRUEFT',
      ampel: { farbe: 'GELB', naechsterSchritt: `Warten auf Bestätigung durch ${azubiName} (Azubi).` },
      antworten: [{ key: 'frage1', frage: 'Projektthema', antwort: 'Migration eines Ticketsystems' }],
    });
    expect(await zeileVon(admin, b.vertrag.id)).toMatchObject({
      anmeldung: { status: 'AZUBI_PRUEFT' },
      ampel: { farbe: 'GELB' },
    });
    const mails = await mailsAn(b.azubi.email);
    expect(mails.map((m) => m.subject)).toEqual([
      'Bitte bestätigen: Ihre Prüfungsanmeldung Sommer 2028 – Abschlussprüfung Teil 2',
    ]);
  });

  it('the Azubi sees red "Bitte bestätigen", sends it back with a remark, the Betrieb resubmits', async () => {
    const meine = await azubi.gqlOk<{ meinePruefungsanmeldungen: AnmeldungView[] }>(
      MEINE_PRUEFUNGSANMELDUNGEN,
    );
    const [a] = meine.meinePruefungsanmeldungen;
    expect(a).toMatchObject({
      status: 'AZUBI_PRUEFT',
      ampel: { farbe: 'ROT', label: 'Rot – Bitte bestätigen' },
      aktionen: ['BESTAETIGEN', 'ZURUECKGEBEN'],
    });
    expect(a!.ampel.naechsterSchritt).toContain('Bitte bestätigen Sie die Anmeldung bis zum 31.01.2028');
    // The IHK does not have it yet.
    expectRefused(await ihk.gql(PRUEFUNGSANMELDUNG, { id: a!.id }), 'NOT_FOUND');
    expect(
      (await ihk.gqlOk<{ kammerAnmeldungen: unknown[] }>(KAMMER_ANMELDUNGEN, { pruefungId }))
        .kammerAnmeldungen,
    ).toEqual([]);

    const ohne = await azubi.gql(ANMELDUNG_ZURUECKGEBEN, { id: a!.id, bemerkung: ' ' });
    expect(errorOf(ohne).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bemerkung' });
    expectRefused(await admin.gql(ANMELDUNG_ZURUECKGEBEN, { id: a!.id, bemerkung: 'x' }), 'FORBIDDEN');
    t.clock.advance(60_000);
    const zurueck = await azubi.gqlOk<{ anmeldungZurueckgeben: AnmeldungView }>(ANMELDUNG_ZURUECKGEBEN, {
      id: a!.id,
      bemerkung: 'Das Projektthema ist ein anderes.',
    });
    expect(zurueck.anmeldungZurueckgeben).toMatchObject({
      status: 'ZURUECK_AN_BETRIEB',
      ampel: { farbe: 'GELB', label: 'Gelb – Warten auf Betrieb' },
    });
    expect((await mailsAn(b.admin.email)).map((m) => m.subject)).toEqual([
      `Prüfungsanmeldung von ${azubiName} zurückgegeben`,
    ]);

    const betrieb = await admin.gqlOk<{ pruefungsanmeldung: AnmeldungView }>(PRUEFUNGSANMELDUNG, {
      id: a!.id,
    });
    expect(betrieb.pruefungsanmeldung).toMatchObject({
      ampel: { farbe: 'ROT', label: 'Rot – Handeln erforderlich' },
      bemerkung: 'Das Projektthema ist ein anderes.',
      aktionen: ['EINREICHEN'],
    });
    expect(codeOf(await einreichen(admin, b.vertrag.id, { version: a!.version }))).toBe('ANMELDUNG_KONFLIKT');
    const erneut = await einreichen(admin, b.vertrag.id, {
      version: betrieb.pruefungsanmeldung.version,
      antworten: [{ key: 'frage1', antwort: 'Aufbau eines Monitorings' }],
    });
    expect(erneut.data?.anmeldungEinreichen).toMatchObject({
      id: a!.id,
      status: 'AZUBI_PRUEFT',
      bemerkung: null,
    });
  });

  it('the Azubi confirms: green for Betrieb and Azubi, red (its turn) for the IHK; the IHK admits', async () => {
    const [a] = (
      await azubi.gqlOk<{ meinePruefungsanmeldungen: AnmeldungView[] }>(MEINE_PRUEFUNGSANMELDUNGEN)
    ).meinePruefungsanmeldungen;
    expectRefused(await admin.gql(ANMELDUNG_BESTAETIGEN, { id: a!.id }), 'FORBIDDEN');
    t.clock.advance(60_000);
    const ok = await azubi.gqlOk<{ anmeldungBestaetigen: AnmeldungView }>(ANMELDUNG_BESTAETIGEN, {
      id: a!.id,
    });
    expect(ok.anmeldungBestaetigen).toMatchObject({
      status: 'BEI_IHK',
      ampel: { farbe: 'GRUEN', label: 'Grün – Bei der IHK' },
    });
    expect(await zeileVon(admin, b.vertrag.id)).toMatchObject({
      ampel: { farbe: 'GRUEN' },
      anmeldung: { status: 'BEI_IHK' },
    });
    expect((await mailsAn(`betrieb-${b.unternehmen.id}@test.example`)).map((m) => m.subject)).toContain(
      `Prüfungsanmeldung von ${azubiName} bestätigt`,
    );

    const liste = await ihk.gqlOk<{ kammerAnmeldungen: AnmeldungView[] }>(KAMMER_ANMELDUNGEN, { pruefungId });
    expect(liste.kammerAnmeldungen).toEqual([
      expect.objectContaining({
        id: a!.id,
        ampel: expect.objectContaining({ farbe: 'ROT' }),
        aktionen: ['ZULASSEN', 'ABLEHNEN'],
      }),
    ]);
    expectRefused(await admin.gql(ANMELDUNG_ZULASSEN, { id: a!.id }), 'FORBIDDEN');
    expectRefused(await azubi.gql(ANMELDUNG_ZULASSEN, { id: a!.id }), 'FORBIDDEN');
    t.clock.advance(60_000);
    const zugelassen = await ihk.gqlOk<{ anmeldungZulassen: AnmeldungView }>(ANMELDUNG_ZULASSEN, {
      id: a!.id,
    });
    expect(zugelassen.anmeldungZulassen).toMatchObject({
      status: 'ZUGELASSEN',
      ampel: { farbe: 'GRUEN', label: 'Grün – Zugelassen' },
      aktionen: [],
    });
    expect(zugelassen.anmeldungZulassen.ereignisse.map((e) => [e.ereignis, e.nachStatus])).toEqual([
      ['Anmeldung eingereicht', 'AZUBI_PRUEFT'],
      ['An den Betrieb zurückgegeben', 'ZURUECK_AN_BETRIEB'],
      ['Anmeldung eingereicht', 'AZUBI_PRUEFT'],
      ['Anmeldung bestätigt', 'BEI_IHK'],
      ['Zur Prüfung zugelassen', 'ZUGELASSEN'],
    ]);
    expect(zugelassen.anmeldungZulassen.ereignisse.at(-1)!.actorName).toBe('Iris Kammer');
    expect((await mailsAn(b.azubi.email)).map((m) => m.subject)).toContain(
      `Prüfungsanmeldung von ${azubiName}: zugelassen`,
    );
    const azubiSicht = await azubi.gqlOk<{ pruefungsanmeldung: AnmeldungView }>(PRUEFUNGSANMELDUNG, {
      id: a!.id,
    });
    expect(azubiSicht.pruefungsanmeldung.ampel.farbe).toBe('GRUEN');
    // The Ausbilder has no part in the registration.
    expectRefused(await ausbilder.gql(PRUEFUNGSANMELDUNG, { id: a!.id }), 'NOT_FOUND');
    expectRefused(await ausbilder.gql(BETRIEB_PRUEFUNGEN), 'FORBIDDEN');
  });

  it('the IHK rejects only with a reason; the Ampel turns red for everyone', async () => {
    const zweiter = await buildVertrag(t.db.prisma, {
      betriebsstaetteId: b.hauptsitz.id,
      azubiUserId: b.azubi.id,
      nachname: 'Zweitvertrag',
    });
    const eingereicht = await einreichen(admin, zweiter.id);
    const id = eingereicht.data!.anmeldungEinreichen.id;
    await azubi.gqlOk(ANMELDUNG_BESTAETIGEN, { id });
    const ohne = await ihk.gql(ANMELDUNG_ABLEHNEN, { id, begruendung: '' });
    expect(errorOf(ohne).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'begruendung' });
    const abgelehnt = await ihk.gqlOk<{ anmeldungAblehnen: AnmeldungView }>(ANMELDUNG_ABLEHNEN, {
      id,
      begruendung: 'Die Mindestausbildungszeit ist nicht erfüllt.',
    });
    expect(abgelehnt.anmeldungAblehnen).toMatchObject({
      status: 'ABGELEHNT',
      bemerkung: 'Die Mindestausbildungszeit ist nicht erfüllt.',
    });
    for (const client of [ihk, admin, azubi]) {
      const r = await client.gqlOk<{ pruefungsanmeldung: AnmeldungView }>(PRUEFUNGSANMELDUNG, { id });
      expect(r.pruefungsanmeldung.ampel).toMatchObject({ farbe: 'ROT', label: 'Rot – Abgelehnt' });
    }
  });

  it('a second Azubi of the same Betrieb can neither read nor confirm another Azubi’s registration', async () => {
    const vertrag = await buildVertrag(t.db.prisma, {
      betriebsstaetteId: b.hauptsitz.id,
      azubiUserId: b.azubi.id,
      nachname: 'Drittvertrag',
    });
    const id = (await einreichen(admin, vertrag.id)).data!.anmeldungEinreichen.id;
    const kollegin = await buildUser(t.db.prisma, { vorname: 'Kim', nachname: 'Kollegin' });
    await grantRole(t.db.prisma, kollegin.id, 'AZUBI', { betriebsstaetteId: b.hauptsitz.id });
    await buildVertrag(t.db.prisma, { betriebsstaetteId: b.hauptsitz.id, azubiUserId: kollegin.id });
    const andere = await t.client().loginOk(kollegin.email, TEST_PASSWORD);

    expectRefused(await andere.gql(PRUEFUNGSANMELDUNG, { id }), 'NOT_FOUND');
    expectRefused(await andere.gql(ANMELDUNG_BESTAETIGEN, { id }), 'NOT_FOUND');
    expectRefused(await andere.gql(ANMELDUNG_ZURUECKGEBEN, { id, bemerkung: 'Nicht meine.' }), 'NOT_FOUND');
    const ihre = await andere.gqlOk<{ meinePruefungsanmeldungen: { id: string }[] }>(
      MEINE_PRUEFUNGSANMELDUNGEN,
    );
    expect(ihre.meinePruefungsanmeldungen).toEqual([]);
    const row = await t.db.prisma.pruefungsanmeldung.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'AZUBI_PRUEFT', bestaetigtAt: null });
    // The owner still can.
    expect(
      (await azubi.gqlOk<{ pruefungsanmeldung: AnmeldungView }>(PRUEFUNGSANMELDUNG, { id }))
        .pruefungsanmeldung.aktionen,
    ).toEqual(['BESTAETIGEN', 'ZURUECKGEBEN']);
  });

  it('the overview rows load no history, but a client asking for it still gets it (German text)', async () => {
    const data = await admin.gqlOk<{
      betriebPruefungen: {
        vertragId: string;
        anmeldung: { ereignisse: { ereignis: string; actorName: string }[] } | null;
      }[];
    }>(`{ betriebPruefungen { vertragId anmeldung { id ereignisse { ereignis actorName } } } }`);
    const zeile = data.betriebPruefungen.find((z) => z.vertragId === b.vertrag.id);
    expect(zeile?.anmeldung?.ereignisse.map((e) => e.ereignis)).toEqual([
      'Anmeldung eingereicht',
      'An den Betrieb zurückgegeben',
      'Anmeldung eingereicht',
      'Anmeldung bestätigt',
      'Zur Prüfung zugelassen',
    ]);
    expect(zeile?.anmeldung?.ereignisse.at(-1)?.actorName).toBe('Iris Kammer');
  });

  it('exports the registrations at the IHK as CSV for Excel', async () => {
    const csv = (await ihk.gqlOk<{ anmeldungenCsv: string }>(ANMELDUNGEN_CSV, { pruefungId })).anmeldungenCsv;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const zeilen = csv.slice(1).trimEnd().split('\r\n');
    expect(zeilen[0]).toBe(
      'Identnummer;Name;Ausbildungsberuf;Unternehmen;Betriebsstätte;Status;Eingereicht am;Bestätigt am;Entschieden am;Ausbildungsnachweis bestätigt;Bemerkung;Projektthema;Wahlqualifikation',
    );
    expect(zeilen).toHaveLength(3);
    const erste = zeilen.find((z) => z.startsWith(b.vertrag.identnummer));
    expect(erste).toBe(
      `${b.vertrag.identnummer};${azubiName};Testberuf;${b.unternehmen.name};${b.hauptsitz.name};Zugelassen;10.01.2028;10.01.2028;10.01.2028;ja;;Aufbau eines Monitorings;`,
    );
    expectRefused(await admin.gql(ANMELDUNGEN_CSV, { pruefungId }), 'FORBIDDEN');
  });

  it('after the Anmeldeschluss nobody can submit, and the message says so', async () => {
    const dritter = await buildVertrag(t.db.prisma, {
      betriebsstaetteId: b.hauptsitz.id,
      nachname: 'Spaetanmeldung',
    });
    t.clock.set(new Date('2028-02-01T08:00:00Z'));
    try {
      // Three weeks later: a fresh login (the old session has timed out meanwhile).
      const spaeter = await t.client().loginOk(b.admin.email, TEST_PASSWORD);
      const result = await einreichen(spaeter, dritter.id);
      const error = expectRefused(result, 'ANMELDESCHLUSS_VORBEI');
      expect(error.message).toBe(
        'Der Anmeldeschluss (31.01.2028) ist vorbei. Eine Anmeldung ist nicht mehr möglich.',
      );
      // The overview still lists the Azubi who was not registered: red, without actions.
      expect(await zeileVon(spaeter, dritter.id)).toMatchObject({
        anmeldung: null,
        aktionen: [],
        ampel: { farbe: 'ROT', label: 'Rot – Frist abgelaufen' },
      });
      expect(await zeileVon(spaeter, b.vertrag.id)).toMatchObject({ ampel: { farbe: 'GRUEN' } });
    } finally {
      t.clock.set(NOW);
    }
  });
});
