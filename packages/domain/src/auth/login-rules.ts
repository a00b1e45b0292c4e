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

export function sessionExpiry(createdAt: Date, now: Date): Date {
  return new Date(Math.min(createdAt.getTime() + SESSION_MAX_MS, now.getTime() + SESSION_IDLE_MS));
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const isPlausibleEmail = (email: string) => email.length <= 254 && EMAIL_PATTERN.test(email);

export function formatBerlin(date: Date): string {
  return new Intl.DateTimeFormat('de-DE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(date);
}
