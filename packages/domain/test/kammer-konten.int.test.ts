import { createMailer, type Mailer } from '@portal/mail';
import { startTestSmtpServer, type TestSmtpServer } from '@portal/mail/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  consumeToken,
  type DomainDeps,
  DomainError,
  deliverDueMails,
  MAIL_NICHT_ZUGESTELLT,
  registrieren,
  unternehmenBeantragen,
  unternehmensantragGenehmigen,
  type Viewer,
} from '../src/index.js';
import { type DomainTestEnv, domainTestEnv, user, viewerOf } from './support/db.js';

/**
 * The account flows of the IHK against a real database and a real SMTP server on 127.0.0.1:
 * mails that reach the inbox carry working links, a failure leaves nothing half-written, and
 * parallel requests cannot create twice.
 */
let env: DomainTestEnv;
let kammer: { id: string; name: string };
let clerk: Viewer;
let smtp: TestSmtpServer | undefined;
let mailer: Mailer | undefined;
let adresse = 0;
const absender = () => ({ adresse: `198.51.100.${++adresse}` });

beforeAll(async () => {
  env = await domainTestEnv();
  kammer = await env.db.prisma.kammer.create({ data: { name: 'IHK Domänentest', kurzname: 'IHK-DT' } });
  const c = await user(env.db.prisma, { nachname: 'Sachbearbeiterin' });
  await env.db.prisma.rollenzuweisung.create({
    data: { userId: c.id, rolle: 'IHK_SACHBEARBEITER', kammerId: kammer.id },
  });
  clerk = await viewerOf(env, c.email);
});
afterAll(async () => {
  await env?.db.close();
});
afterEach(async () => {
  mailer?.close();
  await smtp?.close();
  smtp = undefined;
  mailer = undefined;
});

async function mitSmtp(): Promise<DomainDeps> {
  smtp = await startTestSmtpServer();
  mailer = createMailer({ smtpUrl: smtp.url, from: 'noreply@portal.test' });
  return { ...env.deps, mailer, publicUrl: 'http://portal.test' };
}

/** The body of a received mail, with quoted-printable soft breaks undone. */
const koerper = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');

function antrag(email: string, firmenname = `Firma ${email}`) {
  return {
    kammerId: kammer.id,
    firmenname,
    strasse: 'Am Markt 1',
    plz: '45879',
    ort: 'Gelsenkirchen',
    bundesland: 'NW',
    unternehmensEmail: `info-${email}`,
    vorname: 'Anna',
    nachname: 'Antrag',
    email,
  };
}

describe('mails through a real SMTP server', () => {
  it('a registration mail arrives at once, and its link sets up the account exactly once', async () => {
    const deps = await mitSmtp();
    const zustellung = await registrieren(
      deps,
      { kammerId: kammer.id, vorname: 'Tom', nachname: 'Teil', email: 'tom.teil@example.org' },
      absender(),
    );
    expect(zustellung.zugestellt).toBe(true);
    expect(smtp!.received.map((m) => m.to)).toEqual([['tom.teil@example.org']]);
    const body = koerper(smtp!.received[0].raw);
    const token = /http:\/\/portal\.test\/passwort-setzen\?token=([A-Za-z0-9_-]+)/.exec(body)?.[1];
    expect(token).toBeTruthy();
    const row = await env.db.prisma.$transaction((tx) =>
      consumeToken(tx, token!, ['EINLADUNG'], env.clock.now()),
    );
    const konto = await env.db.prisma.user.findUniqueOrThrow({ where: { id: row.userId } });
    expect(konto.email).toBe('tom.teil@example.org');
    await expect(
      env.db.prisma.$transaction((tx) => consumeToken(tx, token!, ['EINLADUNG'], env.clock.now())),
    ).rejects.toMatchObject({ code: 'LINK_UNGUELTIG' });
    const outbox = await env.db.prisma.mailOutbox.findFirstOrThrow({ where: { to: 'tom.teil@example.org' } });
    expect(outbox.status).toBe('VERSENDET');
  });

  it('when SMTP is down the answer carries the seed’s message and the outbox delivers later', async () => {
    const probe = await startTestSmtpServer();
    const port = probe.port;
    await probe.close();
    const down = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'noreply@portal.test' });
    const zustellung = await unternehmenBeantragen(
      { ...env.deps, mailer: down },
      antrag('spaeter@example.org'),
      absender(),
    );
    down.close();
    expect(zustellung).toMatchObject({ zugestellt: false, meldung: MAIL_NICHT_ZUGESTELLT });
    expect(zustellung.hinweis).toBeTruthy();
    const wartend = await env.db.prisma.mailOutbox.findFirstOrThrow({ where: { to: 'spaeter@example.org' } });
    expect(wartend.status).toBe('AUSSTEHEND');
    expect(await env.db.prisma.unternehmensantrag.count({ where: { email: 'spaeter@example.org' } })).toBe(1);

    smtp = await startTestSmtpServer(port);
    mailer = createMailer({ smtpUrl: smtp.url, from: 'noreply@portal.test' });
    env.clock.advance(10 * 60 * 1000);
    await deliverDueMails(env.deps, mailer);
    expect(smtp.received.map((m) => m.to[0])).toContain('spaeter@example.org');
  });
});

