import nodemailer, { type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Stable Message-ID, so a resend of the same outbox mail is recognisable. */
  messageId?: string;
}

export interface Mailer {
  configured: boolean;
  /** Whether the SMTP server answers (used by /healthz). */
  verify(timeoutMs?: number): Promise<boolean>;
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * nodemailer over SMTP, configured by SMTP_URL (smtp://user:pass@host:port, smtps://... for TLS).
 * Without SMTP_URL nothing can be sent and the health check says so.
 */
export function createMailer(options: { smtpUrl: string | undefined; from: string }): Mailer {
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
  const transport: Transporter = nodemailer.createTransport(options.smtpUrl, { from: options.from });
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
    async send(message) {
      await transport.sendMail({ from: options.from, ...message });
    },
    close: () => transport.close(),
  };
}
