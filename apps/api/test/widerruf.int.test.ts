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
import {
  type GqlResult,
  startTestApp,
  startZweiteInstanz,
  type TestApp,
  type TestClient,
  type ZweiteInstanz,
} from './support/harness.js';
import { MEINE_AUSBILDUNGSVERHAELTNISSE } from './support/operations.js';
import { idSlots, operationWithIds, type RootField, rootFields } from './support/schema.js';

/**
 * Revoked roles keep no power (docs/permissions.md, DOMAIN.md "Revoking a role takes effect on the
 * next request"): each of A's people logs in and works, then all their roles are taken away
 * directly in the database (deleted, or set back to EINGELADEN, which gives nothing either), and
 * their very next requests — on a second API instance over the same database — run every root
 * field of the schema with A's ids. Nothing of A comes back, every operation is refused (or
 * answers empty) unless it is on the allow-list of things a person without roles may do, and A's
 * rows stay as they were.
 */
let t: TestApp;
let second: ZweiteInstanz;
let fields: RootField[];
let A: Awaited<ReturnType<typeof buildBetrieb>>;
let aFilialVertrag: { id: string; identnummer: string };
let zweitAdmin: { id: string };
let beauftragte: { id: string; email: string; nachname: string };
let filialAdmin: { id: string; email: string; nachname: string };
let berufId: string;
/** A's Nachweise: a draft, one waiting for A's Ausbilder, one approved, one sent to the Beauftragte. */
let aNachweise: { entwurf: string; eingereicht: string; genehmigt: string; beiBeauftragter: string };
/** A's exam session with a registration waiting for the Azubi, and an admitted one with a released result and a Zeugnis. */
let aPruefung: { pruefung: string; anmeldung: string; ergebnisPruefung: string; ergebnisAnmeldung: string };
let aZeugnis: string;
/** Everything that identifies A's records. */
let aSecrets: string[];

type ActorName = 'ausbilder' | 'azubi' | 'beauftragte' | 'admin' | 'filialAdmin';
const ACTORS: ActorName[] = ['ausbilder', 'azubi', 'beauftragte', 'admin', 'filialAdmin'];
type Variante = 'geloescht' | 'eingeladen';
const VARIANTEN: Variante[] = ['geloescht', 'eingeladen'];

function person(actor: ActorName): { id: string; email: string; nachname: string } {
  switch (actor) {
    case 'ausbilder':
      return A.ausbilder;
    case 'azubi':
      return A.azubi;
    case 'beauftragte':
      return beauftragte;
    case 'admin':
      return A.admin;
    case 'filialAdmin':
      return filialAdmin;
  }
}

const aUserIds = () => [
  A.admin.id,
  A.ausbilder.id,
  A.azubi.id,
  A.ohneRolle.id,
  zweitAdmin.id,
  beauftragte.id,
  filialAdmin.id,
];

/** A's rows; the actor's own sessions and secrets are theirs to change (logout, password). */
async function snapshotA(actor: ActorName) {
  const p = t.db.prisma;
  const own = person(actor).id;
  const andere = aUserIds().filter((id) => id !== own);
  const inA = { betriebsstaette: { unternehmenId: A.unternehmen.id } };
  return {
    rollen: await p.rollenzuweisung.findMany({
      where: { OR: [inA, { userId: { in: aUserIds() } }] },
      orderBy: { id: 'asc' },
    }),
    users: await p.user.findMany({
      where: { id: { in: aUserIds() } },
      select: { id: true, email: true, vorname: true, nachname: true, benutzername: true },
      orderBy: { id: 'asc' },
    }),
    andereSecrets: await p.user.findMany({
      where: { id: { in: andere } },
      select: { id: true, passwordHash: true, pinHash: true },
      orderBy: { id: 'asc' },
    }),
    andereSessions: await p.session.findMany({
      where: { userId: { in: andere } },
      orderBy: { id: 'asc' },
    }),
    unternehmen: await p.unternehmen.findUnique({ where: { id: A.unternehmen.id } }),
    betriebsstaetten: await p.betriebsstaette.findMany({
      where: { unternehmenId: A.unternehmen.id },
      orderBy: { id: 'asc' },
    }),
    vertraege: await p.ausbildungsverhaeltnis.findMany({ where: inA, orderBy: { id: 'asc' } }),
    einstellungen: await p.berichtsheftEinstellung.findMany({ where: inA, orderBy: { id: 'asc' } }),
    nachweise: await p.nachweis.findMany({
      where: { vertrag: inA },
      include: { tage: { orderBy: { datum: 'asc' } }, ereignisse: true, rahmenplan: true },
      orderBy: { id: 'asc' },
    }),
    pruefungsanmeldungen: await p.pruefungsanmeldung.findMany({
      where: { vertrag: inA },
      include: { ereignisse: true, ergebnisse: true },
      orderBy: { id: 'asc' },
    }),
    dokumente: await p.dokument.findMany({
      where: { vertrag: inA },
      select: { id: true, titel: true, geoeffnetAzubiAt: true, geoeffnetBetriebAt: true },
      orderBy: { id: 'asc' },
    }),
    // The actor's own deputies are theirs to name (vertretungHinzufuegen is on the allow-list).
    vertretungen: await p.vertretung.findMany({
      where: {
        OR: [{ vertretenerUserId: { in: andere } }, { vertreterUserId: { in: andere } }],
      },
      orderBy: { id: 'asc' },
    }),
    audit: await p.auditEvent.findMany({
      where: { unternehmenId: A.unternehmen.id },
      orderBy: { id: 'asc' },
    }),
  };
}

