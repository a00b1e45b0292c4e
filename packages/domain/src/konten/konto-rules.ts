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
 * address): only for an account this Unternehmen's administrators created themselves (audit
 * event "…_ACCOUNT_ERSTELLT" with a new account) that nobody uses yet (no password, no PIN,
 * never logged in), that takes part in no Vertretung (as principal or deputy), and whose roles
 * and contracts all lie inside the administrator's Betriebsstaetten (a Kammer role has none, so
 * it never does). Otherwise an admin could link someone else's account (an approved deputy's, a
 * Pruefer's, a self-registered participant's) and redirect its password mails to take it over.
 */
export function adminDarfKontoEmailAendern(
  user: {
    passwordHash: string | null;
    pinHash: string | null;
    lastLoginAt: Date | null;
    /** Betriebsstaetten of the user's roles (null for Kammer roles) and of contracts naming them. */
    betriebsstaetteIds: readonly (string | null)[];
    /** The user is principal or deputy of any Vertretung (in any state). */
    hatVertretungen: boolean;
    /** An administrator of this Unternehmen created the account (not only linked an existing one). */
    vonDiesemUnternehmenAngelegt: boolean;
  },
  verwalteteBetriebsstaetteIds: readonly string[],
): boolean {
  if (user.passwordHash || user.pinHash || user.lastLoginAt) return false;
  if (user.hatVertretungen || !user.vonDiesemUnternehmenAngelegt) return false;
  return user.betriebsstaetteIds.every((id) => id !== null && verwalteteBetriebsstaetteIds.includes(id));
}

/** Whether an existing account's name is the contract's Azubi (case-insensitive, spaces trimmed). */
export function gleicherName(
  a: { vorname: string; nachname: string },
  b: { vorname: string; nachname: string },
): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
  return norm(a.vorname) === norm(b.vorname) && norm(a.nachname) === norm(b.nachname);
}
