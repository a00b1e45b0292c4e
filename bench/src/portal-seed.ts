import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@portal/db';
import { hashPassword } from '@portal/domain';
import type { BenchDatenbank } from './datenbank.js';

export const PASSWORD = 'Bench-Passwort-2026';
/** Rahmenplan items of the Beruf (a real Rahmenplan has some dozens). */
const RAHMENPLAN = 40;
/** Contracts of a Betrieb that could still be registered for the exam (no registration yet). */
export const UNANGEMELDET = 10;
const ANMELDUNG_STATUS = [
  'AZUBI_PRUEFT',
  'ZURUECK_AN_BETRIEB',
  'BEI_IHK',
  'ZUGELASSEN',
  'ABGELEHNT',
] as const;

const tag = (date: Date) => new Date(`${date.toISOString().slice(0, 10)}T00:00:00.000Z`);
const plusTage = (date: Date, tage: number) => new Date(date.getTime() + tage * 86_400_000);
/** Monday of the current week (UTC). */
export const diesenMontag = () => tag(plusTage(new Date(), -((new Date().getUTCDay() + 6) % 7)));
const iso = (date: Date) => date.toISOString().slice(0, 10);
const TEXT =
  'Kundenauftrag aufgenommen, Anforderungen mit dem Team abgestimmt, Umsetzung begonnen und getestet. '.repeat(
    4,
  );

export interface Stammdaten {
  kammerId: string;
  berufId: string;
  pruefungId: string;
  hash: string;
}

/** The Kammer, the Beruf with its Rahmenplan, and one open exam session (Anmeldeschluss in 60 days). */
export async function stammdaten(prisma: PrismaClient): Promise<Stammdaten> {
  const hash = await hashPassword(PASSWORD);
  const kammer = await prisma.kammer.create({
    data: { name: 'IHK Bench', kurzname: `BN-${randomUUID().slice(0, 6)}` },
  });
  const beruf = await prisma.ausbildungsberuf.create({
    data: { bezeichnung: 'Fachinformatiker/-in Bench', berufsnummer: randomUUID().slice(0, 8) },
  });
  await prisma.rahmenplanPosition.createMany({
    data: Array.from({ length: RAHMENPLAN }, (_, i) => ({
      berufId: beruf.id,
      nummer: `${Math.floor(i / 8) + 1}.${(i % 8) + 1}`,
      titel: `Position ${i + 1}: Geschäftsprozesse und betriebliche Organisation`,
      sortierung: i,
    })),
  });
  const anmeldeschluss = tag(plusTage(new Date(), 60));
  const pruefung = await prisma.pruefung.create({
    data: {
      kammerId: kammer.id,
      saison: anmeldeschluss.getUTCMonth() < 6 ? 'SOMMER' : 'WINTER',
      jahr: anmeldeschluss.getUTCFullYear(),
      art: 'TEIL_2',
      anmeldeschluss,
      zusatzfragen: [
        { key: 'projekt', frage: 'Thema der Projektarbeit', pflicht: true },
        { key: 'hinweis', frage: 'Besondere Hinweise', pflicht: false },
      ],
      berufe: { create: [{ berufId: beruf.id }] },
    },
  });
  return { kammerId: kammer.id, berufId: beruf.id, pruefungId: pruefung.id, hash };
}

async function unternehmenMitStaetten(prisma: PrismaClient, s: Stammdaten, name: string, staetten: number) {
  const u = await prisma.unternehmen.create({ data: { name, kammerId: s.kammerId } });
  const ids = Array.from({ length: staetten }, () => randomUUID());
  await prisma.betriebsstaette.createMany({
    data: ids.map((id, i) => ({
      id,
      unternehmenId: u.id,
      name: staetten === 1 ? 'Hauptsitz' : `Filiale ${i + 1}`,
      art: i === 0 ? ('HAUPTSITZ' as const) : ('FILIALE' as const),
      plz: '48143',
      ort: 'Münster',
      bundesland: 'NW',
    })),
  });
  await prisma.berichtsheftEinstellung.createMany({
    data: ids.map((id) => ({ betriebsstaetteId: id, berufId: s.berufId, elektronisch: true })),
  });
  return { unternehmenId: u.id, staetten: ids };
}

