import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  arbeitsbereicheFor,
  assignRole,
  DomainError,
  loadArbeitsbereiche,
  revokeRole,
  type StaetteFact,
  type ZuweisungFact,
} from '../src/index.js';
import { type DomainTestEnv, domainTestEnv, grant, unternehmen, user, viewerOf } from './support/db.js';

let env: DomainTestEnv;
beforeAll(async () => {
  env = await domainTestEnv();
});
afterAll(async () => {
  await env?.db.close();
});

async function settle<T>(promise: Promise<T>): Promise<T | DomainError> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

const adminsOf = (unternehmenId: string) =>
  env.db.prisma.rollenzuweisung.count({
    where: { rolle: 'AUSBILDUNGSADMINISTRATOR', betriebsstaette: { unternehmenId } },
  });

describe('revoking administrators concurrently', () => {
  it('two administrators checked at the same time revoking each other leave exactly one', async () => {
    // Three Unternehmen at once, so the race is really run on PostgreSQL.
    const pairs = [];
    for (let i = 0; i < 3; i++) {
      const u = await unternehmen(env.db.prisma);
      const [anna, bert] = [await user(env.db.prisma), await user(env.db.prisma)];
      const rolleAnna = await grant(env.db.prisma, anna.id, 'AUSBILDUNGSADMINISTRATOR', u.hauptsitz.id);
      const rolleBert = await grant(env.db.prisma, bert.id, 'AUSBILDUNGSADMINISTRATOR', u.hauptsitz.id);
      // Both requests have passed their authorisation before either writes.
      const [viewerAnna, viewerBert] = [await viewerOf(env, anna.email), await viewerOf(env, bert.email)];
      pairs.push({
        u,
        attempts: () => [
          revokeRole(env.deps, viewerAnna, rolleBert.id),
          revokeRole(env.deps, viewerBert, rolleAnna.id),
        ],
      });
    }
    const results = await Promise.all(pairs.flatMap((p) => p.attempts().map(settle)));
    for (const [i, { u }] of pairs.entries()) {
      const refused = results.slice(2 * i, 2 * i + 2).filter((r) => r instanceof DomainError);
      expect(refused.map((e) => e.code)).toEqual(['LETZTER_ADMINISTRATOR']);
      expect(await adminsOf(u.unternehmen.id)).toBe(1);
      expect(
        await env.db.prisma.auditEvent.count({
          where: { unternehmenId: u.unternehmen.id, action: 'ROLLE_ENTZOGEN' },
        }),
      ).toBe(1);
    }
  });

  it('a Filial administrator does not keep the Hauptsitz administered: of two Hauptsitz admins revoking each other, one stays', async () => {
    const u = await unternehmen(env.db.prisma, { filialen: 1 });
    const users = [await user(env.db.prisma), await user(env.db.prisma), await user(env.db.prisma)];
    const rollen = [
      await grant(env.db.prisma, users[0].id, 'AUSBILDUNGSADMINISTRATOR', u.hauptsitz.id),
      await grant(env.db.prisma, users[1].id, 'AUSBILDUNGSADMINISTRATOR', u.hauptsitz.id),
      // An administrator of a Filiale administers the Filiale only (no hauptsitzZugriff).
      await grant(env.db.prisma, users[2].id, 'AUSBILDUNGSADMINISTRATOR', u.filialen[0].id),
    ];
    const viewers = [];
    for (const x of users) viewers.push(await viewerOf(env, x.email));
    // users[0] and users[1] administer the Hauptsitz only and revoke each other;
    // the Filial administrator cannot reach the Hauptsitz.
    const results = await Promise.all([
      settle(revokeRole(env.deps, viewers[0], rollen[1].id)),
      settle(revokeRole(env.deps, viewers[1], rollen[0].id)),
      settle(revokeRole(env.deps, viewers[2], rollen[0].id)),
    ]);
    expect(results[2]).toMatchObject({ code: 'NOT_FOUND' });
    const refused = results.slice(0, 2).filter((r) => r instanceof DomainError);
    expect(refused.map((e) => e.code)).toEqual(['LETZTER_ADMINISTRATOR']);
    expect(refused[0].message).toContain(u.hauptsitz.name);
    // One Hauptsitz administrator and the Filial administrator remain.
    expect(await adminsOf(u.unternehmen.id)).toBe(2);
  });
});

