import { hashPassword, LIMIT_LOGIN_ADRESSE } from '@portal/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, expectRefused } from './support/expect.js';
import { buildBetrieb, TEST_PASSWORD } from './support/factories.js';
import { startTestApp, type TestApp } from './support/harness.js';

// Its own file (own database): the limit counts every failed login from 127.0.0.1 in the window.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const PIN_LOGIN = 'mutation($input: PinLoginInput!) { loginMitPin(input: $input) { benutzer { id } } }';
const GEDROSSELT =
  'Zu viele fehlgeschlagene Anmeldeversuche von Ihrem Netzwerk. Bitte versuchen Sie es in 15 Minuten erneut.';

describe('failed logins per client address', () => {
  it('counts only failures (password and PIN), then refuses every login from that address for the window', async () => {
    const A = await buildBetrieb(t.db.prisma);
    const pin = '12345678';
    await t.db.prisma.user.update({
      where: { id: A.ohneRolle.id },
      data: { pinHash: await hashPassword(pin) },
    });
    const max = LIMIT_LOGIN_ADRESSE.max;
    expect(max).toBe(30);

    // Successful logins and invalid input cost nothing.
    for (let i = 0; i < 3; i++) await t.client().loginOk(A.admin.email, TEST_PASSWORD);
    expectRefused(await t.client().login('', 'x'), 'BAD_USER_INPUT');

    // Failures of every kind: unknown addresses, wrong passwords, wrong PINs (fewer than five per
    // account, so no account lock gets in the way).
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < max - 1; i++) {
      const result =
        i < 4
          ? await t.client().login(A.azubi.email, 'falsches-Passwort')
          : i < 8
            ? await t.client().gql(PIN_LOGIN, { input: { email: A.ohneRolle.email, pin: '87654321' } })
            : await t.client().login(`unbekannt-${i}@test.example`, 'egal-egal');
      codes.push(codeOf(result));
    }
    expect(new Set(codes)).toEqual(
      new Set(['ANMELDUNG_FALSCHES_PASSWORT', 'ANMELDUNG_FALSCHE_PIN', 'ANMELDUNG_UNBEKANNT']),
    );
    // A successful login in between still works and still costs nothing; the last failure uses up the budget.
    await t.client().loginOk(A.admin.email, TEST_PASSWORD);
    expectRefused(await t.client().login('noch-einer@test.example', 'egal-egal'), 'ANMELDUNG_UNBEKANNT');

    // Over the limit: even the right password and the right PIN are refused, before any check.
    const refused = expectRefused(
      await t.client().login(A.ausbilder.email, TEST_PASSWORD),
      'ANMELDUNG_ADRESSE_GEDROSSELT',
    );
    expect(refused.message).toBe(GEDROSSELT);
    expectRefused(
      await t.client().gql(PIN_LOGIN, { input: { email: A.ohneRolle.email, pin } }),
      'ANMELDUNG_ADRESSE_GEDROSSELT',
    );
    expect(
      await t.db.prisma.session.count({ where: { userId: { in: [A.ausbilder.id, A.ohneRolle.id] } } }),
    ).toBe(0);
    // The refused attempts did not reach the accounts' own counters.
    const ohneRolle = await t.db.prisma.user.findUniqueOrThrow({ where: { id: A.ohneRolle.id } });
    expect(ohneRolle.pinFailedCount).toBe(4);
    // The table keeps no client address.
    const rows = await t.db.prisma.drosselung.findMany({ where: { schluessel: { startsWith: 'login:' } } });
    expect(rows.map((r) => r.anzahl)).toEqual([max]);
    expect(rows[0].schluessel).not.toContain('127.0.0.1');

    // The next window starts afresh.
    t.clock.advance(LIMIT_LOGIN_ADRESSE.fensterMs);
    await t.client().loginOk(A.ausbilder.email, TEST_PASSWORD);
    const ok = await t.client().gql<{ loginMitPin: { benutzer: { id: string } } }>(PIN_LOGIN, {
      input: { email: A.ohneRolle.email, pin },
    });
    expect(ok.data?.loginMitPin.benutzer.id).toBe(A.ohneRolle.id);
  });
});
