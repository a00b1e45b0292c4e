import { afterEach, describe, expect, it } from 'vitest';
import { createMailer } from '../src/index.js';
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
