import { randomUUID } from 'node:crypto';
import type { Database, PrismaClient, Rolle } from '@portal/db';
import { createTestDatabase } from '@portal/db/testing';
import {
  type DomainDeps,
  fixedClock,
  hashPassword,
  loadViewer,
  login,
  type Viewer,
} from '../../src/index.js';

export const PASSWORT = 'Domain-Test-Passwort-2026';
let hash: Promise<string> | undefined;

export interface DomainTestEnv {
  db: Database;
  clock: ReturnType<typeof fixedClock>;
  deps: DomainDeps;
}

/** A fresh database (PGlite or PostgreSQL per TEST_DB) with a controllable clock. */
export async function domainTestEnv(now = new Date('2026-03-02T08:00:00Z')): Promise<DomainTestEnv> {
  const db = await createTestDatabase();
  const clock = fixedClock(now);
  return { db, clock, deps: { prisma: db.prisma, clock } };
}

const unique = () => randomUUID().slice(0, 8);

export async function user(prisma: PrismaClient, overrides: { nachname?: string } = {}) {
  hash ??= hashPassword(PASSWORT);
  const id = unique();
  return prisma.user.create({
    data: {
      email: `domain-${id}@test.example`,
      vorname: 'Domain',
      nachname: overrides.nachname ?? `Person ${id}`,
      passwordHash: await hash,
    },
  });
}

/** An Unternehmen with a Hauptsitz and `filialen` Filialen in a new Kammer. */
export async function unternehmen(
  prisma: PrismaClient,
  options: { filialen?: number; hauptsitzZugriff?: boolean; name?: string } = {},
) {
  const id = unique();
  const kammer = await prisma.kammer.create({ data: { name: `IHK ${id}`, kurzname: `K-${id}` } });
  const u = await prisma.unternehmen.create({
    data: {
      name: options.name ?? `Domain ${id} GmbH`,
      kammerId: kammer.id,
      hauptsitzZugriff: options.hauptsitzZugriff ?? false,
    },
  });
  const staette = (art: 'HAUPTSITZ' | 'FILIALE', name: string) =>
    prisma.betriebsstaette.create({
      data: { unternehmenId: u.id, name, art, plz: '30159', ort: 'Hannover', bundesland: 'NI' },
    });
  const hauptsitz = await staette('HAUPTSITZ', `Hauptsitz ${id}`);
  const filialen = [];
  for (let i = 1; i <= (options.filialen ?? 0); i++)
    filialen.push(await staette('FILIALE', `Filiale ${i} ${id}`));
  return { kammer, unternehmen: u, hauptsitz, filialen };
}

export const grant = (prisma: PrismaClient, userId: string, rolle: Rolle, betriebsstaetteId: string) =>
  prisma.rollenzuweisung.create({ data: { userId, rolle, betriebsstaetteId } });

/** Logs the user in through the service and loads the Viewer of that session, as a request would. */
export async function viewerOf(env: DomainTestEnv, email: string): Promise<Viewer> {
  const result = await login(env.deps, { email, password: PASSWORT });
  const session = await env.db.prisma.session.findUniqueOrThrow({ where: { id: result.sessionId } });
  return loadViewer(env.deps, session);
}
