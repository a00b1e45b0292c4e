import { createMailer } from '@portal/mail';
import { startTestSmtpServer, type TestSmtpServer } from '@portal/mail/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  azubiAccountErstellen,
  consumeToken,
  type DomainDeps,
  DomainError,
  deliverDueMails,
  drosselungAufraeumen,
  drosselungZaehlen,
  emailAendernAnfordern,
  emailBestaetigen,
  enqueueSofortMail,
  issueToken,
  login,
  MAIL_NICHT_ZUGESTELLT,
  PASSWORT_VERGESSEN_ANTWORT,
  passwortSetzen,
  passwortVergessen,
  sofortZustellen,
} from '../src/index.js';
import {
  type DomainTestEnv,
  domainTestEnv,
  grant,
  PASSWORT,
  unternehmen,
  user,
  viewerOf,
} from './support/db.js';

const STUNDE = 60 * 60 * 1000;
const NEU = 'Lindenbaum-vor-dem-Tore-7';

let env: DomainTestEnv;
let smtp: TestSmtpServer;
let deps: DomainDeps;
let mailer: ReturnType<typeof createMailer>;
beforeAll(async () => {
  env = await domainTestEnv(new Date('2027-05-03T07:00:00Z'));
  smtp = await startTestSmtpServer();
  mailer = createMailer({ smtpUrl: smtp.url, from: 'noreply@portal.test' });
  deps = { ...env.deps, mailer, publicUrl: 'https://portal.test' };
});
afterAll(async () => {
  mailer?.close();
  await smtp?.close();
  await env?.db.close();
});
beforeEach(() => env.clock.advance(2 * STUNDE));

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
};

function tokenAus(to: string, pfad: string): string {
  const mails = smtp.received.filter((m) => m.to.includes(to));
  expect(mails.length, `mail to ${to}`).toBeGreaterThan(0);
  const text = mails
    .at(-1)!
    .raw.replace(/=\r?\n/g, '')
    .replace(/=3D/g, '=');
  const match = new RegExp(`https://portal\\.test${pfad}\\?token=([\\w-]+)`).exec(text);
  expect(match, `link ${pfad} to ${to}`).not.toBeNull();
  return match![1];
}

async function betrieb() {
  const org = await unternehmen(env.db.prisma);
  const admin = await user(env.db.prisma);
  await grant(env.db.prisma, admin.id, 'AUSBILDUNGSADMINISTRATOR', org.hauptsitz.id);
  const beruf = await env.db.prisma.ausbildungsberuf.create({
    data: { bezeichnung: 'Kaufleute', berufsnummer: `K-${org.hauptsitz.id.slice(0, 8)}` },
  });
  const vertrag = await env.db.prisma.ausbildungsverhaeltnis.create({
    data: {
      betriebsstaetteId: org.hauptsitz.id,
      berufId: beruf.id,
      identnummer: `ID-${org.hauptsitz.id.slice(0, 10)}`,
      azubiVorname: 'Mia',
      azubiNachname: 'Muster',
      beginn: new Date('2026-08-01T00:00:00Z'),
      ende: new Date('2029-07-31T00:00:00Z'),
    },
  });
  return { org, admin, vertrag, viewer: await viewerOf(env, admin.email) };
}

