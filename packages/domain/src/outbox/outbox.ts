import { randomUUID } from 'node:crypto';
import { type MailOutbox, Prisma, type PrismaClient } from '@portal/db';
import { type DomainDeps, logOf } from '../shared/context.js';

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
  /**
   * Sends one mail. When `signal` aborts, the sender must stop (close the connection) and reject,
   * so that nothing of the send goes on after the outbox has given it up.
   */
  send(message: {
    to: string;
    subject: string;
    text: string;
    html?: string;
    messageId?: string;
    signal?: AbortSignal;
  }): Promise<void>;
}

type Tx = Pick<Prisma.TransactionClient, 'mailOutbox'>;

/** Attempts before a mail is given up as FEHLGESCHLAGEN (about two days with the backoff below). */
export const MAX_ATTEMPTS = 12;
/**
 * How long a claim lasts, on the database's clock (one clock for all instances). Each send renews
 * it right before it starts and is aborted after half of it (`sendDeadlineMs`), so a send never
 * outlives its claim and the other half is margin for recording the outcome.
 */
export const CLAIM_MS = 2 * 60 * 1000;

/** How long one send may take under a claim of `claimMs`: half of it (60 s for CLAIM_MS). */
export const sendDeadlineMs = (claimMs: number) => Math.floor(claimMs / 2);

/** The Message-ID of an outbox mail: the same on every attempt, so receivers can drop a resend. */
export const messageIdFor = (outboxId: string) => `<${outboxId}@ausbildungsportal>`;

export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 4 * 60 * 60 * 1000);
}

/**
 * Writes a mail into the outbox, inside the caller's transaction: if the change rolls back, no
 * mail goes out; if it commits, the mail will go out even if SMTP is down right now. With a
 * dedupeKey this is INSERT ... ON CONFLICT DO NOTHING: parallel transactions with the same key
 * wait for each other and keep one row, none fails.
 */
export async function enqueueMail(tx: Tx, mail: OutboxMail, now: Date): Promise<void> {
  const data = { ...mail, createdAt: now, nextAttemptAt: now };
  if (mail.dedupeKey) {
    await tx.mailOutbox.createMany({ data: [data], skipDuplicates: true });
  } else {
    await tx.mailOutbox.create({ data });
  }
}

/** "Now" on the database's clock, as the timestamp(3)-without-time-zone (UTC) the columns use. */
const DB_NOW = Prisma.sql`(clock_timestamp() AT TIME ZONE 'UTC')`;
const leaseEnd = (claimMs: number) => Prisma.sql`${DB_NOW} + ${claimMs}::integer * interval '1 millisecond'`;

export interface OutboxClaim {
  /** Written into every claimed row; a later claim by anyone overwrites it. */
  token: string;
  claimMs: number;
  mails: MailOutbox[];
}

/**
 * Claims up to `limit` AUSSTEHEND rows matching `where` whose claim is free or has run out
 * (FOR UPDATE SKIP LOCKED, so parallel claimers never get the same row), under a new token.
 * The only way to get a row for sending: the outbox job and the immediate send both use it.
 */
export async function claimMails(
  prisma: PrismaClient,
  where: Prisma.Sql,
  limit: number,
  claimMs: number,
): Promise<OutboxClaim> {
  const token = randomUUID();
  const mails = await prisma.$queryRaw<MailOutbox[]>`
    UPDATE "MailOutbox" SET "claimedUntil" = ${leaseEnd(claimMs)}, "claimToken" = ${token}::uuid
    WHERE id IN (
      SELECT id FROM "MailOutbox"
      WHERE status = 'AUSSTEHEND' AND (${where})
        AND ("claimedUntil" IS NULL OR "claimedUntil" < ${DB_NOW})
      ORDER BY "createdAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING *`;
  // RETURNING keeps no order: oldest first, as claimed.
  mails.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return { token, claimMs, mails };
}

export type SendOutcome = 'VERSENDET' | 'FEHLGESCHLAGEN' | 'NICHT_MEHR_UNSER';

/**
 * Sends one claimed mail. Right before the send the claim is renewed, and only if the row still
 * carries this claim's token (nobody has claimed it since, it is not sent yet); that counts the
 * attempt. The send is aborted after `sendDeadlineMs`, well inside the renewed claim. Success is
 * recorded for the row whoever holds it now (so nobody sends it again); a failure only while the
 * claim is still ours (it then waits for its backoff, or is given up after MAX_ATTEMPTS).
 */
