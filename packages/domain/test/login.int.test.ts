import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authenticateSession,
  DomainError,
  LIMIT_LOGIN_ADRESSE,
  LOCK_DURATION_MS,
  login,
  SESSION_IDLE_MS,
  SESSION_TOUCH_MS,
} from '../src/index.js';
import { type DomainTestEnv, domainTestEnv, PASSWORT, user } from './support/db.js';

let env: DomainTestEnv;
beforeAll(async () => {
  env = await domainTestEnv();
});
afterAll(async () => {
  await env?.db.close();
});

async function attempt(email: string, password: string): Promise<DomainError | 'OK'> {
  try {
    await login(env.deps, { email, password });
    return 'OK';
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

describe('failed logins under concurrency', () => {
  it('10 parallel wrong passwords lock the account and lose no count', async () => {
    const u = await user(env.db.prisma);
    const results = await Promise.all(Array.from({ length: 10 }, () => attempt(u.email, 'falsch')));
    const errors = results.filter((r): r is DomainError => r !== 'OK');
    expect(errors).toHaveLength(10);

    // Each attempt got its own count: the remaining attempts 4, 3, 2, 1 each exactly once
    // (a lost update would repeat one), every later attempt met the lock.
    const wrong = errors.filter((e) => e.code === 'ANMELDUNG_FALSCHES_PASSWORT');
    expect(wrong.map((e) => e.details?.verbleibendeVersuche).sort()).toEqual([1, 2, 3, 4]);
    expect(errors.filter((e) => e.code === 'KONTO_GESPERRT')).toHaveLength(6);

    const after = await env.db.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after.lockedUntil).toEqual(new Date(env.clock.now().getTime() + LOCK_DURATION_MS));
    expect(after.failedLoginCount).toBeGreaterThanOrEqual(5);
    expect(after.failedLoginCount).toBeLessThanOrEqual(10);
    expect((await attempt(u.email, PASSWORT)) as DomainError).toMatchObject({ code: 'KONTO_GESPERRT' });
  });

  it('4 parallel wrong passwords count 4 and do not lock', async () => {
    const u = await user(env.db.prisma);
    await Promise.all(Array.from({ length: 4 }, () => attempt(u.email, 'falsch')));
    const after = await env.db.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after.failedLoginCount).toBe(4);
    expect(after.lockedUntil).toBeNull();
    expect(await attempt(u.email, PASSWORT)).toBe('OK');
  });
});

describe('failed logins per client address', () => {
  const von = async (clientAdresse: string, email: string, password = 'falsch') => {
    try {
      await login(env.deps, { email, password, clientAdresse });
      return 'OK';
    } catch (error) {
      if (error instanceof DomainError) return error.code;
      throw error;
    }
  };

  it('parallel failures cannot slip past the limit; other networks are not affected, one IPv6 /64 is one network', async () => {
    const max = LIMIT_LOGIN_ADRESSE.max;
    const u = await user(env.db.prisma);
    const netz = '2001:db8:1:2::';
    const codes = await Promise.all(
      Array.from({ length: max + 10 }, (_, i) =>
        von(`${netz}${(i + 1).toString(16)}`, `niemand-${i}@test.example`),
      ),
    );
    expect(codes.filter((c) => c === 'ANMELDUNG_UNBEKANNT')).toHaveLength(max);
    expect(codes.filter((c) => c === 'ANMELDUNG_ADRESSE_GEDROSSELT')).toHaveLength(10);
    // Another address of the same /64, even the right password: refused.
    expect(await von('2001:db8:1:2:ffff::1', u.email, PASSWORT)).toBe('ANMELDUNG_ADRESSE_GEDROSSELT');
    // Other networks log in as usual.
    expect(await von('2001:db8:1:3::1', u.email, PASSWORT)).toBe('OK');
    expect(await von('198.51.100.7', u.email, PASSWORT)).toBe('OK');
    env.clock.advance(LIMIT_LOGIN_ADRESSE.fensterMs);
    expect(await von('2001:db8:1:2::1', u.email, PASSWORT)).toBe('OK');
  });
});

describe('sessions', () => {
  it('writes activity back at most once a minute, and moves the idle end with it', async () => {
    const u = await user(env.db.prisma);
    const { sessionId } = await login(env.deps, { email: u.email, password: PASSWORT });
    const start = env.clock.now();
    const session = () => env.db.prisma.session.findUniqueOrThrow({ where: { id: sessionId } });

    env.clock.advance(SESSION_TOUCH_MS);
    expect(await authenticateSession(env.deps, sessionId)).not.toBeNull();
    expect((await session()).lastSeenAt).toEqual(start);

    env.clock.advance(1);
    expect(await authenticateSession(env.deps, sessionId)).not.toBeNull();
    const touched = await session();
    expect(touched.lastSeenAt).toEqual(env.clock.now());
    expect(touched.expiresAt).toEqual(new Date(env.clock.now().getTime() + SESSION_IDLE_MS));
  });

  it('returns null for expired, revoked and unknown sessions', async () => {
    const u = await user(env.db.prisma);
    const a = await login(env.deps, { email: u.email, password: PASSWORT });
    const b = await login(env.deps, { email: u.email, password: PASSWORT });
    await env.db.prisma.session.update({ where: { id: b.sessionId }, data: { revokedAt: env.clock.now() } });
    expect(await authenticateSession(env.deps, b.sessionId)).toBeNull();
    expect(await authenticateSession(env.deps, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await authenticateSession(env.deps, a.sessionId)).not.toBeNull();
    env.clock.advance(SESSION_IDLE_MS);
    expect(await authenticateSession(env.deps, a.sessionId)).toBeNull();
  });
});
