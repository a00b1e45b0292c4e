import { randomUUID } from 'node:crypto';
import type { Database, PrismaClient } from '@portal/db';
import { createTestDatabase } from '@portal/db/testing';
import { addDays, fromUtcDate, hashPassword, mondayOf, toUtcDate } from '@portal/domain';
import { BenchClient, load } from './http.js';
import { type Figure, round, writeResults } from './report.js';
import { startBenchApp } from './server.js';

const PASSWORD = 'Bench-Passwort-2026';
const IHRE = `{ ihreAuszubildenden { vertragId azubiNachname beruf betriebsstaette eingereicht abgelehnt genehmigt fehlend } }`;
const NACHWEIS = `query($id: ID!) { nachweis(id: $id) { id version status abschnitt tage { datum lernort anwesenheit stunden taetigkeiten feiertag }
  rahmenplanIds ereignisse { id ereignis von at } abilities { canEdit canSubmit } } }`;
const SPEICHERN = `mutation($input: NachweisSpeichernInput!) { nachweisSpeichern(input: $input) { nachweis { id version } warnungen { field } } }`;

/** One Ausbilder with `n` Azubis, each with 20 weeks of Nachweise in mixed states. */
async function seed(prisma: PrismaClient, n: number) {
  const hash = await hashPassword(PASSWORD);
  const kammer = await prisma.kammer.create({
    data: { name: 'IHK Bench', kurzname: `BB-${randomUUID().slice(0, 6)}` },
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
  await prisma.berichtsheftEinstellung.create({
    data: { betriebsstaetteId: staette.id, berufId: beruf.id, elektronisch: true },
  });
  const ausbilder = await prisma.user.create({
    data: { email: `ausbilder-${n}@bench.example`, vorname: 'Bea', nachname: 'Bench', passwordHash: hash },
  });
  await prisma.rollenzuweisung.create({
    data: { userId: ausbilder.id, rolle: 'AUSBILDER', betriebsstaetteId: staette.id },
  });
  const azubis = Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    email: `azubi-${n}-${i}@bench.example`,
    vorname: 'Azubi',
    nachname: `Nr ${i}`,
    passwordHash: hash,
  }));
  await prisma.user.createMany({ data: azubis });
  // An Azubi reads their own weeks only with the AZUBI role in effect at the contract's Betriebsstaette.
  await prisma.rollenzuweisung.createMany({
    data: azubis.map((a) => ({ userId: a.id, rolle: 'AZUBI' as const, betriebsstaetteId: staette.id })),
  });
  const vertraege = azubis.map((a, i) => ({
    id: randomUUID(),
    betriebsstaetteId: staette.id,
    berufId: beruf.id,
    identnummer: `${n}-${i}-${randomUUID().slice(0, 6)}`,
    azubiVorname: a.vorname,
    azubiNachname: a.nachname,
    azubiUserId: a.id,
    ausbilderUserId: ausbilder.id,
    beginn: toUtcDate('2025-08-04'),
    ende: toUtcDate('2028-07-31'),
  }));
  await prisma.ausbildungsverhaeltnis.createMany({ data: vertraege });
  const heute = mondayOf(fromUtcDate(new Date()));
  const states = ['GENEHMIGT', 'GENEHMIGT', 'EINGEREICHT', 'ABGELEHNT', 'ENTWURF'] as const;
  const nachweise = vertraege.flatMap((v) =>
    Array.from({ length: 20 }, (_, w) => ({
      id: randomUUID(),
      vertragId: v.id,
      von: toUtcDate(addDays(heute, -7 * (w + 1))),
      bis: toUtcDate(addDays(heute, -7 * (w + 1) + 6)),
      status: states[w % states.length],
      genehmigerUserId: ausbilder.id,
    })),
  );
  for (let i = 0; i < nachweise.length; i += 2000)
    await prisma.nachweis.createMany({ data: nachweise.slice(i, i + 2000) });
  const tage = nachweise.slice(0, 5).flatMap((nw) =>
    [0, 1, 2, 3, 4].map((d) => ({
      nachweisId: nw.id,
      datum: toUtcDate(addDays(fromUtcDate(nw.von), d)),
      stunden: 8,
      taetigkeiten: 'Bench',
    })),
  );
  await prisma.nachweisTag.createMany({ data: tage });
  const entwurf = nachweise.find((nw) => nw.status === 'ENTWURF')!;
  const azubiOfEntwurf = azubis[vertraege.findIndex((v) => v.id === entwurf.vertragId)];
  return { ausbilder: ausbilder.email, entwurf: entwurf.id, azubi: azubiOfEntwurf.email };
}

