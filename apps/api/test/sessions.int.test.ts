import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefused } from './support/expect.js';
import { buildBetrieb, TEST_PASSWORD } from './support/factories.js';
import { type GqlResult, startTestApp, type TestApp, TestClient } from './support/harness.js';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
/** A protected query every logged-in user may run. */
const PROTECTED = '{ meineAusbildungsverhaeltnisse { id } }';
const ME = '{ me { benutzer { id } } }';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function loggedIn() {
  const b = await buildBetrieb(t.db.prisma);
  const client = await t.client().loginOk(b.azubi.email, TEST_PASSWORD);
  return { b, client };
}

async function isLoggedIn(client: TestClient, userId: string): Promise<boolean> {
  const me = await client.gql<{ me: { benutzer: { id: string } } | null }>(ME);
  expect(me.errors).toBeUndefined();
  if (me.data?.me) expect(me.data.me.benutzer.id).toBe(userId);
  return me.data?.me != null;
}

describe('logout', () => {
  it('ends the session on the server: the old cookies are worthless afterwards', async () => {
    const { b, client } = await loggedIn();
    const replay = client.fork();
    expect(await isLoggedIn(replay, b.azubi.id)).toBe(true);

    const result = await client.gql<{ logout: boolean }>('mutation { logout }');
    expect(result).toEqual({ data: { logout: true } });
    expect(client.cookie('portal_session')).toBeUndefined();
    expect(client.cookie('portal_csrf')).toBeUndefined();

    expectRefused(await replay.gql(PROTECTED), 'UNAUTHENTICATED');
    expect(await isLoggedIn(replay, b.azubi.id)).toBe(false);
    const session = await t.db.prisma.session.findFirstOrThrow({ where: { userId: b.azubi.id } });
    expect(session.revokedAt).toEqual(t.clock.now());
  });

  it('ends only this session, not the same user on another device', async () => {
    const { b, client } = await loggedIn();
    const other = await t.client().loginOk(b.azubi.email, TEST_PASSWORD);
    await client.gqlOk('mutation { logout }');
    expect(await isLoggedIn(other, b.azubi.id)).toBe(true);
  });
});

describe('server-side session state', () => {
  it('a session revoked in the database (e.g. by another API instance) is refused on the next request', async () => {
    const { b, client } = await loggedIn();
    expect((await client.gql(PROTECTED)).errors).toBeUndefined();
    await t.db.prisma.session.updateMany({
      where: { userId: b.azubi.id },
      data: { revokedAt: t.clock.now() },
    });
    expectRefused(await client.gql(PROTECTED), 'UNAUTHENTICATED');
    expect(await isLoggedIn(client, b.azubi.id)).toBe(false);
  });

  it('a deleted session is refused as well', async () => {
    const { b, client } = await loggedIn();
    await t.db.prisma.session.deleteMany({ where: { userId: b.azubi.id } });
    expectRefused(await client.gql(PROTECTED), 'UNAUTHENTICATED');
  });
});

describe('expiry', () => {
  it('ends after 2 hours without a request', async () => {
    const { b, client } = await loggedIn();
    t.clock.advance(2 * HOUR - MINUTE);
    expect(await isLoggedIn(client, b.azubi.id)).toBe(true);
    // That request moved the end: another 2 hours from now.
    t.clock.advance(2 * HOUR - MINUTE);
    expect(await isLoggedIn(client, b.azubi.id)).toBe(true);
    t.clock.advance(2 * HOUR);
    expectRefused(await client.gql(PROTECTED), 'UNAUTHENTICATED');
    expect(await isLoggedIn(client, b.azubi.id)).toBe(false);
  });

  it('ends 12 hours after login however active the user is', async () => {
    const { b, client } = await loggedIn();
    for (let elapsed = 0; elapsed < 11 * HOUR; elapsed += HOUR) {
      t.clock.advance(HOUR);
      expect(await isLoggedIn(client, b.azubi.id), `after ${elapsed / HOUR + 1} h`).toBe(true);
    }
    t.clock.advance(HOUR - MINUTE);
    expect(await isLoggedIn(client, b.azubi.id)).toBe(true);
    t.clock.advance(MINUTE);
    expect(await isLoggedIn(client, b.azubi.id)).toBe(false);
  });

  it('a new login after expiry works and gets a new session', async () => {
    const { b, client } = await loggedIn();
    t.clock.advance(3 * HOUR);
    expect(await isLoggedIn(client, b.azubi.id)).toBe(false);
    await client.loginOk(b.azubi.email, TEST_PASSWORD);
    expect(await isLoggedIn(client, b.azubi.id)).toBe(true);
    expect(await t.db.prisma.session.count({ where: { userId: b.azubi.id } })).toBe(2);
  });
});

