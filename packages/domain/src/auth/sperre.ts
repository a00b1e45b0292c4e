import { Prisma, type PrismaClient } from '@portal/db';
import { LOCK_DURATION_MS, MAX_FAILED_LOGINS } from './login-rules.js';

/**
 * The login lock as two SQL statements, each one atomic step (auth.service `loginWithSecret` runs
 * them around the hash check). Row locking makes concurrent statements on the same account take
 * their turn, each seeing the previous one's result, on one PostgreSQL shared by any number of API
 * instances as on PGlite. Together they keep the invariant: between two resets of the counter (a
 * booked login, a new password by link, a lock that has run out) at most MAX_FAILED_LOGINS attempts
 * are checked against the hash, and no login is booked while a lock set by another attempt holds.
 */

/** Password or PIN: the same lock rules, each with its own counter, so PIN guessing cannot lock out a password and vice versa. */
export type SecretKind = 'password' | 'pin';

const SECRET_COLUMNS = {
  password: {
    hash: Prisma.raw('"passwordHash"'),
    count: Prisma.raw('"failedLoginCount"'),
    locked: Prisma.raw('"lockedUntil"'),
  },
  pin: {
    hash: Prisma.raw('"pinHash"'),
    count: Prisma.raw('"pinFailedCount"'),
    locked: Prisma.raw('"pinLockedUntil"'),
  },
} as const;

type Db = Pick<PrismaClient, '$queryRaw'> | Pick<Prisma.TransactionClient, '$queryRaw'>;

/** An attempt that got a place in the budget: its count, and the lock it set if it filled the budget. */
export interface Reservierung {
  count: number;
  lockedUntil: Date | null;
}

/**
 * Reserves one attempt before the secret is checked, in one statement: only while the account
 * is not locked, counting on (a lock that has run out starts the count again at 1), and the
 * attempt that fills the budget sets the lock in the same statement. Null: no place, the account
 * is locked (the secret must then not be checked).
 */
export async function versuchReservieren(
  db: Db,
  userId: string,
  kind: SecretKind,
  now: Date,
): Promise<Reservierung | null> {
  const { count, locked } = SECRET_COLUMNS[kind];
  const lockUntil = new Date(now.getTime() + LOCK_DURATION_MS);
  const gezaehlt = Prisma.sql`CASE WHEN ${locked} IS NULL THEN ${count} + 1 ELSE 1 END`;
  const rows = await db.$queryRaw<Reservierung[]>`
    UPDATE "User" SET
      ${count} = ${gezaehlt},
      ${locked} = CASE WHEN ${gezaehlt} >= ${MAX_FAILED_LOGINS} THEN ${lockUntil}::timestamp(3) ELSE NULL END
    WHERE id = ${userId}::uuid AND (${locked} IS NULL OR ${locked} <= ${now})
    RETURNING ${count} AS "count", ${locked} AS "lockedUntil"`;
  return rows[0] ?? null;
}

/**
 * Books a login with the right secret, in one statement, only if the secret is still the one
 * checked (not replaced meanwhile by "Passwort vergessen") and no lock was set meanwhile: the
 * account is not locked, or the lock is the one this attempt set itself as the last of the budget
 * (the count is still its own, so nobody was counted since). The counter goes back to 0 only if no
 * attempt was counted after this one; otherwise those attempts keep their places, so a login
 * cannot make room for attempts already under way. Records lastLoginAt. False: not booked.
 */
export async function erfolgBuchen(
  db: Db,
  userId: string,
  kind: SecretKind,
  hash: string,
  versuch: Reservierung,
  now: Date,
): Promise<boolean> {
  const { hash: hashColumn, count, locked } = SECRET_COLUMNS[kind];
  const eigeneSperre = versuch.lockedUntil
    ? Prisma.sql`OR (${count} = ${versuch.count} AND ${locked} = ${versuch.lockedUntil}::timestamp(3))`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "User" SET
      ${count} = CASE WHEN ${count} = ${versuch.count} THEN 0 ELSE ${count} END,
      ${locked} = CASE WHEN ${count} = ${versuch.count} THEN NULL ELSE ${locked} END,
      "lastLoginAt" = ${now}
    WHERE id = ${userId}::uuid AND ${hashColumn} = ${hash}
      AND (${locked} IS NULL OR ${locked} <= ${now} ${eigeneSperre})
    RETURNING id::text AS id`;
  return rows.length === 1;
}