/** Takes all of a person's roles away behind the API's back; returns how to give them back. */
async function widerrufen(userId: string, variante: Variante): Promise<() => Promise<void>> {
  const p = t.db.prisma;
  const rollen = await p.rollenzuweisung.findMany({ where: { userId } });
  expect(rollen.length, 'the actor held roles').toBeGreaterThan(0);
  if (variante === 'geloescht') {
    await p.rollenzuweisung.deleteMany({ where: { userId } });
    return async () => {
      await p.rollenzuweisung.createMany({ data: rollen });
    };
  }
  await p.rollenzuweisung.updateMany({ where: { userId }, data: { status: 'EINGELADEN' } });
  return async () => {
    await p.rollenzuweisung.updateMany({ where: { userId }, data: { status: 'AKTIV' } });
  };
}

const ME =
  '{ me { benutzer { id email } arbeitsbereiche { key rollen } aktuellerArbeitsbereich { key rollen } } }';
interface MeView {
  me: {
    benutzer: { id: string };
    arbeitsbereiche: { key: string; rollen: string[] }[];
    aktuellerArbeitsbereich: { key: string; rollen: string[] } | null;
  } | null;
}

/** Logs in on the first instance and works there and on the second (both have seen the session). */
async function anmelden(actor: ActorName) {
  const client = await t.client().loginOk(person(actor).email, TEST_PASSWORD);
  const me = await client.gqlOk<MeView>(ME);
  expect(me.me?.aktuellerArbeitsbereich?.rollen.length, `${actor} works before`).toBeGreaterThan(0);
  const elsewhere = second.client();
  for (const name of ['portal_session', 'portal_csrf']) elsewhere.setCookie(name, client.cookie(name)!);
  expect((await elsewhere.gqlOk<MeView>(ME)).me?.benutzer.id).toBe(person(actor).id);
  return { client, elsewhere };
}

interface Erlaubt {
  /** Why a person without any role in effect may use the field. */
  grund: string;
  /** What of A the answer may show after all (beyond the person's own id, e-mail and name). */
  zeigt?: (actor: ActorName, variante: Variante) => string[];
}

/**
 * Root fields a person without any role in effect may still use, with the reason. Every other
 * field must refuse (or answer empty) after the revocation; a new field that does neither makes
 * the sweep fail until it is refused or listed here. Listed fields must still show nothing of A.
 */
