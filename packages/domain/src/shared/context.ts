import type { PrismaClient } from '@portal/db';
import type { MailSender } from '../outbox/outbox.js';
import type { Clock } from './clock.js';

/** What every domain service needs from the outside world. */
export interface DomainDeps {
  prisma: PrismaClient;
  clock: Clock;
  /** Base URL for links in e-mails; defaults to http://localhost:3000. */
  publicUrl?: string;
  /**
   * SMTP, for the few mails the user waits for (invitation, password reset): they are sent right
   * after the commit so the page can say whether it worked (konten/zustellung.ts). Everything
   * else goes through the outbox job only.
   */
  mailer?: MailSender;
}

export const linkTo = (deps: DomainDeps, path: string) =>
  `${deps.publicUrl ?? 'http://localhost:3000'}${path}`;