async function inHappen<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 2000) await insert(rows.slice(i, i + 2000));
}

/**
 * `wochen` weeks of Nachweise up to last week for every contract of the Unternehmen, in one
 * statement: last week a draft, the `offen` weeks before it submitted to the contract's
 * Ausbilder/-in, every 25th week rejected, the rest approved. With `details`: five days each, two
 * Rahmenplan items and the history (submitted, decided) as the SPA shows them.
 */
async function nachweise(
  d: BenchDatenbank,
  unternehmenId: string,
  wochen: number,
  offen: number,
  details: boolean,
) {
  const montag = iso(diesenMontag());
  const imUnternehmen = `v."betriebsstaetteId" IN (SELECT id FROM "Betriebsstaette" WHERE "unternehmenId" = $1::uuid)`;
  await d.sql(
    `INSERT INTO "Nachweis" (id, "vertragId", von, bis, status, taetigkeiten, abschnitt, unterweisungen,
       berufsschule, "genehmigerEmail", "genehmigerUserId", version, "createdAt", "updatedAt", "eingereichtAt", "entschiedenAt")
     SELECT gen_random_uuid(), v.id, $2::date - 7 * w, $2::date - 7 * w + 6,
       (CASE WHEN w = 1 THEN 'ENTWURF' WHEN w <= 1 + $4::int THEN 'EINGEREICHT'
             WHEN w % 25 = 0 THEN 'ABGELEHNT' ELSE 'GENEHMIGT' END)::"NachweisStatus",
       $5::text, 'Abschnitt ' || (w / 13 + 1), left($5::text, 120), left($5::text, 200),
       CASE WHEN w > 1 THEN a.email END, CASE WHEN w > 1 THEN v."ausbilderUserId" END,
       CASE WHEN w > 1 + $4::int THEN 3 WHEN w > 1 THEN 2 ELSE 1 END,
       ($2::date - 7 * w)::timestamp + interval '8 hours', now(),
       CASE WHEN w > 1 THEN ($2::date - 7 * w + 4)::timestamp + interval '16 hours' END,
       CASE WHEN w > 1 + $4::int THEN ($2::date - 7 * w + 8)::timestamp + interval '9 hours' END
     FROM "Ausbildungsverhaeltnis" v
     JOIN "User" a ON a.id = v."ausbilderUserId"
     CROSS JOIN generate_series(1, $3::int) AS w
     WHERE ${imUnternehmen}`,
    [unternehmenId, montag, wochen, offen, TEXT],
  );
  if (!details) return;
  const vonVertraegen = `FROM "Nachweis" n JOIN "Ausbildungsverhaeltnis" v ON v.id = n."vertragId" WHERE ${imUnternehmen}`;
  await d.sql(
    `INSERT INTO "NachweisTag" (id, "nachweisId", datum, lernort, anwesenheit, stunden, taetigkeiten)
     SELECT gen_random_uuid(), n.id, n.von + t,
       (CASE WHEN t = 4 THEN 'BERUFSSCHULE' ELSE 'BETRIEB' END)::"Lernort", 'ANWESEND'::"Anwesenheit", 8, ''
     FROM "Nachweis" n JOIN "Ausbildungsverhaeltnis" v ON v.id = n."vertragId"
     CROSS JOIN generate_series(0, 4) AS t
     WHERE ${imUnternehmen}`,
    [unternehmenId],
  );
  await d.sql(
    `INSERT INTO "NachweisRahmenplan" ("nachweisId", "positionId")
     SELECT n.id, p.id FROM "Nachweis" n JOIN "Ausbildungsverhaeltnis" v ON v.id = n."vertragId"
     JOIN "RahmenplanPosition" p ON p."berufId" = v."berufId"
       AND p.sortierung IN ((n.von - DATE '2020-01-06') / 7 % ${RAHMENPLAN}, ((n.von - DATE '2020-01-06') / 7 + 17) % ${RAHMENPLAN})
     WHERE ${imUnternehmen}`,
    [unternehmenId],
  );
  await d.sql(
    `INSERT INTO "NachweisEreignis" (id, "nachweisId", at, "actorUserId", ereignis, "vonStatus", "nachStatus", "actorName", "actorRolle")
     SELECT gen_random_uuid(), n.id, n."eingereichtAt", v."azubiUserId", 'EINREICHEN', 'ENTWURF'::"NachweisStatus",
       'EINGEREICHT'::"NachweisStatus", v."azubiVorname" || ' ' || v."azubiNachname", 'AZUBI'::"Rolle"
     ${vonVertraegen} AND n."eingereichtAt" IS NOT NULL
     UNION ALL
     SELECT gen_random_uuid(), n.id, n."entschiedenAt", v."ausbilderUserId",
       CASE WHEN n.status = 'ABGELEHNT' THEN 'ABLEHNEN' ELSE 'GENEHMIGEN' END, 'EINGEREICHT'::"NachweisStatus", n.status,
       'Bea Bench', 'AUSBILDER'::"Rolle"
     ${vonVertraegen} AND n."entschiedenAt" IS NOT NULL`,
    [unternehmenId],
  );
}

