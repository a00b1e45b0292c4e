import type { PrismaClient } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anmeldungAblehnen,
  anmeldungBestaetigen,
  anmeldungEinreichen,
  anmeldungenCsv,
  anmeldungVorpruefung,
  anmeldungZulassen,
  anmeldungZurueckgeben,
  betriebPruefungen,
  DomainError,
  kammerAnmeldungen,
  kammerPruefung,
  kammerPruefungen,
  ladeAnmeldung,
  meinePruefungsanmeldungen,
  pruefungAnlegen,
  type Viewer,
} from '../src/index.js';
import { type DomainTestEnv, domainTestEnv, grant, unternehmen, user, viewerOf } from './support/db.js';

let env: DomainTestEnv;
const HEUTE = new Date('2027-01-04T09:00:00Z');
beforeAll(async () => {
  env = await domainTestEnv(HEUTE);
});
afterAll(async () => {
  await env.db.close();
});

async function kammerUser(prisma: PrismaClient, kammerId: string) {
  const u = await user(prisma);
  await prisma.rollenzuweisung.create({ data: { userId: u.id, rolle: 'IHK_SACHBEARBEITER', kammerId } });
  return u;
}

let berufNr = 0;
/** A Betrieb (own Kammer unless given) with an administrator and an Azubi whose contract ends in summer 2027. */
async function betrieb(options: { kammerId?: string; ende?: string; azubiEmail?: boolean } = {}) {
  const prisma = env.db.prisma;
  const org = await unternehmen(prisma);
  const kammerId = options.kammerId ?? org.kammer.id;
  if (options.kammerId)
    await prisma.unternehmen.update({ where: { id: org.unternehmen.id }, data: { kammerId } });
  await prisma.unternehmen.update({
    where: { id: org.unternehmen.id },
    data: { email: `betrieb-${org.unternehmen.id.slice(0, 8)}@test.example` },
  });
  const [admin, azubi, ihk] = [
    await user(prisma),
    await user(prisma, { nachname: 'Muster' }),
    await kammerUser(prisma, kammerId),
  ];
  await grant(prisma, admin.id, 'AUSBILDUNGSADMINISTRATOR', org.hauptsitz.id);
  await grant(prisma, azubi.id, 'AZUBI', org.hauptsitz.id);
  const beruf = await prisma.ausbildungsberuf.create({
    data: {
      bezeichnung: `Fachinformatiker/-in ${++berufNr}`,
      berufsnummer: `P-${org.hauptsitz.id.slice(0, 8)}`,
    },
  });
  const vertrag = await prisma.ausbildungsverhaeltnis.create({
    data: {
      betriebsstaetteId: org.hauptsitz.id,
      berufId: beruf.id,
      identnummer: `P-${org.hauptsitz.id.slice(0, 12)}`,
      azubiVorname: 'Max',
      azubiNachname: 'Muster',
      azubiUserId: azubi.id,
      beginn: new Date('2024-08-01T00:00:00Z'),
      ende: new Date(`${options.ende ?? '2027-07-31'}T00:00:00Z`),
    },
  });
  const v = {
    admin: await viewerOf(env, admin.email),
    azubi: await viewerOf(env, azubi.email),
    ihk: await viewerOf(env, ihk.email),
  };
  return {
    org,
    kammerId,
    beruf,
    vertrag,
    admin,
    azubi,
    ihk,
    v,
    betriebEmail: `betrieb-${org.unternehmen.id.slice(0, 8)}@test.example`,
  };
}

type Betrieb = Awaited<ReturnType<typeof betrieb>>;

const code = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'OK';
};
const fehler = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
};

async function session(b: Betrieb) {
  return pruefungAnlegen(env.deps, b.v.ihk, {
    saison: 'SOMMER',
    jahr: 2027,
    art: 'TEIL_2',
    berufIds: [b.beruf.id],
    zusatzfragen: [
      { frage: 'Projektthema', pflicht: true },
      { frage: 'Wahlqualifikation', pflicht: false },
    ],
  });
}

