import { afterEach, describe, expect, it } from 'vitest';
import { createMailer, MAIL_TIMEOUTS } from '../src/index.js';
import { startTestSmtpServer } from '../src/testing.js';

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup) await fn();
  cleanup = [];
});

describe('mailer', () => {
  it('reports a reachable SMTP server and delivers a message to it', async () => {
    const smtp = await startTestSmtpServer();
    cleanup.push(smtp.close);
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'Portal <noreply@portal.test>' });
    cleanup.push(() => mailer.close());
    expect(await mailer.verify()).toBe(true);
    await mailer.send({
      to: 'azubi@example.org',
      subject: 'Grüße aus dem Portal',
      text: 'Hallo Max',
      messageId: '<m1@test>',
    });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].to).toEqual(['azubi@example.org']);
    expect(smtp.received[0].from).toBe('noreply@portal.test');
    expect(smtp.received[0].raw).toContain('Hallo Max');
    expect(smtp.received[0].raw).toContain('Message-ID: <m1@test>');
  });

  it('reports an SMTP server that is down as unreachable, within the timeout', async () => {
    const smtp = await startTestSmtpServer();
    await smtp.close();
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'noreply@portal.test' });
    cleanup.push(() => mailer.close());
    expect(await mailer.verify(1000)).toBe(false);
    await expect(mailer.send({ to: 'a@example.org', subject: 'x', text: 'y' })).rejects.toThrow();
  });

  it('without SMTP_URL says it is not configured and refuses to send', async () => {
    const mailer = createMailer({ smtpUrl: undefined, from: 'noreply@portal.test' });
    expect(mailer.configured).toBe(false);
    expect(await mailer.verify()).toBe(false);
    await expect(mailer.send({ to: 'a@example.org', subject: 'x', text: 'y' })).rejects.toThrow('SMTP_URL');
  });
});

describe('mailer timeouts', () => {
  it('gives up on a server that holds its final answer longer than the send timeout', async () => {
    const smtp = await startTestSmtpServer({ holdAnswerMs: 3000 });
    cleanup.push(smtp.close);
    const mailer = createMailer({
      smtpUrl: smtp.url,
      from: 'noreply@portal.test',
      timeouts: { connectionMs: 500, greetingMs: 500, socketMs: 500, sendMs: 1000 },
    });
    cleanup.push(() => mailer.close());
    const started = Date.now();
    await expect(
      mailer.send({ to: 'a@example.org', subject: 'x', text: 'y', messageId: '<m2@test>' }),
    ).rejects.toThrow();
    // Well before the server would have answered (3 s); the exact moment is not the point.
    expect(Date.now() - started).toBeLessThan(2900);
    await smtp.idle();
    // The connection was closed before the answer: the server never acknowledged the message.
    expect(smtp.received).toEqual([]);
    expect(smtp.unacknowledged.map((m) => m.messageId)).toEqual(['<m2@test>']);
  });

  it('stops a send when the caller aborts it', async () => {
    const smtp = await startTestSmtpServer({ holdAnswerMs: 3000 });
    cleanup.push(smtp.close);
    const mailer = createMailer({ smtpUrl: smtp.url, from: 'noreply@portal.test' });
    cleanup.push(() => mailer.close());
    const started = Date.now();
    await expect(
      mailer.send({ to: 'a@example.org', subject: 'x', text: 'y', signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2900);
    await smtp.idle();
    expect(smtp.received).toEqual([]);
  });

  it('keeps every timeout of the default configuration below the outbox claim', () => {
    // The outbox claims a mail for 2 minutes and aborts a send after half of it (packages/domain
    // outbox.ts); the mailer's own limits must end every send before that.
    expect(MAIL_TIMEOUTS.sendMs).toBeLessThanOrEqual(60_000);
    expect(MAIL_TIMEOUTS.connectionMs + MAIL_TIMEOUTS.greetingMs).toBeLessThan(MAIL_TIMEOUTS.sendMs);
    expect(MAIL_TIMEOUTS.socketMs).toBeLessThan(MAIL_TIMEOUTS.sendMs);
  });
});
