import { randomUUID } from 'node:crypto';
import type { Database, PrismaClient } from '@portal/db';
import { createTestDatabase } from '@portal/db/testing';
import { hashPassword } from '@portal/domain';
import { BenchClient, load } from './http.js';
import { type Figure, round, writeResults } from './report.js';
import { startBenchApp } from './server.js';

const PASSWORD = 'Bench-Passwort-2026';
/** The query of the Betrieb's "Prüfungen" page (apps/web/src/features/pruefungen/graphql/pruefungen.ts). */
const BETRIEB_PRUEFUNGEN = `{ betriebPruefungen { vertragId azubiName
  beruf { id bezeichnung }
  pruefung { id bezeichnung art artBezeichnung saison jahr anmeldeschluss anmeldeschlussVorbei termineFreigegeben }
  anmeldung { id status ergebnisFreigegebenAt aktionen }
  ampel { farbe label naechsterSchritt } } }`;
/** Contracts that could still be registered (no registration yet): a fixed number in both runs. */
const UNANGEMELDET = 10;
const STATUS = ['AZUBI_PRUEFT', 'ZURUECK_AN_BETRIEB', 'BEI_IHK', 'ZUGELASSEN', 'ABGELEHNT'] as const;

const tag = (date: Date) => new Date(`${date.toISOString().slice(0, 10)}T00:00:00.000Z`);
const plusTage = (date: Date, tage: number) => new Date(date.getTime() + tage * 86_400_000);

