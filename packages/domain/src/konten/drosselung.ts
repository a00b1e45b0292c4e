import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import type { Prisma, PrismaClient } from '@portal/db';
import type { DomainDeps } from '../shared/context.js';
import { DomainError } from '../shared/errors.js';

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

/** Requested e-mail changes per account (each sends mails to an address of the requester's choice). */
export const LIMIT_EMAIL_AENDERUNG: Limit = { max: 5, fensterMs: STUNDE };

/** Expands an IPv6 address (without zone) to its eight 16-bit groups, or null if malformed. */
function ipv6Gruppen(adresse: string): number[] | null {
  let text = adresse;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const b = v4[1].split('.').map(Number);
    text = `${text.slice(0, -v4[1].length)}${((b[0] << 8) | b[1]).toString(16)}:${((b[2] << 8) | b[3]).toString(16)}`;
  }
  const teile = text.split('::');
  if (teile.length > 2) return null;
  const links = teile[0] ? teile[0].split(':') : [];
  const rechts = teile.length === 2 && teile[1] ? teile[1].split(':') : [];
  const fehlend = 8 - links.length - rechts.length;
  if (teile.length === 1 ? fehlend !== 0 : fehlend < 1) return null;
  const gruppen = [...links, ...Array<string>(teile.length === 2 ? fehlend : 0).fill('0'), ...rechts].map(
    (g) => Number.parseInt(g, 16),
  );
  return gruppen.some((g) => Number.isNaN(g)) ? null : gruppen;
}

/**
 * The client address as a rate-limit key: an IPv4-mapped IPv6 address (::ffff:a.b.c.d) counts as
 * its IPv4 address, and an IPv6 address as its /64 prefix, because one customer line usually
 * holds a whole /64 and could otherwise rotate addresses to escape every limit. Anything else is
 * used as it is.
 */
export function drosselAdresse(clientAdresse: string): string {
  const adresse = clientAdresse.trim().toLowerCase().replace(/%.*$/, '');
  const art = isIP(adresse);
  if (art !== 6) return art === 4 ? adresse : clientAdresse;
  const g = ipv6Gruppen(adresse);
  if (!g) return clientAdresse;
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    return [g[6] >> 8, g[6] & 0xff, g[7] >> 8, g[7] & 0xff].join('.');
  }
  return `${g
    .slice(0, 4)
    .map((x) => x.toString(16))
    .join(':')}::/64`;
}

/**
 * A rate-limit key for a client address or an e-mail address: `art:` plus the SHA-256 (hex, as
 * auth's hashToken) of the value normalized by drosselAdresse, so the table stores neither client
 * addresses nor e-mail addresses.
 */
export const drosselSchluessel = (art: string, wert: string) =>
  `${art}:${createHash('sha256').update(drosselAdresse(wert)).digest('hex')}`;

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

/**
 * Counts one request of a public form against its limit and refuses with ANFRAGEN_GEDROSSELT
 * beyond it. Client addresses are normalized (IPv6 /64, IPv4-mapped); e-mail addresses pass
 * unchanged; both are hashed (drosselSchluessel).
 */
export async function formularDrosseln(
  deps: DomainDeps,
  art: string,
  wert: string,
  limit: Limit,
): Promise<void> {
  if (await istGedrosselt(deps, drosselSchluessel(art, wert), limit))
    throw new DomainError('ANFRAGEN_GEDROSSELT');
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