describe('accounts and links through the domain services', () => {
  it('Account erstellen -> EINLADUNG link by SMTP -> password -> login; the link works once', async () => {
    const b = await betrieb();
    const email = `mia-${b.vertrag.id.slice(0, 8)}@test.example`;
    const r = await azubiAccountErstellen(deps, b.viewer, { vertragId: b.vertrag.id, email });
    expect(r.zustellung.zugestellt).toBe(true);
    const token = tokenAus(email, '/passwort-setzen');
    await passwortSetzen(deps, {
      token,
      passwort: NEU,
      passwortWiederholung: NEU,
      clientAdresse: '10.0.0.1',
    });
    expect((await login(deps, { email, password: NEU })).userId).toBeTruthy();
    expect(
      await codeOf(
        passwortSetzen(deps, { token, passwort: NEU, passwortWiederholung: NEU, clientAdresse: '10.0.0.1' }),
      ),
    ).toBe('LINK_UNGUELTIG');
  });

  it('of two parallel uses of one link exactly one wins', async () => {
    const u = await user(env.db.prisma);
    const t = await env.db.prisma.$transaction((tx) =>
      issueToken(tx, { userId: u.id, zweck: 'PASSWORT_RESET' }, env.clock.now()),
    );
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        codeOf(
          env.db.prisma.$transaction((tx) => consumeToken(tx, t.token, ['PASSWORT_RESET'], env.clock.now())),
        ),
      ),
    );
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
  });

  it('Passwort vergessen: same answer for everyone; a login with the old password kills the link', async () => {
    const u = await user(env.db.prisma);
    for (const kennung of [u.email, 'gibt-es-nicht@test.example', 'ID-UNBEKANNT']) {
      expect(await passwortVergessen(deps, { kennung, clientAdresse: '10.0.0.2' })).toEqual({
        meldung: PASSWORT_VERGESSEN_ANTWORT,
      });
    }
    await expect.poll(() => smtp.received.filter((m) => m.to.includes(u.email)).length).toBe(1);
    const token = tokenAus(u.email, '/passwort-setzen');
    await login(deps, { email: u.email, password: PASSWORT });
    expect(
      await codeOf(
        passwortSetzen(deps, { token, passwort: NEU, passwortWiederholung: NEU, clientAdresse: '10.0.0.2' }),
      ),
    ).toBe('LINK_UNGUELTIG');
  });

  it('e-mail change: a newer request invalidates the older link; confirming switches the address', async () => {
    const u = await user(env.db.prisma);
    const viewer = await viewerOf(env, u.email);
    const a = `a-${u.id.slice(0, 8)}@test.example`;
    const b = `b-${u.id.slice(0, 8)}@test.example`;
    await emailAendernAnfordern(deps, viewer, { neueEmail: a, passwort: PASSWORT });
    const erster = tokenAus(a, '/email-bestaetigen');
    await emailAendernAnfordern(deps, viewer, { neueEmail: b, passwort: PASSWORT });
    const zweiter = tokenAus(b, '/email-bestaetigen');
    expect(await codeOf(emailBestaetigen(deps, { token: erster, clientAdresse: '10.0.0.3' }))).toBe(
      'LINK_UNGUELTIG',
    );
    expect(await emailBestaetigen(deps, { token: zweiter, clientAdresse: '10.0.0.3' })).toEqual({ email: b });
    expect((await env.db.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).email).toBe(b);
    // The old address got a notice for each request.
    expect(smtp.received.filter((m) => m.to.includes(u.email))).toHaveLength(2);
  });

  it('an e-mail change whose address was taken meanwhile is refused at confirmation', async () => {
    const u = await user(env.db.prisma);
    const viewer = await viewerOf(env, u.email);
    const ziel = `ziel-${u.id.slice(0, 8)}@test.example`;
    await emailAendernAnfordern(deps, viewer, { neueEmail: ziel, passwort: PASSWORT });
    const token = tokenAus(ziel, '/email-bestaetigen');
    await env.db.prisma.user.create({ data: { email: ziel, vorname: 'Schneller', nachname: 'Mensch' } });
    expect(await codeOf(emailBestaetigen(deps, { token, clientAdresse: '10.0.0.4' }))).toBe('EMAIL_VERGEBEN');
    expect((await env.db.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).email).toBe(u.email);
  });
});

describe('Drosselung (shared fixed windows)', () => {
  it('counts atomically under parallel requests and starts a new window each hour', async () => {
    const key = `test:${Date.now()}`;
    const counts = await Promise.all(
      Array.from({ length: 12 }, () =>
        drosselungZaehlen(env.db.prisma, key, { fensterMs: STUNDE }, env.clock.now()),
      ),
    );
    expect([...counts].sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    env.clock.advance(STUNDE);
    expect(await drosselungZaehlen(env.db.prisma, key, { fensterMs: STUNDE }, env.clock.now())).toBe(1);
    env.clock.advance(25 * STUNDE);
    expect(await drosselungAufraeumen(env.deps)).toBeGreaterThanOrEqual(2);
  });
});

describe('when SMTP is down', () => {
  it('the result carries the seed message; the mail stays in the outbox and is delivered later', async () => {
    const tot = createMailer({ smtpUrl: 'smtp://127.0.0.1:9', from: 'noreply@portal.test' });
    const depsTot: DomainDeps = { ...deps, mailer: tot };
    const b = await betrieb();
    const email = `spaeter-${b.vertrag.id.slice(0, 8)}@test.example`;
    const r = await azubiAccountErstellen(depsTot, b.viewer, { vertragId: b.vertrag.id, email });
    expect(r.zustellung).toMatchObject({ zugestellt: false, meldung: MAIL_NICHT_ZUGESTELLT });
    const row = await env.db.prisma.mailOutbox.findFirstOrThrow({ where: { to: email } });
    expect(row).toMatchObject({ status: 'AUSSTEHEND', attempts: 1 });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(env.clock.now().getTime());

    // Without a mailer at all (SMTP_URL unset) the answer says so too, and nothing is counted as an attempt.
    const key = await env.db.prisma.$transaction((tx) =>
      enqueueSofortMail(tx, { to: 'ohne-smtp@test.example', subject: 'x', text: 'y' }, env.clock.now()),
    );
    expect((await sofortZustellen(env.deps, key)).zugestellt).toBe(false);
    expect(await env.db.prisma.mailOutbox.findUniqueOrThrow({ where: { dedupeKey: key } })).toMatchObject({
      status: 'AUSSTEHEND',
      attempts: 0,
      claimedUntil: null,
    });

    env.clock.advance(STUNDE);
    await deliverDueMails(env.deps, mailer, 100);
    expect(tokenAus(email, '/passwort-setzen')).toBeTruthy();
    // A repeated immediate send of a mail the job already delivered counts as delivered.
    expect((await sofortZustellen(deps, row.dedupeKey!)).zugestellt).toBe(true);
    tot.close();
  });
});
