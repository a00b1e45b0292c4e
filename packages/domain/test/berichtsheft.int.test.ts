import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  abdeckung,
  ausbildungsbeauftragte,
  DomainError,
  erinnerungenVersenden,
  genehmigerAblehnen,
  genehmigerBestaetigen,
  ihreAuszubildenden,
  ladeNachweis,
  loadViewer,
  loginWithPin,
  type NachweisDto,
  nachweisAblehnen,
  nachweisAnlegen,
  nachweisEinreichen,
  nachweiseSammelGenehmigen,
  nachweisGenehmigen,
  nachweisNachtraeglichAblehnen,
  nachweisSpeichern,
  offeneGenehmigungen,
  setEinstellung,
  type Viewer,
  wochenliste,
} from '../src/index.js';
import { type DomainTestEnv, domainTestEnv, grant, unternehmen, user, viewerOf } from './support/db.js';

type Betrieb = Awaited<ReturnType<typeof betrieb>>;

/** Saves as the autosave does, then reads the Nachweis back (the save answers only with version and time). */
async function speichern(viewer: Viewer, input: Parameters<typeof nachweisSpeichern>[2]) {
  const { warnungen, version } = await nachweisSpeichern(env.deps, viewer, input);
  const nachweis = await ladeNachweis(env.deps, viewer, input.id);
  expect(nachweis.version).toBe(version);
  return { nachweis, warnungen };
}

/** A week of the contract, saved and submitted to `email`. */
async function eingereicht(
  b: { vertrag: { id: string }; v: { azubi: Viewer } },
  montag: string,
  email: string,
): Promise<NachweisDto> {
  const sonntag = new Date(new Date(`${montag}T00:00:00Z`).getTime() + 6 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  let n = await nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, montag, sonntag));
  n = (await speichern(b.v.azubi, speichernInput(n))).nachweis;
  return nachweisEinreichen(env.deps, b.v.azubi, { id: n.id, version: n.version, genehmigerEmail: email });
}

/** Another Azubi with a contract in the same Betriebsstaette and Beruf. */
async function weitererAzubi(b: Betrieb) {
  const prisma = env.db.prisma;
  const azubi = await user(prisma, { nachname: 'Zweiter' });
  await grant(prisma, azubi.id, 'AZUBI', b.org.hauptsitz.id);
  const vertrag = await prisma.ausbildungsverhaeltnis.create({
    data: {
      betriebsstaetteId: b.org.hauptsitz.id,
      berufId: b.beruf.id,
      identnummer: `I2-${azubi.id.slice(0, 12)}`,
      azubiVorname: 'Zoe',
      azubiNachname: 'Zweiter',
      azubiUserId: azubi.id,
      ausbilderUserId: b.ausbilder.id,
      beginn: b.vertrag.beginn,
      ende: b.vertrag.ende,
    },
  });
  return { vertrag, v: { azubi: await viewerOf(env, azubi.email) } };
}

/**
 * The Betrieb confirms a suggested address, and the person accepts the invitation: the PIN from
 * the mail, which goes out on confirmation and only then.
 */
async function bestaetigen(b: Betrieb, id: string, email: string): Promise<string> {
  await genehmigerBestaetigen(env.deps, b.v.ausbilder, { id, vorname: 'Hanna', nachname: 'Betreuer' });
  const pin = (await mailsAn(email))
    .find((m) => m.text.includes('Ihre PIN'))
    ?.text.match(/Ihre PIN: (\d{8})/)?.[1];
  expect(pin).toBeDefined();
  const rolle = await env.db.prisma.rollenzuweisung.findUniqueOrThrow({ where: { id } });
  expect(rolle.status).toBe('EINGELADEN');
  await einladungAnnehmenFuer(email, id);
  return pin!;
}

/** The invited person accepts under "Profil – Berechtigungen". */
async function einladungAnnehmenFuer(_email: string, id: string) {
  await env.db.prisma.rollenzuweisung.update({
    where: { id },
    data: { status: 'AKTIV', wirksamAb: env.clock.now() },
  });
}

async function pinViewer(email: string, pin: string): Promise<Viewer> {
  const session = await loginWithPin(env.deps, { email, pin });
  return loadViewer(env.deps, {
    id: session.sessionId,
    userId: session.userId,
    actingForUserId: null,
    arbeitsbereich: null,
  });
}

