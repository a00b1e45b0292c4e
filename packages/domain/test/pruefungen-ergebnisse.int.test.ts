import { randomUUID } from 'node:crypto';
import type { AnmeldungStatus, PrismaClient } from '@portal/db';
import { createMailer } from '@portal/mail';
import { startTestSmtpServer } from '@portal/mail/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anmeldungErgebnis,
  DomainError,
  deliverDueMails,
  dokumentOeffnen,
  ergebnisseEintragen,
  ergebnisseFreigeben,
  meineDokumente,
  pruefungErgebnisse,
  pruefungseinladungenVersenden,
  pruefungstermine,
  termineFreigeben,
  termineSpeichern,
  ValidationError,
  type Viewer,
  zeugnisAusstellen,
} from '../src/index.js';
import { type DomainTestEnv, domainTestEnv, grant, unternehmen, user, viewerOf } from './support/db.js';

let env: DomainTestEnv;
beforeAll(async () => {
  env = await domainTestEnv(new Date('2027-06-01T09:00:00Z'));
});
afterAll(async () => {
  await env.db.close();
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

async function beruf(prisma: PrismaClient) {
  return prisma.ausbildungsberuf.create({
    data: { bezeichnung: 'Fachinformatiker/-in', berufsnummer: `P-${randomUUID().slice(0, 8)}` },
  });
}

/** A Betrieb (with its stored address) with an administrator, an Ausbilder and an Azubi with a contract. */
async function betrieb(
  options: { kammerId?: string; berufId?: string; ende?: string; email?: string | null } = {},
) {
  const prisma = env.db.prisma;
  const org = await unternehmen(prisma);
  const kammerId = options.kammerId ?? org.kammer.id;
  await prisma.unternehmen.update({
    where: { id: org.unternehmen.id },
    data: {
      kammerId,
      email: options.email === undefined ? `betrieb-${randomUUID().slice(0, 8)}@test.example` : options.email,
    },
  });
  const [admin, ausbilder, azubi] = [await user(prisma), await user(prisma), await user(prisma)];
  await grant(prisma, admin.id, 'AUSBILDUNGSADMINISTRATOR', org.hauptsitz.id);
  await grant(prisma, ausbilder.id, 'AUSBILDER', org.hauptsitz.id);
  await grant(prisma, azubi.id, 'AZUBI', org.hauptsitz.id);
  const berufId = options.berufId ?? (await beruf(prisma)).id;
  const vertrag = await prisma.ausbildungsverhaeltnis.create({
    data: {
      betriebsstaetteId: org.hauptsitz.id,
      berufId,
      identnummer: `I-${randomUUID().slice(0, 12)}`,
      azubiVorname: 'Max',
      azubiNachname: `Muster ${randomUUID().slice(0, 4)}`,
      azubiUserId: azubi.id,
      ausbilderUserId: ausbilder.id,
      beginn: day('2024-08-01'),
      ende: day(options.ende ?? '2027-07-31'),
    },
  });
  const unternehmenRow = await prisma.unternehmen.findUniqueOrThrow({ where: { id: org.unternehmen.id } });
  return {
    ...org,
    unternehmen: unternehmenRow,
    kammerId,
    berufId,
    vertrag,
    admin,
    ausbilder,
    azubi,
    v: {
      admin: await viewerOf(env, admin.email),
      ausbilder: await viewerOf(env, ausbilder.email),
      azubi: await viewerOf(env, azubi.email),
    },
  };
}

async function sachbearbeiter(kammerId: string): Promise<Viewer> {
  const u = await user(env.db.prisma);
  await env.db.prisma.rollenzuweisung.create({
    data: { userId: u.id, rolle: 'IHK_SACHBEARBEITER', kammerId },
  });
  return viewerOf(env, u.email);
}

async function pruefung(kammerId: string, berufIds: string[], anmeldeschluss = '2027-01-31') {
  return env.db.prisma.pruefung.create({
    data: {
      kammerId,
      saison: 'SOMMER',
      jahr: 2027,
      art: 'ABSCHLUSSPRUEFUNG',
      anmeldeschluss: day(anmeldeschluss),
      berufe: { create: berufIds.map((berufId) => ({ berufId })) },
    },
  });
}

async function anmeldung(pruefungId: string, vertragId: string, status: AnmeldungStatus = 'ZUGELASSEN') {
  return env.db.prisma.pruefungsanmeldung.create({ data: { pruefungId, vertragId, status } });
}

const code = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'OK';
};

async function fehler(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const TEILE = [
  { teil: 'Planen eines Softwareproduktes', punkte: 81.5, note: '2', bestanden: true },
  { teil: 'Wirtschafts- und Sozialkunde', punkte: 67, note: '3', bestanden: true },
];

/** A session with an admitted registration of b's Azubi, results entered and (optionally) released. */
async function mitErgebnissen(b: Awaited<ReturnType<typeof betrieb>>, freigeben = true) {
  const p = await pruefung(b.kammerId, [b.berufId]);
  const a = await anmeldung(p.id, b.vertrag.id);
  const ihk = await sachbearbeiter(b.kammerId);
  await ergebnisseEintragen(env.deps, ihk, { anmeldungId: a.id, teile: TEILE });
  if (freigeben) await ergebnisseFreigeben(env.deps, ihk, a.id);
  return { p, a, ihk };
}

describe('entering and releasing results', () => {
  it('the IHK enters results of an admitted registration; the Azubi sees them only after the release and is e-mailed', async () => {
    env.clock.set(at('2027-06-01'));
    const b = await betrieb();
    const { a, ihk } = await mitErgebnissen(b, false);
    const ihkSicht = await anmeldungErgebnis(env.deps, ihk, a.id);
    expect(ihkSicht?.freigegebenAt).toBeNull();
    expect(ihkSicht?.teile).toEqual(TEILE);
    expect(ihkSicht?.bestanden).toBe(true);
    expect(await anmeldungErgebnis(env.deps, b.v.azubi, a.id)).toBeNull();
    expect(await anmeldungErgebnis(env.deps, b.v.admin, a.id)).toBeNull();
    expect(await env.db.prisma.mailOutbox.count({ where: { to: b.azubi.email } })).toBe(0);

    const freigegeben = await ergebnisseFreigeben(env.deps, ihk, a.id);
    expect(freigegeben.freigegebenAt).toEqual(at('2027-06-01'));
    await ergebnisseFreigeben(env.deps, ihk, a.id);
    const mails = await env.db.prisma.mailOutbox.findMany({ where: { to: b.azubi.email } });
    expect(mails.map((m) => m.subject)).toEqual([
      'Ihre Prüfungsergebnisse liegen vor: Sommer 2027 – Abschlussprüfung',
    ]);
    const betriebMails = await env.db.prisma.mailOutbox.findMany({ where: { to: b.unternehmen.email! } });
    expect(betriebMails.map((m) => m.subject)).toEqual([
      `Prüfungsergebnisse von ${b.vertrag.azubiVorname} ${b.vertrag.azubiNachname} liegen vor: Sommer 2027 – Abschlussprüfung`,
    ]);
    const azubiSicht = await anmeldungErgebnis(env.deps, b.v.azubi, a.id);
    expect(azubiSicht?.teile.map((t) => t.punkte)).toEqual([81.5, 67]);
    expect(await code(ergebnisseEintragen(env.deps, ihk, { anmeldungId: a.id, teile: TEILE }))).toBe(
      'ERGEBNIS_BEREITS_FREIGEGEBEN',
    );
  });

  it('only for admitted registrations, with German messages naming the field', async () => {
    const b = await betrieb();
    const p = await pruefung(b.kammerId, [b.berufId]);
    const a = await anmeldung(p.id, b.vertrag.id, 'BEI_IHK');
    const ihk = await sachbearbeiter(b.kammerId);
    expect(await code(ergebnisseEintragen(env.deps, ihk, { anmeldungId: a.id, teile: TEILE }))).toBe(
      'ERGEBNIS_NICHT_ZUGELASSEN',
    );
    await env.db.prisma.pruefungsanmeldung.update({ where: { id: a.id }, data: { status: 'ZUGELASSEN' } });
    expect(await code(ergebnisseFreigeben(env.deps, ihk, a.id))).toBe('ERGEBNISSE_FEHLEN');
    for (const [punkte, ok] of [
      [101, false],
      [-1, false],
      [100, true],
      [0, true],
    ] as const) {
      const result = ergebnisseEintragen(env.deps, ihk, {
        anmeldungId: a.id,
        teile: [TEILE[0], { teil: 'Fachgespräch', punkte, note: null, bestanden: true }],
      });
      if (ok) {
        expect((await result).teile[1].punkte).toBe(punkte);
        continue;
      }
      const error = await fehler(result);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.field).toBe('teile.1.punkte');
      expect(error.message).toBe('Die Punkte für „Fachgespräch“ müssen zwischen 0 und 100 liegen.');
    }
    // Stored with two decimals: more are refused, not rounded away (1e-300 would become 0).
    for (const punkte of [7.123456789, 1e-300]) {
      const error = await fehler(
        ergebnisseEintragen(env.deps, ihk, {
          anmeldungId: a.id,
          teile: [TEILE[0], { teil: 'Fachgespräch', punkte, note: null, bestanden: true }],
        }),
      );
      expect(error.message).toBe(
        'Bitte geben Sie die Punkte für „Fachgespräch“ mit höchstens zwei Nachkommastellen an.',
      );
    }
    expect(
      (
        await ergebnisseEintragen(env.deps, ihk, {
          anmeldungId: a.id,
          teile: [TEILE[0], { teil: 'Fachgespräch', punkte: 87.25, note: null, bestanden: true }],
        })
      ).teile[1].punkte,
    ).toBe(87.25);
    await ergebnisseEintragen(env.deps, ihk, {
      anmeldungId: a.id,
      teile: [TEILE[0], { teil: 'Fachgespräch', punkte: 0, note: null, bestanden: true }],
    });
    const doppelt = await fehler(
      ergebnisseEintragen(env.deps, ihk, { anmeldungId: a.id, teile: [TEILE[0], TEILE[0]] }),
    );
    expect(doppelt.field).toBe('teile.1.teil');
    // The failed attempts left the last saved results untouched.
    expect((await anmeldungErgebnis(env.deps, ihk, a.id))?.teile.map((t) => t.teil)).toEqual([
      'Planen eines Softwareproduktes',
      'Fachgespräch',
    ]);
  });

  it('refuses everyone but the IHK of the session’s Kammer', async () => {
    const b = await betrieb();
    const { a } = await mitErgebnissen(b, false);
    const fremdeIhk = await sachbearbeiter((await unternehmen(env.db.prisma)).kammer.id);
    const input = { anmeldungId: a.id, teile: TEILE };
    expect(await code(ergebnisseEintragen(env.deps, b.v.admin, input))).toBe('FORBIDDEN');
    expect(await code(ergebnisseEintragen(env.deps, b.v.azubi, input))).toBe('FORBIDDEN');
    expect(await code(ergebnisseEintragen(env.deps, fremdeIhk, input))).toBe('NOT_FOUND');
    expect(await code(ergebnisseFreigeben(env.deps, fremdeIhk, a.id))).toBe('NOT_FOUND');
    expect(await code(zeugnisAusstellen(env.deps, fremdeIhk, a.id))).toBe('NOT_FOUND');
    expect(await code(anmeldungErgebnis(env.deps, fremdeIhk, a.id))).toBe('NOT_FOUND');
    // A registration the Azubi has not confirmed yet has not reached the IHK: nothing to see or enter.
    const eigeneIhk = await sachbearbeiter(b.kammerId);
    const zweiter = await env.db.prisma.ausbildungsverhaeltnis.create({
      data: { ...b.vertrag, id: undefined, identnummer: `I-${randomUUID().slice(0, 12)}`, azubiUserId: null },
    });
    const offen = await anmeldung(a.pruefungId, zweiter.id, 'AZUBI_PRUEFT');
    expect(await code(anmeldungErgebnis(env.deps, eigeneIhk, offen.id))).toBe('NOT_FOUND');
    expect(
      await code(ergebnisseEintragen(env.deps, eigeneIhk, { anmeldungId: offen.id, teile: TEILE })),
    ).toBe('NOT_FOUND');
    expect(
      (await env.db.prisma.pruefungsanmeldung.findUniqueOrThrow({ where: { id: a.id } }))
        .ergebnisFreigegebenAt,
    ).toBeNull();
  });
});

describe('who sees results (through the service, clock controlled)', () => {
  it('the Betrieb sees them until the 14th day after the contract’s end, the Azubi always', async () => {
    env.clock.set(at('2027-06-20'));
    const b = await betrieb({ ende: '2027-07-31' });
    const { p, a, ihk } = await mitErgebnissen(b);
    const zeugnis = await zeugnisAusstellen(env.deps, ihk, a.id);

    env.clock.set(new Date('2027-08-14T21:00:00Z'));
    expect((await anmeldungErgebnis(env.deps, b.v.admin, a.id))?.anmeldungId).toBe(a.id);
    expect((await pruefungErgebnisse(env.deps, b.v.admin, p.id)).map((e) => e.anmeldungId)).toEqual([a.id]);
    expect((await meineDokumente(env.deps, b.v.admin)).map((d) => d.id)).toEqual([zeugnis.id]);
    expect((await dokumentOeffnen(env.deps, b.v.admin, zeugnis.id)).dateiname).toMatch(/\.pdf$/);

    env.clock.set(new Date('2027-08-15T06:00:00Z'));
    const error = await fehler(anmeldungErgebnis(env.deps, b.v.admin, a.id));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe(
      'Die Prüfungsergebnisse sind 14 Tage nach Ende des Ausbildungsverhältnisses nicht mehr einsehbar.',
    );
    expect(await pruefungErgebnisse(env.deps, b.v.admin, p.id)).toEqual([]);
    expect(await meineDokumente(env.deps, b.v.admin)).toEqual([]);
    expect(await code(dokumentOeffnen(env.deps, b.v.admin, zeugnis.id))).toBe('FORBIDDEN');

    env.clock.set(at('2031-01-01'));
    expect((await anmeldungErgebnis(env.deps, b.v.azubi, a.id))?.bestanden).toBe(true);
    expect((await pruefungErgebnisse(env.deps, b.v.azubi, p.id)).length).toBe(1);
    expect((await meineDokumente(env.deps, b.v.azubi)).map((d) => d.id)).toEqual([zeugnis.id]);
    expect((await pruefungErgebnisse(env.deps, ihk, p.id)).length).toBe(1);
  });

  it('never shows results to an Ausbilder', async () => {
    env.clock.set(at('2027-06-20'));
    const b = await betrieb();
    const { p, a, ihk } = await mitErgebnissen(b);
    const zeugnis = await zeugnisAusstellen(env.deps, ihk, a.id);
    const error = await fehler(anmeldungErgebnis(env.deps, b.v.ausbilder, a.id));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('Ausbilderinnen und Ausbilder sehen keine Prüfungsergebnisse.');
    expect(await pruefungErgebnisse(env.deps, b.v.ausbilder, p.id)).toEqual([]);
    expect(await meineDokumente(env.deps, b.v.ausbilder)).toEqual([]);
    expect(await code(dokumentOeffnen(env.deps, b.v.ausbilder, zeugnis.id))).toBe('FORBIDDEN');
  });

  it('refuses a foreign Unternehmen', async () => {
    env.clock.set(at('2027-06-20'));
    const b = await betrieb();
    const fremd = await betrieb({ kammerId: b.kammerId, berufId: b.berufId });
    const { p, a, ihk } = await mitErgebnissen(b);
    const zeugnis = await zeugnisAusstellen(env.deps, ihk, a.id);
    for (const v of Object.values(fremd.v)) {
      expect(await code(anmeldungErgebnis(env.deps, v, a.id))).toBe('NOT_FOUND');
      expect(await pruefungErgebnisse(env.deps, v, p.id)).toEqual([]);
      expect(await code(dokumentOeffnen(env.deps, v, zeugnis.id))).toBe('NOT_FOUND');
      expect((await meineDokumente(env.deps, v)).map((d) => d.id)).not.toContain(zeugnis.id);
    }
  });
});

describe('the Zeugnis', () => {
  it('is a PDF issued after the release, stored once, and the first opening per side is logged', async () => {
    env.clock.set(at('2027-06-20'));
    const b = await betrieb();
    const { a, ihk } = await mitErgebnissen(b, false);
    expect(await code(zeugnisAusstellen(env.deps, ihk, a.id))).toBe('ERGEBNISSE_NICHT_FREIGEGEBEN');
    await ergebnisseFreigeben(env.deps, ihk, a.id);
    const zeugnis = await zeugnisAusstellen(env.deps, ihk, a.id);
    expect(zeugnis.art).toBe('ZEUGNIS');
    expect(zeugnis.url).toBe(`/dokumente/${zeugnis.id}`);
    expect((await zeugnisAusstellen(env.deps, ihk, a.id)).id).toBe(zeugnis.id);
    const row = await env.db.prisma.dokument.findUniqueOrThrow({ where: { id: zeugnis.id } });
    expect(row.anmeldungId).toBe(a.id);
    expect(row.vertragId).toBe(b.vertrag.id);
    expect(Buffer.from(row.inhalt).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await anmeldungErgebnis(env.deps, b.v.azubi, a.id))?.zeugnisDokumentId).toBe(zeugnis.id);

    env.clock.set(at('2027-06-21'));
    const download = await dokumentOeffnen(env.deps, b.v.azubi, zeugnis.id);
    expect(Buffer.from(download.inhalt).subarray(0, 5).toString()).toBe('%PDF-');
    env.clock.set(at('2027-06-22'));
    await dokumentOeffnen(env.deps, b.v.azubi, zeugnis.id);
    await dokumentOeffnen(env.deps, ihk, zeugnis.id);
    const geoeffnet = await env.db.prisma.dokument.findUniqueOrThrow({ where: { id: zeugnis.id } });
    expect(geoeffnet.geoeffnetAzubiAt).toEqual(at('2027-06-21'));
    expect(geoeffnet.geoeffnetBetriebAt).toBeNull();
    expect((await meineDokumente(env.deps, b.v.azubi))[0].geoeffnetAt).toEqual(at('2027-06-21'));
    expect((await meineDokumente(env.deps, b.v.admin))[0].geoeffnetAt).toBeNull();
  });
});