const ERLAUBT: Record<string, Erlaubt> = {
  'Query.me': { grund: 'the own account; it lists no Arbeitsbereich any more (asserted below)' },
  'Mutation.login': { grund: 'public: logging in (with the sample address, which has no account)' },
  'Mutation.loginMitPin': { grund: 'public: logging in with a PIN' },
  'Mutation.logout': { grund: 'ends the own session (run last)' },
  'Query.meineZugangsdaten': { grund: 'own account (permissions.md, Konten: every logged-in person)' },
  'Mutation.emailAendern': { grund: 'own account; refused here only for the wrong password' },
  'Mutation.passwortAendern': { grund: 'own account; refused here only for the wrong password' },
  'Query.meineSitzungen': { grund: 'own sessions' },
  'Mutation.andereSitzungenBeenden': { grund: 'ends own sessions only' },
  'Mutation.passwortVergessen': { grund: 'public: the same answer for every input' },
  'Query.kontoLink': { grund: 'public: the secret is the link from the mail' },
  'Mutation.passwortSetzen': { grund: 'public: the secret is the link from the mail' },
  'Mutation.emailBestaetigen': { grund: 'public: the secret is the link from the mail' },
  'Query.oeffentlicheKammern': {
    grund: 'public list of the IHKs for the forms',
    zeigt: () => [A.kammerId],
  },
  'Mutation.unternehmenBeantragen': { grund: 'public form (company application)' },
  'Mutation.registrieren': { grund: 'public form (self-registration for Fortbildungspruefungen)' },
  'Query.ausbildungsberufe': { grund: 'reference list of occupations, the same for everybody' },
  'Query.meineVertretungen': { grund: 'the own deputies: a matter of the account, not of a role' },
  'Mutation.vertretungHinzufuegen': { grund: 'names an own deputy by their full name and address' },
  'Mutation.vertretungBeantragen': {
    grund: 'own deputy; without a role no Kammer can approve it (BAD_USER_INPUT)',
  },
  'Mutation.vertretungVerlassen': { grund: 'back to the own account; answers the own `me`' },
  // Decision (docs/permissions.md): results and documents stay with the person named in the record.
  'Query.meineDokumente': {
    grund: 'the Azubi keeps their own Zeugnis after the role ends (it is theirs, not the Betrieb’s)',
    zeigt: (actor) =>
      actor === 'azubi'
        ? [aZeugnis, `Zeugnis A-${A.unternehmen.id}`, A.unternehmen.id, A.vertrag.azubiNachname]
        : [],
  },
  // Arrives with the invitation work (Rollenzuweisung EINGELADEN, "Profil - Berechtigungen").
  'Query.meineEinladungen': {
    grund: 'the own invitations: an EINGELADEN role is offered to its owner, with where it is',
    zeigt: (actor, variante) =>
      variante === 'eingeladen' ? [...eigeneRollen(actor), ...eigeneStaetten(actor), A.unternehmen.name] : [],
  },
};
/** Allow-list entries for fields that may not exist in every checkout yet. */
const VIELLEICHT = new Set(['Query.meineEinladungen']);

/** Answers that count as refused. */
const REFUSALS = ['FORBIDDEN', 'NOT_FOUND', 'ARBEITSBEREICH_UNZULAESSIG', 'VERTRETUNG_SELBST'];

/** Fields that refuse per entry instead of as a whole. */
const ABGELEHNT_JE_EINTRAG: Record<string, (data: unknown) => boolean> = {
  // One result per id: each one not ok, with a refusal code.
  'Mutation.nachweiseSammelGenehmigen': (data) => {
    const rows = (data as { nachweiseSammelGenehmigen?: { ok: boolean; code: string | null }[] } | null)
      ?.nachweiseSammelGenehmigen;
    return Array.isArray(rows) && rows.every((r) => !r.ok && REFUSALS.includes(r.code ?? ''));
  },
};

/** null, [], false, 0, '' and objects of those: an answer that gives nothing. */
function leer(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') {
    return Object.entries(value).every(([key, v]) => key === '__typename' || leer(v));
  }
  return false;
}

/** Everything wrong with one answer; [] when it is fine. */
function befunde(result: GqlResult<unknown>, label: string, fieldId: string, erlaubt: string[]): string[] {
  const out: string[] = [];
  const code = codeOf(result);
  if (
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'INTERNAL_SERVER_ERROR' ||
    (code === undefined && result.errors)
  ) {
    out.push(`${label}: broken call ${JSON.stringify(result.errors)}`);
  }
  const text = textOf(result);
  for (const secret of aSecrets.filter((s) => !erlaubt.includes(s))) {
    if (text.includes(secret.toLowerCase())) out.push(`${label}: reveals ${secret}`);
  }
  if (!(fieldId in ERLAUBT)) {
    const refused = result.errors
      ? REFUSALS.includes(code ?? '') && leer(result.data)
      : leer(result.data) || ABGELEHNT_JE_EINTRAG[fieldId]?.(result.data) === true;
    if (!refused) out.push(`${label}: not refused: ${JSON.stringify(result).slice(0, 400)}`);
  }
  return out;
}

/**
 * A's ids for one ID argument, chosen by its name (a contract id for `vertragId`, A's Nachweise
 * for the `id` of a Nachweis operation ...). An argument the rules below do not know gets one id
 * of every kind, so a new field is probed too.
 */