/** A figure over error answers would measure the error path: stop instead. */
async function ohneFehler(answer: Promise<{ data?: unknown; errors?: unknown[] }>) {
  const result = await answer;
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result;
}

/**
 * CPU time of this process (API, Prisma, the HTTP client; with PGlite also the database) per
 * request since `start`: less sensitive than latency to other load on the machine.
 */
function cpuMsPro(start: NodeJS.CpuUsage, requests: number): number {
  const { user, system } = process.cpuUsage(start);
  return round((user + system) / 1000 / requests);
}

export async function berichtsheftBenchmark(kind: string): Promise<void> {
  const ihre: Figure[] = [];
  const woche: Figure[] = [];
  for (const n of [40, 400]) {
    const db: Database = await createTestDatabase(kind);
    const server = await startBenchApp(db);
    try {
      const seeded = await seed(db.prisma, n);
      const ausbilder = new BenchClient(server.url);
      await ausbilder.login(seeded.ausbilder, PASSWORD);
      await ausbilder.gql(IHRE);
      db.statements.reset();
      const t0 = performance.now();
      const result = await ausbilder.gql(IHRE);
      const ms = performance.now() - t0;
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      ihre.push({ metric: 'sql_statements', value: db.statements.count, unit: 'count', n });
      ihre.push({ metric: 'request_ms', value: round(ms), unit: 'ms', n });
      const cpu = process.cpuUsage();
      const stats = await load(() => ohneFehler(ausbilder.gql(IHRE)), 60, 4);
      ihre.push(
        { metric: 'requests_per_second', value: stats.requestsPerSecond, unit: 'req/s', n },
        { metric: 'latency_p95', value: stats.p95, unit: 'ms', n },
        { metric: 'cpu_ms_per_request', value: cpuMsPro(cpu, 60), unit: 'ms', n },
      );

      if (n === 40) {
        const azubi = new BenchClient(server.url);
        await azubi.login(seeded.azubi, PASSWORD);
        const cpu = process.cpuUsage();
        const loaded = await load(() => ohneFehler(azubi.gql(NACHWEIS, { id: seeded.entwurf })), 200, 4);
        const cpuMs = cpuMsPro(cpu, 200);
        db.statements.reset();
        const current = (await azubi.gql(NACHWEIS, { id: seeded.entwurf })) as {
          data: { nachweis: { version: number } };
        };
        woche.push({ metric: 'load_sql_statements', value: db.statements.count, unit: 'count', n: 1 });
        woche.push(
          { metric: 'load_requests_per_second', value: loaded.requestsPerSecond, unit: 'req/s', n: 200 },
          { metric: 'load_latency_p50', value: loaded.p50, unit: 'ms', n: 200 },
          { metric: 'load_latency_p95', value: loaded.p95, unit: 'ms', n: 200 },
          { metric: 'load_cpu_ms_per_request', value: cpuMs, unit: 'ms', n: 200 },
        );
        let version = current.data.nachweis.version;
        const saves: number[] = [];
        for (let i = 0; i < 100; i++) {
          const t = performance.now();
          const saved = (await azubi.gql(SPEICHERN, {
            input: {
              id: seeded.entwurf,
              version,
              abschnitt: `Abschnitt ${i}`,
              unterweisungen: '',
              berufsschule: '',
              tage: [],
              rahmenplanIds: [],
            },
          })) as { data?: { nachweisSpeichern: { nachweis: { version: number } } }; errors?: unknown };
          if (!saved.data) throw new Error(JSON.stringify(saved.errors));
          version = saved.data.nachweisSpeichern.nachweis.version;
          saves.push(performance.now() - t);
        }
        saves.sort((a, b) => a - b);
        woche.push(
          { metric: 'save_latency_p50', value: round(saves[49]), unit: 'ms', n: 100 },
          { metric: 'save_latency_p95', value: round(saves[94]), unit: 'ms', n: 100 },
        );
      }
    } finally {
      await server.close();
      await db.close();
    }
  }
  writeResults('ihre-auszubildenden', ihre);
  writeResults('nachweis-woche', woche);
}
