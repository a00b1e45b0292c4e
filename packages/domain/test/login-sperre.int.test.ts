import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erfolgBuchen, type Reservierung, versuchReservieren } from '../src/auth/sperre.js';
import { hashPassword, LOCK_DURATION_MS, MAX_FAILED_LOGINS } from '../src/index.js';
import { type DomainTestEnv, domainTestEnv, user } from './support/db.js';

/**
 * The two statements of the login lock, interleaved step by step in the orders that concurrent
 * logins can produce (apps/api/test/login-sperre.int.test.ts runs the real races over HTTP).
 */

let env: DomainTestEnv;
beforeAll(async () => {
  env = await domainTestEnv();
});
afterAll(async () => {
  await env?.db.close();
});

const reservieren = (userId: string, kind: 'password' | 'pin' = 'password') =>
  versuchReservieren(env.db.prisma, userId, kind, env.clock.now());
const buchen = (u: { id: string; passwordHash: string | null }, r: Reservierung) =>
  erfolgBuchen(env.db.prisma, u.id, 'password', u.passwordHash!, r, env.clock.now());
const stand = async (userId: string) => {
  const u = await env.db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  return { count: u.failedLoginCount, lockedUntil: u.lockedUntil };
};
const sperreBis = () => new Date(env.clock.now().getTime() + LOCK_DURATION_MS);

describe('reserving attempts', () => {
  it('five places, the fifth sets the lock in the same statement, then none until the lock ends', async () => {
    const u = await user(env.db.prisma);
    const plaetze = [];
    for (let i = 0; i < MAX_FAILED_LOGINS + 2; i++) plaetze.push(await reservieren(u.id));
    expect(plaetze).toEqual([
      { count: 1, lockedUntil: null },
      { count: 2, lockedUntil: null },
      { count: 3, lockedUntil: null },
      { count: 4, lockedUntil: null },
      { count: 5, lockedUntil: sperreBis() },
      null,
      null,
    ]);
    expect(await stand(u.id)).toEqual({ count: 5, lockedUntil: sperreBis() });

    env.clock.advance(LOCK_DURATION_MS - 1);
    expect(await reservieren(u.id)).toBeNull();
    env.clock.advance(1);
    // A lock that has run out starts the count again.
    expect(await reservieren(u.id)).toEqual({ count: 1, lockedUntil: null });
  });

  it('50 at once: exactly five places, each count once', async () => {
    const u = await user(env.db.prisma);
    const plaetze = await Promise.all(Array.from({ length: 50 }, () => reservieren(u.id)));
    const vergeben = plaetze.filter((p): p is Reservierung => p !== null);
    expect(vergeben.map((p) => p.count).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(vergeben.find((p) => p.count === 5)?.lockedUntil).toEqual(sperreBis());
    expect(await stand(u.id)).toEqual({ count: 5, lockedUntil: sperreBis() });
  });

  it('PIN and password have their own budget', async () => {
    const u = await user(env.db.prisma);
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await reservieren(u.id, 'pin');
    expect(await reservieren(u.id, 'pin')).toBeNull();
    expect(await reservieren(u.id, 'password')).toEqual({ count: 1, lockedUntil: null });
  });
});

describe('booking a login with the right secret', () => {
  it('is refused once a later attempt has filled the budget and set the lock', async () => {
    const u = await user(env.db.prisma);
    const richtig = (await reservieren(u.id))!;
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await reservieren(u.id);
    expect(await buchen(u, richtig)).toBe(false);
    expect(await stand(u.id)).toEqual({ count: 5, lockedUntil: sperreBis() });
  });

  it('the fifth attempt with the right secret logs in and lifts the lock it set itself', async () => {
    const u = await user(env.db.prisma);
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await reservieren(u.id);
    const fuenfter = (await reservieren(u.id))!;
    expect(fuenfter.lockedUntil).toEqual(sperreBis());
    expect(await buchen(u, fuenfter)).toBe(true);
    expect(await stand(u.id)).toEqual({ count: 0, lockedUntil: null });
  });

  it('resets the counter only if nobody was counted since, so it makes no room for attempts under way', async () => {
    const u = await user(env.db.prisma);
    const richtig = (await reservieren(u.id))!;
    await reservieren(u.id); // a wrong one, still being checked
    expect(await buchen(u, richtig)).toBe(true);
    expect(await stand(u.id)).toEqual({ count: 2, lockedUntil: null });
    const weitere = [];
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) weitere.push((await reservieren(u.id))?.count ?? null);
    expect(weitere).toEqual([3, 4, 5, null, null]);

    // Alone (the last one counted), the login resets the counter.
    const v = await user(env.db.prisma);
    await reservieren(v.id);
    const letzter = (await reservieren(v.id))!;
    expect(await buchen(v, letzter)).toBe(true);
    expect(await stand(v.id)).toEqual({ count: 0, lockedUntil: null });
  });

  it('is refused if the password was replaced meanwhile ("Passwort vergessen")', async () => {
    const u = await user(env.db.prisma);
    const richtig = (await reservieren(u.id))!;
    await env.db.prisma.user.update({
      where: { id: u.id },
      data: { passwordHash: await hashPassword('Ein-ganz-neues-Passwort-1'), failedLoginCount: 0 },
    });
    expect(await buchen(u, richtig)).toBe(false);
  });

  it('a lock set by another attempt is not lifted, even when the counts happen to match', async () => {
    const u = await user(env.db.prisma);
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await reservieren(u.id);
    // A made-up fifth place without the lock: not the one that set it.
    expect(await buchen(u, { count: MAX_FAILED_LOGINS, lockedUntil: null })).toBe(false);
    expect(await stand(u.id)).toEqual({ count: 5, lockedUntil: sperreBis() });
  });
});
