import { createMailer } from '@portal/mail';
import { startTestSmtpServer, type TestSmtpServer } from '@portal/mail/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ausbilderAccountErstellen,
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
  passwortAendern,
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

describe('review fixes: takeover and leaks', () => {
  it('a password reset kills a pending e-mail change: the old confirmation link is refused', async () => {
    const u = await user(env.db.prisma);
    const viewer = await viewerOf(env, u.email);
    const fremd = `fremd-${u.id.slice(0, 8)}@test.example`;
    await emailAendernAnfordern(deps, viewer, { neueEmail: fremd, passwort: PASSWORT });
    const bestaetigung = tokenAus(fremd, '/email-bestaetigen');
    await passwortVergessen(deps, { kennung: u.email, clientAdresse: '10.0.1.1' });
    await expect
      .poll(
        () =>
          smtp.received.filter((m) => m.to.includes(u.email) && m.raw.includes('/passwort-setzen')).length,
      )
      .toBe(1);
    await passwortSetzen(deps, {
      token: tokenAus(u.email, '/passwort-setzen'),
      passwort: NEU,
      passwortWiederholung: NEU,
      clientAdresse: '10.0.1.1',
    });
    expect(await codeOf(emailBestaetigen(deps, { token: bestaetigung, clientAdresse: '10.0.1.1' }))).toBe(
      'LINK_UNGUELTIG',
    );
    expect((await env.db.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).email).toBe(u.email);
  });

  it('a password change in the profile kills a pending e-mail change too', async () => {
    const u = await user(env.db.prisma);
    const viewer = await viewerOf(env, u.email);
    const fremd = `fremd2-${u.id.slice(0, 8)}@test.example`;
    await emailAendernAnfordern(deps, viewer, { neueEmail: fremd, passwort: PASSWORT });
    const bestaetigung = tokenAus(fremd, '/email-bestaetigen');
    await passwortAendern(deps, viewer, {
      aktuellesPasswort: PASSWORT,
      neuesPasswort: NEU,
      neuesPasswortWiederholung: NEU,
    });
    expect(await codeOf(emailBestaetigen(deps, { token: bestaetigung, clientAdresse: '10.0.1.2' }))).toBe(
      'LINK_UNGUELTIG',
    );
  });

  it('confirming a new address kills open reset links and ends the other sessions', async () => {
    const u = await user(env.db.prisma);
    const viewer = await viewerOf(env, u.email);
    const neu = `neu-${u.id.slice(0, 8)}@test.example`;
    const reset = await env.db.prisma.$transaction((tx) =>
      issueToken(tx, { userId: u.id, zweck: 'PASSWORT_RESET' }, env.clock.now()),
    );
    const andere = { id: (await login(deps, { email: u.email, password: PASSWORT })).sessionId };
    await emailAendernAnfordern(deps, viewer, { neueEmail: neu, passwort: PASSWORT });
    await emailBestaetigen(deps, {
      token: tokenAus(neu, '/email-bestaetigen'),
      clientAdresse: '10.0.1.3',
      sessionId: viewer.sessionId,
    });
    expect(
      await codeOf(
        passwortSetzen(deps, {
          token: reset.token,
          passwort: NEU,
          passwortWiederholung: NEU,
          clientAdresse: '10.0.1.3',
        }),
      ),
    ).toBe('LINK_UNGUELTIG');
    expect(
      (await env.db.prisma.session.findUniqueOrThrow({ where: { id: andere.id } })).revokedAt,
    ).not.toBeNull();
    expect(
      (await env.db.prisma.session.findUniqueOrThrow({ where: { id: viewer.sessionId } })).revokedAt,
    ).toBeNull();
  });

  it('e-mail change requests are limited to five per hour and account', async () => {
    const u = await user(env.db.prisma);
    const viewer = await viewerOf(env, u.email);
    for (let i = 0; i < 5; i++) {
      await emailAendernAnfordern(deps, viewer, {
        neueEmail: `x${i}-${u.id.slice(0, 8)}@test.example`,
        passwort: PASSWORT,
      });
    }
    expect(
      await codeOf(
        emailAendernAnfordern(deps, viewer, {
          neueEmail: `x9-${u.id.slice(0, 8)}@test.example`,
          passwort: PASSWORT,
        }),
      ),
    ).toBe('ZU_VIELE_VERSUCHE');
    expect(smtp.received.filter((m) => m.to.includes(`x9-${u.id.slice(0, 8)}@test.example`))).toEqual([]);
    env.clock.advance(STUNDE);
    await emailAendernAnfordern(deps, viewer, {
      neueEmail: `x9-${u.id.slice(0, 8)}@test.example`,
      passwort: PASSWORT,
    });
  });

  it('Passwort vergessen answers before the token transaction of a known account runs', async () => {
    const u = await user(env.db.prisma);
    let freigeben!: () => void;
    const schranke = new Promise<void>((resolve) => {
      freigeben = resolve;
    });
    const prisma = env.db.prisma;
    const gebremst = new Proxy(prisma, {
      get(target, prop, receiver) {
        if (prop === '$transaction') {
          return async (...args: Parameters<typeof prisma.$transaction>) => {
            await schranke;
            return (target.$transaction as (...a: unknown[]) => Promise<unknown>)(...args);
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const depsGebremst: DomainDeps = { ...deps, prisma: gebremst };
    const antwort = await Promise.race([
      passwortVergessen(depsGebremst, { kennung: u.email, clientAdresse: '10.0.1.4' }),
      new Promise((resolve) => setTimeout(() => resolve('wartet'), 2000)),
    ]);
    expect(antwort).toEqual({ meldung: PASSWORT_VERGESSEN_ANTWORT });
    expect(smtp.received.filter((m) => m.to.includes(u.email))).toEqual([]);
    freigeben();
    await expect.poll(() => smtp.received.filter((m) => m.to.includes(u.email)).length).toBe(1);
  });

  it('an Identnummer that matches two people (case-insensitively) sends nothing', async () => {
    const b = await betrieb();
    const [a, c] = [await user(env.db.prisma), await user(env.db.prisma)];
    const ident = `dup-${a.id.slice(0, 8)}`;
    await env.db.prisma.ausbildungsverhaeltnis.update({
      where: { id: b.vertrag.id },
      data: { identnummer: ident.toUpperCase(), azubiUserId: a.id },
    });
    await env.db.prisma.ausbildungsverhaeltnis.create({
      data: {
        betriebsstaetteId: b.org.hauptsitz.id,
        berufId: b.vertrag.berufId,
        identnummer: ident,
        azubiVorname: 'C',
        azubiNachname: 'C',
        azubiUserId: c.id,
        beginn: b.vertrag.beginn,
        ende: b.vertrag.ende,
      },
    });
    expect(await passwortVergessen(deps, { kennung: ident, clientAdresse: '10.0.1.5' })).toEqual({
      meldung: PASSWORT_VERGESSEN_ANTWORT,
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received.filter((m) => m.to.includes(a.email) || m.to.includes(c.email))).toEqual([]);
    expect(await env.db.prisma.kontoToken.count({ where: { userId: { in: [a.id, c.id] } } })).toBe(0);
  });

  it('a PIN-only account (Ausbildungsbeauftragte) counts as able to log in: no invitation', async () => {
    const b = await betrieb();
    const pin = await env.db.prisma.user.create({
      data: {
        email: `pin-${b.vertrag.id.slice(0, 8)}@test.example`,
        vorname: 'Pia',
        nachname: 'Pin',
        pinHash: 'pin-hash',
      },
    });
    // A member of the Unternehmen (an outsider would be invited, see rollen-einladung.int.test.ts).
    await env.db.prisma.rollenzuweisung.create({
      data: { userId: pin.id, rolle: 'AUSBILDUNGSBEAUFTRAGTE', betriebsstaetteId: b.org.hauptsitz.id },
    });
    const r = await ausbilderAccountErstellen(deps, b.viewer, {
      betriebsstaetteId: b.org.hauptsitz.id,
      email: pin.email,
      vorname: 'Pia',
      nachname: 'Pin',
    });
    expect(r.meldung).toContain('bestehende Konto');
    expect(await env.db.prisma.kontoToken.count({ where: { userId: pin.id, zweck: 'EINLADUNG' } })).toBe(0);
    expect(smtp.received.filter((m) => m.to.includes(pin.email)).at(-1)?.raw).not.toContain('token=');
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
