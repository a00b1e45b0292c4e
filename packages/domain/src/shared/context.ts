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
  /**
   * Where warnings and errors go (rate limits hit, a lost outbox claim, a send whose result could
   * not be saved): the API passes its JSON logger, per request one that carries the request id.
   * Without it, one JSON line on the console.
   */
  log?: DomainLogger;
}

/** The part of a structured logger the domain uses (pino's Logger fits). */
export interface DomainLogger {
  warn(fields: Record<string, unknown>, message?: string): void;
  error(fields: Record<string, unknown>, message?: string): void;
}

/** One JSON line per call; errors with message and stack (JSON.stringify drops both otherwise). */
const consoleLogger: DomainLogger = {
  warn: (fields, message) => console.warn(jsonZeile('warn', fields, message)),
  error: (fields, message) => console.error(jsonZeile('error', fields, message)),
};

function jsonZeile(level: string, fields: Record<string, unknown>, message?: string): string {
  return JSON.stringify({ level, ...fields, ...(message ? { msg: message } : {}) }, (_key, value) =>
    value instanceof Error ? { type: value.name, message: value.message, stack: value.stack } : value,
  );
}

export const logOf = (deps: Pick<DomainDeps, 'log'>): DomainLogger => deps.log ?? consoleLogger;

export const linkTo = (deps: DomainDeps, path: string) =>
  `${deps.publicUrl ?? 'http://localhost:3000'}${path}`;
