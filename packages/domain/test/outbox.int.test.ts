import type { Database } from '@portal/db';
import { createTestDatabase } from '@portal/db/testing';
import { createMailer, type Mailer } from '@portal/mail';
import { startTestSmtpServer, type TestSmtpServer } from '@portal/mail/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deliverDueMails, enqueueMail, MAX_ATTEMPTS } from '../src/outbox/outbox.js';
import { fixedClock } from '../src/shared/clock.js';

let db: Database;
const clock = fixedClock(new Date('2026-11-24T10:00:00Z'));
const deps = () => ({ prisma: db.prisma, clock });
let smtp: TestSmtpServer | undefined;
let mailer: Mailer | undefined;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
afterEach(async () => {
  mailer?.close();
  await smtp?.close();
  smtp = undefined;
  await db.prisma.mailOutbox.deleteMany();
});

async function smtpOn(port = 0) {
  smtp = await startTestSmtpServer(port);
  mailer = createMailer({ smtpUrl: smtp.url, from: 'noreply@portal.test' });
  return smtp;
}

describe('mail outbox', () => {
  it('keeps mails through an SMTP outage and sends each exactly once when it is back', async () => {
    const probe = await startTestSmtpServer();
    const port = probe.port;
    await probe.close();
    const down = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'noreply@portal.test' });
    await db.prisma.$transaction(async (tx) => {
      await enqueueMail(tx, { to: 'a@example.org', subject: 'Eins', text: 'eins' }, clock.now());
      await enqueueMail(tx, { to: 'b@example.org', subject: 'Zwei', text: 'zwei' }, clock.now());
    });

    expect(await deliverDueMails(deps(), down)).toEqual({ sent: 0, failed: 2 });
    down.close();
    const waiting = await db.prisma.mailOutbox.findMany();
    expect(waiting.map((m) => [m.status, m.attempts])).toEqual([
      ['AUSSTEHEND', 1],
      ['AUSSTEHEND', 1],
    ]);
    expect(waiting[0].lastError).toBeTruthy();

    const server = await smtpOn(port);
    // Not yet due: the retry waits for its backoff.
    expect(await deliverDueMails(deps(), mailer!)).toEqual({ sent: 0, failed: 0 });
    clock.advance(60_000);
    expect(await deliverDueMails(deps(), mailer!)).toEqual({ sent: 2, failed: 0 });
    expect(await deliverDueMails(deps(), mailer!)).toEqual({ sent: 0, failed: 0 });
    expect(server.received.map((m) => m.to[0]).sort()).toEqual(['a@example.org', 'b@example.org']);
    expect((await db.prisma.mailOutbox.findMany()).every((m) => m.status === 'VERSENDET' && m.sentAt)).toBe(
      true,
    );
  });

  it('never lets two instances send the same mail', async () => {
    const server = await smtpOn();
    await db.prisma.$transaction(async (tx) => {
      for (let i = 0; i < 30; i++)
        await enqueueMail(tx, { to: `p${i}@example.org`, subject: `Nr ${i}`, text: 'x' }, clock.now());
    });
    // Two workers at once, as on two API instances sharing the database.
    const reports = await Promise.all([
      deliverDueMails(deps(), mailer!, 20),
      deliverDueMails(deps(), mailer!, 20),
    ]);
    const more = await deliverDueMails(deps(), mailer!, 20);
    expect(reports[0].sent + reports[1].sent + more.sent).toBe(30);
    const recipients = server.received.map((m) => m.to[0]);
    expect(new Set(recipients).size).toBe(30);
    expect(recipients).toHaveLength(30);
  });

  it('enqueues a mail with the same dedupe key once', async () => {
    for (let i = 0; i < 3; i++) {
      await db.prisma.$transaction((tx) =>
        enqueueMail(
          tx,
          { to: 'betrieb@example.org', subject: 'Einladung', text: 'x', dedupeKey: 'einladung:s1:b1' },
          clock.now(),
        ),
      );
    }
    expect(await db.prisma.mailOutbox.count()).toBe(1);
  });

  it('enqueues one mail, without an error, when parallel transactions use the same dedupe key', async () => {
    const dedupeKey = 'erinnerung:kw48:parallel';
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        db.prisma.$transaction(async (tx) => {
          await enqueueMail(
            tx,
            { to: 'azubi@example.org', subject: `Erinnerung ${i}`, text: 'x', dedupeKey },
            clock.now(),
          );
          // Keep the transaction open, so the others insert while this row is not yet committed.
          await new Promise((resolve) => setTimeout(resolve, 100));
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await db.prisma.mailOutbox.count({ where: { dedupeKey } })).toBe(1);
  });

  it('never sends a mail another instance has claimed since its own claim', async () => {
    const server = await smtpOn();
    await db.prisma.$transaction(async (tx) => {
      await enqueueMail(tx, { to: 'erste@example.org', subject: 'Eins', text: 'x' }, clock.now());
      clock.advance(1);
      await enqueueMail(tx, { to: 'zweite@example.org', subject: 'Zwei', text: 'x' }, clock.now());
    });
    let other: { sent: number; failed: number } | undefined;
    // Instance A claims both; while it sends the first, its claim of the second runs out and
    // instance B claims and sends that one.
    const slowA = {
      async send(message: Parameters<Mailer['send']>[0]) {
        if (!other) {
          await db.prisma.mailOutbox.updateMany({
            where: { to: 'zweite@example.org' },
            data: { claimedUntil: new Date('2000-01-01T00:00:00Z') },
          });
          other = await deliverDueMails(deps(), mailer!);
        }
        await mailer!.send(message);
      },
    };
    expect(await deliverDueMails(deps(), slowA)).toEqual({ sent: 1, failed: 0 });
    expect(other).toEqual({ sent: 1, failed: 0 });
    expect(server.received.map((m) => m.to[0]).sort()).toEqual(['erste@example.org', 'zweite@example.org']);
    const rows = await db.prisma.mailOutbox.findMany();
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['VERSENDET', 1],
      ['VERSENDET', 1],
    ]);
    // A stable Message-ID per outbox row: the row id.
    for (const row of rows) {
      expect(server.received.find((m) => m.to[0] === row.to)?.messageId).toBe(
        `<${row.id}@ausbildungsportal>`,
      );
    }
  });

  it('sends nothing for a change that rolled back', async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await enqueueMail(tx, { to: 'x@example.org', subject: 'x', text: 'x' }, clock.now());
        throw new Error('Abbruch');
      }),
    ).rejects.toThrow('Abbruch');
    expect(await db.prisma.mailOutbox.count()).toBe(0);
  });

  it('gives a mail up after the last attempt and keeps the error', async () => {
    await db.prisma.mailOutbox.create({
      data: {
        to: 'x@example.org',
        subject: 'x',
        text: 'x',
        attempts: MAX_ATTEMPTS - 1,
        nextAttemptAt: clock.now(),
      },
    });
    const failing = { send: async () => Promise.reject(new Error('550 Postfach unbekannt')) };
    expect(await deliverDueMails(deps(), failing)).toEqual({ sent: 0, failed: 1 });
    const mail = await db.prisma.mailOutbox.findFirstOrThrow();
    expect(mail.status).toBe('FEHLGESCHLAGEN');
    expect(mail.lastError).toContain('550');
  });
});
