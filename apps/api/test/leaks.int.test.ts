import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorOf, textOf } from './support/expect.js';
import { buildBetrieb, buildUser, grantRole, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp } from './support/harness.js';
import {
  MEINE_VERTRETUNGEN,
  VERTRETUNG_BEENDEN,
  VERTRETUNG_HINZUFUEGEN,
  VERTRETUNG_KANDIDATEN,
  VERTRETUNG_MITARBEITER_HINZUFUEGEN,
} from './support/operations.js';

// Four apps: NODE_ENV=test (as every other test), production, development, production with HEALTH_TOKEN.
const HEALTH_TOKEN = 'healthz-token-0123456789-abcdefghijklmnopqrstuvwxyz';
let t: TestApp;
let prod: TestApp;
let dev: TestApp;
let withToken: TestApp;
beforeAll(async () => {
  [t, prod, dev, withToken] = await Promise.all([
    startTestApp(),
    startTestApp({ production: true }),
    startTestApp({ env: { NODE_ENV: 'development' } }),
    startTestApp({ production: true, env: { HEALTH_TOKEN } }),
  ]);
});
afterAll(async () => {
  await Promise.all([t?.close(), prod?.close(), dev?.close(), withToken?.close()]);
});

/** An address of this machine that is not loopback, if it has one (CI containers do). */
const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

/** The same app on every interface, reached over the external address: the socket is not loopback. */
async function overExternalAddress<T>(app: TestApp, run: (baseUrl: string) => Promise<T>): Promise<T> {
  const server: Server = app.app.express.listen(0, '0.0.0.0');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  try {
    return await run(`http://${externalAddress}:${(server.address() as AddressInfo).port}`);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('GET /healthz tells anonymous callers only "ok" or "degraded"', () => {
  it.each([
    ['test', () => t],
    ['production', () => prod],
    ['development', () => dev],
  ])('%s: 200 {"status":"ok"}, nothing about database, SMTP or the outbox', async (_name, app) => {
    const response = await fetch(`${app().url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('503 {"status":"degraded"} when the database does not answer, so a load balancer takes the instance out', async () => {
    const ping = vi.spyOn(t.db, 'ping').mockResolvedValue(false);
    try {
      const response = await fetch(`${t.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'degraded' });
    } finally {
      ping.mockRestore();
    }
  });

  it('a database that hangs is degraded after the timeout, not a hanging health check', async () => {
    const ping = vi.spyOn(t.db, 'ping').mockReturnValue(new Promise<boolean>(() => undefined));
    try {
      const started = Date.now();
      const response = await fetch(`${t.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'degraded' });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      ping.mockRestore();
    }
  });
});

describe('GET /healthz/details: only for operators', () => {
  it.each([
    ['test', () => t],
    ['production', () => prod],
  ])('without HEALTH_TOKEN, %s: 404, also from this machine', async (_name, app) => {
    const response = await fetch(`${app().url}/healthz/details`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/database|smtp|pglite|postgres/i);
  });

  it('without HEALTH_TOKEN in development: the details for this machine', async () => {
    const response = await fetch(`${dev.url}/healthz/details`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      status: 'ok',
      database: { ok: true, kind: process.env.TEST_DB },
      smtp: { ok: false, configured: false },
      outbox: { ausstehend: expect.any(Number), fehlgeschlagen: expect.any(Number) },
    });
  });

  it('in development, a request relayed by a proxy on this machine (X-Forwarded-For, Forwarded) is not local', async () => {
    const relayed: Record<string, string>[] = [
      { 'x-forwarded-for': '127.0.0.1' },
      { forwarded: 'for=127.0.0.1' },
      { 'x-real-ip': '127.0.0.1' },
    ];
    for (const header of relayed) {
      const response = await fetch(`${dev.url}/healthz/details`, { headers: header });
      expect(response.status, JSON.stringify(header)).toBe(404);
    }
  });

  it.skipIf(!externalAddress)('in development, a client on another address gets 404', async () => {
    await overExternalAddress(dev, async (baseUrl) => {
      expect((await fetch(`${baseUrl}/healthz/details`)).status).toBe(404);
      // The anonymous check stays open to every client (load balancers).
      expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    });
  });

  it('with HEALTH_TOKEN: only "Authorization: Bearer <token>" gets the details', async () => {
    const refused: Record<string, string>[] = [
      {},
      { authorization: 'Bearer ' },
      { authorization: 'Bearer falsch' },
      { authorization: `Bearer ${HEALTH_TOKEN.slice(0, -1)}` },
      { authorization: `Bearer ${HEALTH_TOKEN}x` },
      { authorization: `Basic ${Buffer.from(`x:${HEALTH_TOKEN}`).toString('base64')}` },
      { authorization: HEALTH_TOKEN },
    ];
    for (const headers of refused) {
      const response = await fetch(`${withToken.url}/healthz/details`, { headers });
      expect(response.status, JSON.stringify(headers)).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await response.text()).not.toMatch(/database|smtp|pglite|postgres/i);
    }
    // Not in the URL, where it would end up in access logs.
    expect((await fetch(`${withToken.url}/healthz/details?token=${HEALTH_TOKEN}`)).status).toBe(401);

    const response = await fetch(`${withToken.url}/healthz/details`, {
      headers: { authorization: `Bearer ${HEALTH_TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      database: { ok: true, kind: process.env.TEST_DB },
      smtp: { ok: false, configured: false },
    });
  });

  it('counts the outbox backlog, and says degraded (503) when the database is down', async () => {
    await withToken.db.prisma.mailOutbox.createMany({
      data: [
        { to: 'a@test.example', subject: 'Test', text: 'x' },
        { to: 'b@test.example', subject: 'Test', text: 'x', status: 'FEHLGESCHLAGEN' },
      ],
    });
    const headers = { authorization: `Bearer ${HEALTH_TOKEN}` };
    const body = (await (await fetch(`${withToken.url}/healthz/details`, { headers })).json()) as {
      outbox: { ausstehend: number; fehlgeschlagen: number };
    };
    expect(body.outbox.ausstehend).toBeGreaterThanOrEqual(1);
    expect(body.outbox.fehlgeschlagen).toBeGreaterThanOrEqual(1);

    const ping = vi.spyOn(withToken.db, 'ping').mockResolvedValue(false);
    try {
      const response = await fetch(`${withToken.url}/healthz/details`, { headers });
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'degraded', database: { ok: false } });
    } finally {
      ping.mockRestore();
    }
  });
});