const einreichen = (
  viewer: Viewer,
  pruefungId: string,
  vertragId: string,
  extra: { version?: number } = {},
) =>
  anmeldungEinreichen(env.deps, viewer, {
    pruefungId,
    vertragId,
    antworten: [{ key: 'frage1', antwort: 'Ein Ticketsystem' }],
    nachweiseBestaetigt: true,
    ...extra,
  });

const mailsAn = (to: string) =>
  env.db.prisma.mailOutbox.findMany({ where: { to: to.toLowerCase() }, orderBy: { createdAt: 'asc' } });

describe('exam sessions (IHK)', () => {
  it('creates a session for the selected Kammer with the default Anmeldeschluss and Zusatzfragen', async () => {
    const b = await betrieb();
    const p = await session(b);
    expect(p).toMatchObject({
      bezeichnung: 'Sommer 2027 – Abschlussprüfung Teil 2',
      anmeldeschluss: '2027-01-31',
      anmeldeschlussVorbei: false,
      kammerId: b.kammerId,
      zusatzfragen: [
        { key: 'frage1', frage: 'Projektthema', pflicht: true },
        { key: 'frage2', frage: 'Wahlqualifikation', pflicht: false },
      ],
      berufe: [{ id: b.beruf.id }],
    });
    const winter = await pruefungAnlegen(env.deps, b.v.ihk, {
      saison: 'WINTER',
      jahr: 2027,
      art: 'ZWISCHENPRUEFUNG',
      berufIds: [b.beruf.id],
    });
    expect(winter.anmeldeschluss).toBe('2027-07-31');
    expect((await kammerPruefungen(env.deps, b.v.ihk)).map((x) => x.id)).toEqual([winter.id, p.id]);
  });

  it('refuses a Betrieb and hides the session from another Kammer', async () => {
    const b = await betrieb();
    const p = await session(b);
    expect(
      await code(
        pruefungAnlegen(env.deps, b.v.admin, {
          saison: 'SOMMER',
          jahr: 2027,
          art: 'TEIL_2',
          berufIds: [b.beruf.id],
        }),
      ),
    ).toBe('FORBIDDEN');
    const fremd = await betrieb();
    expect(await code(kammerPruefung(env.deps, fremd.v.ihk, p.id))).toBe('NOT_FOUND');
    expect(await code(kammerAnmeldungen(env.deps, fremd.v.ihk, p.id))).toBe('NOT_FOUND');
    expect(await code(anmeldungenCsv(env.deps, fremd.v.ihk, p.id))).toBe('NOT_FOUND');
    expect((await kammerPruefungen(env.deps, fremd.v.ihk)).map((x) => x.id)).not.toContain(p.id);
  });

  it('validates the input', async () => {
    const b = await betrieb();
    const e = await fehler(
      pruefungAnlegen(env.deps, b.v.ihk, { saison: 'SOMMER', jahr: 2027, art: 'TEIL_2', berufIds: [] }),
    );
    expect(e.field).toBe('berufIds');
    const f = await fehler(
      pruefungAnlegen(env.deps, b.v.ihk, {
        saison: 'SOMMER',
        jahr: 2027,
        art: 'TEIL_2',
        berufIds: [b.beruf.id],
        anmeldeschluss: '2027-02-30',
      }),
    );
    expect(f.field).toBe('anmeldeschluss');
  });
});

