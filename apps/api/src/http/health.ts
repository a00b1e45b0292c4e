import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '@portal/config';
import type { Database } from '@portal/db';
import type { Mailer } from '@portal/mail';
import type { NextFunction, Request, Response } from 'express';
import { isLocalRequest } from './local-only.js';

/** Each external call of a health check gets this long; a hanging one counts as failed. */
export const HEALTH_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, fallback: T, ms = HEALTH_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([work.catch(() => fallback), timeout]).finally(() => clearTimeout(timer));
}

/** Status for the load balancer: the database decides (mails wait in the outbox when SMTP is down). */
const statusOf = (databaseOk: boolean) => (databaseOk ? 'ok' : 'degraded');

/**
 * GET /healthz for anyone (load balancers, uptime checks): `{"status":"ok"}` with 200, or
 * `{"status":"degraded"}` with 503 when the database does not answer within the timeout. Nothing
 * about the setup (database kind, SMTP, outbox): that is /healthz/details, for operators.
 */
export function publicHealth(db: Database) {
  return async (_req: Request, res: Response) => {
    const databaseOk = await withTimeout(db.ping(), false);
    res
      .status(databaseOk ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: statusOf(databaseOk) });
  };
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/** Compares the bearer token in constant time (hashes first, so the length does not show either). */
export function bearerTokenMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer (\S+)$/i.exec(header ?? '')?.[1] ?? '';
  // HEALTH_TOKEN is never empty (packages/config), so a missing token never matches.
  return timingSafeEqual(sha256(presented), sha256(token));
}

/**
 * GET /healthz/details for operators: database (ok, kind), SMTP (ok, configured) and the outbox
 * backlog. With HEALTH_TOKEN set it needs `Authorization: Bearer <HEALTH_TOKEN>` (else 401).
 * Without it, only local requests in development get it; everyone else the ordinary 404.
 */
export function healthDetails(config: AppConfig, db: Database, mailer: Mailer) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (config.healthToken !== undefined) {
      if (!bearerTokenMatches(req.get('authorization'), config.healthToken)) {
        res
          .status(401)
          .set('WWW-Authenticate', 'Bearer realm="healthz"')
          .set('Cache-Control', 'no-store')
          .json({ status: 'unauthorized' });
        return;
      }
    } else if (!(config.development && isLocalRequest(req))) {
      next();
      return;
    }
    const [databaseOk, smtpOk, outbox] = await Promise.all([
      withTimeout(db.ping(), false),
      mailer.configured ? withTimeout(mailer.verify(HEALTH_TIMEOUT_MS), false) : Promise.resolve(false),
      withTimeout(outboxBacklog(db), null),
    ]);
    res
      .status(databaseOk ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({
        status: statusOf(databaseOk),
        database: { ok: databaseOk, kind: db.kind },
        smtp: { ok: smtpOk, configured: mailer.configured },
        outbox,
      });
  };
}

/** Mails waiting for delivery and mails given up on (docs/operations.md, "Mail"). */
async function outboxBacklog(db: Database) {
  const [ausstehend, fehlgeschlagen] = await Promise.all([
    db.prisma.mailOutbox.count({ where: { status: 'AUSSTEHEND' } }),
    db.prisma.mailOutbox.count({ where: { status: 'FEHLGESCHLAGEN' } }),
  ]);
  return { ausstehend, fehlgeschlagen };
}
