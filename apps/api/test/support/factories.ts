import { randomUUID } from 'node:crypto';
import type { PrismaClient, Rolle } from '@portal/db';
import { hashPassword } from '@portal/domain';

export const TEST_PASSWORD = 'Test-Passwort-2026';
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

const unique = () => randomUUID().slice(0, 8);

export async function buildKammer(prisma: PrismaClient, overrides: { name?: string } = {}) {
  const id = unique();
  return prisma.kammer.create({ data: { name: overrides.name ?? `IHK Test ${id}`, kurzname: `IHK-${id}` } });
}

export async function buildUser(
  prisma: PrismaClient,
  overrides: { email?: string; vorname?: string; nachname?: string; passwordHash?: string | null } = {},
) {
  const id = unique();
  return prisma.user.create({
    data: {
      email: overrides.email ?? `person-${id}@test.example`,
      vorname: overrides.vorname ?? 'Test',
      nachname: overrides.nachname ?? `Person ${id}`,
      passwordHash: overrides.passwordHash === undefined ? await testPasswordHash() : overrides.passwordHash,
    },
  });
}

/** An Unternehmen with a Hauptsitz and `filialen` Filialen in its own Kammer (or the one given). */
export async function buildUnternehmen(
  prisma: PrismaClient,
  overrides: { kammerId?: string; hauptsitzZugriff?: boolean; filialen?: number; name?: string } = {},
) {
  const kammerId = overrides.kammerId ?? (await buildKammer(prisma)).id;
  const id = unique();
  const unternehmen = await prisma.unternehmen.create({
    data: {
      name: overrides.name ?? `Testbetrieb ${id} GmbH`,
      kammerId,
      hauptsitzZugriff: overrides.hauptsitzZugriff ?? false,
    },
  });
  const hauptsitz = await prisma.betriebsstaette.create({
    data: {
      unternehmenId: unternehmen.id,
      name: `Hauptsitz ${id}`,
      art: 'HAUPTSITZ',
      plz: '48143',
      ort: 'Münster',
      bundesland: 'NW',
    },
  });
  const filialen = [];
  for (let i = 1; i <= (overrides.filialen ?? 0); i++) {
    filialen.push(
      await prisma.betriebsstaette.create({
        data: {
          unternehmenId: unternehmen.id,
          name: `Filiale ${i} ${id}`,
          art: 'FILIALE',
          plz: '45879',
          ort: 'Gelsenkirchen',
          bundesland: 'NW',
        },
      }),
    );
  }
  return { kammerId, unternehmen, hauptsitz, filialen };
}

export async function grantRole(
  prisma: PrismaClient,
  userId: string,
  rolle: Rolle,
  scope: { betriebsstaetteId: string } | { kammerId: string },
) {
  return prisma.rollenzuweisung.create({ data: { userId, rolle, ...scope } });
}

export async function buildVertrag(
  prisma: PrismaClient,
  overrides: { betriebsstaetteId: string; azubiUserId?: string; ausbilderUserId?: string; nachname?: string },
) {
  const beruf =
    (await prisma.ausbildungsberuf.findFirst({ where: { berufsnummer: 'T-0001' } })) ??
    (await prisma.ausbildungsberuf.create({ data: { bezeichnung: 'Testberuf', berufsnummer: 'T-0001' } }));
  return prisma.ausbildungsverhaeltnis.create({
    data: {
      betriebsstaetteId: overrides.betriebsstaetteId,
      berufId: beruf.id,
      identnummer: `ID-${unique()}`,
      azubiVorname: 'Azubi',
      azubiNachname: overrides.nachname ?? `Lehrling ${unique()}`,
      azubiUserId: overrides.azubiUserId,
      ausbilderUserId: overrides.ausbilderUserId,
      beginn: new Date('2025-08-01T00:00:00Z'),
      ende: new Date('2028-07-31T00:00:00Z'),
    },
  });
}

/**
 * One Unternehmen with a Hauptsitz (and Filialen), an administrator, an Ausbilder, an Azubi with a
 * contract and a registered user without a role: the usual cast of a test, isolated from others.
 */
export async function buildBetrieb(
  prisma: PrismaClient,
  options: { filialen?: number; hauptsitzZugriff?: boolean; kammerId?: string; name?: string } = {},
) {
  const org = await buildUnternehmen(prisma, options);
  const admin = await buildUser(prisma, { vorname: 'Ada', nachname: `Admin ${unique()}` });
  const ausbilder = await buildUser(prisma, { vorname: 'Bert', nachname: `Ausbilder ${unique()}` });
  const azubi = await buildUser(prisma, { vorname: 'Zoe', nachname: `Azubi ${unique()}` });
  const ohneRolle = await buildUser(prisma, { vorname: 'Olaf', nachname: `Ohnerolle ${unique()}` });
  const adminRolle = await grantRole(prisma, admin.id, 'AUSBILDUNGSADMINISTRATOR', {
    betriebsstaetteId: org.hauptsitz.id,
  });
  const ausbilderRolle = await grantRole(prisma, ausbilder.id, 'AUSBILDER', {
    betriebsstaetteId: org.hauptsitz.id,
  });
  const azubiRolle = await grantRole(prisma, azubi.id, 'AZUBI', { betriebsstaetteId: org.hauptsitz.id });
  const vertrag = await buildVertrag(prisma, {
    betriebsstaetteId: org.hauptsitz.id,
    azubiUserId: azubi.id,
    ausbilderUserId: ausbilder.id,
  });
  return { ...org, admin, ausbilder, azubi, ohneRolle, adminRolle, ausbilderRolle, azubiRolle, vertrag };
}

/** Switches electronic Berichtsheft keeping on (or off) for a Betriebsstaette and Beruf. */
export async function buildEinstellung(
  prisma: PrismaClient,
  options: { betriebsstaetteId: string; berufId: string; elektronisch?: boolean },
) {
  return prisma.berichtsheftEinstellung.create({
    data: {
      betriebsstaetteId: options.betriebsstaetteId,
      berufId: options.berufId,
      elektronisch: options.elektronisch ?? true,
    },
  });
}

/** A Nachweis of one week (Monday `von` to Friday) in the given state, as if it had got there. */
export async function buildNachweis(
  prisma: PrismaClient,
  options: {
    vertragId: string;
    von: string;
    status?: 'ENTWURF' | 'EINGEREICHT' | 'GENEHMIGT' | 'ABGELEHNT';
    genehmiger?: { id: string; email: string };
  },
) {
  const von = new Date(`${options.von}T00:00:00Z`);
  const tage = Array.from({ length: 5 }, (_, i) => ({
    datum: new Date(von.getTime() + i * 24 * 60 * 60 * 1000),
    stunden: 8,
    taetigkeiten: `Tätigkeit ${unique()}`,
  }));
  const status = options.status ?? 'ENTWURF';
  return prisma.nachweis.create({
    data: {
      vertragId: options.vertragId,
      von,
      bis: tage[4].datum,
      status,
      abschnitt: `Abschnitt ${unique()}`,
      genehmigerEmail: options.genehmiger?.email,
      genehmigerUserId: status === 'ENTWURF' ? undefined : options.genehmiger?.id,
      eingereichtAt: status === 'ENTWURF' ? undefined : von,
      tage: { create: tage },
    },
  });
}
