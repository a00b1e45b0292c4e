import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { codeOf, errorOf, expectGerman, expectRefused } from './support/expect.js';
import { buildBetrieb, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp } from './support/harness.js';
import { MEINE_AUSBILDUNGSVERHAELTNISSE } from './support/operations.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const postRaw = (url: string, body: string, contentType = 'application/json') =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('unexpected errors', () => {
  it('answer INTERNAL_SERVER_ERROR in German without stack trace or internals, and are logged', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const azubi = await t.client().loginOk(b.azubi.email, TEST_PASSWORD);
    const mark = t.logs.mark();
    const failing = vi
      .spyOn(t.db.prisma.ausbildungsverhaeltnis, 'findMany')
      .mockRejectedValue(
        new Error('geheimes Detail: relation "Ausbildungsverhaeltnis" at /srv/app/secret.ts:42'),
      );
    try {
      const response = await azubi.request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: MEINE_AUSBILDUNGSVERHAELTNISSE }),
      });
      const body = (await response.json()) as {
        errors: { message: string; extensions: Record<string, unknown> }[];
      };
      expect(failing).toHaveBeenCalled();
      const error = errorOf(body);
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(error.message).toBe(
        'Es ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
      );
      const text = JSON.stringify(body);
      for (const leak of ['geheim', 'secret.ts', 'relation', 'stacktrace', 'exception', 'Error', ' at ']) {
        expect(text).not.toContain(leak);
      }
      // One error line with the request's id and the stack (the log is for operators).
      const fehler = t.logs.since(mark).filter((line) => line.level === 'error');
      expect(fehler).toHaveLength(1);
      expect(fehler[0].requestId).toBe(response.headers.get('x-request-id'));
      expect(JSON.stringify(fehler[0].err)).toContain('geheimes Detail');
    } finally {
      failing.mockRestore();
    }
    // The app is fine afterwards.
    expect((await azubi.gql(MEINE_AUSBILDUNGSVERHAELTNISSE)).errors).toBeUndefined();
  });

  it('a database error deep in a mutation is hidden the same way', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const admin = await t.client().loginOk(b.admin.email, TEST_PASSWORD);
    const failing = vi.spyOn(t.db.prisma, '$transaction').mockRejectedValue(new Error('deadlock detected'));
    try {
      const result = await admin.gql('mutation($id: ID!) { rolleEntziehen(rollenzuweisungId: $id) { id } }', {
        id: b.ausbilderRolle.id,
      });
      expect(errorOf(result).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(result)).not.toContain('deadlock');
    } finally {
      failing.mockRestore();
    }
    expect(
      await t.db.prisma.rollenzuweisung.findUnique({ where: { id: b.ausbilderRolle.id } }),
    ).not.toBeNull();
  });
});

describe('malformed requests', () => {
  it('a syntax error gets a German message and GRAPHQL_PARSE_FAILED', async () => {
    const response = await postRaw(t.url, JSON.stringify({ query: '{ me { benutzer { id }' }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as Parameters<typeof errorOf>[0];
    const error = errorOf(body);
    expect(error.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(error.message).toMatch(/^Die Anfrage ist ungültig: /);
    expect(JSON.stringify(body)).not.toContain('stacktrace');
  });

  it('an unknown field gets a German message and GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await t.client().gql('{ me { passwortHash } }');
    const error = errorOf(result);
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/^Die Anfrage ist ungültig: /);
  });

  it('a variable of the wrong type gets a German message and BAD_USER_INPUT', async () => {
    const result = await t.client().gql('query($n: Int) { benutzerverwaltung(first: $n) { totalCount } }', {
      n: 'viele',
    });
    const error = errorOf(result);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'n' });
    expect(error.message).toBe('Der Wert für „n“ ist ungültig: erwartet wird eine ganze Zahl.');
  });

  it('a missing query is refused with 400', async () => {
    const response = await postRaw(t.url, JSON.stringify({}));
    expect(response.status).toBe(400);
  });

  it('invalid JSON is refused with 400 and a German GraphQL error, without a stack trace', async () => {
    const response = await postRaw(t.url, '{"query": ');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toEqual([
      { message: expect.stringContaining('kein gültiges JSON'), extensions: { code: 'BAD_REQUEST' } },
    ]);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js|node_modules/);
  });

  it('refused operations carry no stack traces either', async () => {
    const result = await t.client().gql('{ benutzerverwaltung { totalCount } }');
    const error = expectRefused(result, 'UNAUTHENTICATED');
    expect(Object.keys(error.extensions ?? {})).toEqual(['code']);
    expectGerman(error.message);
  });
});

describe('/healthz (details for operators: leaks.int.test.ts)', () => {
  it('answers 200 JSON {"status":"ok"} with the database ok', async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('says degraded with 503 when the database does not answer', async () => {
    const ping = vi.spyOn(t.db, 'ping').mockResolvedValue(false);
    try {
      const response = await fetch(`${t.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'degraded' });
    } finally {
      ping.mockRestore();
    }
  });

  it('outside production there are no production headers, and introspection works', async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.headers.get('content-security-policy')).toBeNull();
    const result = await t.client().gql('{ __schema { queryType { name } } }');
    expect(result.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('production', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({ production: true });
  });
  afterAll(async () => {
    await prod?.close();
  });

  it.each(['/healthz', '/graphql'])('%s carries the security headers', async (pathname) => {
    const response =
      pathname === '/graphql'
        ? await postRaw(prod.url, JSON.stringify({ query: '{ me { benutzer { id } } }' }))
        : await fetch(`${prod.url}${pathname}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('turns introspection off', async () => {
    const result = await prod.client().gql('{ __schema { types { name } } }');
    expect(codeOf(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data ?? null).toBeNull();
    const typeQuery = await prod.client().gql('{ __type(name: "Me") { fields { name } } }');
    expect(codeOf(typeQuery)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('still serves ordinary operations, and sets Secure cookies', async () => {
    const b = await buildBetrieb(prod.db.prisma);
    const response = await postRaw(
      prod.url,
      JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { benutzer { id } } }',
        variables: { input: { email: b.admin.email, password: TEST_PASSWORD } },
      }),
    );
    const body = (await response.json()) as { data?: { login: { benutzer: { id: string } } } };
    expect(body.data?.login.benutzer.id).toBe(b.admin.id);
    const cookies = response.headers.getSetCookie();
    expect(cookies.length).toBe(2);
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure/i);
  });
});
