import type { VertretungStatus } from '@portal/db';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { isPlausibleEmail, normalizeEmail } from '../auth/login-rules.js';
import { DomainError, ValidationError } from '../shared/errors.js';

/** True while a deputy acts for someone else (Profil - Berechtigungen, "Zum Programm"). */
export const istInVertretung = (viewer: Viewer) => viewer.userId !== viewer.principalUserId;

/**
 * Guard for everything that belongs to the account itself, not to its work: Vertretungen, password,
 * e-mail address, sessions. A deputy acts with the principal's rights, but never on the principal's
 * access: these operations refuse with NICHT_IN_VERTRETUNG while `viewer.userId` differs from
 * `viewer.principalUserId`.
 */
export function nichtInVertretung(viewer: Viewer): void {
  if (istInVertretung(viewer)) throw new DomainError('NICHT_IN_VERTRETUNG');
}

/**
 * Guard for every place that gives a user a role (Rollenzuweisung): a deputy acting for someone
 * must not give themselves a role, which would outlive the Vertretung. Call it with the user who
 * gets the role, after resolving them (also when an e-mail address leads to the deputy's account).
 */
export function keineSelbstbeguenstigung(viewer: Viewer, targetUserId: string): void {
  if (istInVertretung(viewer) && targetUserId === viewer.userId)
    throw new DomainError('FORBIDDEN', 'In Vertretung können Sie sich selbst keine Rechte geben.');
}

export type VertretungEreignis = 'GENEHMIGEN' | 'ABLEHNEN' | 'BEENDEN';
export type VertretungAkteur = 'KAMMER' | 'VERTRETENER' | 'VERTRETER';

/** Every transition of a Vertretung in one table: from, event, to, who may. */
export const VERTRETUNG_UEBERGAENGE: readonly {
  von: VertretungStatus;
  ereignis: VertretungEreignis;
  nach: VertretungStatus;
  wer: readonly VertretungAkteur[];
}[] = [
  { von: 'BEANTRAGT', ereignis: 'GENEHMIGEN', nach: 'AKTIV', wer: ['KAMMER'] },
  { von: 'BEANTRAGT', ereignis: 'ABLEHNEN', nach: 'ABGELEHNT', wer: ['KAMMER'] },
  // A pending request can be withdrawn by the principal; an active one ended by either side.
  { von: 'BEANTRAGT', ereignis: 'BEENDEN', nach: 'BEENDET', wer: ['VERTRETENER'] },
  { von: 'AKTIV', ereignis: 'BEENDEN', nach: 'BEENDET', wer: ['VERTRETENER', 'VERTRETER'] },
];

/** The status after `ereignis`, or VERTRETUNG_UEBERGANG_UNZULAESSIG (FORBIDDEN when the actor may not). */
export function naechsterStatus(
  von: VertretungStatus,
  ereignis: VertretungEreignis,
  akteur: VertretungAkteur,
): VertretungStatus {
  const uebergang = VERTRETUNG_UEBERGAENGE.find((u) => u.von === von && u.ereignis === ereignis);
  if (!uebergang) throw new DomainError('VERTRETUNG_UEBERGANG_UNZULAESSIG');
  if (!uebergang.wer.includes(akteur)) throw new DomainError('FORBIDDEN');
  return uebergang.nach;
}

const namensform = (name: string) =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');

/**
 * Naming an existing account takes its e-mail address and name: both must match, so the form
 * cannot be used to find out which addresses are registered by trying addresses alone.
 */
export const nameStimmt = (
  eingegeben: { vorname: string; nachname: string },
  konto: { vorname: string; nachname: string },
) =>
  namensform(eingegeben.vorname) === namensform(konto.vorname) &&
  namensform(eingegeben.nachname) === namensform(konto.nachname);

export interface PersonAngaben {
  vorname: string;
  nachname: string;
  email: string;
}

/** Checks and normalises what the principal typed about the deputy. */
export function pruefePersonAngaben(input: PersonAngaben): PersonAngaben {
  const vorname = (input.vorname ?? '').trim().replace(/\s+/g, ' ');
  const nachname = (input.nachname ?? '').trim().replace(/\s+/g, ' ');
  const email = normalizeEmail(input.email ?? '');
  if (!vorname) throw new ValidationError('vorname', 'Bitte geben Sie den Vornamen an.');
  if (vorname.length > 100)
    throw new ValidationError('vorname', 'Der Vorname ist zu lang (höchstens 100 Zeichen).');
  if (!nachname) throw new ValidationError('nachname', 'Bitte geben Sie den Nachnamen an.');
  if (nachname.length > 100)
    throw new ValidationError('nachname', 'Der Nachname ist zu lang (höchstens 100 Zeichen).');
  if (!isPlausibleEmail(email))
    throw new ValidationError('email', 'Bitte geben Sie eine gültige E-Mail-Adresse ein.');
  return { vorname, nachname, email };
}

/** Attempts to name an existing account per principal and hour (enumeration brake). */
export const MAX_KONTO_VERSUCHE_PRO_STUNDE = 20;

/**
 * Whether a session may still act for `actingForUserId`, given the deputy's active Vertretungen
 * (checked on every request). A session that acts for nobody is always fine.
 */
export const vertretungGiltNoch = (
  actingForUserId: string | null,
  aktiveVertretungen: readonly { vertretenerUserId: string }[],
) => actingForUserId === null || aktiveVertretungen.some((v) => v.vertretenerUserId === actingForUserId);
