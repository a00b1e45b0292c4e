import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@portal/config';
import { type Database, databaseOutageReason, openDatabase } from '@portal/db';
import { createTestDatabase, type TestDatabase } from '@portal/db/testing';
import { systemClock } from '@portal/domain';
import { createMailer } from '@portal/mail';
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import { type App, createApp } from '../src/app.js';
import { buildBetrieb, TEST_PASSWORD } from './support/factories.js';
import { type GqlResult, TestClient } from './support/harness.js';
import { captureLogger } from './support/logs.js';
import { MEINE_AUSBILDUNGSVERHAELTNISSE } from './support/operations.js';

/**
 * PostgreSQL behind a TCP proxy the test controls: paused (sockets stay open, nothing is forwarded:
 * a frozen database) and stopped (connections are cut and refused: a stopped database). The app
 * must answer 503 with a German message within a bound that follows from its timeouts, and work
 * again without a restart once the database is back.
 */
class DatenbankProxy {
  private server: net.Server | undefined;
  private readonly verbindungen = new Set<{ client: net.Socket; upstream: net.Socket; flush(): void }>();
  private pausiert = false;
  port = 0;

  constructor(private readonly ziel: { host: string; port: number }) {}

  async start(): Promise<void> {
    if (this.server) return;
    const server = net.createServer((client) => this.verbinde(client));
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  private verbinde(client: net.Socket) {
    const upstream = net.connect(this.ziel.port, this.ziel.host);
    const zumServer: Buffer[] = [];
    const zumClient: Buffer[] = [];
    const verbindung = {
      client,
      upstream,
      flush: () => {
        for (const chunk of zumServer.splice(0)) upstream.write(chunk);
        for (const chunk of zumClient.splice(0)) client.write(chunk);
      },
    };
    this.verbindungen.add(verbindung);
    client.on('data', (chunk) => (this.pausiert ? zumServer.push(chunk) : upstream.write(chunk)));
    upstream.on('data', (chunk) => (this.pausiert ? zumClient.push(chunk) : client.write(chunk)));
    const ende = () => {
      this.verbindungen.delete(verbindung);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) {
      socket.on('error', ende);
      socket.on('close', ende);
    }
  }

  /** Frozen: connections are accepted and kept, but nothing goes through. */
  pause() {
    this.pausiert = true;
  }

  /** Everything that waited goes through, and new traffic flows again. */
  resume() {
    this.pausiert = false;
    for (const verbindung of this.verbindungen) verbindung.flush();
  }

  /** Stopped: every connection is cut, new ones are refused (nothing listens on the port). */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const { client, upstream } of this.verbindungen) {
      client.destroy();
      upstream.destroy();
    }
    this.verbindungen.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const MELDUNG =
  'Der Dienst ist vorübergehend nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.';
// Short timeouts through the configuration, as an operator would set them.
const CONNECT_MS = 1000;
const STATEMENT_MS = 1000;
/** Generous: a busy 2-core machine; the point is "answers", not "answers in exactly n ms". */
const GRENZE_MS = 5 * (CONNECT_MS + STATEMENT_MS);

let direkt: TestDatabase;
let proxy: DatenbankProxy;
let db: Database;
let app: App;
let server: Server;
let url: string;
let dataDir: string;
let azubi: TestClient;
let azubiEmail: string;
const { logger, logs } = captureLogger();

describe.skipIf(process.env.TEST_DB !== 'postgres')('PostgreSQL frozen or stopped', () => {
  beforeAll(async () => {
    direkt = await createTestDatabase('postgres');
    const ziel = new URL(direkt.url!);
    proxy = new DatenbankProxy({ host: ziel.hostname, port: Number(ziel.port || 5432) });
    await proxy.start();
    const ueberProxy = new URL(ziel);
    ueberProxy.port = String(proxy.port);
    dataDir = mkdtempSync(path.join(tmpdir(), 'portal-ausfall-'));
    const config = loadConfig({
      APP_SECRET: 'test-secret-test-secret-test-secret-0123456789',
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      WEB_DIST: path.join(tmpdir(), 'portal-no-web-dist'),
      DATABASE_URL: ueberProxy.toString(),
      DB_CONNECT_TIMEOUT_MS: String(CONNECT_MS),
      DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_MS),
    });
    expect(config.databaseTimeouts).toEqual({ connectMs: CONNECT_MS, statementMs: STATEMENT_MS });
    // A small pool, so a connection that is never given back shows at once.
    db = await openDatabase({
      databaseUrl: config.databaseUrl,
      migrate: false,
      poolSize: 3,
      timeouts: config.databaseTimeouts,
    });
    const mailer = createMailer({ smtpUrl: undefined, from: config.mailFrom });
    app = await createApp({ config, db, mailer, clock: systemClock, logger });
    server = app.express.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const b = await buildBetrieb(direkt.prisma);
    azubiEmail = b.azubi.email;
    azubi = await new TestClient(url).loginOk(azubiEmail, TEST_PASSWORD);
  });

  afterAll(async () => {
    proxy?.resume();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    await app?.stop();
    await db?.close().catch(() => undefined);
    await proxy?.stop();
    await direkt?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function gql(client: TestClient, query: string, variables: Record<string, unknown> = {}) {
    const start = Date.now();
    const response = await client.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GqlResult;
    return {
      status: response.status,
      body,
      ms: Date.now() - start,
      retryAfter: response.headers.get('retry-after'),
    };
  }

  /** What every request answers while the database is away. */
  function expectDienstNichtVerfuegbar(answer: {
    status: number;
    body: GqlResult;
    ms: number;
    retryAfter: string | null;
  }) {
    expect(answer.status, JSON.stringify(answer.body)).toBe(503);
    expect(answer.retryAfter).toBe('5');
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]?.message).toBe(MELDUNG);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'DIENST_NICHT_VERFUEGBAR' });
    expect(answer.ms).toBeLessThan(GRENZE_MS);
  }

  const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { benutzer { id } } }`;

  /** Every path to the database: the session (context), a resolver, the download route, /healthz. */
  async function expectAusfall() {
    const [mitSitzung, anmeldung, dokument, health] = await Promise.all([
      gql(azubi, MEINE_AUSBILDUNGSVERHAELTNISSE),
      gql(new TestClient(url), LOGIN, { input: { email: azubiEmail, password: TEST_PASSWORD } }),
      (async () => {
        const start = Date.now();
        const response = await azubi.request('/dokumente/00000000-0000-4000-8000-000000000000');
        return {
          status: response.status,
          body: (await response.json()) as GqlResult,
          ms: Date.now() - start,
          retryAfter: response.headers.get('retry-after'),
        };
      })(),
      (async () => {
        const start = Date.now();
        const response = await fetch(`${url}/healthz`);
        return { status: response.status, body: await response.json(), ms: Date.now() - start };
      })(),
    ]);
    expectDienstNichtVerfuegbar(mitSitzung);
    expectDienstNichtVerfuegbar(anmeldung);
    expectDienstNichtVerfuegbar(dokument);
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'degraded' });
    expect(health.ms).toBeLessThan(GRENZE_MS);
  }

  /** The same app, no restart: /healthz recovers, then GraphQL works with the old session. */
  async function expectErholt() {
    const bis = Date.now() + 4 * GRENZE_MS;
    let status = 0;
    while (Date.now() < bis) {
      status = (await fetch(`${url}/healthz`)).status;
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(status).toBe(200);
    const answer = await gql(azubi, MEINE_AUSBILDUNGSVERHAELTNISSE);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    const anmeldung = await gql(new TestClient(url), LOGIN, {
      input: { email: azubiEmail, password: TEST_PASSWORD },
    });
    expect(anmeldung.body.errors).toBeUndefined();
  }

  /** One structured warning per failed request, never an error with a stack trace. */
  function expectRuhigesLog(warn: MockInstance, error: MockInstance, mark: number) {
    expect(error).not.toHaveBeenCalled();
    for (const zeile of warn.mock.calls.map((call) => call.map(String).join(' '))) {
      expect(zeile).not.toContain('\n');
      expect(() => JSON.parse(zeile)).not.toThrow();
    }
    // The app's log: JSON lines, warnings only, no stack trace.
    const zeilen = logs.raw.slice(mark);
    for (const zeile of zeilen) expect(zeile.trimEnd()).not.toContain('\n');
    const eintraege = logs.since(mark);
    expect(eintraege.some((eintrag) => eintrag.event === 'datenbank_nicht_erreichbar')).toBe(true);
    expect(eintraege.filter((eintrag) => eintrag.level === 'error' || eintrag.err !== undefined)).toEqual([]);
  }

  it('works through the proxy', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const answer = await gql(azubi, MEINE_AUSBILDUNGSVERHAELTNISSE);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('frozen: 503 with the German message within the bound, then 200 again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const mark = logs.mark();
    try {
      proxy.pause();
      await expectAusfall();
      // A second round finds the pool in whatever state the first left it.
      await expectAusfall();
      expectRuhigesLog(warn, error, mark);
    } finally {
      proxy.resume();
      warn.mockRestore();
      error.mockRestore();
    }
    await expectErholt();
  }, 120_000);

  it('stopped: 503 at once, then 200 again once it listens', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const mark = logs.mark();
    try {
      await proxy.stop();
      await expectAusfall();
      await expectAusfall();
      expectRuhigesLog(warn, error, mark);
    } finally {
      await proxy.start();
      warn.mockRestore();
      error.mockRestore();
    }
    await expectErholt();
  }, 120_000);

  it('a transaction cut off by the outage gives its connection back to the pool', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      // More than the pool holds: each failed transaction that kept its connection would shrink it.
      for (let i = 0; i < 4; i++) {
        const fehler = await db.prisma
          .$transaction(async (tx) => {
            await tx.$queryRaw`SELECT 1`;
            if (i % 2 === 0) proxy.pause();
            else await proxy.stop();
            await tx.$queryRaw`SELECT 1`;
          })
          .then(
            () => undefined,
            (error: unknown) => error,
          );
        // The API would answer this one with 503 as well.
        expect(databaseOutageReason(fehler), String(fehler)).toBeDefined();
        if (i % 2 === 0) proxy.resume();
        else await proxy.start();
      }
    } finally {
      proxy.resume();
      warn.mockRestore();
    }
    await expectErholt();
  }, 120_000);
});
