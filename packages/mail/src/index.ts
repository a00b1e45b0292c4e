import nodemailer, { type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Stable Message-ID, so a resend of the same outbox mail is recognisable. */
  messageId?: string;
  /** Aborting it stops the send: the connection is closed and `send` rejects. */
  signal?: AbortSignal;
}

/**
 * Limits of one send. The outbox claims a mail for 2 minutes (CLAIM_MS in
 * packages/domain/src/outbox/outbox.ts) and aborts each send after half of its claim (60 s); these
 * end every send well before that on their own, so no send can outlive its claim:
 * - `connectionMs` 10 s: DNS and TCP/TLS connect (nodemailer's default: 2 min);
 * - `greetingMs` 10 s: the server's greeting after connecting (default 30 s);
 * - `socketMs` 30 s: silence on the connection, e.g. waiting for the answer after the data
 *   (default 10 min, RFC 5321's suggestion for that answer: a server that takes longer gets the
 *   mail again later, with the same Message-ID);
 * - `sendMs` 45 s: the whole send, however slowly the server answers step by step.
 */
export const MAIL_TIMEOUTS = {
  connectionMs: 10_000,
  greetingMs: 10_000,
  socketMs: 30_000,
  sendMs: 45_000,
} as const;

export type MailTimeouts = { [K in keyof typeof MAIL_TIMEOUTS]: number };

export interface Mailer {
  configured: boolean;
  /** Whether the SMTP server answers (used by /healthz). */
  verify(timeoutMs?: number): Promise<boolean>;
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * nodemailer over SMTP, configured by SMTP_URL (smtp://user:pass@host:port, smtps://... for TLS).
 * Without SMTP_URL nothing can be sent and the health check says so. `timeouts` overrides
 * MAIL_TIMEOUTS (tests use a few hundred milliseconds).
 */
export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  timeouts?: Partial<MailTimeouts>;
}): Mailer {
  if (!options.smtpUrl) {
    return {
      configured: false,
      verify: async () => false,
      send: async () => {
        throw new Error('SMTP_URL ist nicht gesetzt: es kann keine E-Mail versendet werden.');
      },
      close: () => undefined,
    };
  }
  const timeouts: MailTimeouts = { ...MAIL_TIMEOUTS, ...options.timeouts };
  const transport: Transporter = nodemailer.createTransport(
    {
      url: options.smtpUrl,
      connectionTimeout: timeouts.connectionMs,
      greetingTimeout: timeouts.greetingMs,
      socketTimeout: timeouts.socketMs,
    },
    { from: options.from },
  );
  return {
    configured: true,
    async verify(timeoutMs = 2000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        return await Promise.race([transport.verify().then(() => true), timeout]);
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
    async send({ signal, ...message }) {
      // nodemailer closes the connection when the signal aborts (supportsAbortSignal), so an
      // aborted send cannot finish later in the background.
      const deadline = AbortSignal.timeout(timeouts.sendMs);
      await transport.sendMail({
        from: options.from,
        ...message,
        signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
      });
    },
    close: () => transport.close(),
  };
}