function kandidaten(f: RootField, slot: { arg: string; field?: string }, actor: ActorName): string[] {
  const name = slot.field ?? slot.arg;
  const vertraege = [A.vertrag.id, aFilialVertrag.id];
  const staetten = [A.hauptsitz.id, A.filialen[0].id];
  const anmeldungen = [aPruefung.anmeldung, aPruefung.ergebnisAnmeldung];
  const pruefungen = [aPruefung.pruefung, aPruefung.ergebnisPruefung];
  // Never the actor's own roles: accepting one's own invitation is allowed and would undo the test.
  const rollen = [zweitAdminRolle, A.ausbilderRolle.id, vorschlag].filter(
    (id) => !eigeneRollen(actor).includes(id),
  );
  if (f.name === 'arbeitsbereichWaehlen')
    return [`B:${A.hauptsitz.id}`, `K:${A.kammerId}`, `B:${A.filialen[0].id}`];
  if (/vertragId$/i.test(name)) return vertraege;
  if (/pruefungId$/i.test(name)) return pruefungen;
  if (/anmeldungId$/i.test(name)) return anmeldungen;
  if (/betriebsstaetteId$/i.test(name)) return staetten;
  if (/unternehmenId$/i.test(name)) return [A.unternehmen.id];
  if (/kammerId$/i.test(name)) return [A.kammerId];
  if (/userId$/i.test(name)) return [...new Set([person(actor).id, A.azubi.id, A.ausbilder.id])];
  if (/rollenzuweisungId$/i.test(name)) return rollen;
  if (/^(berufId|berufIds|rahmenplanIds)$/.test(name)) return [berufId];
  if (/nachweis/i.test(f.name)) {
    const { eingereicht, beiBeauftragter, genehmigt, entwurf } = aNachweise;
    return [eingereicht, beiBeauftragter, genehmigt, entwurf];
  }
  if (/anmeldung|ergebnis|zeugnis/i.test(f.name)) return anmeldungen;
  if (/pruefung|termine/i.test(f.name)) return pruefungen;
  if (/einladung|rolle|genehmiger/i.test(f.name)) return rollen;
  return [
    A.unternehmen.id,
    A.hauptsitz.id,
    A.vertrag.id,
    aNachweise.eingereicht,
    aPruefung.anmeldung,
    A.azubi.id,
    ...rollen,
  ];
}

const eigeneRollen = (actor: ActorName) => (rollenVon[person(actor).id] ?? []).map((r) => r.id);
const eigeneStaetten = (actor: ActorName) =>
  (rollenVon[person(actor).id] ?? []).flatMap((r) => {
    const staette = [A.hauptsitz, ...A.filialen].find((b) => b.id === r.betriebsstaetteId);
    return staette ? [staette.id, staette.name] : [];
  });
let rollenVon: Record<string, { id: string; betriebsstaetteId: string | null }[]>;
let zweitAdminRolle: string;
/** An approver address A's Azubi named, waiting for the Betrieb to vouch for it (VORGESCHLAGEN). */
let vorschlag: string;

/**
 * The calls for one root field: every combination of candidate ids for its ID arguments. With the
 * roles set to EINGELADEN (the same role loading, filtered by status) one id per argument is
 * enough: the one of the actor's own Betriebsstaette, so the sweep stays fast.
 */
function aufrufe(f: RootField, actor: ActorName, variante: Variante): { op: string; ids: string[] }[] {
  const base = operationWithIds(f, MARKER);
  // Optional ID fields of input objects are left out of the generated call.
  const slots = idSlots(f).filter((s) => base.includes(`${s.field ?? s.arg}: ${JSON.stringify(MARKER)}`));
  if (slots.length === 0) return [{ op: base, ids: [] }];
  let combos: string[][] = [[]];
  for (const slot of slots) {
    const alle = kandidaten(f, slot, actor);
    const ids = variante === 'geloescht' ? alle : [actor === 'filialAdmin' ? alle[alle.length - 1] : alle[0]];
    combos = combos.flatMap((c) => ids.map((id) => [...c, id]));
  }
  return combos.map((ids) => {
    let op = base;
    slots.forEach((slot, i) => {
      op = op.replace(
        new RegExp(`\\b${slot.field ?? slot.arg}: ${JSON.stringify(MARKER)}`),
        `${slot.field ?? slot.arg}: ${JSON.stringify(ids[i])}`,
      );
    });
    expect(op, f.id).not.toContain(MARKER);
    return { op, ids };
  });
}
const MARKER = '00000000-0000-4000-8000-00000000abcd';

