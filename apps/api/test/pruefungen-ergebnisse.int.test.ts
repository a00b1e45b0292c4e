import type { AnmeldungStatus } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, expectGerman, expectRefused } from './support/expect.js';
import { buildBetrieb, buildUser, buildVertrag, grantRole, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/harness.js';
import {
  ANMELDUNG_ERGEBNIS,
  ERGEBNISSE_EINTRAGEN,
  ERGEBNISSE_FREIGEBEN,
  MEINE_DOKUMENTE,
  PRUEFUNG_ERGEBNISSE,
  PRUEFUNGSANMELDUNG,
  PRUEFUNGSTERMINE,
  TERMINE_FREIGEBEN,
  TERMINE_SPEICHERN,
  ZEUGNIS_AUSSTELLEN,
} from './support/operations.js';

/**
 * Termine, Ergebnisse, Zeugnis and the document download through the API, as the SPA calls them:
 * the IHK of the Kammer acts, the Betrieb and the Azubi see what they may, the Ausbilder and a
 * foreign Unternehmen get nothing. The clock is controlled for the 14-day rule.
 */
let t: TestApp;
let A: Awaited<ReturnType<typeof buildBetrieb>>;
let B: Awaited<ReturnType<typeof buildBetrieb>>;
let ihkEmail: string;
let pruefungId: string;
let anmeldungId: string;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function buildPruefung(kammerId: string, berufId: string) {
  return t.db.prisma.pruefung.create({
    data: {
      kammerId,
      saison: 'SOMMER',
      jahr: 2027,
      art: 'ABSCHLUSSPRUEFUNG',
      anmeldeschluss: day('2027-01-31'),
      berufe: { create: [{ berufId }] },
    },
  });
}

async function buildAnmeldung(pruefung: string, vertragId: string, status: AnmeldungStatus = 'ZUGELASSEN') {
  return t.db.prisma.pruefungsanmeldung.create({ data: { pruefungId: pruefung, vertragId, status } });
}

const login = (email: string) => t.client().loginOk(email, TEST_PASSWORD);

const TERMINE = [
  { bezeichnung: 'Schriftliche Prüfung', datum: '2027-05-05', uhrzeit: '08:30', ort: 'Halle Münsterland' },
  { bezeichnung: 'Praktische Prüfung', datum: '2027-06-15', uhrzeit: '09:00', ort: 'IHK, Raum 2' },
];
const TEILE = [
  { teil: 'Planen eines Softwareproduktes', punkte: 81.5, note: '2', bestanden: true },
  { teil: 'Wirtschafts- und Sozialkunde', punkte: 67, note: '3', bestanden: true },
];

beforeAll(async () => {
  t = await startTestApp({ now: new Date('2027-03-01T09:00:00Z') });
  A = await buildBetrieb(t.db.prisma);
  B = await buildBetrieb(t.db.prisma, { kammerId: A.kammerId });
  await t.db.prisma.unternehmen.update({
    where: { id: A.unternehmen.id },
    data: { email: `ausbildung-${A.unternehmen.id.slice(0, 8)}@test.example` },
  });
  // A's contract ends on 31 July 2027: the Betrieb sees results until 14 August.
  await t.db.prisma.ausbildungsverhaeltnis.update({
    where: { id: A.vertrag.id },
    data: { ende: day('2027-07-31') },
  });
  const ihk = await buildUser(t.db.prisma, { nachname: 'Sachbearbeiterin' });
  await grantRole(t.db.prisma, ihk.id, 'IHK_SACHBEARBEITER', { kammerId: A.kammerId });
  ihkEmail = ihk.email;
  pruefungId = (await buildPruefung(A.kammerId, A.vertrag.berufId)).id;
  anmeldungId = (await buildAnmeldung(pruefungId, A.vertrag.id)).id;
});
afterAll(async () => {
  await t?.close();
});

describe('Pruefungstermine through GraphQL', () => {
  it('the IHK saves and releases them; Betrieb and Azubi see them only afterwards, the Ausbilder and B never', async () => {
    const ihk = await login(ihkEmail);
    const saved = await ihk.gqlOk<{ termineSpeichern: { datum: string }[] }>(TERMINE_SPEICHERN, {
      pruefungId,
      termine: TERMINE,
    });
    expect(saved.termineSpeichern.map((x) => x.datum)).toEqual(['2027-05-05', '2027-06-15']);
    const sicht = async (client: TestClient) =>
      (await client.gqlOk<{ pruefungstermine: unknown[] }>(PRUEFUNGSTERMINE, { pruefungId }))
        .pruefungstermine;
    const [admin, azubi, ausbilder, bAdmin] = await Promise.all(
      [A.admin, A.azubi, A.ausbilder, B.admin].map((u) => login(u.email)),
    );
    for (const client of [admin, azubi, ausbilder, bAdmin]) expect(await sicht(client)).toEqual([]);
    expect((await sicht(ihk)).length).toBe(2);

    expectRefused(await admin.gql(TERMINE_FREIGEBEN, { pruefungId }), 'FORBIDDEN');
    const freigabe = await ihk.gqlOk<{ termineFreigeben: { termineFreigegeben: boolean } }>(
      TERMINE_FREIGEBEN,
      {
        pruefungId,
      },
    );
    expect(freigabe.termineFreigeben.termineFreigegeben).toBe(true);
    expect((await sicht(admin)).length).toBe(2);
    expect((await sicht(azubi)).length).toBe(2);
    expect(await sicht(ausbilder)).toEqual([]);
    expect(await sicht(bAdmin)).toEqual([]);
    const unternehmen = await t.db.prisma.unternehmen.findUniqueOrThrow({ where: { id: A.unternehmen.id } });
    expect(await t.db.prisma.mailOutbox.count({ where: { to: unternehmen.email! } })).toBe(1);
    expect(await t.db.prisma.mailOutbox.count({ where: { to: A.azubi.email } })).toBe(1);
  });
});

describe('Ergebnisse and Zeugnis through GraphQL', () => {
  it('the IHK enters (validated), releases and issues the Zeugnis; the Azubi downloads the PDF, B is refused', async () => {
    const ihk = await login(ihkEmail);
    const azubi = await login(A.azubi.email);
    const invalid = await ihk.gql(ERGEBNISSE_EINTRAGEN, {
      anmeldungId,
      teile: [{ ...TEILE[0], punkte: 101 }],
    });
    const error = expectRefused(invalid, 'BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('teile.0.punkte');
    expect(error.message).toBe(
      'Die Punkte für „Planen eines Softwareproduktes“ müssen zwischen 0 und 100 liegen.',
    );

    const entered = await ihk.gqlOk<{
      ergebnisseEintragen: { freigegebenAt: string | null; bestanden: boolean };
    }>(ERGEBNISSE_EINTRAGEN, { anmeldungId, teile: TEILE });
    expect(entered.ergebnisseEintragen).toMatchObject({ freigegebenAt: null, bestanden: true });
    expect((await azubi.gqlOk(ANMELDUNG_ERGEBNIS, { anmeldungId })).anmeldungErgebnis).toBeNull();
    expect(codeOf(await ihk.gql(ZEUGNIS_AUSSTELLEN, { anmeldungId }))).toBe('ERGEBNISSE_NICHT_FREIGEGEBEN');
    expectRefused(await azubi.gql(ERGEBNISSE_FREIGEBEN, { anmeldungId }), 'FORBIDDEN');

    await ihk.gqlOk(ERGEBNISSE_FREIGEBEN, { anmeldungId });
    // The history says so in German (no raw event code).
    for (const client of [ihk, azubi]) {
      const historie = await client.gqlOk<{ pruefungsanmeldung: { ereignisse: { ereignis: string }[] } }>(
        PRUEFUNGSANMELDUNG,
        { id: anmeldungId },
      );
      expect(historie.pruefungsanmeldung.ereignisse.map((e) => e.ereignis)).toEqual([
        'Ergebnisse freigegeben',
      ]);
    }
    const own = await azubi.gqlOk<{
      anmeldungErgebnis: { teile: { punkte: number }[]; freigegebenAt: string };
    }>(ANMELDUNG_ERGEBNIS, { anmeldungId });
    expect(own.anmeldungErgebnis.teile.map((x) => x.punkte)).toEqual([81.5, 67]);
    expect(own.anmeldungErgebnis.freigegebenAt).toBe('2027-03-01T09:00:00.000Z');

    const zeugnis = await ihk.gqlOk<{ zeugnisAusstellen: { id: string; url: string; art: string } }>(
      ZEUGNIS_AUSSTELLEN,
      { anmeldungId },
    );
    expect(zeugnis.zeugnisAusstellen.art).toBe('ZEUGNIS');
    const url = zeugnis.zeugnisAusstellen.url;
    expect(url).toBe(`/dokumente/${zeugnis.zeugnisAusstellen.id}`);

    const dokumente = await azubi.gqlOk<{ meineDokumente: { id: string; geoeffnetAt: string | null }[] }>(
      MEINE_DOKUMENTE,
    );
    expect(dokumente.meineDokumente).toEqual([
      expect.objectContaining({ id: zeugnis.zeugnisAusstellen.id, geoeffnetAt: null }),
    ]);

    // The download: the owner gets the PDF as an attachment, the first opening is logged.
    t.clock.advance(60_000);
    const response = await azubi.request(url, {}, { csrf: false });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="Zeugnis-.*\.pdf"/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const after = await azubi.gqlOk<{ meineDokumente: { geoeffnetAt: string | null }[] }>(MEINE_DOKUMENTE);
    expect(after.meineDokumente[0].geoeffnetAt).toBe('2027-03-01T09:01:00.000Z');

    // Foreigners and the Ausbilder are refused, in German JSON.
    const refusals: [TestClient, number][] = [
      [t.client(), 401],
      [await login(B.admin.email), 404],
      [await login(B.azubi.email), 404],
      [await login(A.ausbilder.email), 403],
    ];
    for (const [client, status] of refusals) {
      const refused = await client.request(url, {}, { csrf: false });
      expect(refused.status).toBe(status);
      expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await refused.json()) as { errors: { message: string }[] };
      expectGerman(body.errors[0].message);
      expect(refused.headers.get('content-disposition')).toBeNull();
    }
    expect((await azubi.request('/dokumente/kein-dokument', {}, { csrf: false })).status).toBe(404);
    const row = await t.db.prisma.dokument.findUniqueOrThrow({ where: { id: zeugnis.zeugnisAusstellen.id } });
    expect(row.geoeffnetBetriebAt).toBeNull();

    // B (same Kammer, other Unternehmen) sees nothing of A's results.
    const bAdmin = await login(B.admin.email);
    expect(codeOf(await bAdmin.gql(ANMELDUNG_ERGEBNIS, { anmeldungId }))).toBe('NOT_FOUND');
    expect((await bAdmin.gqlOk(PRUEFUNG_ERGEBNISSE, { pruefungId })).pruefungErgebnisse).toEqual([]);
    expect((await bAdmin.gqlOk(MEINE_DOKUMENTE)).meineDokumente).toEqual([]);
    // The Ausbilder never sees results.
    const ausbilder = await login(A.ausbilder.email);
    const refused = expectRefused(await ausbilder.gql(ANMELDUNG_ERGEBNIS, { anmeldungId }), 'FORBIDDEN');
    expect(refused.message).toBe('Ausbilderinnen und Ausbilder sehen keine Prüfungsergebnisse.');
    // Neither through the list of a session nor through the documents: empty, while the
    // Betrieb's administrator sees the released result and the Zeugnis right now.
    const adminA = await login(A.admin.email);
    expect(
      (await adminA.gqlOk<{ pruefungErgebnisse: unknown[] }>(PRUEFUNG_ERGEBNISSE, { pruefungId }))
        .pruefungErgebnisse,
    ).toHaveLength(1);
    expect((await adminA.gqlOk<{ meineDokumente: unknown[] }>(MEINE_DOKUMENTE)).meineDokumente).toHaveLength(
      1,
    );
    const ergebnisseAusbilder = await ausbilder.gql<{ pruefungErgebnisse: unknown[] }>(PRUEFUNG_ERGEBNISSE, {
      pruefungId,
    });
    expect(ergebnisseAusbilder.errors).toBeUndefined();
    expect(ergebnisseAusbilder.data?.pruefungErgebnisse).toEqual([]);
    const dokumenteAusbilder = await ausbilder.gql<{ meineDokumente: unknown[] }>(MEINE_DOKUMENTE);
    expect(dokumenteAusbilder.errors).toBeUndefined();
    expect(dokumenteAusbilder.data?.meineDokumente).toEqual([]);
  });

  it('the Betrieb sees results and the Zeugnis until 14 days after the contract’s end, not a day longer', async () => {
    const zeugnis = await t.db.prisma.dokument.findFirstOrThrow({ where: { anmeldungId } });
    t.clock.set(new Date('2027-08-14T20:00:00Z'));
    let admin = await login(A.admin.email);
    const seen = await admin.gqlOk<{ pruefungErgebnisse: { anmeldungId: string }[] }>(PRUEFUNG_ERGEBNISSE, {
      pruefungId,
    });
    expect(seen.pruefungErgebnisse.map((e) => e.anmeldungId)).toEqual([anmeldungId]);
    expect((await admin.gqlOk(ANMELDUNG_ERGEBNIS, { anmeldungId })).anmeldungErgebnis).not.toBeNull();
    expect((await admin.request(`/dokumente/${zeugnis.id}`, {}, { csrf: false })).status).toBe(200);
    expect(
      (await t.db.prisma.dokument.findUniqueOrThrow({ where: { id: zeugnis.id } })).geoeffnetBetriebAt,
    ).toEqual(new Date('2027-08-14T20:00:00Z'));

    t.clock.set(new Date('2027-08-15T05:00:00Z'));
    admin = await login(A.admin.email);
    const refused = expectRefused(await admin.gql(ANMELDUNG_ERGEBNIS, { anmeldungId }), 'FORBIDDEN');
    expect(refused.message).toBe(
      'Die Prüfungsergebnisse sind 14 Tage nach Ende des Ausbildungsverhältnisses nicht mehr einsehbar.',
    );
    expect((await admin.gqlOk(PRUEFUNG_ERGEBNISSE, { pruefungId })).pruefungErgebnisse).toEqual([]);
    expect((await admin.gqlOk(MEINE_DOKUMENTE)).meineDokumente).toEqual([]);
    const download = await admin.request(`/dokumente/${zeugnis.id}`, {}, { csrf: false });
    expect(download.status).toBe(403);
    expect(((await download.json()) as { errors: { message: string }[] }).errors[0].message).toContain(
      '14 Tage',
    );

    // The Azubi keeps seeing their own results.
    const azubi = await login(A.azubi.email);
    expect((await azubi.gqlOk(ANMELDUNG_ERGEBNIS, { anmeldungId })).anmeldungErgebnis).not.toBeNull();
    expect((await azubi.request(`/dokumente/${zeugnis.id}`, {}, { csrf: false })).status).toBe(200);
  });
});

describe('pruefungErgebnisse costs the same SQL statements for any number of registrations', () => {
  it('3 and 15 registrations with results', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const ihkUser = await buildUser(t.db.prisma);
    await grantRole(t.db.prisma, ihkUser.id, 'IHK_SACHBEARBEITER', { kammerId: b.kammerId });
    const sessionWith = async (n: number) => {
      const p = await buildPruefung(b.kammerId, b.vertrag.berufId);
      for (let i = 0; i < n; i++) {
        const v = await buildVertrag(t.db.prisma, {
          betriebsstaetteId: b.hauptsitz.id,
          azubiUserId: undefined,
        });
        await t.db.prisma.pruefungsanmeldung.create({
          data: {
            pruefungId: p.id,
            vertragId: v.id,
            status: 'ZUGELASSEN',
            ergebnisFreigegebenAt: t.clock.now(),
            ergebnisse: { create: TEILE.map((x) => ({ ...x })) },
          },
        });
      }
      return p.id;
    };
    const klein = await sessionWith(3);
    const gross = await sessionWith(15);
    for (const email of [ihkUser.email, b.admin.email]) {
      const client = await login(email);
      const count = async (id: string) => {
        await client.gqlOk(PRUEFUNG_ERGEBNISSE, { pruefungId: id });
        t.db.statements.reset();
        const data = await client.gqlOk<{ pruefungErgebnisse: unknown[] }>(PRUEFUNG_ERGEBNISSE, {
          pruefungId: id,
        });
        return { statements: t.db.statements.count, rows: data.pruefungErgebnisse.length };
      };
      const [a, z] = [await count(klein), await count(gross)];
      expect([a.rows, z.rows], email).toEqual([3, 15]);
      expect(z.statements, email).toBe(a.statements);
      expect(a.statements).toBeLessThanOrEqual(8);
    }
  });
});
