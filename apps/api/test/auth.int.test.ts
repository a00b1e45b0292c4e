import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, expectGerman, expectRefused } from './support/expect.js';
import { buildBetrieb, buildUser, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp, type TestClient } from './support/harness.js';

const HOUR = 60 * 60 * 1000;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const failedCount = async (userId: string) =>
  (await t.db.prisma.user.findUniqueOrThrow({ where: { id: userId } })).failedLoginCount;

/** A wrong-password attempt; returns the answer's code and remaining attempts. */
async function wrong(client: TestClient, email: string) {
  const error = errorOf(await client.login(email, 'falsches-Passwort'));
  return { code: error.extensions?.code, remaining: error.extensions?.verbleibendeVersuche };
}

describe('login', () => {
  it('logs in with e-mail and password and shows the own Arbeitsbereich', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const client = t.client();
    const result = await client.login(b.admin.email.toUpperCase(), TEST_PASSWORD);
    expect(result.errors).toBeUndefined();
    expect(client.cookie('portal_session')).toBeTruthy();
    const me = await client.gql<{ me: { aktuellerArbeitsbereich: { name: string; rollen: string[] } } }>(
      '{ me { aktuellerArbeitsbereich { name rollen } } }',
    );
    expect(me.data?.me.aktuellerArbeitsbereich).toEqual({
      name: b.hauptsitz.name,
      rollen: ['AUSBILDUNGSADMINISTRATOR'],
    });
  });

  it('ignores surrounding spaces and case in the e-mail and records the login', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const result = await t.client().login(`  ${b.azubi.email.replace(/^p/, 'P')}  `, TEST_PASSWORD);
    expect(result.data?.login).toMatchObject({ benutzer: { id: b.azubi.id, email: b.azubi.email } });
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: b.azubi.id } });
    expect(user.lastLoginAt).toEqual(t.clock.now());
    expect(await t.db.prisma.session.count({ where: { userId: b.azubi.id } })).toBe(1);
  });

  it('refuses a wrong password in German, on the password field, with the remaining attempts', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const client = t.client();
    const result = await client.login(b.ausbilder.email, 'falsches-Passwort');
    const error = expectRefused(result, 'ANMELDUNG_FALSCHES_PASSWORT');
    expect(error.extensions?.field).toBe('password');
    expect(error.extensions?.verbleibendeVersuche).toBe(4);
    expect(error.message).toBe(
      'Das Passwort ist nicht korrekt. Nach 4 weiteren Fehlversuchen wird Ihr Konto für 24 Stunden gesperrt.',
    );
    expect(client.cookie('portal_session')).toBeUndefined();
    expect(await t.db.prisma.session.count({ where: { userId: b.ausbilder.id } })).toBe(0);
  });

  it('says the account is unknown, and where to look, for an unregistered e-mail', async () => {
    const error = expectRefused(
      await t.client().login('niemand-hier@test.example', TEST_PASSWORD),
      'ANMELDUNG_UNBEKANNT',
    );
    expect(error.extensions?.field).toBe('email');
    expect(error.message).toContain('nicht im Ausbildungsportal registriert');
    expect(error.message).toContain('richtige IHK');
  });

  it.each([
    ['email', '', TEST_PASSWORD, 'Bitte geben Sie Ihre E-Mail-Adresse ein.'],
    ['email', '   ', TEST_PASSWORD, 'Bitte geben Sie Ihre E-Mail-Adresse ein.'],
    ['password', 'jemand@test.example', '', 'Bitte geben Sie Ihr Passwort ein.'],
  ])('names the empty field (%s) in German', async (field, email, password, message) => {
    const error = expectRefused(await t.client().login(email, password), 'BAD_USER_INPUT');
    expect(error.extensions?.field).toBe(field);
    expect(error.message).toBe(message);
  });

  it('refuses an overlong e-mail with a German message on the field', async () => {
    const error = expectRefused(
      await t.client().login(`${'a'.repeat(250)}@test.example`, TEST_PASSWORD),
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.field).toBe('email');
    expect(error.message).toBe('Die E-Mail-Adresse in „email“ ist zu lang (höchstens 254 Zeichen).');
  });

  it('tells a user without a password to use the invitation link', async () => {
    const user = await buildUser(t.db.prisma, { passwordHash: null });
    const error = expectRefused(
      await t.client().login(user.email, 'irgendein-Passwort'),
      'ANMELDUNG_KEIN_PASSWORT',
    );
    expect(error.message).toContain('Passwort vergessen');
    expect(await t.db.prisma.session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe('locking after failed logins', () => {
  it('locks after 5 failures in a row, refuses even the right password, and opens again after 24 hours', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const client = t.client();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await wrong(client, b.azubi.email));
    expect(answers).toEqual([
      { code: 'ANMELDUNG_FALSCHES_PASSWORT', remaining: 4 },
      { code: 'ANMELDUNG_FALSCHES_PASSWORT', remaining: 3 },
      { code: 'ANMELDUNG_FALSCHES_PASSWORT', remaining: 2 },
      { code: 'ANMELDUNG_FALSCHES_PASSWORT', remaining: 1 },
      { code: 'KONTO_GESPERRT', remaining: undefined },
    ]);
    const lockedAt = t.clock.now();

    const refused = expectRefused(await client.login(b.azubi.email, TEST_PASSWORD), 'KONTO_GESPERRT');
    expect(refused.message).toContain('gesperrt');
    expect(refused.message).toContain('Uhr');
    expect(refused.extensions?.gesperrtBis).toBe(new Date(lockedAt.getTime() + 24 * HOUR).toISOString());
    expect(client.cookie('portal_session')).toBeUndefined();

    t.clock.advance(24 * HOUR - 60_000);
    expectRefused(await client.login(b.azubi.email, TEST_PASSWORD), 'KONTO_GESPERRT');

    t.clock.advance(60_000);
    const result = await client.login(b.azubi.email, TEST_PASSWORD);
    expect(result.errors).toBeUndefined();
    expect(await failedCount(b.azubi.id)).toBe(0);
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { id: b.azubi.id } });
    expect(user.lockedUntil).toBeNull();
  });

  it('starts counting afresh once a lock has run out', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const client = t.client();
    for (let i = 0; i < 5; i++) await wrong(client, b.ausbilder.email);
    t.clock.advance(24 * HOUR + 1);
    expect(await wrong(client, b.ausbilder.email)).toEqual({
      code: 'ANMELDUNG_FALSCHES_PASSWORT',
      remaining: 4,
    });
    expect(await failedCount(b.ausbilder.id)).toBe(1);
  });

  it('a successful login resets the counter (4 failures, success, 4 failures: not locked)', async () => {
    const b = await buildBetrieb(t.db.prisma);
    const client = t.client();
    for (let i = 0; i < 4; i++) await wrong(client, b.admin.email);
    expect(await failedCount(b.admin.id)).toBe(4);
    await t.client().loginOk(b.admin.email, TEST_PASSWORD);
    expect(await failedCount(b.admin.id)).toBe(0);
    const again = [];
    for (let i = 0; i < 4; i++) again.push(await wrong(client, b.admin.email));
    expect(again.map((a) => a.code)).not.toContain('KONTO_GESPERRT');
    expect(again.at(-1)).toEqual({ code: 'ANMELDUNG_FALSCHES_PASSWORT', remaining: 1 });
    const result = await client.login(b.admin.email, TEST_PASSWORD);
    expect(result.errors).toBeUndefined();
  });

  it('failures of one account do not lock another', async () => {
    const b = await buildBetrieb(t.db.prisma);
    for (let i = 0; i < 5; i++) await wrong(t.client(), b.ohneRolle.email);
    expect((await t.client().login(b.azubi.email, TEST_PASSWORD)).errors).toBeUndefined();
    expect(await failedCount(b.azubi.id)).toBe(0);
  });

  it('the lock message is German and names the time in Berlin time', async () => {
    const b = await buildBetrieb(t.db.prisma);
    t.clock.set(new Date('2030-07-01T10:00:00Z'));
    for (let i = 0; i < 5; i++) await wrong(t.client(), b.ausbilder.email);
    const error = errorOf(await t.client().login(b.ausbilder.email, TEST_PASSWORD));
    expectGerman(error.message);
    expect(error.message).toContain('bis 02.07.2030, 12:00 Uhr gesperrt');
  });
});
