import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@portal/config';
import { type Database, openDatabase } from '@portal/db';
import { hashPassword, LOCK_DURATION_MS, MAX_FAILED_LOGINS } from '@portal/domain';
import { createMailer } from '@portal/mail';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { expectGerman } from './support/expect.js';
import { buildUnternehmen, buildUser, grantRole, TEST_PASSWORD } from './support/factories.js';
import { type GqlResult, startTestApp, type TestApp, TestClient } from './support/harness.js';
import { KONTO_LINK, PASSWORT_SETZEN, PASSWORT_VERGESSEN } from './support/operations.js';

/**
 * The login lock under attack: many wrong passwords (or PINs) and the right one at the same
 * moment, on one and on two API instances over one database. At most MAX_FAILED_LOGINS attempts
 * are checked against the hash between two resets of the counter; after that everything answers
 * KONTO_GESPERRT, the right secret too. "Passwort vergessen" lifts both locks.
 */

let t: TestApp;
/** Another API instance on the same database (PostgreSQL: with its own connection pool). */
let zweite: { url: string; close(): Promise<void> };

beforeAll(async () => {
  t = await startTestApp();
  zweite = await zweiteInstanz(t);
});
afterAll(async () => {
  await zweite?.close();
  await t?.close();
});

async function zweiteInstanz(app: TestApp) {
  let db: Database = app.db;
  if (app.db.kind === 'postgres') {
    // As a second process would: its own pool on the same database. (PGlite is one process only,
    // so there the second app shares the first one's database.)
    const [{ name }] = await app.db.prisma.$queryRaw<
      { name: string }[]
    >`SELECT current_database()::text AS name`;
    const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
    url.pathname = `/${name}`;
    db = await openDatabase({ databaseUrl: url.toString(), migrate: false, poolSize: 5 });
  }
  const config = loadConfig({
    APP_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    DATA_DIR: tmpdir(),
    NODE_ENV: 'test',
    WEB_DIST: path.join(tmpdir(), 'portal-no-web-dist'),
    LOG_LEVEL: 'silent',
  });
  const second = await createApp({
    config,
    db,
    mailer: createMailer({ smtpUrl: undefined, from: config.mailFrom }),
    clock: app.clock,
  });
  const server = second.express.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await second.stop();
      if (db !== app.db) await db.close();
    },
  };
}

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { benutzer { id } } }';
const PIN_LOGIN = 'mutation($input: PinLoginInput!) { loginMitPin(input: $input) { benutzer { id } } }';
const PIN = '24681357';
const NEUES_PASSWORT = 'Kiepenkerl-am-Prinzipalmarkt-7';
const ANTWORT_VERGESSEN = 'Wenn ein Konto zu Ihren Angaben existiert, haben wir Ihnen eine E-Mail gesendet.';

type Art = 'password' | 'pin';
const FALSCH: Record<Art, string> = { password: 'ANMELDUNG_FALSCHES_PASSWORT', pin: 'ANMELDUNG_FALSCHE_PIN' };

/**
 * Each burst comes from its own client address (the app trusts X-Forwarded-For from loopback),
 * so the per-address limit (30 failures in 15 minutes) does not get in the way between bursts.
 */
let adressen = 0;
const neueAdresse = () => {
  const n = adressen++;
  return `198.18.${Math.floor(n / 250)}.${(n % 250) + 1}`;
};

async function gqlVon(url: string, adresse: string, query: string, variables: Record<string, unknown>) {
  const response = await new TestClient(url).request('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': adresse },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GqlResult;
}

interface Antwort {
  code: string;
  message?: string;
  verbleibend?: number;
  gesperrtBis?: string;
}

async function anmelden(url: string, adresse: string, art: Art, email: string, geheimnis: string) {
  const result =
    art === 'password'
      ? await gqlVon(url, adresse, LOGIN, { input: { email, password: geheimnis } })
      : await gqlVon(url, adresse, PIN_LOGIN, { input: { email, pin: geheimnis } });
  if (!result.errors) return { code: 'OK' } satisfies Antwort;
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors;
  return {
    code: String(error.extensions?.code),
    message: error.message,
    verbleibend: error.extensions?.verbleibendeVersuche as number | undefined,
    gesperrtBis: error.extensions?.gesperrtBis as string | undefined,
  } satisfies Antwort;
}