describe('CSRF', () => {
  it('refuses a request with the session cookie but without the x-csrf-token header', async () => {
    const { b, client } = await loggedIn();
    expectRefused(await client.gql(PROTECTED, {}, { csrf: false }), 'CSRF_UNGUELTIG');
    expectRefused(await client.gql('mutation { logout }', {}, { csrf: false }), 'CSRF_UNGUELTIG');
    // Without the header the request counts as logged out, so the SPA can log in afresh.
    expect(await client.gql(ME, {}, { csrf: false })).toEqual({ data: { me: null } });
    expect((await client.gql(PROTECTED)).errors).toBeUndefined();
    expect(await isLoggedIn(client, b.azubi.id)).toBe(true);
  });

  it('a user whose CSRF cookie got lost can log in again', async () => {
    const { b, client } = await loggedIn();
    client.deleteCookie('portal_csrf');
    expect(await client.gql(ME)).toEqual({ data: { me: null } });
    await client.loginOk(b.azubi.email, TEST_PASSWORD);
    expect(await isLoggedIn(client, b.azubi.id)).toBe(true);
  });

  it('refuses a wrong header, and the token of another session', async () => {
    const { client } = await loggedIn();
    const { client: other } = await loggedIn();
    const withHeader = async (token: string) => {
      const response = await client.request(
        '/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': token },
          body: JSON.stringify({ query: PROTECTED }),
        },
        { csrf: false },
      );
      return (await response.json()) as GqlResult;
    };
    expectRefused(await withHeader('falsch'), 'CSRF_UNGUELTIG');
    expectRefused(await withHeader(''), 'CSRF_UNGUELTIG');
    expectRefused(await withHeader(other.csrfToken!), 'CSRF_UNGUELTIG');
    expect((await withHeader(client.csrfToken!)).errors).toBeUndefined();
  });

  it('refuses a form-like cross-site POST before it reaches a resolver', async () => {
    const { b, client } = await loggedIn();
    const response = await client.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(response.status).toBe(400);
    expect(await isLoggedIn(client, b.azubi.id)).toBe(true);
  });
});

describe('forged cookies', () => {
  async function withSessionCookie(value: string) {
    const client = new TestClient(t.url);
    client.setCookie('portal_session', value);
    client.setCookie('portal_csrf', 'irgendwas');
    return client;
  }

  it('treats a garbled session cookie as logged out', async () => {
    const { client } = await loggedIn();
    const garbled = `${client.cookie('portal_session')!.slice(0, -4)}AAAA`;
    for (const value of [garbled, 'kaputt', '%%%', 'a.b.c']) {
      const forged = await withSessionCookie(value);
      expect(await forged.gql(ME)).toEqual({ data: { me: null } });
      expectRefused(await forged.gql(PROTECTED), 'UNAUTHENTICATED');
    }
  });

  it('treats a cookie signed with another key as logged out, even with a real session id', async () => {
    const { b } = await loggedIn();
    const session = await t.db.prisma.session.findFirstOrThrow({ where: { userId: b.azubi.id } });
    const token = await new SignJWT({ sid: session.id })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience('portal-session')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('ein-ganz-anderer-schluessel-0123456789-abcdef'));
    const forged = await withSessionCookie(token);
    expect(await forged.gql(ME)).toEqual({ data: { me: null } });
    expectRefused(await forged.gql(PROTECTED), 'UNAUTHENTICATED');
  });

  it('treats an unsigned (alg none) cookie as logged out', async () => {
    const { b } = await loggedIn();
    const session = await t.db.prisma.session.findFirstOrThrow({ where: { userId: b.azubi.id } });
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = `${part({ alg: 'none', typ: 'JWT' })}.${part({ sid: session.id, aud: 'portal-session' })}.`;
    const forged = await withSessionCookie(token);
    expect(await forged.gql(ME)).toEqual({ data: { me: null } });
  });
});

describe('cookie flags', () => {
  it('the session cookie is httpOnly and SameSite=Lax; the CSRF cookie is readable and SameSite=Strict', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { benutzer { id } } }',
        variables: { input: { email: b.azubi.email, password: TEST_PASSWORD } },
      }),
    });
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('portal_session='));
    const csrf = cookies.find((c) => c.startsWith('portal_csrf='));
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).toMatch(/;\s*Path=\//i);
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(csrf).toMatch(/;\s*SameSite=Strict/i);
    // Outside production the app runs on http://localhost, so no Secure flag (checked for production elsewhere).
    expect(session).not.toMatch(/;\s*Secure/i);
  });

  it('the session cookie carries only a signed id, not the CSRF token or user data', async () => {
    const { b, client } = await loggedIn();
    const payload = JSON.parse(
      Buffer.from(client.cookie('portal_session')!.split('.')[1], 'base64url').toString('utf8'),
    ) as Record<string, unknown>;
    expect(Object.keys(payload).sort()).toEqual(['aud', 'exp', 'iat', 'sid']);
    expect(JSON.stringify(payload)).not.toContain(b.azubi.email);
    const session = await t.db.prisma.session.findFirstOrThrow({ where: { userId: b.azubi.id } });
    expect(payload.sid).toBe(session.id);
    expect(session.csrfTokenHash).not.toBe(client.csrfToken);
  });
});
