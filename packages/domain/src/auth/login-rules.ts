/** After this many failed logins in a row the account is locked. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_DURATION_MS = 24 * 60 * 60 * 1000;
/** A session ends after this long without a request ... */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** ... and at the latest this long after login. */
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** Activity is written back at most this often, so reads do not each cost a write. */
export const SESSION_TOUCH_MS = 60 * 1000;

export function isLocked(user: { lockedUntil: Date | null }, now: Date): boolean {
  return user.lockedUntil !== null && user.lockedUntil.getTime() > now.getTime();
}

/**
 * Attempts left after a wrong secret that was counted as the `gezaehlt`-th in a row (attempts are
 * counted before the secret is checked, see auth.service `versuchReservieren`).
 */
export const verbleibendeVersuche = (gezaehlt: number) => Math.max(0, MAX_FAILED_LOGINS - gezaehlt);

/** How to lift a lock at once, for every lock message (password and PIN alike). */
export const SPERRE_AUFHEBEN =
  'Sie können die Sperre sofort aufheben: Über „Passwort vergessen?“ auf der Anmeldeseite erhalten Sie einen Link per E-Mail, mit dem Sie ein neues Passwort setzen. Andernfalls versuchen Sie es nach Ablauf der Sperre erneut.';

/** The message of KONTO_GESPERRT with the end of the lock in Berlin time. */
export function sperrMeldung(bis: Date): string {
  return `Ihr Konto ist nach ${MAX_FAILED_LOGINS} fehlgeschlagenen Anmeldeversuchen aus Sicherheitsgründen bis ${formatBerlin(bis)} Uhr gesperrt. ${SPERRE_AUFHEBEN}`;
}

export function sessionExpiry(createdAt: Date, now: Date): Date {
  return new Date(Math.min(createdAt.getTime() + SESSION_MAX_MS, now.getTime() + SESSION_IDLE_MS));
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * An address as mail servers take it: a local part of letters, digits and the characters RFC 5322
 * allows unquoted (dots not leading, trailing or doubled), and a domain of labels (letters and
 * digits, inner hyphens) with a top-level label of two or more letters. Letters of any script are
 * allowed (internationalised addresses); markup such as `<b>x</b>@example.org` is not.
 */
const EMAIL_PATTERN =
  /^(?!\.)(?!.*\.\.)[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+(?<!\.)@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;
export const isPlausibleEmail = (email: string) => email.length <= 254 && EMAIL_PATTERN.test(email);

export function formatBerlin(date: Date): string {
  return new Intl.DateTimeFormat('de-DE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(date);
}
