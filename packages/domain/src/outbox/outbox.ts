import type { MailOutbox, Prisma } from '@portal/db';
import type { DomainDeps } from '../shared/context.js';

export interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Enqueueing the same key twice keeps one mail (jobs that may run twice, several instances). */
  dedupeKey?: string;
}

/** What the outbox needs from the SMTP side (packages/mail's Mailer fits). */
export interface MailSender {
  send(message: {
    to: string;
    subject: string;
    text: string;
    html?: string;
    messageId?: string;
  }): Promise<void>;
}

type Tx = Pick<Prisma.TransactionClient, 'mailOutbox'>;

/** Attempts before a mail is given up as FEHLGESCHLAGEN (about two days with the backoff below). */
export const MAX_ATTEMPTS = 12;
/** How long one instance may take to send a claimed mail before another may try. */
export const CLAIM_MS = 2 * 60 * 1000;

export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 4 * 60 * 60 * 1000);
}

/**
 * Writes a mail into the outbox, inside the caller's transaction: if the change rolls back, no
 * mail goes out; if it commits, the mail will go out even if SMTP is down right now.
 */
export async function enqueueMail(tx: Tx, mail: OutboxMail, now: Date): Promise<void> {
  const data = { ...mail, createdAt: now, nextAttemptAt: now };
  if (mail.dedupeKey) {
    await tx.mailOutbox.upsert({ where: { dedupeKey: mail.dedupeKey }, create: data, update: {} });
  } else {
    await tx.mailOutbox.create({ data });
  }
}

export interface DeliveryReport {
  sent: number;
  failed: number;
}

/**
 * Claims due mails with FOR UPDATE SKIP LOCKED, so several API instances never send the same mail
 * at the same time, then sends each and records the outcome. A failed send is retried later with
 * exponential backoff; nothing is lost while SMTP is down. The Message-ID is the outbox id, so a
 * resend after a crash between sending and recording is recognisable as the same mail.
 */
export async function deliverDueMails(
  deps: DomainDeps,
  sender: MailSender,
  batchSize = 20,
): Promise<DeliveryReport> {
  const now = deps.clock.now();
  const claimedUntil = new Date(now.getTime() + CLAIM_MS);
  const claimed = await deps.prisma.$queryRaw<MailOutbox[]>`
    UPDATE "MailOutbox" SET "claimedUntil" = ${claimedUntil}, "attempts" = "attempts" + 1
    WHERE id IN (
      SELECT id FROM "MailOutbox"
      WHERE status = 'AUSSTEHEND' AND "nextAttemptAt" <= ${now}
        AND ("claimedUntil" IS NULL OR "claimedUntil" < ${now})
      ORDER BY "createdAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED)
    RETURNING *`;
  const report: DeliveryReport = { sent: 0, failed: 0 };
  for (const mail of claimed) {
    try {
      await sender.send({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        messageId: `<${mail.id}@ausbildungsportal>`,
      });
      await deps.prisma.mailOutbox.update({
        where: { id: mail.id },
        data: { status: 'VERSENDET', sentAt: deps.clock.now(), claimedUntil: null, lastError: null },
      });
      report.sent++;
    } catch (error) {
      const giveUp = mail.attempts >= MAX_ATTEMPTS;
      await deps.prisma.mailOutbox.update({
        where: { id: mail.id },
        data: {
          status: giveUp ? 'FEHLGESCHLAGEN' : 'AUSSTEHEND',
          claimedUntil: null,
          nextAttemptAt: new Date(deps.clock.now().getTime() + retryDelayMs(mail.attempts)),
          lastError: error instanceof Error ? error.message.slice(0, 1000) : String(error),
        },
      });
      report.failed++;
    }
  }
  return report;
}