describe('assigning the same role concurrently', () => {
  it('creates it once and tells the second request it already exists', async () => {
    const u = await unternehmen(env.db.prisma);
    const admin = await user(env.db.prisma);
    const target = await user(env.db.prisma);
    await grant(env.db.prisma, admin.id, 'AUSBILDUNGSADMINISTRATOR', u.hauptsitz.id);
    // A member of the Unternehmen: only members get roles by id.
    await grant(env.db.prisma, target.id, 'AZUBI', u.hauptsitz.id);
    const viewer = await viewerOf(env, admin.email);
    const input = { userId: target.id, betriebsstaetteId: u.hauptsitz.id, rolle: 'AUSBILDER' as const };
    const results = await Promise.all([
      settle(assignRole(env.deps, viewer, input)),
      settle(assignRole(env.deps, viewer, input)),
    ]);
    expect(results.filter((r) => r instanceof DomainError).map((e) => e.code)).toEqual([
      'ROLLE_BEREITS_VERGEBEN',
    ]);
    expect(
      await env.db.prisma.rollenzuweisung.count({ where: { userId: target.id, rolle: 'AUSBILDER' } }),
    ).toBe(1);
    expect(
      await env.db.prisma.auditEvent.count({
        where: { action: 'ROLLE_ZUGEWIESEN', unternehmenId: u.unternehmen.id },
      }),
    ).toBe(1);
  });
});

describe('loadArbeitsbereiche', () => {
  it('derives from the database what the pure model derives, in at most two statements', async () => {
    const mit = await unternehmen(env.db.prisma, {
      filialen: 3,
      hauptsitzZugriff: true,
      name: 'A mit Zugriff',
    });
    const ohne = await unternehmen(env.db.prisma, { filialen: 2, name: 'B ohne Zugriff' });
    const person = await user(env.db.prisma);
    await grant(env.db.prisma, person.id, 'AUSBILDUNGSADMINISTRATOR', mit.hauptsitz.id);
    await grant(env.db.prisma, person.id, 'AUSBILDER', mit.filialen[1].id);
    await grant(env.db.prisma, person.id, 'AUSBILDUNGSADMINISTRATOR', ohne.hauptsitz.id);
    await grant(env.db.prisma, person.id, 'AZUBI', ohne.filialen[0].id);

    env.db.statements.reset();
    const bereiche = await loadArbeitsbereiche(env.deps, person.id);
    expect(env.db.statements.count).toBeLessThanOrEqual(2);

    expect(bereiche.map((b) => b.id)).toEqual([
      mit.hauptsitz.id,
      ...mit.filialen.map((f) => f.id),
      ohne.hauptsitz.id,
      ohne.filialen[0].id,
    ]);
    expect(bereiche.find((b) => b.id === mit.filialen[1].id)?.rollen).toEqual([
      'AUSBILDUNGSADMINISTRATOR',
      'AUSBILDER',
    ]);
    expect(bereiche.find((b) => b.id === ohne.hauptsitz.id)?.verwalteteBetriebsstaetteIds).toEqual([
      ohne.hauptsitz.id,
    ]);

    // The same facts through the pure function give the same answer.
    const zuweisungen = (await env.db.prisma.rollenzuweisung.findMany({
      where: { userId: person.id },
      select: {
        rolle: true,
        kammer: { select: { id: true, name: true } },
        betriebsstaette: {
          select: {
            id: true,
            name: true,
            art: true,
            unternehmen: { select: { id: true, name: true, kammerId: true, hauptsitzZugriff: true } },
          },
        },
      },
    })) satisfies ZuweisungFact[];
    const staetten: StaetteFact[] = await env.db.prisma.betriebsstaette.findMany({
      select: { id: true, name: true, art: true, unternehmenId: true },
    });
    expect(bereiche).toEqual(
      arbeitsbereicheFor(zuweisungen, (id) => staetten.filter((s) => s.unternehmenId === id)),
    );
  });

  it('needs a single statement when no Hauptsitz role reaches further', async () => {
    const u = await unternehmen(env.db.prisma, { filialen: 1 });
    const person = await user(env.db.prisma);
    await grant(env.db.prisma, person.id, 'AUSBILDER', u.hauptsitz.id);
    env.db.statements.reset();
    await loadArbeitsbereiche(env.deps, person.id);
    expect(env.db.statements.count).toBe(1);
  });
});