describe('approval is one transaction', () => {
  it('a failure in the middle leaves nothing half-written, and the approval works afterwards', async () => {
    const deps = env.deps;
    await unternehmenBeantragen(deps, antrag('halb@example.org', 'Halbe Sachen GmbH'), absender());
    const offen = await env.db.prisma.unternehmensantrag.findFirstOrThrow({
      where: { email: 'halb@example.org' },
    });
    const mailsVorher = await env.db.prisma.mailOutbox.count();
    const auditVorher = await env.db.prisma.auditEvent.count();
    // The invitation token is written after the Unternehmen, the Hauptsitz, the user and the role.
    await env.db.prisma.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION h6_test_abbruch() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'Testabbruch'; END $$ LANGUAGE plpgsql`,
    );
    await env.db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER h6_test_abbruch BEFORE INSERT ON "KontoToken" FOR EACH ROW EXECUTE FUNCTION h6_test_abbruch()`,
    );
    try {
      await expect(unternehmensantragGenehmigen(deps, clerk, offen.id)).rejects.toThrow(/Testabbruch/);
    } finally {
      await env.db.prisma.$executeRawUnsafe(`DROP TRIGGER h6_test_abbruch ON "KontoToken"`);
    }
    expect(
      (await env.db.prisma.unternehmensantrag.findUniqueOrThrow({ where: { id: offen.id } })).status,
    ).toBe('BEANTRAGT');
    expect(await env.db.prisma.unternehmen.count({ where: { name: 'Halbe Sachen GmbH' } })).toBe(0);
    expect(await env.db.prisma.betriebsstaette.count({ where: { name: 'Halbe Sachen GmbH' } })).toBe(0);
    expect(await env.db.prisma.user.count({ where: { email: 'halb@example.org' } })).toBe(0);
    expect(await env.db.prisma.mailOutbox.count()).toBe(mailsVorher);
    expect(await env.db.prisma.auditEvent.count()).toBe(auditVorher);

    const ok = await unternehmensantragGenehmigen(deps, clerk, offen.id);
    expect(ok.antrag.status).toBe('GENEHMIGT');
    expect(await env.db.prisma.unternehmen.count({ where: { name: 'Halbe Sachen GmbH' } })).toBe(1);
  });

  it('two clerks approving at the same time create one Unternehmen', async () => {
    await unternehmenBeantragen(env.deps, antrag('doppelt@example.org', 'Doppelt GmbH'), absender());
    const offen = await env.db.prisma.unternehmensantrag.findFirstOrThrow({
      where: { email: 'doppelt@example.org' },
    });
    const results = await Promise.allSettled([
      unternehmensantragGenehmigen(env.deps, clerk, offen.id),
      unternehmensantragGenehmigen(env.deps, clerk, offen.id),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(DomainError);
    expect((refused.reason as DomainError).code).toBe('ANTRAG_BEREITS_ENTSCHIEDEN');
    expect(await env.db.prisma.unternehmen.count({ where: { name: 'Doppelt GmbH' } })).toBe(1);
    expect(await env.db.prisma.user.count({ where: { email: 'doppelt@example.org' } })).toBe(1);
  });

  it('parallel registrations of one e-mail create one account', async () => {
    const eingabe = { kammerId: kammer.id, vorname: 'Pia', nachname: 'Parallel', email: 'pia@example.org' };
    const results = await Promise.allSettled([
      registrieren(env.deps, eingabe, absender()),
      registrieren(env.deps, eingabe, absender()),
      registrieren(env.deps, eingabe, absender()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    expect(await env.db.prisma.user.count({ where: { email: 'pia@example.org' } })).toBe(1);
    expect(
      await env.db.prisma.rollenzuweisung.count({
        where: { user: { email: 'pia@example.org' }, rolle: 'PRUEFUNGSTEILNEHMER' },
      }),
    ).toBe(1);
  });
});