const VERSUCHE = 21;
const falsches = (art: Art, i: number) => (art === 'pin' ? String(10_000_000 + i) : `falsches-Passwort-${i}`);

/**
 * 20 wrong secrets and the right one (sent as number `stelle`), all at the same moment, spread
 * over `urls`.
 */
async function angriff(
  urls: string[],
  art: Art,
  email: string,
  richtig: string,
  stelle = 10,
): Promise<Antwort[]> {
  const adresse = neueAdresse();
  return Promise.all(
    Array.from({ length: VERSUCHE }, (_, i) =>
      anmelden(urls[i % urls.length], adresse, art, email, i === stelle ? richtig : falsches(art, i)),
    ),
  );
}

/**
 * The invariant on the answers of one burst. Between two resets of the counter (in a burst only a
 * successful login resets it) at most MAX_FAILED_LOGINS attempts are checked against the hash: the
 * wrong ones answer with 4, 3, 2, 1 remaining attempts (the fifth with the lock), every other
 * attempt answers KONTO_GESPERRT unchecked. So each remaining count occurs at most once per
 * counting period, and without a success at most 5 answers are anything but KONTO_GESPERRT.
 */
function pruefeAntworten(antworten: Antwort[], art: Art) {
  const erlaubt = new Set(['OK', FALSCH[art], 'KONTO_GESPERRT']);
  expect(antworten.filter((a) => !erlaubt.has(a.code))).toEqual([]);
  const erfolge = antworten.filter((a) => a.code === 'OK').length;
  expect(erfolge).toBeLessThanOrEqual(1);
  const verbleibend = antworten.filter((a) => a.code === FALSCH[art]).map((a) => a.verbleibend);
  for (const v of verbleibend) expect([1, 2, 3, 4]).toContain(v);
  for (const v of [1, 2, 3, 4]) {
    expect(verbleibend.filter((x) => x === v).length).toBeLessThanOrEqual(1 + erfolge);
  }
  const mitAntwort = antworten.filter((a) => a.code !== 'KONTO_GESPERRT').length;
  if (erfolge === 0) expect(mitAntwort).toBeLessThanOrEqual(MAX_FAILED_LOGINS);
  for (const a of antworten.filter((x) => x.code === 'KONTO_GESPERRT')) {
    expectGerman(a.message!);
    expect(a.message).toContain('Passwort vergessen');
  }
  return { erfolge, mitAntwort };
}

const zaehler = (art: Art) =>
  art === 'password'
    ? ({ count: 'failedLoginCount', locked: 'lockedUntil' } as const)
    : ({ count: 'pinFailedCount', locked: 'pinLockedUntil' } as const);

async function sperrStand(userId: string, art: Art) {
  const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const spalten = zaehler(art);
  return { count: user[spalten.count], lockedUntil: user[spalten.locked] };
}

/** A fresh account per round, with a password or (an Ausbildungsbeauftragte) with a PIN only. */
async function konto(art: Art) {
  if (art === 'password') return buildUser(t.db.prisma);
  const org = await buildUnternehmen(t.db.prisma);
  const user = await buildUser(t.db.prisma, { passwordHash: null });
  await grantRole(t.db.prisma, user.id, 'AUSBILDUNGSBEAUFTRAGTE', { betriebsstaetteId: org.hauptsitz.id });
  return t.db.prisma.user.update({ where: { id: user.id }, data: { pinHash: await hashPassword(PIN) } });
}

/** Where the right secret is sent in the burst, per round: early, in the budget, late. */
const STELLEN = [10, 0, 4, 20, 2];
const RUNDEN = STELLEN.length;

