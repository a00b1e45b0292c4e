import type { Prisma, PrismaClient } from '@portal/db';
import type { DomainDeps } from '../shared/context.js';

/**
 * Rate limits with fixed windows in the `Drosselung` table, shared by every API instance: one
 * atomic upsert per attempt (INSERT ... ON CONFLICT DO UPDATE anzahl + 1 RETURNING), so
 * concurrent requests on several instances cannot slip past a limit.
 */
export interface Limit {
  /** Attempts allowed per window. */
  max: number;
  fensterMs: number;
}

const STUNDE = 60 * 60 * 1000;

/** "Passwort vergessen": per account and per client address. */
export const LIMIT_RESET_KONTO: Limit = { max: 3, fensterMs: STUNDE };
export const LIMIT_RESET_ADRESSE: Limit = { max: 10, fensterMs: STUNDE };
/** Failed link tokens (guessing) per client address. */
export const LIMIT_TOKEN_ADRESSE: Limit = { max: 20, fensterMs: STUNDE };
/** Wrong current password in the profile (e-mail or password change) per account. */
export const LIMIT_PASSWORT_PRUEFUNG: Limit = { max: 5, fensterMs: 15 * 60 * 1000 };

export const fensterBeginn = (now: Date, fensterMs: number) =>
  new Date(Math.floor(now.getTime() / fensterMs) * fensterMs);

type Db = Pick<PrismaClient, '$queryRaw'> | Pick<Prisma.TransactionClient, '$queryRaw'>;

/** Counts one attempt (delta 1, or -1 to give one back) and returns the window's count after it. */
export async function drosselungZaehlen(
  db: Db,
  schluessel: string,
  limit: Pick<Limit, 'fensterMs'>,
  now: Date,
  delta = 1,
): Promise<number> {
  const fenster = fensterBeginn(now, limit.fensterMs);
  const rows = await db.$queryRaw<{ anzahl: number }[]>`
    INSERT INTO "Drosselung" (schluessel, fenster, anzahl) VALUES (${schluessel}, ${fenster}, ${delta})
    ON CONFLICT (schluessel, fenster) DO UPDATE SET anzahl = "Drosselung".anzahl + ${delta}
    RETURNING anzahl`;
  return Number(rows[0].anzahl);
}

/** Counts the attempt and tells whether it is over the limit (the attempt must then be refused). */
export async function istGedrosselt(deps: DomainDeps, schluessel: string, limit: Limit): Promise<boolean> {
  return (await drosselungZaehlen(deps.prisma, schluessel, limit, deps.clock.now())) > limit.max;
}

/** Reads the window's count without counting. */
export async function drosselungStand(deps: DomainDeps, schluessel: string, limit: Limit): Promise<number> {
  const row = await deps.prisma.drosselung.findUnique({
    where: { schluessel_fenster: { schluessel, fenster: fensterBeginn(deps.clock.now(), limit.fensterMs) } },
  });
  return row?.anzahl ?? 0;
}

/** Deletes windows older than a day; run by a periodic job. */
export async function drosselungAufraeumen(deps: DomainDeps): Promise<number> {
  const grenze = new Date(deps.clock.now().getTime() - 24 * STUNDE);
  const { count } = await deps.prisma.drosselung.deleteMany({ where: { fenster: { lt: grenze } } });
  return count;
}
