import type { Rolle } from '@portal/db';

export type KontoStatus = 'KEIN_KONTO' | 'EINGELADEN' | 'AKTIV';

/** An account is AKTIV once it can log in (password or PIN), EINGELADEN before that. */
export function kontoStatus(
  user: { passwordHash: string | null; pinHash?: string | null } | null,
): KontoStatus {
  if (!user) return 'KEIN_KONTO';
  return user.passwordHash || user.pinHash ? 'AKTIV' : 'EINGELADEN';
}

/**
 * Ausbildungsbeauftragte cannot change their own e-mail (seed: they get new access data when an
 * Azubi enters the new address). That covers PIN accounts and accounts whose only roles are
 * AUSBILDUNGSBEAUFTRAGTE.
 */
export function darfEigeneEmailAendern(user: {
  rollen: readonly Rolle[];
  hatPasswort: boolean;
  hatPin: boolean;
}): boolean {
  if (user.hatPin && !user.hatPasswort) return false;
  if (user.rollen.length > 0 && user.rollen.every((r) => r === 'AUSBILDUNGSBEAUFTRAGTE')) return false;
  return true;
}

/**
 * Whether an administrator may change the login e-mail of an account (not only the contract's
 * address): only for an account nobody uses yet (no password, no PIN, never logged in) that
 * lives entirely inside the administrator's reach. Otherwise an admin could redirect the
 * password mails of an active account that other Unternehmen use, and take it over.
 */
export function adminDarfKontoEmailAendern(
  user: {
    passwordHash: string | null;
    pinHash: string | null;
    lastLoginAt: Date | null;
    /** Betriebsstaetten of the user's roles (null for Kammer roles) and of contracts naming them. */
    betriebsstaetteIds: readonly (string | null)[];
  },
  verwalteteBetriebsstaetteIds: readonly string[],
): boolean {
  if (user.passwordHash || user.pinHash || user.lastLoginAt) return false;
  return user.betriebsstaetteIds.every((id) => id !== null && verwalteteBetriebsstaetteIds.includes(id));
}