export interface AusbilderSet {
  ausbilder: string;
  azubi: string;
  /** The Azubi's contract and last week's Nachweis (a draft with five days, as the week page opens it). */
  vertragId: string;
  nachweisId: string;
  /** The submitted Nachweise waiting for the Ausbilder/-in (for the approvals). */
  offen: string[];
  azubis: number;
  wochen: number;
}

/**
 * One Ausbilder/-in with `azubis` Azubis (accounts, AZUBI role, contracts naming them), each with
 * `wochen` weeks of Nachweise, `offen` of them submitted; in an Unternehmen of its own.
 */
export async function ausbilderMitAzubis(
  d: BenchDatenbank,
  s: Stammdaten,
  name: string,
  azubis: number,
  wochen: number,
  offen: number,
): Promise<AusbilderSet> {
  const prisma = d.db.prisma;
  const { unternehmenId, staetten } = await unternehmenMitStaetten(prisma, s, `${name} GmbH`, 1);
  const staette = staetten[0];
  const ausbilder = await prisma.user.create({
    data: {
      email: `${name}-ausbilder@bench.example`,
      vorname: 'Bea',
      nachname: 'Bench',
      passwordHash: s.hash,
    },
  });
  await prisma.rollenzuweisung.create({
    data: { userId: ausbilder.id, rolle: 'AUSBILDER', betriebsstaetteId: staette },
  });
  const users = Array.from({ length: azubis }, (_, i) => ({
    id: randomUUID(),
    email: `${name}-azubi-${i}@bench.example`,
    vorname: 'Azubi',
    nachname: `${name} ${String(i).padStart(3, '0')}`,
    passwordHash: s.hash,
  }));
  await prisma.user.createMany({ data: users });
  await prisma.rollenzuweisung.createMany({
    data: users.map((u) => ({ userId: u.id, rolle: 'AZUBI' as const, betriebsstaetteId: staette })),
  });
  // Contracts of three years that began `wochen` weeks ago (156 weeks: the whole Ausbildung so far).
  const beginn = plusTage(diesenMontag(), -7 * wochen);
  const vertraege = users.map((u, i) => ({
    id: randomUUID(),
    betriebsstaetteId: staette,
    berufId: s.berufId,
    identnummer: `${name}-${i}-${randomUUID().slice(0, 6)}`,
    azubiVorname: u.vorname,
    azubiNachname: u.nachname,
    azubiEmail: u.email,
    azubiUserId: u.id,
    ausbilderUserId: ausbilder.id,
    beginn,
    ende: plusTage(beginn, 3 * 365 + 14),
  }));
  await prisma.ausbildungsverhaeltnis.createMany({ data: vertraege });
  await nachweise(d, unternehmenId, wochen, offen, true);
  const letzteWoche = await prisma.nachweis.findFirstOrThrow({
    where: { vertragId: vertraege[0].id, status: 'ENTWURF' },
    select: { id: true },
  });
  const eingereicht = await prisma.nachweis.findMany({
    where: { vertrag: { ausbilderUserId: ausbilder.id }, status: 'EINGEREICHT' },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  return {
    ausbilder: ausbilder.email,
    azubi: users[0].email,
    vertragId: vertraege[0].id,
    nachweisId: letzteWoche.id,
    offen: eingereicht.map((n) => n.id),
    azubis,
    wochen,
  };
}

export interface BetriebSet {
  admin: string;
  anmeldungen: number;
  /** Members of the Betriebsstaette (Benutzerverwaltung) and its contracts (Azubi-Verwaltung). */
  vertraege: number;
}

/**
 * A Betrieb (one Betriebsstaette, its Ausbildungsadministrator/-in) with `anmeldungen` registrations
 * for the open session in mixed states, each with its answers and two history entries, plus
 * UNANGEMELDET contracts not registered yet. Every Azubi has an account with the AZUBI role.
 */
export async function betriebMitAnmeldungen(
  d: BenchDatenbank,
  s: Stammdaten,
  name: string,
  anmeldungen: number,
): Promise<BetriebSet> {
  const prisma = d.db.prisma;
  const { staetten } = await unternehmenMitStaetten(prisma, s, `${name} AG`, 1);
  const staette = staetten[0];
  const admin = await prisma.user.create({
    data: { email: `${name}-admin@bench.example`, vorname: 'Ada', nachname: 'Admin', passwordHash: s.hash },
  });
  await prisma.rollenzuweisung.create({
    data: { userId: admin.id, rolle: 'AUSBILDUNGSADMINISTRATOR', betriebsstaetteId: staette },
  });
  const pruefung = await prisma.pruefung.findUniqueOrThrow({ where: { id: s.pruefungId } });
  const users = Array.from({ length: anmeldungen + UNANGEMELDET }, (_, i) => ({
    id: randomUUID(),
    email: `${name}-azubi-${i}@bench.example`,
    vorname: 'Azubi',
    nachname: `${name} ${String(i).padStart(4, '0')}`,
  }));
  await inHappen(users, (data) => prisma.user.createMany({ data }));
  await inHappen(users, (chunk) =>
    prisma.rollenzuweisung.createMany({
      data: chunk.map((u) => ({ userId: u.id, rolle: 'AZUBI' as const, betriebsstaetteId: staette })),
    }),
  );
  const vertraege = users.map((u, i) => ({
    id: randomUUID(),
    betriebsstaetteId: staette,
    berufId: s.berufId,
    identnummer: `${name}-${i}-${randomUUID().slice(0, 6)}`,
    azubiVorname: u.vorname,
    azubiNachname: u.nachname,
    azubiEmail: u.email,
    azubiUserId: u.id,
    ausbilderUserId: admin.id,
    beginn: tag(plusTage(pruefung.anmeldeschluss, -900)),
    ende: tag(plusTage(pruefung.anmeldeschluss, 90)),
  }));
  await inHappen(vertraege, (data) => prisma.ausbildungsverhaeltnis.createMany({ data }));
  const eingereicht = plusTage(new Date(), -5);
  const registrierungen = vertraege.slice(0, anmeldungen).map((v, i) => {
    const status = ANMELDUNG_STATUS[i % ANMELDUNG_STATUS.length];
    return {
      id: randomUUID(),
      pruefungId: pruefung.id,
      vertragId: v.id,
      status,
      antworten: { projekt: `Projektarbeit ${i}: Migration eines Altsystems`, hinweis: '' },
      nachweiseBestaetigt: true,
      createdById: admin.id,
      eingereichtAt: eingereicht,
      ergebnisFreigegebenAt: status === 'ZUGELASSEN' && i % 2 === 0 ? new Date() : null,
    };
  });
  await inHappen(registrierungen, (data) => prisma.pruefungsanmeldung.createMany({ data }));
  await inHappen(
    registrierungen.flatMap((a) => [
      {
        anmeldungId: a.id,
        at: eingereicht,
        actorUserId: admin.id,
        ereignis: 'EINREICHEN',
        vonStatus: 'ENTWURF' as const,
        nachStatus: 'AZUBI_PRUEFT' as const,
      },
      {
        anmeldungId: a.id,
        at: new Date(),
        actorUserId: admin.id,
        ereignis: 'BESTAETIGEN',
        vonStatus: 'AZUBI_PRUEFT' as const,
        nachStatus: a.status,
      },
    ]),
    (data) => prisma.pruefungsanmeldungEreignis.createMany({ data }),
  );
  return { admin: admin.email, anmeldungen, vertraege: vertraege.length };
}

/**
 * The rest of a large installation, for the 1M size: `staetten` Betriebsstaetten of another
 * Unternehmen, each with one Ausbilder/-in and `azubis` Azubis with `wochen` weeks of Nachweise
 * (three submitted, no days or history: those tables are not scaled). The Nachweise in one
 * INSERT … SELECT over generate_series.
 */
export async function grosseInstallation(
  d: BenchDatenbank,
  s: Stammdaten,
  staetten: number,
  azubis: number,
  wochen: number,
) {
  const prisma = d.db.prisma;
  const { unternehmenId, staetten: ids } = await unternehmenMitStaetten(prisma, s, 'Groß AG', staetten);
  const ausbilder = ids.map((staette, i) => ({
    id: randomUUID(),
    email: `gross-ausbilder-${i}@bench.example`,
    vorname: 'Ausbilder',
    nachname: `Filiale ${i}`,
    staette,
  }));
  await inHappen(ausbilder, (chunk) =>
    prisma.user.createMany({ data: chunk.map(({ staette: _, ...u }) => u) }),
  );
  await inHappen(ausbilder, (chunk) =>
    prisma.rollenzuweisung.createMany({
      data: chunk.map((a) => ({ userId: a.id, rolle: 'AUSBILDER' as const, betriebsstaetteId: a.staette })),
    }),
  );
  const beginn = plusTage(diesenMontag(), -7 * wochen);
  const azubiUsers = ausbilder.flatMap((a, s) =>
    Array.from({ length: azubis }, (_, i) => ({
      id: randomUUID(),
      email: `gross-azubi-${s}-${i}@bench.example`,
      vorname: 'Azubi',
      nachname: `Groß ${s}-${i}`,
      staette: a.staette,
      ausbilderId: a.id,
    })),
  );
  await inHappen(azubiUsers, (chunk) =>
    prisma.user.createMany({
      data: chunk.map((u) => ({ id: u.id, email: u.email, vorname: u.vorname, nachname: u.nachname })),
    }),
  );
  await inHappen(azubiUsers, (chunk) =>
    prisma.rollenzuweisung.createMany({
      data: chunk.map((u) => ({ userId: u.id, rolle: 'AZUBI' as const, betriebsstaetteId: u.staette })),
    }),
  );
  await inHappen(azubiUsers, (chunk) =>
    prisma.ausbildungsverhaeltnis.createMany({
      data: chunk.map((u) => ({
        betriebsstaetteId: u.staette,
        berufId: s.berufId,
        identnummer: `G-${u.email}`,
        azubiVorname: u.vorname,
        azubiNachname: u.nachname,
        azubiEmail: u.email,
        azubiUserId: u.id,
        ausbilderUserId: u.ausbilderId,
        beginn,
        ende: plusTage(beginn, 3 * 365 + 14),
      })),
    }),
  );
  await nachweise(d, unternehmenId, wochen, 3, false);
}

/** Statistics as a database in use has them (autovacuum would take a while to notice the rows). */
export async function analysieren(d: BenchDatenbank) {
  await d.sql('ANALYZE');
}

/** Submitted again after an approval run, so every round approves the same weeks. */
export async function wiederEinreichen(d: BenchDatenbank, ids: string[]) {
  await d.sql(
    `UPDATE "Nachweis" SET status = 'EINGEREICHT', "entschiedenAt" = NULL WHERE id IN (${ids.map((id) => `'${id}'::uuid`).join(', ')})`,
  );
}