let env: DomainTestEnv;
beforeAll(async () => {
  // A Monday after Christmas: the contract's weeks run up to this week.
  env = await domainTestEnv(new Date('2027-01-04T09:00:00Z'));
});
afterAll(async () => {
  await env.db.close();
});

/** A Betrieb in Niedersachsen with an administrator, an Ausbilder and an Azubi with a contract. */
async function betrieb(options: { elektronisch?: boolean } = {}) {
  const prisma = env.db.prisma;
  const org = await unternehmen(prisma);
  const [admin, ausbilder, azubi] = [
    await user(prisma),
    await user(prisma),
    await user(prisma, { nachname: 'Muster' }),
  ];
  await grant(prisma, admin.id, 'AUSBILDUNGSADMINISTRATOR', org.hauptsitz.id);
  await grant(prisma, ausbilder.id, 'AUSBILDER', org.hauptsitz.id);
  await grant(prisma, azubi.id, 'AZUBI', org.hauptsitz.id);
  const beruf = await prisma.ausbildungsberuf.create({
    data: {
      bezeichnung: 'Testberuf',
      berufsnummer: `B-${org.hauptsitz.id.slice(0, 8)}`,
      rahmenplan: {
        create: [1, 2, 3].map((n) => ({ nummer: String(n), titel: `Position ${n}`, sortierung: n })),
      },
    },
    include: { rahmenplan: { orderBy: { sortierung: 'asc' } } },
  });
  const vertrag = await prisma.ausbildungsverhaeltnis.create({
    data: {
      betriebsstaetteId: org.hauptsitz.id,
      berufId: beruf.id,
      identnummer: `I-${org.hauptsitz.id.slice(0, 12)}`,
      azubiVorname: 'Max',
      azubiNachname: 'Muster',
      azubiUserId: azubi.id,
      ausbilderUserId: ausbilder.id,
      beginn: new Date('2026-11-30T00:00:00Z'),
      ende: new Date('2029-07-31T00:00:00Z'),
    },
  });
  const v = {
    admin: await viewerOf(env, admin.email),
    ausbilder: await viewerOf(env, ausbilder.email),
    azubi: await viewerOf(env, azubi.email),
  };
  if (options.elektronisch !== false) {
    await setEinstellung(env.deps, v.admin, {
      betriebsstaetteId: org.hauptsitz.id,
      berufId: beruf.id,
      elektronisch: true,
      format: 'WOECHENTLICH',
    });
  }
  return { org, beruf, vertrag, admin, ausbilder, azubi, v };
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

const woche = (vertragId: string, von: string, bis: string) => ({ vertragId, von, bis });

function speichernInput(n: NachweisDto, overrides: Partial<Parameters<typeof nachweisSpeichern>[2]> = {}) {
  return {
    id: n.id,
    version: n.version,
    abschnitt: 'IT-Abteilung',
    unterweisungen: 'Arbeitsschutz',
    berufsschule: 'Lernfeld 5',
    tage: n.tage.map((t) => ({ ...t, stunden: t.stunden ?? 8, taetigkeiten: `Arbeit am ${t.datum}` })),
    rahmenplanIds: [],
    ...overrides,
  };
}

async function mailsAn(to: string) {
  return env.db.prisma.mailOutbox.findMany({ where: { to }, orderBy: { createdAt: 'asc' } });
}

describe('creating a Nachweis', () => {
  it('is refused while electronic keeping is off for the Beruf, with the reason', async () => {
    const b = await betrieb({ elektronisch: false });
    expect(
      await code(nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, '2026-12-14', '2026-12-20'))),
    ).toBe('BERICHTSHEFT_NICHT_ELEKTRONISCH');
  });

  it('prefills the working days, with the public holiday of the Bundesland as Feiertag', async () => {
    const b = await betrieb();
    const n = await nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, '2026-12-21', '2026-12-27'));
    expect(n.status).toBe('ENTWURF');
    expect(n.tage.map((t) => t.datum)).toEqual([
      '2026-12-21',
      '2026-12-22',
      '2026-12-23',
      '2026-12-24',
      '2026-12-25',
    ]);
    const weihnachten = n.tage.find((t) => t.datum === '2026-12-25')!;
    expect(weihnachten).toMatchObject({ anwesenheit: 'FEIERTAG', stunden: 0 });
    expect(weihnachten.feiertag).toMatch(/Weihnacht/);
    expect(n.ereignisse.map((e) => e.ereignis)).toEqual(['ANGELEGT']);
    expect(n.abilities).toMatchObject({ canEdit: true, canSubmit: true, canApprove: false });
  });

  it('refuses overlaps, periods over 7 days after the first, and periods outside the contract', async () => {
    const b = await betrieb();
    await nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, '2026-12-14', '2026-12-20'));
    expect(
      await code(nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, '2026-12-20', '2026-12-26'))),
    ).toBe('NACHWEIS_UNPLAUSIBEL');
    expect(
      await code(nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, '2026-12-21', '2026-12-29'))),
    ).toBe('NACHWEIS_UNPLAUSIBEL');
    expect(
      await code(nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, '2026-11-23', '2026-11-29'))),
    ).toBe('NACHWEIS_UNPLAUSIBEL');
  });

  it('lets the first Nachweis cover earlier paper records with the standard texts', async () => {
    const b = await betrieb();
    const n = await nachweisAnlegen(env.deps, b.v.azubi, {
      ...woche(b.vertrag.id, '2026-11-30', '2026-12-13'),
      papierNachweise: true,
    });
    expect(n).toMatchObject({
      papierNachweise: true,
      abschnitt: 'Ausbildungsnachweise sind schriftlich geführt worden',
      tage: [],
    });
    expect(n.unterweisungen).toContain('schriftlich geführt und genehmigt');
    // Only the first may do so.
    expect(
      await code(
        nachweisAnlegen(env.deps, b.v.azubi, {
          ...woche(b.vertrag.id, '2026-12-14', '2026-12-20'),
          papierNachweise: true,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('is refused for everybody but the Azubi of the contract', async () => {
    const b = await betrieb();
    const fremd = await betrieb();
    for (const viewer of [b.v.ausbilder, b.v.admin, fremd.v.azubi]) {
      expect(
        await code(nachweisAnlegen(env.deps, viewer, woche(b.vertrag.id, '2026-12-14', '2026-12-20'))),
      ).toBe('NOT_FOUND');
    }
  });
});

describe('saving a draft', () => {
  it('saves, warns over 10 hours, and tells a stale second tab about the conflict', async () => {
    const b = await betrieb();
    const n = await nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, '2026-12-14', '2026-12-20'));
    const tage = n.tage.map((t, i) => ({ ...t, stunden: i === 0 ? 11 : 8, taetigkeiten: 'Programmieren' }));
    const { nachweis, warnungen } = await speichern(
      b.v.azubi,
      speichernInput(n, { tage, rahmenplanIds: [b.beruf.rahmenplan[0].id] }),
    );
    expect(nachweis.version).toBe(n.version + 1);
    expect(nachweis.tage[0]).toMatchObject({ stunden: 11, taetigkeiten: 'Programmieren' });
    expect(nachweis.rahmenplanIds).toEqual([b.beruf.rahmenplan[0].id]);
    expect(warnungen).toEqual([expect.objectContaining({ field: 'tage.0.stunden', severity: 'warning' })]);

    // The other tab still holds the old version: its save is refused and nothing is overwritten.
    expect(
      await code(nachweisSpeichern(env.deps, b.v.azubi, speichernInput(n, { abschnitt: 'Anderer Tab' }))),
    ).toBe('NACHWEIS_KONFLIKT');
    expect((await ladeNachweis(env.deps, b.v.azubi, n.id)).abschnitt).toBe('IT-Abteilung');
    // The next week offers the Abschnitt again, prefilled and as a suggestion.
    const naechste = await nachweisAnlegen(
      env.deps,
      b.v.azubi,
      woche(b.vertrag.id, '2026-12-21', '2026-12-27'),
    );
    expect(naechste.abschnitt).toBe('IT-Abteilung');
    expect(naechste.abschnittVorschlaege).toEqual(['IT-Abteilung']);
  });

  it('keeps the form of the Beruf: weekly Nachweise carry one activities text for the week', async () => {
    const b = await betrieb();
    const n = await nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, '2026-12-14', '2026-12-20'));
    expect(n.format).toBe('WOECHENTLICH');
    const { nachweis } = await speichern(
      b.v.azubi,
      speichernInput(n, { taetigkeiten: 'Die ganze Woche: Testautomatisierung' }),
    );
    expect(nachweis.taetigkeiten).toBe('Die ganze Woche: Testautomatisierung');
    // A save without the field leaves it alone (older clients).
    const ohne = await speichern(b.v.azubi, speichernInput(nachweis));
    expect(ohne.nachweis.taetigkeiten).toBe('Die ganze Woche: Testautomatisierung');

    await setEinstellung(env.deps, b.v.admin, {
      betriebsstaetteId: b.org.hauptsitz.id,
      berufId: b.beruf.id,
      elektronisch: true,
      format: 'TAEGLICH',
    });
    const taeglich = await nachweisAnlegen(
      env.deps,
      b.v.azubi,
      woche(b.vertrag.id, '2026-12-21', '2026-12-27'),
    );
    expect(taeglich.format).toBe('TAEGLICH');
    expect(taeglich.tage).toHaveLength(7);
    // The earlier week keeps the form it was written in.
    expect((await ladeNachweis(env.deps, b.v.azubi, n.id)).format).toBe('WOECHENTLICH');
  });

  it('refuses hours outside 0..24 naming the day, and Rahmenplan items of another Beruf', async () => {
    const b = await betrieb();
    const fremd = await betrieb();
    const n = await nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, '2026-12-14', '2026-12-20'));
    const zuViel = n.tage.map((t, i) => ({ ...t, stunden: i === 2 ? 25 : 8 }));
    await expect(
      nachweisSpeichern(env.deps, b.v.azubi, speichernInput(n, { tage: zuViel })),
    ).rejects.toMatchObject({
      code: 'NACHWEIS_UNPLAUSIBEL',
      field: 'tage.2.stunden',
    });
    expect(
      await code(
        nachweisSpeichern(
          env.deps,
          b.v.azubi,
          speichernInput(n, { rahmenplanIds: [fremd.beruf.rahmenplan[0].id] }),
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('the approval cycle', () => {
  it('submit -> reject with reason -> edit and resubmit -> approve -> locked -> rejected afterwards -> editable', async () => {
    const b = await betrieb();
    let n = await nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, '2026-12-14', '2026-12-20'));
    n = (await speichern(b.v.azubi, speichernInput(n))).nachweis;
    n = await nachweisEinreichen(env.deps, b.v.azubi, {
      id: n.id,
      version: n.version,
      genehmigerEmail: b.ausbilder.email.toUpperCase(),
    });
    expect(n.status).toBe('EINGEREICHT');
    expect(n.abilities.canEdit).toBe(false);
    expect((await mailsAn(b.ausbilder.email)).map((m) => m.subject)).toEqual([
      expect.stringContaining('zur Genehmigung'),
    ]);

    expect(await code(nachweisAblehnen(env.deps, b.v.ausbilder, { id: n.id, bemerkung: '  ' }))).toBe(
      'BEGRUENDUNG_FEHLT',
    );
    n = await nachweisAblehnen(env.deps, b.v.ausbilder, {
      id: n.id,
      bemerkung: 'Bitte Tätigkeiten genauer beschreiben.',
    });
    expect(n.status).toBe('ABGELEHNT');
    const azubiMails = await mailsAn(b.azubi.email);
    expect(azubiMails.at(-1)?.text).toContain('Bitte Tätigkeiten genauer beschreiben.');

    const alsAzubi = await ladeNachweis(env.deps, b.v.azubi, n.id);
    expect(alsAzubi.abilities.canEdit).toBe(true);
    n = (await speichern(b.v.azubi, speichernInput(alsAzubi, { abschnitt: 'Genauer' }))).nachweis;
    n = await nachweisEinreichen(env.deps, b.v.azubi, {
      id: n.id,
      version: n.version,
      genehmigerEmail: b.ausbilder.email,
    });
    n = await nachweisGenehmigen(env.deps, b.v.ausbilder, { id: n.id, bemerkung: 'Gut' });
    expect(n.status).toBe('GENEHMIGT');

    // Locked for the Azubi on the server, not only in the UI.
    const gesperrt = await ladeNachweis(env.deps, b.v.azubi, n.id);
    expect(gesperrt.abilities.canEdit).toBe(false);
    expect(await code(nachweisSpeichern(env.deps, b.v.azubi, speichernInput(gesperrt)))).toBe(
      'NACHWEIS_GESPERRT',
    );
    expect(await code(nachweisGenehmigen(env.deps, b.v.ausbilder, { id: n.id }))).toBe(
      'UEBERGANG_UNZULAESSIG',
    );

    n = await nachweisNachtraeglichAblehnen(env.deps, b.v.ausbilder, { id: n.id, bemerkung: 'Datum falsch' });
    expect(n.status).toBe('ABGELEHNT');
    expect((await ladeNachweis(env.deps, b.v.azubi, n.id)).abilities.canEdit).toBe(true);
    expect(n.ereignisse.map((e) => [e.ereignis, e.vonStatus, e.nachStatus])).toEqual([
      ['ANGELEGT', null, 'ENTWURF'],
      ['EINREICHEN', 'ENTWURF', 'EINGEREICHT'],
      ['ABLEHNEN', 'EINGEREICHT', 'ABGELEHNT'],
      ['EINREICHEN', 'ABGELEHNT', 'EINGEREICHT'],
      ['GENEHMIGEN', 'EINGEREICHT', 'GENEHMIGT'],
      ['NACHTRAEGLICH_ABLEHNEN', 'GENEHMIGT', 'ABGELEHNT'],
    ]);
  });

  it('an address nobody vouched for gets nothing until the Betrieb confirms it; then its PIN once, for every later Nachweis', async () => {
    const b = await betrieb();
    const email = `betreuer-${b.org.hauptsitz.id.slice(0, 8)}@extern.example`;
    const n = await eingereicht(b, '2026-12-14', email);
    expect(n.status).toBe('EINGEREICHT');
    expect(n.genehmigerStand).toBe('WARTET_AUF_BETRIEB');
    // The address hears nothing and cannot sign in; the contract's Ausbilder is asked.
    expect(await mailsAn(email)).toEqual([]);
    expect(await code(loginWithPin(env.deps, { email, pin: '12345678' }))).toBe('ANMELDUNG_KEINE_PIN');
    expect((await mailsAn(b.ausbilder.email)).map((m) => m.subject)).toEqual([
      `Bitte bestätigen: ${email} als Ausbildungsbeauftragte/r`,
    ]);
    // The Ausbilder can still approve the week; the suggested address is listed for the Betrieb.
    expect((await offeneGenehmigungen(env.deps, b.v.ausbilder)).map((o) => o.id)).toContain(n.id);
    const [vorschlag] = await ausbildungsbeauftragte(env.deps, b.v.ausbilder);
    expect(vorschlag).toMatchObject({ status: 'VORGESCHLAGEN', email, name: null, wartendeNachweise: 1 });
    // Neither the Azubi nor anyone outside the Betrieb can confirm it.
    const fremd = await betrieb();
    for (const wer of [b.v.azubi, fremd.v.admin, fremd.v.ausbilder]) {
      expect(
        await code(genehmigerBestaetigen(env.deps, wer, { id: vorschlag.id, vorname: 'A', nachname: 'B' })),
      ).toBe('NOT_FOUND');
    }

    const pin = await bestaetigen(b, vorschlag.id, email);
    const viewer = await pinViewer(email, pin);
    expect((await ladeNachweis(env.deps, viewer, n.id)).rahmenplanPositionen.map((p) => p.titel)).toEqual([
      'Position 1',
      'Position 2',
      'Position 3',
    ]);
    const genehmigt = await nachweisGenehmigen(env.deps, viewer, { id: n.id });
    expect(genehmigt.status).toBe('GENEHMIGT');
    // The approval names the person the Betrieb vouched for and the role, with the system's time.
    expect(genehmigt.ereignisse.at(-1)).toMatchObject({
      ereignis: 'GENEHMIGEN',
      von: 'Hanna Betreuer',
      rolle: 'AUSBILDUNGSBEAUFTRAGTE',
      at: env.clock.now(),
    });

    // A second Azubi of the same Betrieb sends there: confirmed already, no new PIN, a plain notice.
    const zweiter = await weitererAzubi(b);
    const m = await eingereicht(zweiter, '2026-12-14', email);
    expect(m.genehmigerStand).toBe('BESTAETIGT');
    expect((await mailsAn(email)).filter((x) => x.text.includes('Ihre PIN'))).toHaveLength(1);
    expect((await nachweisAblehnen(env.deps, viewer, { id: m.id, bemerkung: 'Unvollständig' })).status).toBe(
      'ABGELEHNT',
    );

    // An Azubi of another Unternehmen names the same address: that Betrieb has to vouch for it itself.
    const o = await eingereicht(fremd, '2026-12-14', email);
    expect(o.genehmigerStand).toBe('WARTET_AUF_BETRIEB');
    expect(await code(nachweisGenehmigen(env.deps, viewer, { id: o.id }))).toBe('NOT_FOUND');
  });

  it('the Azubi alone cannot make their own second address an approver', async () => {
    const b = await betrieb();
    const zweiteAdresse = `max-privat-${b.org.hauptsitz.id.slice(0, 8)}@example.org`;
    const n = await eingereicht(b, '2026-12-14', zweiteAdresse);
    expect(n.genehmigerStand).toBe('WARTET_AUF_BETRIEB');
    expect(await mailsAn(zweiteAdresse)).toEqual([]);
    const rolle = await env.db.prisma.rollenzuweisung.findFirstOrThrow({
      where: { user: { email: zweiteAdresse } },
    });
    expect(rolle.status).toBe('VORGESCHLAGEN');
    // Even with a password on that account (registered some other way), it holds no role in effect.
    await env.db.prisma.user.update({
      where: { email: zweiteAdresse },
      data: {
        passwordHash: (await env.db.prisma.user.findUniqueOrThrow({ where: { id: b.azubi.id } }))
          .passwordHash,
      },
    });
    const alsZweite = await viewerOf(env, zweiteAdresse);
    expect(alsZweite.arbeitsbereiche).toEqual([]);
    expect(await code(nachweisGenehmigen(env.deps, alsZweite, { id: n.id }))).toBe('NOT_FOUND');
    expect(await ausbildungsbeauftragte(env.deps, b.v.azubi)).toEqual([]);
    expect(
      await code(genehmigerBestaetigen(env.deps, alsZweite, { id: rolle.id, vorname: 'M', nachname: 'M' })),
    ).toBe('NOT_FOUND');
    // The Azubi's own account as approver is refused outright.
    const eigener = await nachweisAnlegen(
      env.deps,
      b.v.azubi,
      woche(b.vertrag.id, '2026-12-21', '2026-12-27'),
    );
    const gespeichert = (await speichern(b.v.azubi, speichernInput(eigener))).nachweis;
    expect(
      await code(
        nachweisEinreichen(env.deps, b.v.azubi, {
          id: gespeichert.id,
          version: gespeichert.version,
          genehmigerEmail: b.azubi.email,
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    // Turned down by the Betrieb: the week goes back to the Azubi with the reason.
    await genehmigerAblehnen(env.deps, b.v.admin, rolle.id);
    const zurueck = await ladeNachweis(env.deps, b.v.azubi, n.id);
    expect(zurueck.status).toBe('ABGELEHNT');
    expect(zurueck.ereignisse.at(-1)?.bemerkung).toContain('nicht als Ausbildungsbeauftragte/r bestätigt');
    expect(await env.db.prisma.rollenzuweisung.count({ where: { id: rolle.id } })).toBe(0);
  });

  it('two parallel submissions to one new address create one account and one suggestion', async () => {
    const b = await betrieb();
    const zweiter = await weitererAzubi(b);
    const email = `parallel-${b.org.hauptsitz.id.slice(0, 8)}@extern.example`;
    const [x, y] = await Promise.all([
      eingereicht(b, '2026-12-14', email),
      eingereicht(zweiter, '2026-12-14', email),
    ]);
    expect([x.status, y.status]).toEqual(['EINGEREICHT', 'EINGEREICHT']);
    expect(await env.db.prisma.user.count({ where: { email } })).toBe(1);
    expect(await env.db.prisma.rollenzuweisung.count({ where: { user: { email } } })).toBe(1);
  });

  it('requires the explicit paper confirmation for the first Nachweis of paper records, also in bulk', async () => {
    const b = await betrieb();
    let papier = await nachweisAnlegen(env.deps, b.v.azubi, {
      ...woche(b.vertrag.id, '2026-11-30', '2026-12-13'),
      papierNachweise: true,
    });
    papier = await nachweisEinreichen(env.deps, b.v.azubi, {
      id: papier.id,
      version: papier.version,
      genehmigerEmail: b.ausbilder.email,
    });
    let n = await nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, '2026-12-14', '2026-12-20'));
    n = (await speichern(b.v.azubi, speichernInput(n))).nachweis;
    n = await nachweisEinreichen(env.deps, b.v.azubi, {
      id: n.id,
      version: n.version,
      genehmigerEmail: b.ausbilder.email,
    });

    const ergebnisse = await nachweiseSammelGenehmigen(env.deps, b.v.ausbilder, [papier.id, n.id]);
    expect(ergebnisse).toEqual([
      {
        id: papier.id,
        ok: false,
        code: 'PAPIER_BESTAETIGUNG_FEHLT',
        message: expect.stringContaining('schriftlich'),
      },
      { id: n.id, ok: true, code: null, message: null },
    ]);
    expect(
      (await nachweisGenehmigen(env.deps, b.v.ausbilder, { id: papier.id, papierBestaetigt: true })).status,
    ).toBe('GENEHMIGT');
  });

  it('keeps other Unternehmen out of every step', async () => {
    const b = await betrieb();
    const fremd = await betrieb();
    let n = await nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, '2026-12-14', '2026-12-20'));
    n = (await speichern(b.v.azubi, speichernInput(n))).nachweis;
    for (const viewer of [fremd.v.admin, fremd.v.ausbilder, fremd.v.azubi]) {
      expect(await code(ladeNachweis(env.deps, viewer, n.id))).toBe('NOT_FOUND');
      expect(await code(nachweisSpeichern(env.deps, viewer, speichernInput(n)))).toBe('NOT_FOUND');
      expect(
        await code(
          nachweisEinreichen(env.deps, viewer, {
            id: n.id,
            version: n.version,
            genehmigerEmail: fremd.ausbilder.email,
          }),
        ),
      ).toBe('NOT_FOUND');
      expect(await code(nachweisGenehmigen(env.deps, viewer, { id: n.id }))).toBe('NOT_FOUND');
      expect(await code(wochenliste(env.deps, viewer, b.vertrag.id))).toBe('NOT_FOUND');
      expect(await code(abdeckung(env.deps, viewer, b.vertrag.id))).toBe('NOT_FOUND');
      expect(await ihreAuszubildenden(env.deps, viewer)).not.toContainEqual(
        expect.objectContaining({ vertragId: b.vertrag.id }),
      );
    }
    expect((await ladeNachweis(env.deps, b.v.azubi, n.id)).version).toBe(n.version);
  });
});

describe('overviews', () => {
  it('lists the weeks with missing ones, counts them for the Ausbilder, and shows coverage of approved weeks', async () => {
    const b = await betrieb();
    let n = await nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, '2026-12-14', '2026-12-20'));
    const tage = n.tage.map((t, i) => ({
      ...t,
      stunden: 8,
      taetigkeiten: 'x',
      lernort: i === 0 ? ('BERUFSSCHULE' as const) : ('BETRIEB' as const),
    }));
    n = (await speichern(b.v.azubi, speichernInput(n, { tage, rahmenplanIds: [b.beruf.rahmenplan[1].id] })))
      .nachweis;
    n = await nachweisEinreichen(env.deps, b.v.azubi, {
      id: n.id,
      version: n.version,
      genehmigerEmail: b.ausbilder.email,
    });

    const wochen = await wochenliste(env.deps, b.v.azubi, b.vertrag.id);
    expect(wochen.map((w) => [w.montag, w.fehlt])).toEqual([
      ['2027-01-04', true],
      ['2026-12-28', true],
      ['2026-12-21', true],
      ['2026-12-14', false],
      ['2026-12-07', true],
      ['2026-11-30', true],
    ]);
    expect(await ihreAuszubildenden(env.deps, b.v.ausbilder)).toEqual([
      expect.objectContaining({
        vertragId: b.vertrag.id,
        eingereicht: 1,
        abgelehnt: 0,
        genehmigt: 0,
        fehlend: 5,
      }),
    ]);
    // Coverage counts approved weeks only.
    expect(
      (await abdeckung(env.deps, b.v.azubi, b.vertrag.id)).positionen.filter((p) => p.abgedeckt),
    ).toEqual([]);
    await nachweisGenehmigen(env.deps, b.v.ausbilder, { id: n.id });
    const cov = await abdeckung(env.deps, b.v.ausbilder, b.vertrag.id);
    expect(cov.positionen.map((p) => p.abgedeckt)).toEqual([false, true, false]);
    expect(cov.stunden).toEqual({ betrieb: 32, berufsschule: 8, ueberbetrieblich: 0 });
  });
});

describe('reminders', () => {
  it('reminds an Azubi of missing weeks and an approver of waiting weeks, once per week however often it runs', async () => {
    const b = await betrieb();
    let n = await nachweisAnlegen(env.deps, b.v.azubi, woche(b.vertrag.id, '2026-12-14', '2026-12-20'));
    n = (await speichern(b.v.azubi, speichernInput(n))).nachweis;
    await nachweisEinreichen(env.deps, b.v.azubi, {
      id: n.id,
      version: n.version,
      genehmigerEmail: b.ausbilder.email,
    });
    const vorher = (await mailsAn(b.ausbilder.email)).length;

    await erinnerungenVersenden(env.deps);
    await erinnerungenVersenden(env.deps);

    const azubiMails = (await mailsAn(b.azubi.email)).filter((m) => m.subject.startsWith('Erinnerung'));
    expect(azubiMails).toHaveLength(1);
    // Up to last week: 30.11., 07.12., 21.12., 28.12. are missing; this week (04.01.) is not due yet.
    expect(azubiMails[0].subject).toContain('4 Ausbildungsnachweise fehlen');
    expect(azubiMails[0].text).toContain('30.11.2026 bis 06.12.2026');
    expect(azubiMails[0].text).not.toContain('04.01.2027');
    const digest = (await mailsAn(b.ausbilder.email)).slice(vorher);
    expect(digest.map((m) => m.subject)).toEqual([expect.stringContaining('1 Ausbildungsnachweis warten')]);

    // Next week it comes again.
    env.clock.advance(7 * 24 * 60 * 60 * 1000);
    await erinnerungenVersenden(env.deps);
    env.clock.advance(-7 * 24 * 60 * 60 * 1000);
    expect((await mailsAn(b.azubi.email)).filter((m) => m.subject.startsWith('Erinnerung'))).toHaveLength(2);
  });

  it('sends nothing for contracts that have ended or without electronic keeping', async () => {
    const beendet = await betrieb();
    await env.db.prisma.ausbildungsverhaeltnis.update({
      where: { id: beendet.vertrag.id },
      data: { ende: new Date('2026-12-31T00:00:00Z') },
    });
    const papier = await betrieb({ elektronisch: false });
    await erinnerungenVersenden(env.deps);
    expect(await mailsAn(beendet.azubi.email)).toEqual([]);
    expect(await mailsAn(papier.azubi.email)).toEqual([]);
  });
});

describe('PIN login', () => {
  it('locks the PIN after 5 wrong attempts for 24 hours, without touching the password lock', async () => {
    const b = await betrieb();
    const email = `pin-${b.org.hauptsitz.id.slice(0, 8)}@extern.example`;
    await eingereicht(b, '2026-12-14', email);
    const [vorschlag] = await ausbildungsbeauftragte(env.deps, b.v.admin);
    const pin = await bestaetigen(b, vorschlag.id, email);
    const falsch = pin === '12345678' ? '87654321' : '12345678';

    for (let i = 1; i <= 4; i++)
      expect(await code(loginWithPin(env.deps, { email, pin: falsch }))).toBe('ANMELDUNG_FALSCHE_PIN');
    expect(await code(loginWithPin(env.deps, { email, pin: falsch }))).toBe('KONTO_GESPERRT');
    expect(await code(loginWithPin(env.deps, { email, pin }))).toBe('KONTO_GESPERRT');
    expect(await code(loginWithPin(env.deps, { email, pin: '12ab' }))).toBe('BAD_USER_INPUT');
    const user = await env.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.failedLoginCount).toBe(0);
    expect(user.lockedUntil).toBeNull();

    env.clock.advance(24 * 60 * 60 * 1000);
    expect(await code(loginWithPin(env.deps, { email, pin }))).toBe('OK');
    env.clock.advance(-24 * 60 * 60 * 1000);
  });
});