/** Every root field with A's ids; returns the findings. */
async function sweep(actor: ActorName, variante: Variante, client: TestClient): Promise<string[]> {
  const own = person(actor);
  const eigenes = [own.id, own.email, own.nachname];
  const zeigt = (f: RootField) => ERLAUBT[f.id]?.zeigt?.(actor, variante) ?? [];
  // logout last: it ends the session the other calls run in.
  const calls = fields
    .filter((f) => f.id !== 'Mutation.logout')
    .flatMap((f) => aufrufe(f, actor, variante).map((call) => ({ f, ...call })));
  const out: string[] = [];
  for (let i = 0; i < calls.length; i += 8) {
    await Promise.all(
      calls.slice(i, i + 8).map(async ({ f, op, ids }) => {
        const result = await client.gql(op);
        out.push(
          ...befunde(result, `${actor} ${f.id}(${ids.join(', ')})`, f.id, [...eigenes, ...ids, ...zeigt(f)]),
        );
      }),
    );
  }
  return out;
}

beforeAll(async () => {
  t = await startTestApp();
  fields = await rootFields();
  const p = t.db.prisma;
  A = await buildBetrieb(p, { filialen: 1, hauptsitzZugriff: true });
  berufId = A.vertrag.berufId;
  aFilialVertrag = await buildVertrag(p, { betriebsstaetteId: A.filialen[0].id });
  for (const staette of [A.hauptsitz, A.filialen[0]]) {
    await buildEinstellung(p, { betriebsstaetteId: staette.id, berufId });
  }
  // A second administrator keeps the Unternehmen administrable when the first one loses the role.
  zweitAdmin = await buildUser(p, {
    vorname: 'Zara',
    nachname: `Zweitadmin ${A.unternehmen.id.slice(0, 8)}`,
  });
  zweitAdminRolle = (
    await grantRole(p, zweitAdmin.id, 'AUSBILDUNGSADMINISTRATOR', { betriebsstaetteId: A.hauptsitz.id })
  ).id;
  beauftragte = await buildUser(p, {
    vorname: 'Bea',
    nachname: `Beauftragte ${A.unternehmen.id.slice(0, 8)}`,
  });
  await grantRole(p, beauftragte.id, 'AUSBILDUNGSBEAUFTRAGTE', { betriebsstaetteId: A.hauptsitz.id });
  filialAdmin = await buildUser(p, {
    vorname: 'Fritz',
    nachname: `Filialadmin ${A.unternehmen.id.slice(0, 8)}`,
  });
  await grantRole(p, filialAdmin.id, 'AUSBILDUNGSADMINISTRATOR', { betriebsstaetteId: A.filialen[0].id });

  const beimAusbilder = { id: A.ausbilder.id, email: A.ausbilder.email };
  const nachweis = async (von: string, status?: 'EINGEREICHT' | 'GENEHMIGT', genehmiger = beimAusbilder) =>
    (await buildNachweis(p, { vertragId: A.vertrag.id, von, status, genehmiger: status && genehmiger })).id;
  aNachweise = {
    entwurf: await nachweis('2025-08-04'),
    eingereicht: await nachweis('2025-08-11', 'EINGEREICHT'),
    genehmigt: await nachweis('2025-08-18', 'GENEHMIGT'),
    beiBeauftragter: await nachweis('2025-08-25', 'EINGEREICHT', beauftragte),
  };

  const pruefung = await p.pruefung.create({
    data: {
      kammerId: A.kammerId,
      saison: 'SOMMER',
      jahr: 2028,
      art: 'TEIL_2',
      anmeldeschluss: new Date('2028-01-31T00:00:00Z'),
      zusatzfragen: [{ key: 'frage1', frage: `Projektthema A-${A.unternehmen.id}`, pflicht: true }],
      berufe: { create: [{ berufId }] },
    },
  });
  const anmeldung = await p.pruefungsanmeldung.create({
    data: {
      pruefungId: pruefung.id,
      vertragId: A.vertrag.id,
      status: 'AZUBI_PRUEFT',
      antworten: { frage1: `Geheimes Projekt ${A.vertrag.id}` },
      nachweiseBestaetigt: true,
      eingereichtAt: new Date('2026-01-10T09:00:00Z'),
      ereignisse: { create: { actorUserId: A.admin.id, ereignis: 'EINREICHEN', nachStatus: 'AZUBI_PRUEFT' } },
    },
  });
  const ergebnisPruefung = await p.pruefung.create({
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
  const ergebnisAnmeldung = await p.pruefungsanmeldung.create({
    data: {
      pruefungId: ergebnisPruefung.id,
      vertragId: aFilialVertrag.id,
      status: 'ZUGELASSEN',
      ergebnisFreigegebenAt: new Date('2027-12-20T10:00:00Z'),
      ergebnisse: {
        create: [{ teil: `Prüfungsbereich A-${A.unternehmen.id}`, punkte: 77, note: '2', bestanden: true }],
      },
    },
  });
  aPruefung = {
    pruefung: pruefung.id,
    anmeldung: anmeldung.id,
    ergebnisPruefung: ergebnisPruefung.id,
    ergebnisAnmeldung: ergebnisAnmeldung.id,
  };
  aZeugnis = '5c1e0b7a-2f3d-4a8e-9b6c-0d1e2f3a4b5c';
  // Raw SQL: the PGlite driver adapter cannot bind Bytes parameters. A's Azubi's Zeugnis.
  await p.$executeRaw`INSERT INTO "Dokument" ("id", "art", "titel", "dateiname", "inhalt", "vertragId")
    VALUES (${aZeugnis}::uuid, 'ZEUGNIS'::"DokumentArt", ${`Zeugnis A-${A.unternehmen.id}`}, 'zeugnis-a.pdf',
      decode('JVBERi0=', 'base64'), ${A.vertrag.id}::uuid)`;

  const texte = await p.nachweisTag.findMany({
    where: { nachweis: { vertragId: A.vertrag.id } },
    select: { taetigkeiten: true, nachweis: { select: { abschnitt: true } } },
  });
  const vorgeschlagen = await buildUser(p, {
    email: `vorschlag-${A.unternehmen.id}@test.example`,
    nachname: `Vorschlag ${A.unternehmen.id.slice(0, 8)}`,
    passwordHash: null,
  });
  vorschlag = (
    await p.rollenzuweisung.create({
      data: {
        userId: vorgeschlagen.id,
        rolle: 'AUSBILDUNGSBEAUFTRAGTE',
        betriebsstaetteId: A.hauptsitz.id,
        status: 'VORGESCHLAGEN',
        vorgeschlagenVonUserId: A.azubi.id,
      },
    })
  ).id;
  const rollen = await p.rollenzuweisung.findMany({
    where: { OR: [{ userId: { in: aUserIds() } }, { betriebsstaette: { unternehmenId: A.unternehmen.id } }] },
  });
  rollenVon = {};
  for (const r of rollen) rollenVon[r.userId] = [...(rollenVon[r.userId] ?? []), r];
  aSecrets = [
    ...new Set([
      A.unternehmen.id,
      A.kammerId,
      A.hauptsitz.id,
      A.filialen[0].id,
      A.vertrag.id,
      aFilialVertrag.id,
      ...Object.values(aNachweise),
      ...Object.values(aPruefung),
      aZeugnis,
      ...aUserIds(),
      ...rollen.map((r) => r.id),
      A.unternehmen.name,
      A.hauptsitz.name,
      A.filialen[0].name,
      A.vertrag.identnummer,
      aFilialVertrag.identnummer,
      A.vertrag.azubiNachname,
      (await p.ausbildungsverhaeltnis.findUniqueOrThrow({ where: { id: aFilialVertrag.id } })).azubiNachname,
      ...[A.admin, A.ausbilder, A.azubi, A.ohneRolle, beauftragte, filialAdmin].flatMap((u) => [
        u.email,
        u.nachname,
      ]),
      (await p.user.findUniqueOrThrow({ where: { id: zweitAdmin.id } })).email,
      vorgeschlagen.id,
      vorgeschlagen.email,
      vorgeschlagen.nachname,
      `Zweitadmin ${A.unternehmen.id.slice(0, 8)}`,
      ...texte.flatMap((tag) => [tag.taetigkeiten, tag.nachweis.abschnitt]),
      `Projektthema A-${A.unternehmen.id}`,
      `Geheimes Projekt ${A.vertrag.id}`,
      `Prüfungsort A-${A.unternehmen.id}`,
      `Prüfungsbereich A-${A.unternehmen.id}`,
      `Zeugnis A-${A.unternehmen.id}`,
    ]),
  ];

  // A second API instance over the same database: revocations must reach it on the next request.
  second = await startZweiteInstanz(t);
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});

describe('revoked roles keep no power', () => {
  it('lists only root fields that exist in its allow-list', () => {
    const ids = fields.map((f) => f.id);
    expect(Object.keys(ERLAUBT).filter((id) => !ids.includes(id) && !VIELLEICHT.has(id))).toEqual([]);
  });

  const combos = ACTORS.flatMap((actor) => VARIANTEN.map((variante) => [actor, variante] as const));
  it.each(combos)(
    'A’s %s, roles %s: the next request on another instance runs every root field and gets nothing',
    async (actor, variante) => {
      const { client, elsewhere } = await anmelden(actor);
      const zurueck = await widerrufen(person(actor).id, variante);
      try {
        const before = await snapshotA(actor);
        const findings = await sweep(actor, variante, elsewhere);
        expect.soft(findings).toEqual([]);
        expect(await snapshotA(actor)).toEqual(before);
        // The person is still logged in (nothing above ended the session), without any Arbeitsbereich.
        const me = await client.gqlOk<MeView>(ME);
        expect(me.me?.benutzer.id).toBe(person(actor).id);
        expect(me.me?.arbeitsbereiche).toEqual([]);
        expect(me.me?.aktuellerArbeitsbereich).toBeNull();
        expect((await elsewhere.gql('mutation { logout }')).errors).toBeUndefined();
        expect((await client.gql<MeView>(ME)).data?.me).toBeNull();
      } finally {
        await zurueck();
      }
    },
    60_000,
  );
});

const NACHWEIS = 'id status abschnitt tage { taetigkeiten } abilities { canApprove }';
const entscheiden = (client: TestClient, id: string) =>
  client.gql(
    `mutation($input: NachweisEntscheidungInput!) { nachweisGenehmigen(input: $input) { ${NACHWEIS} } }`,
    { input: { id, bemerkung: 'Passt', papierBestaetigt: true } },
  );
const statusOf = async (id: string) =>
  (await t.db.prisma.nachweis.findUniqueOrThrow({ where: { id } })).status;

describe.each(VARIANTEN)('revoked roles (%s), case by case', (variante) => {
  it('a revoked Ausbilder no longer lists Ihre Auszubildenden, opens the week or approves it', async () => {
    const { client } = await anmelden('ausbilder');
    const vorher = await client.gqlOk<{ ihreAuszubildenden: { vertragId: string }[] }>(
      '{ ihreAuszubildenden { vertragId azubiNachname } }',
    );
    expect(vorher.ihreAuszubildenden.map((a) => a.vertragId)).toEqual([A.vertrag.id]);
    const woche = await client.gqlOk<{ nachweis: { abilities: { canApprove: boolean } } }>(
      `query($id: ID!) { nachweis(id: $id) { ${NACHWEIS} } }`,
      { id: aNachweise.eingereicht },
    );
    expect(woche.nachweis.abilities.canApprove).toBe(true);

    const zurueck = await widerrufen(A.ausbilder.id, variante);
    try {
      const liste = await client.gql('{ ihreAuszubildenden { vertragId azubiNachname } }');
      expect(liste.data?.ihreAuszubildenden ?? [], JSON.stringify(liste)).toEqual([]);
      const geoeffnet = await client.gql(`query($id: ID!) { nachweis(id: $id) { ${NACHWEIS} } }`, {
        id: aNachweise.eingereicht,
      });
      expect(codeOf(geoeffnet), JSON.stringify(geoeffnet)).toBe('NOT_FOUND');
      const genehmigt = await entscheiden(client, aNachweise.eingereicht);
      expect(REFUSALS, JSON.stringify(genehmigt)).toContain(codeOf(genehmigt));
      expect(await statusOf(aNachweise.eingereicht)).toBe('EINGEREICHT');
    } finally {
      await zurueck();
    }
  });

  it('a revoked Azubi creates no Nachweis and has no Ausbildungsverhaeltnis', async () => {
    const { client } = await anmelden('azubi');
    const vorher = await client.gqlOk<{ meineAusbildungsverhaeltnisse: { id: string }[] }>(
      MEINE_AUSBILDUNGSVERHAELTNISSE,
    );
    expect(vorher.meineAusbildungsverhaeltnisse.map((v) => v.id)).toEqual([A.vertrag.id]);
    const anzahl = () => t.db.prisma.nachweis.count({ where: { vertragId: A.vertrag.id } });
    const vorherAnzahl = await anzahl();

    const zurueck = await widerrufen(A.azubi.id, variante);
    try {
      const angelegt = await client.gql(
        `mutation($input: NachweisAnlegenInput!) { nachweisAnlegen(input: $input) { ${NACHWEIS} } }`,
        { input: { vertragId: A.vertrag.id, von: '2025-09-01', bis: '2025-09-05' } },
      );
      expect(REFUSALS, JSON.stringify(angelegt)).toContain(codeOf(angelegt));
      expect(await anzahl()).toBe(vorherAnzahl);
      const vertraege = await client.gql(MEINE_AUSBILDUNGSVERHAELTNISSE);
      expect(vertraege.data?.meineAusbildungsverhaeltnisse ?? [], JSON.stringify(vertraege)).toEqual([]);
    } finally {
      await zurueck();
    }
  });

  it('a revoked Azubi neither reads nor confirms their exam registration', async () => {
    const p = t.db.prisma;
    const pruefung = await p.pruefung.create({
      data: {
        kammerId: A.kammerId,
        saison: variante === 'geloescht' ? 'WINTER' : 'SOMMER',
        jahr: 2029,
        art: 'TEIL_1',
        anmeldeschluss: new Date('2029-01-31T00:00:00Z'),
        berufe: { create: [{ berufId }] },
      },
    });
    const { id } = await p.pruefungsanmeldung.create({
      data: {
        pruefungId: pruefung.id,
        vertragId: A.vertrag.id,
        status: 'AZUBI_PRUEFT',
        nachweiseBestaetigt: true,
      },
    });
    const { client } = await anmelden('azubi');
    const vorher = await client.gqlOk<{ meinePruefungsanmeldungen: { id: string }[] }>(
      '{ meinePruefungsanmeldungen { id status } }',
    );
    expect(vorher.meinePruefungsanmeldungen.map((a) => a.id)).toContain(id);

    const zurueck = await widerrufen(A.azubi.id, variante);
    try {
      const liste = await client.gql('{ meinePruefungsanmeldungen { id status } }');
      expect(liste.data?.meinePruefungsanmeldungen ?? [], JSON.stringify(liste)).toEqual([]);
      const gelesen = await client.gql('query($id: ID!) { pruefungsanmeldung(id: $id) { id status } }', {
        id,
      });
      expect(codeOf(gelesen), JSON.stringify(gelesen)).toBe('NOT_FOUND');
      const bestaetigt = await client.gql(
        'mutation($id: ID!) { anmeldungBestaetigen(id: $id) { id status } }',
        {
          id,
        },
      );
      expect(REFUSALS, JSON.stringify(bestaetigt)).toContain(codeOf(bestaetigt));
      expect((await p.pruefungsanmeldung.findUniqueOrThrow({ where: { id } })).status).toBe('AZUBI_PRUEFT');
    } finally {
      await zurueck();
    }
  });

  it('a revoked Azubi keeps their own Zeugnis, and nothing else of the contract', async () => {
    const { client } = await anmelden('azubi');
    const vorher = await client.gqlOk<{ meineDokumente: { id: string }[] }>(
      '{ meineDokumente { id titel } }',
    );
    expect(vorher.meineDokumente.map((d) => d.id)).toEqual([aZeugnis]);

    const zurueck = await widerrufen(A.azubi.id, variante);
    try {
      const liste = await client.gqlOk<{ meineDokumente: { id: string }[] }>(
        '{ meineDokumente { id titel } }',
      );
      expect(liste.meineDokumente.map((d) => d.id)).toEqual([aZeugnis]);
      const download = await client.request(`/dokumente/${aZeugnis}`, {}, { csrf: false });
      expect(download.status).toBe(200);
      const berichtsheft = await client.gql('{ meineAusbildungsverhaeltnisse { id } }');
      expect(berichtsheft.data?.meineAusbildungsverhaeltnisse ?? []).toEqual([]);
    } finally {
      await zurueck();
    }
  });

  it('a revoked Ausbildungsbeauftragte has nothing to approve and approves nothing', async () => {
    const { client } = await anmelden('beauftragte');
    const vorher = await client.gqlOk<{ offeneGenehmigungen: { id: string }[] }>(
      '{ offeneGenehmigungen { id azubiName } }',
    );
    expect(vorher.offeneGenehmigungen.map((n) => n.id)).toEqual([aNachweise.beiBeauftragter]);

    const zurueck = await widerrufen(beauftragte.id, variante);
    try {
      const offen = await client.gql('{ offeneGenehmigungen { id azubiName } }');
      expect(offen.data?.offeneGenehmigungen ?? [], JSON.stringify(offen)).toEqual([]);
      const genehmigt = await entscheiden(client, aNachweise.beiBeauftragter);
      expect(REFUSALS, JSON.stringify(genehmigt)).toContain(codeOf(genehmigt));
      expect(await statusOf(aNachweise.beiBeauftragter)).toBe('EINGEREICHT');
    } finally {
      await zurueck();
    }
  });
});