/** One Betrieb with `n` registrations (mixed states, two history entries each) for one open session. */
async function seed(prisma: PrismaClient, n: number) {
  const hash = await hashPassword(PASSWORD);
  const kammer = await prisma.kammer.create({
    data: { name: 'IHK Bench', kurzname: `BP-${randomUUID().slice(0, 6)}` },
  });
  const u = await prisma.unternehmen.create({ data: { name: 'Bench GmbH', kammerId: kammer.id } });
  const staette = await prisma.betriebsstaette.create({
    data: {
      unternehmenId: u.id,
      name: 'Hauptsitz',
      art: 'HAUPTSITZ',
      plz: '48143',
      ort: 'Münster',
      bundesland: 'NW',
    },
  });
  const beruf = await prisma.ausbildungsberuf.create({
    data: { bezeichnung: 'Benchberuf', berufsnummer: randomUUID().slice(0, 8) },
  });
  const admin = await prisma.user.create({
    data: { email: `admin-p-${n}@bench.example`, vorname: 'Ada', nachname: 'Admin', passwordHash: hash },
  });
  await prisma.rollenzuweisung.create({
    data: { userId: admin.id, rolle: 'AUSBILDUNGSADMINISTRATOR', betriebsstaetteId: staette.id },
  });
  // Open session: Anmeldeschluss in two months, final exam (contracts ending three months later fit).
  const anmeldeschluss = tag(plusTage(new Date(), 60));
  const pruefung = await prisma.pruefung.create({
    data: {
      kammerId: kammer.id,
      saison: anmeldeschluss.getUTCMonth() < 6 ? 'SOMMER' : 'WINTER',
      jahr: anmeldeschluss.getUTCFullYear(),
      art: 'TEIL_2',
      anmeldeschluss,
      zusatzfragen: [{ key: 'frage1', frage: 'Projektthema', pflicht: true }],
      berufe: { create: [{ berufId: beruf.id }] },
    },
  });
  const azubis = Array.from({ length: n + UNANGEMELDET }, (_, i) => ({
    id: randomUUID(),
    email: `azubi-p-${n}-${i}@bench.example`,
    vorname: 'Azubi',
    nachname: `Nr ${String(i).padStart(4, '0')}`,
    passwordHash: hash,
  }));
  await prisma.user.createMany({ data: azubis });
  const vertraege = azubis.map((a, i) => ({
    id: randomUUID(),
    betriebsstaetteId: staette.id,
    berufId: beruf.id,
    identnummer: `P${n}-${i}-${randomUUID().slice(0, 6)}`,
    azubiVorname: a.vorname,
    azubiNachname: a.nachname,
    azubiEmail: a.email,
    azubiUserId: a.id,
    beginn: tag(plusTage(anmeldeschluss, -900)),
    ende: tag(plusTage(anmeldeschluss, 90)),
  }));
  await prisma.ausbildungsverhaeltnis.createMany({ data: vertraege });
  const eingereicht = plusTage(new Date(), -5);
  const anmeldungen = vertraege.slice(0, n).map((v, i) => ({
    id: randomUUID(),
    pruefungId: pruefung.id,
    vertragId: v.id,
    status: STATUS[i % STATUS.length],
    antworten: { frage1: `Projekt ${i}` },
    nachweiseBestaetigt: true,
    createdById: admin.id,
    eingereichtAt: eingereicht,
    ergebnisFreigegebenAt: STATUS[i % STATUS.length] === 'ZUGELASSEN' && i % 2 === 0 ? new Date() : null,
  }));
  await prisma.pruefungsanmeldung.createMany({ data: anmeldungen });
  await prisma.pruefungsanmeldungEreignis.createMany({
    data: anmeldungen.flatMap((a) => [
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
  });
  return { admin: admin.email };
}

/**
 * `betriebPruefungen` (the Betrieb's "Prüfungen" page) with 50 and with 500 registrations: SQL statements
 * per request (must be the same for both), time of one request, throughput under load.
 */
export async function pruefungenBenchmark(kind: string): Promise<void> {
  const figures: Figure[] = [];
  const statements = new Map<number, number>();
  for (const n of [50, 500]) {
    const db: Database = await createTestDatabase(kind);
    const server = await startBenchApp(db);
    try {
      const seeded = await seed(db.prisma, n);
      const admin = new BenchClient(server.url);
      await admin.login(seeded.admin, PASSWORD);
      await admin.gql(BETRIEB_PRUEFUNGEN);
      db.statements.reset();
      const t0 = performance.now();
      const result = (await admin.gql(BETRIEB_PRUEFUNGEN)) as {
        data?: { betriebPruefungen: { anmeldung: unknown }[] };
        errors?: unknown;
      };
      const ms = performance.now() - t0;
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      const zeilen = result.data.betriebPruefungen;
      const angemeldet = zeilen.filter((z) => z.anmeldung !== null).length;
      if (angemeldet !== n || zeilen.length !== n + UNANGEMELDET)
        throw new Error(
          `betriebPruefungen: ${zeilen.length} Zeilen, ${angemeldet} Anmeldungen (erwartet ${n})`,
        );
      statements.set(n, db.statements.count);
      console.log(
        `betriebPruefungen, ${n} Anmeldungen: ${db.statements.count} SQL-Statements, ${round(ms)} ms`,
      );
      figures.push({ metric: 'sql_statements', value: db.statements.count, unit: 'count', n });
      figures.push({ metric: 'request_ms', value: round(ms), unit: 'ms', n });
      const stats = await load(() => admin.gql(BETRIEB_PRUEFUNGEN), 40, 4);
      figures.push(
        { metric: 'requests_per_second', value: stats.requestsPerSecond, unit: 'req/s', n },
        { metric: 'latency_p50', value: stats.p50, unit: 'ms', n },
        { metric: 'latency_p95', value: stats.p95, unit: 'ms', n },
      );
    } finally {
      await server.close();
      await db.close();
    }
  }
  writeResults('pruefungen', figures);
  if (statements.get(50) !== statements.get(500))
    throw new Error(
      `betriebPruefungen: die Zahl der SQL-Statements wächst mit den Anmeldungen (${statements.get(50)} bei 50, ${statements.get(500)} bei 500)`,
    );
  console.log(`SQL-Statements gleich für 50 und 500 Anmeldungen: ${statements.get(50)}`);
}
