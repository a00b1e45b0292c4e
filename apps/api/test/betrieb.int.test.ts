import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildBetrieb, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp } from './support/harness.js';
import { captureLogger } from './support/logs.js';
import { MEINE_AUSBILDUNGSVERHAELTNISSE, PASSWORT_VERGESSEN } from './support/operations.js';

/**
 * Operations (docs/operations.md): responses compressed, every request with an id that is echoed
 * and in every log line of that request, and the log as JSON lines without secrets.
 */

let t: TestApp;
let webDist: string;
const JS = `export const text = ${JSON.stringify('Ausbildungsnachweis '.repeat(200))};\n`;
beforeAll(async () => {
  // A built SPA of our own: an index, a script and an image.
  webDist = mkdtempSync(path.join(tmpdir(), 'portal-web-dist-'));
  mkdirSync(path.join(webDist, 'assets'));
  writeFileSync(path.join(webDist, 'index.html'), `<!doctype html><title>Portal</title>${'<p>'.repeat(600)}`);
  writeFileSync(path.join(webDist, 'assets', 'app.js'), JS);
  writeFileSync(path.join(webDist, 'assets', 'bild.png'), Buffer.alloc(4096, 7));
  t = await startTestApp({ env: { WEB_DIST: webDist } });
});
afterAll(async () => {
  await t?.close();
  rmSync(webDist, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request without fetch's automatic decompression: the bytes as they went over the wire. */
function raw(
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${t.url}${pathname}`,
      { method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

const graphql = (query: string, acceptEncoding: string, headers: Record<string, string> = {}) =>
  raw('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding, ...headers },
    body: JSON.stringify({ query }),
  });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('compression', () => {
  // Larger than 1 KB: every type name of the schema (introspection is on outside production).
  const GROSS = '{ __schema { types { name kind } } }';

  it('a GraphQL answer over 1 KB comes gzipped to a client that accepts gzip, and unpacks to the same JSON', async () => {
    const plain = await graphql(GROSS, 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);

    const gzipped = await graphql(GROSS, 'gzip');
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 2);
    const unpacked = JSON.parse(gunzipSync(gzipped.body).toString('utf8'));
    expect(unpacked).toEqual(JSON.parse(plain.body.toString('utf8')));
    expect(unpacked.data.__schema.types.length).toBeGreaterThan(20);
  });

  it('small answers (under 1 KB) and clients without gzip get plain JSON', async () => {
    const klein = await graphql('{ __typename }', 'gzip');
    expect(klein.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(klein.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
    const ohne = await graphql(GROSS, '');
    expect(ohne.headers['content-encoding']).toBeUndefined();
  });

  it('the SPA: HTML and scripts compressed, images (compressed already) not, health checks not', async () => {
    const seite = await raw('/berichtsheft', { headers: { 'accept-encoding': 'gzip' } });
    expect(seite.status).toBe(200);
    expect(seite.headers['content-type']).toMatch(/^text\/html/);
    expect(seite.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(seite.body).toString('utf8')).toMatch(/^<!doctype html><title>Portal<\/title>/);

    const script = await raw('/assets/app.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(script.status).toBe(200);
    expect(script.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(script.body).toString('utf8')).toBe(JS);
    // What browsers send: brotli is preferred (quality 4, about as fast as gzip).
    const brotli = await raw('/assets/app.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).toString('utf8')).toBe(JS);

    const bild = await raw('/assets/bild.png', { headers: { 'accept-encoding': 'gzip' } });
    expect(bild.status).toBe(200);
    expect(bild.headers['content-encoding']).toBeUndefined();
    expect(bild.body.length).toBe(4096);

    const health = await raw('/healthz', { headers: { 'accept-encoding': 'gzip' } });
    expect(health.headers['content-encoding']).toBeUndefined();
  });
});

describe('X-Request-Id', () => {
  const anfrage = (headers: Record<string, string> = {}) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('a short safe id from the client (or its load balancer) is taken over and echoed', async () => {
    for (const id of ['abc-123', 'lb.7f3a_9', 'x'.repeat(64), '0f8e2c1a-5b4d-4e6f-9a8b-7c6d5e4f3a2b']) {
      const response = await anfrage({ 'x-request-id': id });
      expect(response.headers.get('x-request-id')).toBe(id);
    }
  });

  it('a missing id is generated (a random UUID), a new one per request', async () => {
    const a = (await anfrage()).headers.get('x-request-id') ?? '';
    const b = (await anfrage()).headers.get('x-request-id') ?? '';
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
  });

  it('an unsafe or long id is replaced, never echoed', async () => {
    for (const id of [
      'x'.repeat(65),
      'a'.repeat(500),
      '<script>',
      'a b',
      'a,b',
      'ü',
      '"quoted"',
      '{"level":"error"}',
    ]) {
      const echo = (await anfrage({ 'x-request-id': id })).headers.get('x-request-id');
      expect(echo, id).toMatch(UUID);
    }
  });

  it('every route has one, also errors outside GraphQL and the health check', async () => {
    for (const response of [
      await fetch(`${t.url}/healthz`),
      await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{',
      }),
      await fetch(`${t.url}/dokumente/unbekannt`),
    ]) {
      expect(response.headers.get('x-request-id')).toMatch(UUID);
    }
  });
});

describe('log', () => {
  it('one JSON line per request with the request id, method, path, status and duration', async () => {
    const mark = t.logs.mark();
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'betrieb-test-1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    await vi.waitFor(() => expect(t.logs.since(mark)).toHaveLength(1));
    for (const line of t.logs.raw.slice(mark)) {
      expect(line.endsWith('\n')).toBe(true);
      expect(line.trimEnd()).not.toContain('\n');
    }
    const [zeile] = t.logs.since(mark);
    expect(zeile).toMatchObject({
      level: 'info',
      requestId: 'betrieb-test-1',
      event: 'anfrage',
      method: 'POST',
      path: '/graphql',
      status: 200,
      msg: 'anfrage',
    });
    expect(typeof zeile.durationMs).toBe('number');
    expect(new Date(String(zeile.time)).toISOString()).toBe(zeile.time);
  });

  it('no cookies, Authorization headers, passwords or query strings with tokens', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const mark = t.logs.mark();
    const client = await t.client().loginOk(b.azubi.email, TEST_PASSWORD);
    await client.request('/graphql?token=geheimes-token-aus-der-url', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer geheimer-bearer' },
      body: JSON.stringify({ query: MEINE_AUSBILDUNGSVERHAELTNISSE }),
    });
    await fetch(`${t.url}/passwort-setzen?token=geheimes-token-im-link`);
    await vi.waitFor(() => expect(t.logs.since(mark).length).toBeGreaterThanOrEqual(3));
    const text = t.logs.raw.slice(mark).join('');
    for (const geheim of [
      'geheimes-token',
      'geheimer-bearer',
      TEST_PASSWORD,
      client.cookie('portal_session') ?? 'portal_session',
      client.csrfToken ?? 'portal_csrf',
      'cookie',
    ]) {
      expect(text).not.toContain(geheim);
    }
    expect(t.logs.since(mark).map((zeile) => zeile.path)).toEqual(
      expect.arrayContaining(['/graphql', '/passwort-setzen']),
    );
  });

  it('client mistakes are answered, not logged with a stack; an unexpected error is one line with the request id and the stack', async () => {
    const mark = t.logs.mark();
    // UNAUTHENTICATED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT, invalid JSON.
    await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: MEINE_AUSBILDUNGSVERHAELTNISSE }),
    });
    await t.client().gql('{ me { passwortHash } }');
    await t.client().gql('query($n: Int) { benutzerverwaltung(first: $n) { totalCount } }', { n: 'viele' });
    await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    await vi.waitFor(() => expect(t.logs.since(mark)).toHaveLength(4));
    for (const zeile of t.logs.since(mark)) {
      expect(zeile).toMatchObject({ level: 'info', event: 'anfrage' });
      expect(zeile.err).toBeUndefined();
    }

    const b = await buildBetrieb(t.db.prisma);
    const azubi = await t.client().loginOk(b.azubi.email, TEST_PASSWORD);
    const failing = vi
      .spyOn(t.db.prisma.ausbildungsverhaeltnis, 'findMany')
      .mockRejectedValue(new Error('kaputt im Test'));
    const nachFehler = t.logs.mark();
    try {
      const response = await azubi.request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'fehler-42' },
        body: JSON.stringify({ query: MEINE_AUSBILDUNGSVERHAELTNISSE }),
      });
      expect(response.headers.get('x-request-id')).toBe('fehler-42');
      expect(JSON.stringify(await response.json())).not.toContain('kaputt');
    } finally {
      failing.mockRestore();
    }
    await vi.waitFor(() => expect(t.logs.since(nachFehler)).toHaveLength(2));
    const [fehler, anfrage] = t.logs.since(nachFehler);
    expect(fehler).toMatchObject({
      level: 'error',
      requestId: 'fehler-42',
      event: 'unerwarteter_fehler',
      ort: 'graphql',
      pfad: 'meineAusbildungsverhaeltnisse',
      err: { type: 'Error', message: 'kaputt im Test' },
    });
    expect((fehler.err as { stack: string }).stack).toMatch(/kaputt im Test\n\s+at /);
    expect(anfrage).toMatchObject({ level: 'info', requestId: 'fehler-42', path: '/graphql', status: 200 });
  });

  it("the domain's warnings carry the id of the request that caused them", async () => {
    const client = t.client();
    // "Passwort vergessen" allows 10 requests per address and hour (konten/drosselung.ts).
    for (let i = 0; i < 10; i++)
      await client.gql(PASSWORT_VERGESSEN, { kennung: `niemand-${i}@test.example` });
    const mark = t.logs.mark();
    const response = await client.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'gedrosselt-1' },
      body: JSON.stringify({ query: PASSWORT_VERGESSEN, variables: { kennung: 'niemand@test.example' } }),
    });
    expect(response.status).toBe(200);
    await vi.waitFor(() => expect(t.logs.since(mark)).toHaveLength(2));
    expect(t.logs.since(mark)[0]).toMatchObject({
      level: 'warn',
      requestId: 'gedrosselt-1',
      event: 'passwort_vergessen_gedrosselt',
    });
  });

  it('the health check of the load balancer only at debug', async () => {
    const mark = t.logs.mark();
    await fetch(`${t.url}/healthz`);
    await fetch(`${t.url}/berichtsheft`);
    await vi.waitFor(() => expect(t.logs.since(mark)).toHaveLength(1));
    expect(t.logs.since(mark)[0]).toMatchObject({ path: '/berichtsheft', status: 200 });
  });

  it('secrets under known keys are removed wherever a caller puts them', () => {
    const { logger, logs } = captureLogger();
    logger.warn({
      event: 'probe',
      password: 'p1',
      passwort: 'p2',
      token: 't1',
      headers: { cookie: 'c1', authorization: 'a1', accept: 'ok' },
      nutzer: { passwordHash: 'h1', name: 'Ada' },
    });
    const [zeile] = logs.lines;
    expect(JSON.stringify(zeile)).not.toMatch(/p1|p2|t1|c1|a1|h1/);
    expect(zeile).toMatchObject({ event: 'probe', headers: { accept: 'ok' }, nutzer: { name: 'Ada' } });
    const leise = captureLogger('silent');
    leise.logger.error({ event: 'nie' });
    expect(leise.logs.raw).toEqual([]);
  });
});