async function angriffsRunden(art: Art, urls: string[]) {
  const richtig = art === 'pin' ? PIN : TEST_PASSWORD;
  const runden = [];
  for (let runde = 0; runde < RUNDEN; runde++) {
    const user = await konto(art);
    const antworten = await angriff(urls, art, user.email, richtig, STELLEN[runde]);
    const ergebnis = pruefeAntworten(antworten, art);
    runden.push(ergebnis);
    const stand = await sperrStand(user.id, art);
    // Never more than the budget counted, and a full budget always comes with the lock.
    expect(stand.count).toBeLessThanOrEqual(MAX_FAILED_LOGINS);
    expect(stand.count === MAX_FAILED_LOGINS).toBe(stand.lockedUntil !== null);
    if (ergebnis.erfolge === 0) {
      // The right secret was refused: the lock is set for 24 hours and holds, on every instance.
      expect(stand).toEqual({
        count: MAX_FAILED_LOGINS,
        lockedUntil: new Date(t.clock.now().getTime() + LOCK_DURATION_MS),
      });
      for (const url of urls) {
        const spaeter = await anmelden(url, neueAdresse(), art, user.email, richtig);
        expect(spaeter.code).toBe('KONTO_GESPERRT');
        expect(spaeter.gesperrtBis).toBe(stand.lockedUntil!.toISOString());
      }
      expect(await t.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    } else {
      // The right secret came within the budget (it was one of the first five checked).
      expect(await t.db.prisma.session.count({ where: { userId: user.id } })).toBe(1);
    }
  }
  // The right secret gets through only when it happens to be among the first five checked and no
  // lock was set before its check ended; before the fix it got through in every round.
  expect(runden.filter((r) => r.erfolge > 0).length).toBeLessThan(RUNDEN);
  return runden;
}

describe('the login lock under concurrent attempts', () => {
  it('20 wrong passwords and the right one at once: at most 5 answers, then only the lock (several rounds)', async () => {
    await angriffsRunden('password', [t.url]);
  });

  it('the same attack spread over two API instances on one database', async () => {
    await angriffsRunden('password', [t.url, zweite.url]);
  });

  it('PINs: 20 wrong PINs and the right one over two instances, with their own counter', async () => {
    await angriffsRunden('pin', [t.url, zweite.url]);
  });

  it('20 wrong passwords at once: exactly 4 answers with 4, 3, 2, 1 remaining attempts, then the lock', async () => {
    const user = await konto('password');
    const adresse = neueAdresse();
    const antworten = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        anmelden(i % 2 ? zweite.url : t.url, adresse, 'password', user.email, falsches('password', i)),
      ),
    );
    const falsch = antworten.filter((a) => a.code === FALSCH.password);
    expect(falsch.map((a) => a.verbleibend).sort()).toEqual([1, 2, 3, 4]);
    expect(antworten.filter((a) => a.code === 'KONTO_GESPERRT')).toHaveLength(16);
    expect(await sperrStand(user.id, 'password')).toEqual({
      count: MAX_FAILED_LOGINS,
      lockedUntil: new Date(t.clock.now().getTime() + LOCK_DURATION_MS),
    });
    // The password lock leaves a PIN alone and vice versa (separate counters).
    expect(await sperrStand(user.id, 'pin')).toEqual({ count: 0, lockedUntil: null });
  });
});

/** "Passwort vergessen" from the login page, then the token from the mail in the outbox. */
async function passwortVergessenLink(email: string): Promise<string> {
  const vorher = await t.db.prisma.mailOutbox.count({ where: { to: email } });
  const antwort = await gqlVon(t.url, neueAdresse(), PASSWORT_VERGESSEN, { kennung: email });
  expect(antwort).toEqual({ data: { passwortVergessen: { meldung: ANTWORT_VERGESSEN } } });
  // The mail is written in the background.
  await expect.poll(() => t.db.prisma.mailOutbox.count({ where: { to: email } })).toBe(vorher + 1);
  const mail = await t.db.prisma.mailOutbox.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: 'desc' },
  });
  const match = /\/passwort-setzen\?token=([\w-]+)/.exec(mail.text);
  expect(match, 'link in the mail').not.toBeNull();
  return match![1];
}

async function neuesPasswortSetzen(token: string) {
  return gqlVon(t.url, neueAdresse(), PASSWORT_SETZEN, {
    input: { token, passwort: NEUES_PASSWORT, passwortWiederholung: NEUES_PASSWORT },
  });
}