describe('the registration flow', () => {
  it('Betrieb submits -> Azubi confirms -> IHK admits, each step recorded and e-mailed to who acts next', async () => {
    const b = await betrieb();
    const p = await session(b);

    // Nobody but the Betrieb may submit; the Zusatzfragen and the Nachweis confirmation are required.
    expect(await code(einreichen(b.v.azubi, p.id, b.vertrag.id))).toBe('NOT_FOUND');
    expect(await code(einreichen(b.v.ihk, p.id, b.vertrag.id))).toBe('NOT_FOUND');
    const ohneAntwort = await fehler(
      anmeldungEinreichen(env.deps, b.v.admin, {
        pruefungId: p.id,
        vertragId: b.vertrag.id,
        antworten: [],
        nachweiseBestaetigt: true,
      }),
    );
    expect(ohneAntwort).toMatchObject({ code: 'BAD_USER_INPUT', field: 'antworten.frage1' });
    expect(ohneAntwort.message).toContain('Projektthema');
    const ohneNachweis = await fehler(
      anmeldungEinreichen(env.deps, b.v.admin, {
        pruefungId: p.id,
        vertragId: b.vertrag.id,
        antworten: [{ key: 'frage1', antwort: 'X' }],
        nachweiseBestaetigt: false,
      }),
    );
    expect(ohneNachweis).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nachweiseBestaetigt' });

    const eingereicht = await einreichen(b.v.admin, p.id, b.vertrag.id);
    env.clock.advance(60_000);
    expect(eingereicht).toMatchObject({
      status: 'AZUBI_PRUEFT',
      antworten: [{ key: 'frage1', frage: 'Projektthema', antwort: 'Ein Ticketsystem' }],
      ampel: { farbe: 'GELB', naechsterSchritt: 'Warten auf Bestätigung durch Max Muster (Azubi).' },
      aktionen: [],
    });
    const azubiMails = await mailsAn(b.azubi.email);
    expect(azubiMails).toHaveLength(1);
    expect(azubiMails[0]!.subject).toContain('Bitte bestätigen');
    expect(azubiMails[0]!.text).toContain(`/meine-pruefungen/${eingereicht.id}`);

    // The IHK does not have it yet; the Azubi sees red "Bitte bestätigen".
    expect(await code(ladeAnmeldung(env.deps, b.v.ihk, eingereicht.id))).toBe('NOT_FOUND');
    expect(await kammerAnmeldungen(env.deps, b.v.ihk, p.id)).toEqual([]);
    const [meine] = await meinePruefungsanmeldungen(env.deps, b.v.azubi);
    expect(meine).toMatchObject({
      id: eingereicht.id,
      ampel: { farbe: 'ROT', label: 'Rot – Bitte bestätigen' },
    });
    expect(meine!.aktionen).toEqual(['BESTAETIGEN', 'ZURUECKGEBEN']);

    // A second clerk of the same Kammer, and one of another Kammer (who must not be told).
    const zweiterSachbearbeiter = await kammerUser(env.db.prisma, b.kammerId);
    const andereKammer = await unternehmen(env.db.prisma);
    const fremderSachbearbeiter = await kammerUser(env.db.prisma, andereKammer.kammer.id);
    expect(await mailsAn(b.ihk.email)).toHaveLength(0);

    // Only the Azubi confirms.
    expect(await code(anmeldungBestaetigen(env.deps, b.v.admin, eingereicht.id))).toBe('FORBIDDEN');
    expect(await code(anmeldungBestaetigen(env.deps, b.v.ihk, eingereicht.id))).toBe('NOT_FOUND');
    const bestaetigt = await anmeldungBestaetigen(env.deps, b.v.azubi, eingereicht.id);
    expect(bestaetigt).toMatchObject({ status: 'BEI_IHK', ampel: { farbe: 'GRUEN' } });
    expect(bestaetigt.bestaetigtAt).toEqual(new Date(HEUTE.getTime() + 60_000));
    env.clock.advance(60_000);
    for (const an of [b.betriebEmail, b.admin.email]) {
      const mails = await mailsAn(an);
      expect(mails.map((m) => m.subject)).toEqual(['Prüfungsanmeldung von Max Muster bestätigt']);
    }
    // The registration reached the IHK: one mail per clerk of the session's Kammer, none elsewhere.
    for (const clerk of [b.ihk, zweiterSachbearbeiter]) {
      const mails = await mailsAn(clerk.email);
      expect(mails.map((m) => m.subject)).toEqual([
        'Neue Prüfungsanmeldung: Max Muster (Sommer 2027 – Abschlussprüfung Teil 2)',
      ]);
      expect(mails[0]!.text).toContain(`/kammer/pruefungen/${p.id}`);
      expect(mails[0]!.text).toContain('Bitte entscheiden Sie über die Zulassung.');
    }
    expect(await mailsAn(fremderSachbearbeiter.email)).toHaveLength(0);
    expect(await code(anmeldungBestaetigen(env.deps, b.v.azubi, eingereicht.id))).toBe(
      'ANMELDUNG_UEBERGANG_UNZULAESSIG',
    );

    // Now the IHK has it: red for the IHK (its turn); only the IHK of the Kammer decides.
    const [bei] = await kammerAnmeldungen(env.deps, b.v.ihk, p.id);
    expect(bei).toMatchObject({
      id: eingereicht.id,
      ampel: { farbe: 'ROT' },
      aktionen: ['ZULASSEN', 'ABLEHNEN'],
    });
    expect(await code(anmeldungZulassen(env.deps, b.v.admin, eingereicht.id))).toBe('FORBIDDEN');
    expect(await code(anmeldungZulassen(env.deps, b.v.azubi, eingereicht.id))).toBe('FORBIDDEN');
    const fremd = await betrieb();
    expect(await code(anmeldungZulassen(env.deps, fremd.v.ihk, eingereicht.id))).toBe('NOT_FOUND');
    const zugelassen = await anmeldungZulassen(env.deps, b.v.ihk, eingereicht.id);
    expect(zugelassen).toMatchObject({
      status: 'ZUGELASSEN',
      ampel: { farbe: 'GRUEN', label: 'Grün – Zugelassen' },
    });
    expect((await mailsAn(b.azubi.email)).map((m) => m.subject)).toContain(
      'Prüfungsanmeldung von Max Muster: zugelassen',
    );
    expect((await mailsAn(b.betriebEmail)).map((m) => m.subject)).toContain(
      'Prüfungsanmeldung von Max Muster: zugelassen',
    );

    // The history: who did what, from which state to which.
    const events = await env.db.prisma.pruefungsanmeldungEreignis.findMany({
      where: { anmeldungId: eingereicht.id },
      orderBy: { at: 'asc' },
    });
    expect(events.map((e) => [e.ereignis, e.vonStatus, e.nachStatus, e.actorUserId])).toEqual([
      ['EINREICHEN', null, 'AZUBI_PRUEFT', b.admin.id],
      ['BESTAETIGEN', 'AZUBI_PRUEFT', 'BEI_IHK', b.azubi.id],
      ['ZULASSEN', 'BEI_IHK', 'ZUGELASSEN', b.ihk.id],
    ]);
    expect(zugelassen.ereignisse?.map((e) => e.ereignis)).toEqual([
      'Anmeldung eingereicht',
      'Anmeldung bestätigt',
      'Zur Prüfung zugelassen',
    ]);
    env.clock.set(HEUTE);
  });

  it('Azubi sends back with a remark, the Betrieb resubmits with the current version, the IHK rejects with a reason', async () => {
    const b = await betrieb();
    const p = await session(b);
    const a = await einreichen(b.v.admin, p.id, b.vertrag.id);
    expect(await code(einreichen(b.v.admin, p.id, b.vertrag.id))).toBe('ANMELDUNG_UEBERGANG_UNZULAESSIG');

    const ohne = await fehler(anmeldungZurueckgeben(env.deps, b.v.azubi, a.id, '  '));
    expect(ohne).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bemerkung' });
    expect(await code(anmeldungZurueckgeben(env.deps, b.v.admin, a.id, 'x'))).toBe('FORBIDDEN');
    const zurueck = await anmeldungZurueckgeben(env.deps, b.v.azubi, a.id, 'Das Projektthema stimmt nicht.');
    expect(zurueck).toMatchObject({
      status: 'ZURUECK_AN_BETRIEB',
      bemerkung: 'Das Projektthema stimmt nicht.',
    });
    const betriebMails = await mailsAn(b.betriebEmail);
    expect(betriebMails.map((m) => m.subject)).toEqual(['Prüfungsanmeldung von Max Muster zurückgegeben']);
    expect(betriebMails[0]!.text).toContain('Das Projektthema stimmt nicht.');
    expect((await mailsAn(b.admin.email)).map((m) => m.subject)).toEqual([
      'Prüfungsanmeldung von Max Muster zurückgegeben',
    ]);

    const betriebSicht = await ladeAnmeldung(env.deps, b.v.admin, a.id);
    expect(betriebSicht).toMatchObject({ ampel: { farbe: 'ROT' }, aktionen: ['EINREICHEN'] });

    // A stale version (someone else changed it meanwhile) is refused.
    expect(await code(einreichen(b.v.admin, p.id, b.vertrag.id, { version: a.version }))).toBe(
      'ANMELDUNG_KONFLIKT',
    );
    const erneut = await einreichen(b.v.admin, p.id, b.vertrag.id, { version: zurueck.version });
    expect(erneut).toMatchObject({ id: a.id, status: 'AZUBI_PRUEFT', bemerkung: null });
    const anAzubi = await mailsAn(b.azubi.email);
    expect(anAzubi).toHaveLength(2);
    expect(anAzubi.filter((m) => m.text.includes('erneut zur Prüfung'))).toHaveLength(1);

    await anmeldungBestaetigen(env.deps, b.v.azubi, a.id);
    const ohneGrund = await fehler(anmeldungAblehnen(env.deps, b.v.ihk, a.id, ''));
    expect(ohneGrund).toMatchObject({ code: 'BAD_USER_INPUT', field: 'begruendung' });
    const abgelehnt = await anmeldungAblehnen(env.deps, b.v.ihk, a.id, 'Ausbildungszeit nicht erfüllt.');
    expect(abgelehnt).toMatchObject({
      status: 'ABGELEHNT',
      bemerkung: 'Ausbildungszeit nicht erfüllt.',
      ampel: { farbe: 'ROT' },
    });
    const abgelehntMail = (await mailsAn(b.azubi.email)).find((m) => m.subject.endsWith(': abgelehnt'));
    expect(abgelehntMail?.text).toContain('Begründung: Ausbildungszeit nicht erfüllt.');
    expect((await mailsAn(b.betriebEmail)).map((m) => m.subject)).toContain(
      'Prüfungsanmeldung von Max Muster: abgelehnt',
    );
    expect(await code(anmeldungZulassen(env.deps, b.v.ihk, a.id))).toBe('ANMELDUNG_UEBERGANG_UNZULAESSIG');
  });

  it('after the Anmeldeschluss nobody submits or confirms, and the message names the date', async () => {
    const b = await betrieb();
    const p = await session(b);
    const other = await env.db.prisma.ausbildungsverhaeltnis.create({
      data: {
        betriebsstaetteId: b.org.hauptsitz.id,
        berufId: b.beruf.id,
        identnummer: `Q-${b.org.hauptsitz.id.slice(0, 12)}`,
        azubiVorname: 'Erika',
        azubiNachname: 'Beispiel',
        azubiEmail: 'erika.beispiel@test.example',
        beginn: new Date('2024-08-01T00:00:00Z'),
        ende: new Date('2027-06-30T00:00:00Z'),
      },
    });
    const a = await einreichen(b.v.admin, p.id, b.vertrag.id);
    expect((await mailsAn('erika.beispiel@test.example')).length).toBe(0);
    try {
      env.clock.set(new Date('2027-01-31T22:00:00Z'));
      // The Anmeldeschluss day itself still counts.
      const erika = await einreichen(b.v.admin, p.id, other.id);
      expect(erika.status).toBe('AZUBI_PRUEFT');
      const anErika = await mailsAn('erika.beispiel@test.example');
      expect(anErika).toHaveLength(1);
      expect(anErika[0]!.text).toContain('Sie haben noch kein Konto im Ausbildungsportal.');
      await anmeldungZurueckgeben(env.deps, await viewerOf(env, b.azubi.email), a.id, 'Bitte ändern');

      env.clock.set(new Date('2027-02-01T08:00:00Z'));
      const e = await fehler(einreichen(b.v.admin, p.id, b.vertrag.id));
      expect(e.code).toBe('ANMELDESCHLUSS_VORBEI');
      expect(e.message).toBe(
        'Der Anmeldeschluss (31.01.2027) ist vorbei. Eine Anmeldung ist nicht mehr möglich.',
      );
      const zeile = (await betriebPruefungen(env.deps, b.v.admin)).find((z) => z.vertragId === b.vertrag.id);
      expect(zeile).toMatchObject({ ampel: { farbe: 'ROT', label: 'Rot – Frist abgelaufen' }, aktionen: [] });
      expect((await ladeAnmeldung(env.deps, b.v.admin, a.id)).pruefung.anmeldeschlussVorbei).toBe(true);
    } finally {
      env.clock.set(HEUTE);
    }
  });

  it('refuses what is not eligible or not in reach: foreign Unternehmen, foreign Kammer, wrong timing', async () => {
    const b = await betrieb();
    const p = await session(b);
    const a = await einreichen(b.v.admin, p.id, b.vertrag.id);

    // Another Unternehmen in the same Kammer: cannot register, read or list our Azubi.
    const nachbar = await betrieb({ kammerId: b.kammerId });
    expect(await code(einreichen(nachbar.v.admin, p.id, b.vertrag.id))).toBe('NOT_FOUND');
    expect(await code(ladeAnmeldung(env.deps, nachbar.v.admin, a.id))).toBe('NOT_FOUND');
    expect(await code(anmeldungBestaetigen(env.deps, nachbar.v.azubi, a.id))).toBe('NOT_FOUND');
    expect(await code(anmeldungVorpruefung(env.deps, nachbar.v.admin, p.id, b.vertrag.id))).toBe('NOT_FOUND');
    const nachbarZeilen = await betriebPruefungen(env.deps, nachbar.v.admin);
    expect(nachbarZeilen.map((z) => z.vertragId)).not.toContain(b.vertrag.id);
    expect(await meinePruefungsanmeldungen(env.deps, nachbar.v.azubi)).toEqual([]);

    // A Betrieb of another Kammer cannot register for this Kammer's session.
    const fremd = await betrieb();
    expect(await code(einreichen(fremd.v.admin, p.id, fremd.vertrag.id))).toBe('NOT_FOUND');
    expect(await code(anmeldungVorpruefung(env.deps, fremd.v.admin, p.id, fremd.vertrag.id))).toBe(
      'NOT_FOUND',
    );

    // A contract ending long after the session does not fit a final exam.
    const spaeter = await betrieb({ ende: '2028-07-31' });
    const p2 = await session(spaeter);
    expect(await code(einreichen(spaeter.v.admin, p2.id, spaeter.vertrag.id))).toBe(
      'AZUBI_NICHT_PRUEFUNGSBERECHTIGT',
    );
    expect((await betriebPruefungen(env.deps, spaeter.v.admin)).map((z) => z.vertragId)).not.toContain(
      spaeter.vertrag.id,
    );
    expect(
      await env.db.prisma.pruefungsanmeldung.count({
        where: { vertragId: { in: [b.vertrag.id, fremd.vertrag.id, spaeter.vertrag.id] } },
      }),
    ).toBe(1);
  });
});

