import type { KontoTokenZweck } from '@portal/db';

/** How long a link works: an invitation 7 days, a password reset 24 hours, an e-mail change 24 hours. */
export const TOKEN_GUELTIGKEIT_MS: Record<KontoTokenZweck, number> = {
  EINLADUNG: 7 * 24 * 60 * 60 * 1000,
  PASSWORT_RESET: 24 * 60 * 60 * 1000,
  EMAIL_AENDERUNG: 24 * 60 * 60 * 1000,
};

export interface TokenFacts {
  zweck: KontoTokenZweck;
  expiresAt: Date;
  usedAt: Date | null;
  invalidatedAt: Date | null;
}

export type TokenZustand = 'GUELTIG' | 'ABGELAUFEN' | 'VERWENDET' | 'UNGUELTIG';

/**
 * Whether a link still works. Pure, so the rules (expiry, single use, invalidation by a newer
 * request, a new password or a login) are tested with a clock of the test's choosing.
 */
export function tokenZustand(token: TokenFacts, now: Date): TokenZustand {
  if (token.usedAt) return 'VERWENDET';
  if (token.invalidatedAt) return 'UNGUELTIG';
  if (now.getTime() >= token.expiresAt.getTime()) return 'ABGELAUFEN';
  return 'GUELTIG';
}

export const tokenAblauf = (zweck: KontoTokenZweck, now: Date) =>
  new Date(now.getTime() + TOKEN_GUELTIGKEIT_MS[zweck]);

/**
 * Links that die when the password is used to log in: whoever still knows it is the owner, so
 * an open reset (or invitation) link is no longer needed and only a risk.
 */
export const BEIM_LOGIN_UNGUELTIG: readonly KontoTokenZweck[] = ['PASSWORT_RESET', 'EINLADUNG'];