describe('Pruefungstermine', () => {
  const TERMINE = [
    { bezeichnung: 'Praktische Prüfung', datum: '2027-06-15', uhrzeit: '08:00', ort: 'IHK Münster, Raum 2' },
    { bezeichnung: 'Schriftliche Prüfung', datum: '2027-05-05', uhrzeit: '08:30', ort: 'Halle Münsterland' },
  ];

  it('are hidden from Betrieb and Azubi until the IHK releases them; the release e-mails both', async () => {
    env.clock.set(at('2027-03-01'));
    const b = await betrieb();
    const fremd = await betrieb({ kammerId: b.kammerId, berufId: b.berufId });
    const p = await pruefung(b.kammerId, [b.berufId]);
    await anmeldung(p.id, b.vertrag.id, 'BEI_IHK');
    const ihk = await sachbearbeiter(b.kammerId);
    expect(await code(termineFreigeben(env.deps, ihk, p.id))).toBe('TERMINE_FEHLEN');
    expect(await code(termineSpeichern(env.deps, b.v.admin, p.id, TERMINE))).toBe('FORBIDDEN');
    const gespeichert = await termineSpeichern(env.deps, ihk, p.id, TERMINE);
    expect(gespeichert.map((t) => t.bezeichnung)).toEqual(['Schriftliche Prüfung', 'Praktische Prüfung']);

    for (const v of [b.v.admin, b.v.azubi, b.v.ausbilder, fremd.v.admin]) {
      expect(await pruefungstermine(env.deps, v, p.id)).toEqual([]);
    }
    await termineFreigeben(env.deps, ihk, p.id);
    await termineFreigeben(env.deps, ihk, p.id);
    expect((await pruefungstermine(env.deps, b.v.admin, p.id)).map((t) => t.datum)).toEqual([
      '2027-05-05',
      '2027-06-15',
    ]);
    expect((await pruefungstermine(env.deps, b.v.azubi, p.id)).length).toBe(2);
    expect(await pruefungstermine(env.deps, b.v.ausbilder, p.id)).toEqual([]);
    expect(await pruefungstermine(env.deps, fremd.v.admin, p.id)).toEqual([]);
    expect(await pruefungstermine(env.deps, fremd.v.azubi, p.id)).toEqual([]);

    const betriebMails = await env.db.prisma.mailOutbox.findMany({ where: { to: b.unternehmen.email! } });
    expect(betriebMails.map((m) => m.subject)).toEqual([
      'Prüfungstermine freigegeben: Sommer 2027 – Abschlussprüfung',
    ]);
    expect(betriebMails[0].text).toContain('05.05.2027, 08:30 Uhr, Halle Münsterland');
    expect(betriebMails[0].text).toContain(`${b.vertrag.azubiVorname} ${b.vertrag.azubiNachname}`);
    expect(await env.db.prisma.mailOutbox.count({ where: { to: b.azubi.email } })).toBe(1);
    expect(await env.db.prisma.mailOutbox.count({ where: { to: fremd.unternehmen.email! } })).toBe(0);
  });

  it('refuses invalid Termine with German messages naming the field', async () => {
    const b = await betrieb();
    const p = await pruefung(b.kammerId, [b.berufId]);
    const ihk = await sachbearbeiter(b.kammerId);
    const error = await fehler(termineSpeichern(env.deps, ihk, p.id, [{ ...TERMINE[0], uhrzeit: '25:00' }]));
    expect(error.field).toBe('termine.0.uhrzeit');
    expect(error.message).toContain('Uhrzeit');
    expect(
      (await fehler(termineSpeichern(env.deps, ihk, p.id, [{ ...TERMINE[0], datum: '2027-02-30' }]))).field,
    ).toBe('termine.0.datum');
  });
});

