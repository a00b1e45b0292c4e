import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@portal/db';
import { createTestDatabase } from '@portal/db/testing';
import { hashPassword } from '@portal/domain';
import { BenchClient, load } from './http.js';
import { type Figure, round, writeResults } from './report.js';
import { startBenchApp } from './server.js';

const PASSWORD = 'Bench-Passwort-2026';
const BENUTZER = `query($first: Int, $after: String) { benutzerverwaltung(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id email vorname nachname rollen { id rolle betriebsstaette { id name } } } } }`;
const AZUBIS = `query { azubiVerwaltung(first: 50) { totalCount nodes { id identnummer azubiNachname hatAccount
  beruf { bezeichnung } betriebsstaette { name } ausbilder { nachname } beginn ende } } }`;
const ME = '{ me { benutzer { id } aktuellerArbeitsbereich { key rollen } abilities { canManageRoles } } }';

/** An Unternehmen with `n` users holding roles and `n` contracts, in bulk inserts. */
async function seed(prisma: PrismaClient, n: number) {
  const kammer = await prisma.kammer.create({
    data: { name: 'IHK Bench', kurzname: `B-${randomUUID().slice(0, 6)}` },
  });
  const unternehmen = await prisma.unternehmen.create({ data: { name: 'Bench GmbH', kammerId: kammer.id } });
  const staette = await prisma.betriebsstaette.create({
    data: {
      unternehmenId: unternehmen.id,
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
    data: {
      email: `admin-${n}@bench.example`,
      vorname: 'Ada',
      nachname: 'Admin',
      passwordHash: await hashPassword(PASSWORD),
    },
  });
  await prisma.rollenzuweisung.create({
    data: { userId: admin.id, rolle: 'AUSBILDUNGSADMINISTRATOR', betriebsstaetteId: staette.id },
  });
  const users = Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    email: `person-${n}-${i}@bench.example`,
    vorname: 'Person',
    nachname: `Nr ${String(i).padStart(4, '0')}`,
  }));
  await prisma.user.createMany({ data: users });
  await prisma.rollenzuweisung.createMany({
    data: users.map((u, i) => ({
      userId: u.id,
      rolle: i % 10 === 0 ? 'AUSBILDER' : 'AZUBI',
      betriebsstaetteId: staette.id,
    })),
  });
  await prisma.ausbildungsverhaeltnis.createMany({
    data: users.map((u, i) => ({
      betriebsstaetteId: staette.id,
      berufId: beruf.id,
      identnummer: `${n}-${i}-${randomUUID().slice(0, 6)}`,
      azubiVorname: u.vorname,
      azubiNachname: u.nachname,
      azubiUserId: u.id,
      ausbilderUserId: users[0].id,
      beginn: new Date('2025-08-01'),
      ende: new Date('2028-07-31'),
    })),
  });
  return admin.email;
}

export async function apiBenchmark(kind: string): Promise<void> {
  const figures: Figure[] = [];
  for (const n of [40, 400]) {
    const db = await createTestDatabase(kind);
    const server = await startBenchApp(db);
    const client = new BenchClient(server.url);
    try {
      const email = await seed(db.prisma, n);
      const t0 = performance.now();
      await client.login(email, PASSWORD);
      figures.push({ metric: 'login_ms', value: round(performance.now() - t0), unit: 'ms', n });

      for (const [name, query] of [
        ['me', ME],
        ['benutzerverwaltung', BENUTZER],
        ['azubi_verwaltung', AZUBIS],
      ] as const) {
        await client.gql(query, { first: 50 }); // warm-up
        db.statements.reset();
        const result = await client.gql(query, { first: 50 });
        if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
        figures.push({ metric: `${name}_sql_statements`, value: db.statements.count, unit: 'count', n });
        const stats = await load(() => client.gql(query, { first: 50 }), 300, 8);
        figures.push(
          { metric: `${name}_requests_per_second`, value: stats.requestsPerSecond, unit: 'req/s', n },
          { metric: `${name}_latency_p50`, value: stats.p50, unit: 'ms', n },
          { metric: `${name}_latency_p95`, value: stats.p95, unit: 'ms', n },
          { metric: `${name}_latency_p99`, value: stats.p99, unit: 'ms', n },
        );
      }
      figures.push({
        metric: 'rss_after_load',
        value: round(process.memoryUsage().rss / 1024 / 1024, 1),
        unit: 'MiB',
        n,
      });
    } finally {
      await server.close();
      await db.close();
    }
  }
  writeResults(`api-${kind}`, figures);
}