describe('the Betrieb overview and the pre-check', () => {
  it('lists eligible Azubis (red, not registered) and registrations, with a fixed number of statements', async () => {
    const b = await betrieb();
    const p = await session(b);
    const [zeile] = await betriebPruefungen(env.deps, b.v.admin);
    expect(zeile).toMatchObject({
      pruefung: { id: p.id },
      vertragId: b.vertrag.id,
      azubiName: 'Max Muster',
      anmeldung: null,
      ampel: { farbe: 'ROT', label: 'Rot – Noch nicht angemeldet' },
      aktionen: ['EINREICHEN'],
    });
    env.db.statements.reset();
    await betriebPruefungen(env.deps, b.v.admin);
    const wenige = env.db.statements.count;

    await einreichen(b.v.admin, p.id, b.vertrag.id);
    for (let i = 0; i < 12; i++) {
      const v = await env.db.prisma.ausbildungsverhaeltnis.create({
        data: {
          betriebsstaetteId: b.org.hauptsitz.id,
          berufId: b.beruf.id,
          identnummer: `N${i}-${b.org.hauptsitz.id.slice(0, 12)}`,
          azubiVorname: 'Azubi',
          azubiNachname: `Nummer ${String(i).padStart(2, '0')}`,
          beginn: new Date('2024-08-01T00:00:00Z'),
          ende: new Date('2027-07-31T00:00:00Z'),
        },
      });
      if (i % 2 === 0) await einreichen(b.v.admin, p.id, v.id);
    }
    env.db.statements.reset();
    const zeilen = await betriebPruefungen(env.deps, b.v.admin);
    // Constant: the overview loads no history and no names of the people in it.
    expect(env.db.statements.count).toBe(wenige);
    expect(zeilen).toHaveLength(13);
    expect(zeilen.map((z) => z.azubiName)).toEqual(
      [...zeilen.map((z) => z.azubiName)].sort((x, y) =>
        x.split(' ')[1]!.localeCompare(y.split(' ')[1]!, 'de'),
      ),
    );
    expect(zeilen.find((z) => z.vertragId === b.vertrag.id)).toMatchObject({
      ampel: { farbe: 'GELB' },
      anmeldung: { status: 'AZUBI_PRUEFT' },
    });
    expect(zeilen.every((z) => z.anmeldung?.ereignisse === undefined)).toBe(true);
  });

  it('after the Anmeldeschluss still lists the Azubis who were not registered, red, without actions, for six weeks', async () => {
    const b = await betrieb();
    const p = await session(b);
    try {
      // 31.01. 23:30 in Berlin (22:30 UTC): still the deadline day.
      env.clock.set(new Date('2027-01-31T22:30:00Z'));
      expect(
        (await betriebPruefungen(env.deps, b.v.admin)).find((z) => z.pruefung.id === p.id),
      ).toMatchObject({
        vertragId: b.vertrag.id,
        aktionen: ['EINREICHEN'],
      });
      // 00:30 on 01.02. in Berlin while UTC still says 31.01.: the deadline has passed.
      env.clock.set(new Date('2027-01-31T23:30:00Z'));
      const zeilen = (await betriebPruefungen(env.deps, b.v.admin)).filter((z) => z.pruefung.id === p.id);
      expect(zeilen).toHaveLength(1);
      expect(zeilen[0]).toMatchObject({
        vertragId: b.vertrag.id,
        anmeldung: null,
        pruefung: { anmeldeschlussVorbei: true },
        ampel: { farbe: 'ROT', label: 'Rot – Frist abgelaufen' },
        aktionen: [],
      });
      expect(zeilen[0]!.ampel.naechsterSchritt).toBe(
        'Der Anmeldeschluss (31.01.2027) ist vorbei. Max Muster wurde nicht angemeldet. Bitte wenden Sie sich an die IHK.',
      );
      expect(await code(einreichen(b.v.admin, p.id, b.vertrag.id))).toBe('ANMELDESCHLUSS_VORBEI');

      // Six weeks after the deadline the row is still there; a day later it is gone.
      env.clock.set(new Date('2027-03-14T10:00:00Z'));
      expect((await betriebPruefungen(env.deps, b.v.admin)).map((z) => z.pruefung.id)).toContain(p.id);
      env.clock.set(new Date('2027-03-15T10:00:00Z'));
      expect((await betriebPruefungen(env.deps, b.v.admin)).map((z) => z.pruefung.id)).not.toContain(p.id);
    } finally {
      env.clock.set(HEUTE);
    }
  });

  it('warns about missing Nachweise and an old approved one', async () => {
    const b = await betrieb();
    const p = await session(b);
    const ohne = await anmeldungVorpruefung(env.deps, b.v.admin, p.id, b.vertrag.id);
    expect(ohne.fehlendeNachweise).toBeGreaterThan(100);
    expect(ohne.letzterGenehmigterNachweisBis).toBeNull();
    expect(ohne.warnungen).toEqual([
      `Für ${ohne.fehlendeNachweise} Wochen fehlen Ausbildungsnachweise.`,
      'Es gibt noch keinen genehmigten Ausbildungsnachweis.',
    ]);
    // One Nachweis covering everything up to 3 weeks ago, approved.
    await env.db.prisma.nachweis.create({
      data: {
        vertragId: b.vertrag.id,
        von: new Date('2024-07-29T00:00:00Z'),
        bis: new Date('2026-12-13T00:00:00Z'),
        status: 'GENEHMIGT',
      },
    });
    const alt = await anmeldungVorpruefung(env.deps, b.v.admin, p.id, b.vertrag.id);
    expect(alt.fehlendeNachweise).toBe(3);
    expect(alt.letzterGenehmigterNachweisBis).toBe('2026-12-13');
    expect(alt.warnungen).toEqual([
      'Für 3 Wochen fehlen Ausbildungsnachweise.',
      'Der neueste genehmigte Ausbildungsnachweis reicht nur bis zum 13.12.2026 und ist älter als 14 Tage.',
    ]);
    await env.db.prisma.nachweis.create({
      data: {
        vertragId: b.vertrag.id,
        von: new Date('2026-12-14T00:00:00Z'),
        bis: new Date('2027-01-03T00:00:00Z'),
        status: 'GENEHMIGT',
      },
    });
    const gut = await anmeldungVorpruefung(env.deps, b.v.admin, p.id, b.vertrag.id);
    expect(gut).toEqual({ warnungen: [], fehlendeNachweise: 0, letzterGenehmigterNachweisBis: '2027-01-03' });
    expect(await code(anmeldungVorpruefung(env.deps, b.v.azubi, p.id, b.vertrag.id))).toBe('NOT_FOUND');
  });
});

describe('CSV export', () => {
  it('lists the registrations the IHK has, with BOM, header and one column per Zusatzfrage', async () => {
    const b = await betrieb();
    const p = await session(b);
    const a = await einreichen(b.v.admin, p.id, b.vertrag.id);
    expect((await anmeldungenCsv(env.deps, b.v.ihk, p.id)).split('\r\n').filter(Boolean)).toHaveLength(1);
    await anmeldungBestaetigen(env.deps, b.v.azubi, a.id);
    const csv = await anmeldungenCsv(env.deps, b.v.ihk, p.id);
    expect(csv.startsWith('\uFEFFIdentnummer;Name;Ausbildungsberuf;')).toBe(true);
    const [kopf, zeile] = csv.slice(1).split('\r\n');
    expect(kopf!.endsWith(';Projektthema;Wahlqualifikation')).toBe(true);
    expect(zeile).toContain(`${b.vertrag.identnummer};Max Muster;${b.beruf.bezeichnung};`);
    expect(zeile).toContain(';Bei der IHK;04.01.2027;04.01.2027;;ja;;Ein Ticketsystem;');
    expect(await code(anmeldungenCsv(env.deps, b.v.admin, p.id))).toBe('FORBIDDEN');
  });
});
