import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailer } from '../src/index.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives. */
async function startSmtp() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup) await fn();
  cleanup = [];
});

describe('mailer', () => {
  it('reports a reachable SMTP server and delivers a message to it', async () => {
    const smtp = await startSmtp();
    cleanup.push(smtp.close);
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      from: 'Portal <noreply@portal.test>',
    });
    cleanup.push(async () => mailer.close());
    expect(await mailer.verify()).toBe(true);
    await mailer.send({ to: 'azubi@example.org', subject: 'Grüße aus dem Portal', text: 'Hallo Max' });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].to).toEqual(['azubi@example.org']);
    expect(smtp.received[0].from).toBe('noreply@portal.test');
    expect(smtp.received[0].raw).toContain('Hallo Max');
  });

  it('reports an SMTP server that is down as unreachable, within the timeout', async () => {
    const smtp = await startSmtp();
    const port = smtp.port;
    await smtp.close();
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'noreply@portal.test' });
    cleanup.push(async () => mailer.close());
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
