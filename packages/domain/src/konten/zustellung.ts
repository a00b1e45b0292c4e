import { randomUUID } from 'node:crypto';
import { Prisma } from '@portal/db';
import {
  CLAIM_MS,
  claimMails,
  enqueueMail,
  type MailSender,
  type OutboxClaim,
  type OutboxMail,
  releaseClaim,
  sendClaimed,
} from '../outbox/outbox.js';
import { type DomainDeps, logOf } from '../shared/context.js';

/**
 * "Nothing fails silently": mails a person waits for (invitation, password reset, e-mail
 * confirmation) are written to the outbox in the transaction of the change, and sent right after
 * the commit. If SMTP fails now, the answer says so with the seed's message, and the mail stays
 * in the outbox, which the periodic job retries with backoff (deliverDueMails).
 *
 * Usage (H5/H6 too):
 *   const schluessel = await enqueueSofortMail(tx, mail, now);   // inside the transaction
 *   const zustellung = await sofortZustellen(deps, schluessel);  // after the commit
 */

export const MAIL_NICHT_ZUGESTELLT =
  'Leider konnten wir Ihnen keine E-Mail zusenden. Bitte wenden Sie sich an Ihren zuständigen Sachbearbeiter in der IHK.';

/** What to do, after the seed's steps (IHK Nord Westfalen FAQ). */
export const MAIL_NICHT_ZUGESTELLT_HINWEIS =
  'Wir versuchen die E-Mail in den nächsten Stunden automatisch erneut zu senden. Kommt sie nicht an, prüfen Sie bitte, ob Ihr Ausbildungsbetrieb im Zuständigkeitsbereich dieser IHK liegt, und senden Sie einen Screenshot dieser Meldung zusammen mit Ihrer IHK-Identnummer (Azubinummer) an Ihre IHK.';

export interface MailZustellung {
  /** True when the SMTP server accepted every mail just now. */
  zugestellt: boolean;
  /** The German message for the user when not: MAIL_NICHT_ZUGESTELLT. */
  meldung: string | null;
  /** What to do then (retry, whom to contact). */
  hinweis: string | null;
}

export const ZUGESTELLT: MailZustellung = { zugestellt: true, meldung: null, hinweis: null };
export const NICHT_ZUGESTELLT: MailZustellung = {
  zugestellt: false,
  meldung: MAIL_NICHT_ZUGESTELLT,
  hinweis: MAIL_NICHT_ZUGESTELLT_HINWEIS,
};

/** How long the page waits for SMTP; a slower send goes on in the background and is recorded. */
export const SOFORT_TIMEOUT_MS = 8000;

type Tx = Pick<Prisma.TransactionClient, 'mailOutbox'>;

/** Enqueues a mail (in the caller's transaction) under a key that `sofortZustellen` finds it by. */
export async function enqueueSofortMail(tx: Tx, mail: OutboxMail, now: Date): Promise<string> {
  const dedupeKey = mail.dedupeKey ?? `sofort:${randomUUID()}`;
  await enqueueMail(tx, { ...mail, dedupeKey }, now);
  return dedupeKey;
}

/**
 * Sends the outbox mails with these keys now, and tells whether SMTP took them. Goes through the
 * outbox's own claim (claimMails, sendClaimed: claim token, renewed right before the send, send
 * aborted inside the claim), so the job and this never send the same mail twice; a failure leaves
 * the row AUSSTEHEND with the usual backoff. Without a configured mailer nothing can be sent now,
 * which the answer says too.
 */
export async function sofortZustellen(
  deps: DomainDeps,
  schluessel: string | readonly string[],
  options: { claimMs?: number } = {},
): Promise<MailZustellung> {
  const keys = typeof schluessel === 'string' ? [schluessel] : [...schluessel];
  if (keys.length === 0) return ZUGESTELLT;
  const mailer = deps.mailer;
  const claim = await claimMails(
    deps.prisma,
    Prisma.sql`"dedupeKey" = ANY(${keys}::text[])`,
    keys.length,
    options.claimMs ?? CLAIM_MS,
  );
  if (claim.mails.length > 0 && !mailer) {
    await releaseClaim(deps.prisma, claim, 'Kein SMTP-Versand konfiguriert');
    return NICHT_ZUGESTELLT;
  }
  let alle = true;
  for (const mail of claim.mails) {
    if (mailer && !(await sendeEine(deps, mailer, claim, mail.id))) alle = false;
  }
  // The rest was sent before (a repeated request) or is being sent by the outbox job right now.
  const rest = keys.length - claim.mails.length;
  if (rest > 0 && !(await warteAufAndere(deps, keys))) alle = false;
  return alle ? ZUGESTELLT : NICHT_ZUGESTELLT;
}

/** Waits briefly for mails another sender has claimed; true when all with these keys are sent. */
async function warteAufAndere(deps: DomainDeps, keys: string[]): Promise<boolean> {
  const bis = Date.now() + SOFORT_TIMEOUT_MS;
  for (;;) {
    const rows = await deps.prisma.mailOutbox.findMany({
      where: { dedupeKey: { in: keys } },
      select: { status: true, claimedUntil: true },
    });
    if (rows.length === keys.length && rows.every((r) => r.status === 'VERSENDET')) return true;
    const offen = rows.some((r) => r.status === 'AUSSTEHEND' && r.claimedUntil !== null);
    if (!offen || Date.now() >= bis) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The page waits at most SOFORT_TIMEOUT_MS; a slower send goes on in the background under its
 * claim (it is aborted inside the claim, so the outbox job cannot send the row meanwhile) and
 * records its own outcome.
 */
async function sendeEine(
  deps: DomainDeps,
  mailer: MailSender,
  claim: OutboxClaim,
  id: string,
): Promise<boolean> {
  const versand = sendClaimed(deps, mailer, claim, id).then(
    (outcome) => outcome === 'VERSENDET',
    (error: unknown) => {
      logOf(deps).error({ event: 'sofort_zustellung_nicht_gespeichert', id, err: error });
      return false;
    },
  );
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), SOFORT_TIMEOUT_MS);
  });
  try {
    return await Promise.race([versand, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