describe('the invitation job', () => {
  it('sends each Unternehmen with eligible, unregistered Azubis exactly one mail per session, run twice or in parallel', async () => {
    const prisma = env.db.prisma;
    const x = await beruf(prisma);
    // Eligible for the summer session (Anmeldeschluss 31 Jan 2027): contracts ending Feb to Sep 2027.
    const eins = await betrieb({ berufId: x.id, ende: '2027-06-30' });
    const kammerId = eins.kammerId;
    const zweiterAzubi = await prisma.ausbildungsverhaeltnis.create({
      data: {
        betriebsstaetteId: eins.hauptsitz.id,
        berufId: x.id,
        identnummer: `I-${randomUUID().slice(0, 12)}`,
        azubiVorname: 'Erika',
        azubiNachname: 'Beispiel',
        beginn: day('2024-08-01'),
        ende: day('2027-07-31'),
      },
    });
    const schonAngemeldet = await prisma.ausbildungsverhaeltnis.create({
      data: {
        betriebsstaetteId: eins.hauptsitz.id,
        berufId: x.id,
        identnummer: `I-${randomUUID().slice(0, 12)}`,
        azubiVorname: 'Anna',
        azubiNachname: 'Angemeldet',
        beginn: day('2024-08-01'),
        ende: day('2027-07-31'),
      },
    });
    const ohneEignung = await betrieb({ kammerId, berufId: x.id, ende: '2028-07-31' });
    const andererBeruf = await betrieb({ kammerId, ende: '2027-06-30' });
    const ohneAdresse = await betrieb({ kammerId, berufId: x.id, ende: '2027-06-30', email: null });
    const andereKammer = await betrieb({ berufId: x.id, ende: '2027-06-30' });
    const p = await pruefung(kammerId, [x.id], '2027-01-31');
    await anmeldung(p.id, schonAngemeldet.id, 'AZUBI_PRUEFT');
    const einladungen = () =>
      prisma.mailOutbox.findMany({ where: { dedupeKey: { startsWith: `pruefungseinladung:${p.id}:` } } });

    // Outside the window: 43 days before, on the Anmeldeschluss itself.
    for (const heute of ['2026-12-19', '2027-01-31', '2027-02-10']) {
      env.clock.set(at(heute));
      await pruefungseinladungenVersenden(env.deps);
      expect(await einladungen(), heute).toEqual([]);
    }

    // 42 days before: twice in a row and twice in parallel (two instances).
    env.clock.set(day('2026-12-20'));
    await pruefungseinladungenVersenden(env.deps);
    await pruefungseinladungenVersenden(env.deps);
    await Promise.all([pruefungseinladungenVersenden(env.deps), pruefungseinladungenVersenden(env.deps)]);
    env.clock.set(at('2027-01-30'));
    await pruefungseinladungenVersenden(env.deps);

    const mails = await einladungen();
    expect(mails.map((m) => [m.to, m.dedupeKey])).toEqual([
      [eins.unternehmen.email, `pruefungseinladung:${p.id}:${eins.unternehmen.id}`],
    ]);
    expect(mails[0].subject).toBe(
      'Einladung zur Prüfungsanmeldung: Sommer 2027 – Abschlussprüfung (Anmeldeschluss 31.01.2027)',
    );
    expect(mails[0].text).toContain(`${eins.vertrag.azubiVorname} ${eins.vertrag.azubiNachname}`);
    expect(mails[0].text).toContain('Erika Beispiel');
    expect(mails[0].text).toContain(zweiterAzubi.identnummer);
    expect(mails[0].text).not.toContain('Angemeldet');
    for (const other of [ohneEignung, andererBeruf, andereKammer]) {
      expect(await prisma.mailOutbox.count({ where: { to: other.unternehmen.email! } })).toBe(0);
    }
    expect(ohneAdresse.unternehmen.email).toBeNull();

    // Delivered over real SMTP: the Betrieb receives exactly one message.
    const smtp = await startTestSmtpServer();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'noreply@portal.test' });
    try {
      for (let i = 0; i < 20; i++) {
        const report = await deliverDueMails(env.deps, mailer, 50);
        if (report.sent === 0 && report.failed === 0) break;
      }
      const erhalten = smtp.received.filter((m) => m.to.includes(eins.unternehmen.email!));
      expect(erhalten).toHaveLength(1);
      expect(erhalten[0].raw).toContain('Erika Beispiel');
    } finally {
      mailer.close();
      await smtp.close();
    }
  });
});
