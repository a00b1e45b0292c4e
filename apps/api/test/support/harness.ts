import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@portal/config';
import type { Database } from '@portal/db';
import { createTestDatabase } from '@portal/db/testing';
import { type Clock, fixedClock, systemClock } from '@portal/domain';
import { createMailer } from '@portal/mail';
import { type App, createApp } from '../../src/app.js';
import { captureLogger, type LogCapture } from './logs.js';
import { openPgliteCopy } from './pglite-template.js';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; [key: string]: unknown } }[];
}

/** Talks to the API the way the SPA does: cookies, the CSRF header, JSON POSTs. */
export class TestClient {
  private cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  get csrfToken(): string | undefined {
    return this.cookies.get('portal_csrf');
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  deleteCookie(name: string) {
    this.cookies.delete(name);
  }

  /** A second client with the same cookies: replays a session after this one has moved on. */
  fork(): TestClient {
    const copy = new TestClient(this.baseUrl);
    for (const [name, value] of this.cookies) copy.setCookie(name, value);
    return copy;
  }

  async request(
    pathname: string,
    init: RequestInit = {},
    options: { csrf?: boolean } = {},
  ): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    if (options.csrf !== false && this.csrfToken) headers.set('x-csrf-token', this.csrfToken);
    const response = await fetch(`${this.baseUrl}${pathname}`, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = decodeURIComponent(pair.slice(index + 1));
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { csrf?: boolean } = {},
  ): Promise<GqlResult<T>> {
    const response = await this.request(
      '/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      },
      options,
    );
    return (await response.json()) as GqlResult<T>;
  }

  async login(email: string, password: string): Promise<GqlResult> {
    return this.gql(
      `mutation Login($input: LoginInput!) { login(input: $input) { benutzer { id email } aktuellerArbeitsbereich { key } } }`,
      { input: { email, password } },
    );
  }

  /** Logs in and fails the test when that does not work. */
  async loginOk(email: string, password: string): Promise<this> {
    const result = await this.login(email, password);
    if (result.errors) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
    return this;
  }

  /** Runs an operation and fails the test when it answers with errors. */
  async gqlOk<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors || !result.data) throw new Error(`operation failed: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async select(key: string): Promise<GqlResult> {
    return this.gql(
      'mutation($key: ID!) { arbeitsbereichWaehlen(key: $key) { aktuellerArbeitsbereich { key } } }',
      { key },
    );
  }
}

export interface TestApp {
  db: Database;
  app: App;
  url: string;
  clock: Clock & { set(date: Date): void; advance(ms: number): void };
  /** Everything the app logged (JSON lines, LOG_LEVEL info unless options.env sets it); nothing goes to stdout. */
  logs: LogCapture;
  client(): TestClient;
  close(): Promise<void>;
}

/** Links in mails; production requires PUBLIC_URL (plain http is allowed for localhost only). */
const TEST_PUBLIC_URL = 'http://localhost:3000';

/**
 * The real HTTP app on an ephemeral port over a fresh database (PGlite or PostgreSQL per TEST_DB).
 * PGlite is a copy of a migrated template in DATA_DIR/pglite (see pglite-template.ts).
 */
export async function startTestApp(
  options: {
    now?: Date;
    production?: boolean;
    smtpUrl?: string;
    /** More environment variables for loadConfig (e.g. NODE_ENV=development, HEALTH_TOKEN). */
    env?: Record<string, string>;
  } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-test-'));
  const db =
    (process.env.TEST_DB ?? 'pglite') === 'pglite'
      ? await openPgliteCopy(dataDir)
      : await createTestDatabase();
  const clock = fixedClock(options.now ?? systemClock.now());
  const config = loadConfig({
    APP_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    DATA_DIR: dataDir,
    NODE_ENV: options.production ? 'production' : 'test',
    WEB_DIST: path.join(tmpdir(), 'portal-no-web-dist'),
    PUBLIC_URL: TEST_PUBLIC_URL,
    ...options.env,
  });
  // With smtpUrl (a test SMTP server) mails the user waits for go out at once (konten/zustellung.ts).
  const mailer = createMailer({ smtpUrl: options.smtpUrl, from: config.mailFrom });
  const { logger, logs } = captureLogger(config.logLevel);
  const app = await createApp({ config, db, mailer, clock, logger });
  const server = app.express.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    db,
    app,
    url,
    clock,
    logs,
    client: () => new TestClient(url),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface ZweiteInstanz {
  app: App;
  url: string;
  client(): TestClient;
  close(): Promise<void>;
}

/**
 * A second API instance over the same database as `t` (its own HTTP server and app, one database):
 * what one instance changes must hold on the other on the next request.
 */
export async function startZweiteInstanz(t: TestApp): Promise<ZweiteInstanz> {
  const config = loadConfig({
    APP_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    DATA_DIR: tmpdir(),
    NODE_ENV: 'test',
    WEB_DIST: path.join(tmpdir(), 'portal-no-web-dist'),
  });
  const app = await createApp({
    config,
    db: t.db,
    mailer: createMailer({ smtpUrl: undefined, from: config.mailFrom }),
    clock: t.clock,
    logger: captureLogger().logger,
  });
  const server = app.express.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    app,
    url,
    client: () => new TestClient(url),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
    },
  };
}