export async function sendClaimed(
  deps: DomainDeps,
  sender: MailSender,
  claim: Pick<OutboxClaim, 'token' | 'claimMs'>,
  id: string,
): Promise<SendOutcome> {
  const [mail] = await deps.prisma.$queryRaw<MailOutbox[]>`
    UPDATE "MailOutbox" SET "claimedUntil" = ${leaseEnd(claim.claimMs)}, "attempts" = "attempts" + 1
    WHERE id = ${id}::uuid AND "claimToken" = ${claim.token}::uuid AND status = 'AUSSTEHEND'
    RETURNING *`;
  if (!mail) return 'NICHT_MEHR_UNSER';
  try {
    await sender.send({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? undefined,
      messageId: messageIdFor(mail.id),
      signal: AbortSignal.timeout(sendDeadlineMs(claim.claimMs)),
    });
  } catch (error) {
    const giveUp = mail.attempts >= MAX_ATTEMPTS;
    await deps.prisma.mailOutbox.updateMany({
      where: { id: mail.id, claimToken: claim.token, status: 'AUSSTEHEND' },
      data: {
        status: giveUp ? 'FEHLGESCHLAGEN' : 'AUSSTEHEND',
        claimedUntil: null,
        claimToken: null,
        nextAttemptAt: new Date(deps.clock.now().getTime() + retryDelayMs(mail.attempts)),
        lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
      },
    });
    return 'FEHLGESCHLAGEN';
  }
  const sent = {
    status: 'VERSENDET',
    sentAt: deps.clock.now(),
    claimedUntil: null,
    claimToken: null,
    lastError: null,
  } as const;
  const ours = await deps.prisma.mailOutbox.updateMany({
    where: { id: mail.id, claimToken: claim.token },
    data: sent,
  });
  if (ours.count === 0) {
    // Cannot happen while sends end inside their claim; if it does, the mail may go out twice.
    logOf(deps).warn({ event: 'outbox_claim_verloren', id: mail.id });
    await deps.prisma.mailOutbox.updateMany({
      where: { id: mail.id, status: { not: 'VERSENDET' } },
      data: sent,
    });
  }
  return 'VERSENDET';
}

/** Gives claimed rows back without sending them (the attempt was never counted). */
export async function releaseClaim(prisma: PrismaClient, claim: OutboxClaim, grund: string): Promise<void> {
  if (claim.mails.length === 0) return;
  await prisma.mailOutbox.updateMany({
    where: { id: { in: claim.mails.map((m) => m.id) }, claimToken: claim.token },
    data: { claimedUntil: null, claimToken: null, lastError: grund },
  });
}

export interface DeliveryReport {
  sent: number;
  failed: number;
}

export interface DeliveryOptions {
  /** Rows claimed at once (default 20). */
  batchSize?: number;
  /** How long a claim lasts (default CLAIM_MS); tests use seconds. */
  claimMs?: number;
}

/**
 * Claims due mails (claimMails), then sends them one after the other (sendClaimed): each send
 * first renews the claim and is skipped if another instance has claimed the row since, e.g.
 * because this batch took longer than a claim lasts. A failed send is retried later with
 * exponential backoff; nothing is lost while SMTP is down. The Message-ID is the outbox id, so
 * a resend (a crash between sending and recording, a server that accepted but never answered)
 * is recognisable as the same mail.
 */
export async function deliverDueMails(
  deps: DomainDeps,
  sender: MailSender,
  options: number | DeliveryOptions = {},
): Promise<DeliveryReport> {
  const { batchSize = 20, claimMs = CLAIM_MS } =
    typeof options === 'number' ? { batchSize: options } : options;
  const claim = await claimMails(
    deps.prisma,
    Prisma.sql`"nextAttemptAt" <= ${deps.clock.now()}`,
    batchSize,
    claimMs,
  );
  const report: DeliveryReport = { sent: 0, failed: 0 };
  for (const mail of claim.mails) {
    const outcome = await sendClaimed(deps, sender, claim, mail.id);
    if (outcome === 'VERSENDET') report.sent++;
    else if (outcome === 'FEHLGESCHLAGEN') report.failed++;
  }
  return report;
}