describe('/dev/mails (PINs and links): development only, this machine only', () => {
  const PIN_MAIL = { to: 'pin@test.example', subject: 'Ihre PIN', text: 'Ihre PIN lautet 918273.' };

  beforeAll(async () => {
    await Promise.all([t, prod, dev].map((app) => app.db.prisma.mailOutbox.create({ data: PIN_MAIL })));
  });

  it.each([
    ['test', () => t],
    ['production', () => prod],
  ])('%s: 404, also from this machine', async (_name, app) => {
    const response = await fetch(`${app().url}/dev/mails`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('918273');
  });

  it('development, from this machine: the outbox with the PIN', async () => {
    const response = await fetch(`${dev.url}/dev/mails`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('918273');
  });

  it('development, relayed by a proxy on this machine: 404 (the socket address alone is not enough)', async () => {
    const response = await fetch(`${dev.url}/dev/mails`, { headers: { 'x-forwarded-for': '127.0.0.1' } });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('918273');
  });

  it.skipIf(!externalAddress)('development, from another address: 404', async () => {
    await overExternalAddress(dev, async (baseUrl) => {
      const response = await fetch(`${baseUrl}/dev/mails`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('918273');
    });
  });
});

describe('production answers carry no "Did you mean" suggestions from the schema', () => {
  const misspelled: [string, string, Record<string, unknown>][] = [
    ['a field', '{ me { benutzr { id } } }', {}],
    ['an argument', '{ benutzerverwaltung(frist: 1) { totalCount } }', {}],
    ['a type', 'query($n: Itn) { benutzerverwaltung(first: $n) { totalCount } }', {}],
    [
      'an enum value in the document',
      'mutation { rolleZuweisen(input: { userId: "x", betriebsstaetteId: "x", rolle: AZUBII }) { id } }',
      {},
    ],
    [
      'an input field in variables',
      'mutation($input: LoginInput!) { login(input: $input) { benutzer { id } } }',
      { input: { emial: 'a@test.example', password: 'x' } },
    ],
    [
      'an enum value in variables',
      'mutation($input: RolleZuweisenInput!) { rolleZuweisen(input: $input) { id } }',
      {
        input: {
          userId: '00000000-0000-4000-8000-000000000000',
          betriebsstaetteId: '00000000-0000-4000-8000-000000000001',
          rolle: 'AZUBII',
        },
      },
    ],
  ];

  it.each(misspelled)('%s', async (_what, query, variables) => {
    const result = await prod.client().gql(query, variables);
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors ?? []) {
      expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(error.extensions?.code);
      // The document's own errors keep graphql-js's (cleaned) detail; variables get a German sentence naming the field.
      expect(error.message).toMatch(/^(Die Anfrage ist ungültig: |Der Wert für „|Die Angabe „|„)/);
    }
    expect(JSON.stringify(result)).not.toMatch(/did you mean/i);
    // Outside production a document error does keep its suggestion: the test would notice a typo in it.
    if (Object.keys(variables).length === 0) {
      expect(JSON.stringify(await t.client().gql(query, variables))).toMatch(/did you mean/i);
    }
  });

  it('outside production the suggestions stay, for developers', async () => {
    const result = await t.client().gql('{ me { benutzr { id } } }');
    expect(errorOf(result).message).toContain('Did you mean "benutzer"?');
  });
});

describe("an Ausbilder's login address reaches only those who may see it", () => {
  interface VertretungView {
    id: string;
    vertreterVorname: string;
    vertreterNachname: string;
    vertreterEmail: string | null;
  }
  const login = (email: string) => t.client().loginOk(email, TEST_PASSWORD);

  it('a colleague who names an Ausbilder as deputy sees the name, never the login address', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const kollegin = await buildUser(t.db.prisma);
    await grantRole(t.db.prisma, kollegin.id, 'AUSBILDER', { betriebsstaetteId: A.hauptsitz.id });
    for (const person of [A.azubi, kollegin]) {
      const client = await login(person.email);
      const kandidaten = await client.gql(VERTRETUNG_KANDIDATEN);
      expect(textOf(kandidaten)).not.toContain(A.ausbilder.email.toLowerCase());

      const added = await client.gqlOk<{ vertretungMitarbeiterHinzufuegen: VertretungView }>(
        VERTRETUNG_MITARBEITER_HINZUFUEGEN,
        { userId: A.ausbilder.id },
      );
      expect(added.vertretungMitarbeiterHinzufuegen).toMatchObject({
        vertreterVorname: A.ausbilder.vorname,
        vertreterNachname: A.ausbilder.nachname,
        vertreterEmail: null,
      });
      const liste = await client.gqlOk<{ meineVertretungen: VertretungView[] }>(MEINE_VERTRETUNGEN);
      expect(liste.meineVertretungen).toEqual([
        expect.objectContaining({ vertreterNachname: A.ausbilder.nachname, vertreterEmail: null }),
      ]);
      const ended = await client.gql(VERTRETUNG_BEENDEN, { id: added.vertretungMitarbeiterHinzufuegen.id });
      expect(ended.errors).toBeUndefined();
      for (const answer of [added, liste, ended]) {
        expect(textOf(answer)).not.toContain(A.ausbilder.email.toLowerCase());
      }
    }
  });

  it('an administrator of a Filiale does not see the address of an Ausbilder of the Hauptsitz', async () => {
    const A = await buildBetrieb(t.db.prisma, { filialen: 1 });
    const filialAdmin = await buildUser(t.db.prisma);
    await grantRole(t.db.prisma, filialAdmin.id, 'AUSBILDUNGSADMINISTRATOR', {
      betriebsstaetteId: A.filialen[0].id,
    });
    const client = await login(filialAdmin.email);
    const added = await client.gqlOk<{ vertretungMitarbeiterHinzufuegen: VertretungView }>(
      VERTRETUNG_MITARBEITER_HINZUFUEGEN,
      { userId: A.ausbilder.id },
    );
    expect(added.vertretungMitarbeiterHinzufuegen.vertreterEmail).toBeNull();
    expect(textOf(await client.gql(MEINE_VERTRETUNGEN))).not.toContain(A.ausbilder.email.toLowerCase());
  });

  it("the administrator of the Ausbilder's Betriebsstaette sees the address, as in the Ausbilder list", async () => {
    const A = await buildBetrieb(t.db.prisma);
    const admin = await login(A.admin.email);
    const added = await admin.gqlOk<{ vertretungMitarbeiterHinzufuegen: VertretungView }>(
      VERTRETUNG_MITARBEITER_HINZUFUEGEN,
      { userId: A.ausbilder.id },
    );
    expect(added.vertretungMitarbeiterHinzufuegen.vertreterEmail).toBe(A.ausbilder.email);
    const liste = await admin.gqlOk<{ meineVertretungen: VertretungView[] }>(MEINE_VERTRETUNGEN);
    expect(liste.meineVertretungen.map((v) => v.vertreterEmail)).toEqual([A.ausbilder.email]);
  });

  it('an address the principal typed in (existing account) stays visible to them', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const azubi = await login(A.azubi.email);
    const added = await azubi.gqlOk<{ vertretungHinzufuegen: VertretungView }>(VERTRETUNG_HINZUFUEGEN, {
      input: { email: A.ausbilder.email, vorname: A.ausbilder.vorname, nachname: A.ausbilder.nachname },
    });
    expect(added.vertretungHinzufuegen.vertreterEmail).toBe(A.ausbilder.email);
    const liste = await azubi.gqlOk<{ meineVertretungen: VertretungView[] }>(MEINE_VERTRETUNGEN);
    expect(liste.meineVertretungen.map((v) => v.vertreterEmail)).toEqual([A.ausbilder.email]);
  });
});