/** Wrong attempts one after the other until the account answers with the lock. */
async function sperren(art: Art, email: string) {
  const adresse = neueAdresse();
  for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
    if ((await anmelden(t.url, adresse, art, email, falsches(art, i))).code === 'KONTO_GESPERRT') return;
  }
  throw new Error('not locked after five wrong attempts');
}

describe('the owner lifts the lock with "Passwort vergessen"', () => {
  it('a locked account: the right password is refused, the reset link works and unlocks, the new password logs in', async () => {
    const user = await konto('password');
    await angriff([t.url, zweite.url], 'password', user.email, 'noch-ein-falsches-Passwort');
    const gesperrt = await anmelden(t.url, neueAdresse(), 'password', user.email, TEST_PASSWORD);
    expect(gesperrt.code).toBe('KONTO_GESPERRT');
    expect(gesperrt.message).toContain('„Passwort vergessen?“');

    // "Passwort vergessen" and the link itself work while the account is locked.
    const token = await passwortVergessenLink(user.email);
    const link = await gqlVon(t.url, neueAdresse(), KONTO_LINK, { token });
    expect(link).toEqual({
      data: { kontoLink: { zweck: 'PASSWORT_RESET', email: user.email, vorname: 'Test' } },
    });
    expect(await neuesPasswortSetzen(token)).toEqual({ data: { passwortSetzen: { email: user.email } } });

    expect(await t.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      failedLoginCount: 0,
      lockedUntil: null,
      pinFailedCount: 0,
      pinLockedUntil: null,
    });
    expect((await anmelden(zweite.url, neueAdresse(), 'password', user.email, TEST_PASSWORD)).code).toBe(
      FALSCH.password,
    );
    expect((await anmelden(zweite.url, neueAdresse(), 'password', user.email, NEUES_PASSWORT)).code).toBe(
      'OK',
    );
    // A fresh budget after the new password.
    expect(await sperrStand(user.id, 'password')).toEqual({ count: 0, lockedUntil: null });
  });

  it('an Ausbildungsbeauftragte with a PIN only: locked by wrong PINs, back in via "Passwort vergessen"', async () => {
    const user = await konto('pin');
    const antworten = await angriff([t.url, zweite.url], 'pin', user.email, '11112222');
    pruefeAntworten(antworten, 'pin');
    const gesperrt = await anmelden(t.url, neueAdresse(), 'pin', user.email, PIN);
    expect(gesperrt.code).toBe('KONTO_GESPERRT');
    expect(gesperrt.message).toContain('„Passwort vergessen?“');
    // The PIN lock does not touch the password counter (this account has no password yet).
    expect((await anmelden(t.url, neueAdresse(), 'password', user.email, 'irgendein-Passwort')).code).toBe(
      'ANMELDUNG_KEIN_PASSWORT',
    );
    expect(await sperrStand(user.id, 'password')).toEqual({ count: 0, lockedUntil: null });

    const token = await passwortVergessenLink(user.email);
    expect(await neuesPasswortSetzen(token)).toEqual({ data: { passwortSetzen: { email: user.email } } });
    expect(await sperrStand(user.id, 'pin')).toEqual({ count: 0, lockedUntil: null });
    expect((await anmelden(t.url, neueAdresse(), 'password', user.email, NEUES_PASSWORT)).code).toBe('OK');
    expect((await anmelden(zweite.url, neueAdresse(), 'pin', user.email, PIN)).code).toBe('OK');
  });

  it('both locks at once are lifted by one new password', async () => {
    const user = await konto('password');
    await t.db.prisma.user.update({ where: { id: user.id }, data: { pinHash: await hashPassword(PIN) } });
    await sperren('password', user.email);
    await sperren('pin', user.email);
    const token = await passwortVergessenLink(user.email);
    expect(await neuesPasswortSetzen(token)).toEqual({ data: { passwortSetzen: { email: user.email } } });
    expect(await sperrStand(user.id, 'password')).toEqual({ count: 0, lockedUntil: null });
    expect(await sperrStand(user.id, 'pin')).toEqual({ count: 0, lockedUntil: null });
    expect((await anmelden(t.url, neueAdresse(), 'pin', user.email, PIN)).code).toBe('OK');
    expect((await anmelden(t.url, neueAdresse(), 'password', user.email, NEUES_PASSWORT)).code).toBe('OK');
  });
});
