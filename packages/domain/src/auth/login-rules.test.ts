import { describe, expect, it } from 'vitest';
import {
  formatBerlin,
  isLocked,
  isPlausibleEmail,
  LOCK_DURATION_MS,
  MAX_FAILED_LOGINS,
  normalizeEmail,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  SESSION_TOUCH_MS,
  sessionExpiry,
  sperrMeldung,
  verbleibendeVersuche,
} from './login-rules.js';

const at = (iso: string) => new Date(iso);
const HOUR = 60 * 60 * 1000;

describe('the limits', () => {
  it('lock after 5 failures for 24 hours; sessions idle 2 h, at most 12 h; activity written each minute', () => {
    expect(MAX_FAILED_LOGINS).toBe(5);
    expect(LOCK_DURATION_MS).toBe(24 * HOUR);
    expect(SESSION_IDLE_MS).toBe(2 * HOUR);
    expect(SESSION_MAX_MS).toBe(12 * HOUR);
    expect(SESSION_TOUCH_MS).toBe(60_000);
  });
});

describe('isLocked', () => {
  const now = at('2026-03-10T09:00:00Z');
  it.each([
    ['never locked', null, false],
    ['locked until tomorrow', at('2026-03-11T09:00:00Z'), true],
    ['locked until one millisecond from now', at('2026-03-10T09:00:00.001Z'), true],
    ['lock ends exactly now', at('2026-03-10T09:00:00Z'), false],
    ['lock ended yesterday', at('2026-03-09T09:00:00Z'), false],
  ] as const)('%s', (_label, lockedUntil, expected) => {
    expect(isLocked({ lockedUntil }, now)).toBe(expected);
  });
});

describe('sessionExpiry', () => {
  const login = at('2026-03-10T08:00:00Z');
  it('a fresh session lives 2 hours without activity', () => {
    expect(sessionExpiry(login, login)).toEqual(at('2026-03-10T10:00:00Z'));
  });

  it('activity moves the end 2 hours past the last request', () => {
    expect(sessionExpiry(login, at('2026-03-10T13:30:00Z'))).toEqual(at('2026-03-10T15:30:00Z'));
  });

  it('never beyond 12 hours after login', () => {
    expect(sessionExpiry(login, at('2026-03-10T18:00:00Z'))).toEqual(at('2026-03-10T20:00:00Z'));
    expect(sessionExpiry(login, at('2026-03-10T19:30:00Z'))).toEqual(at('2026-03-10T20:00:00Z'));
    expect(sessionExpiry(login, at('2026-03-11T07:00:00Z'))).toEqual(at('2026-03-10T20:00:00Z'));
  });
});

describe('normalizeEmail', () => {
  it('trims and lower-cases, so logins are case-insensitive', () => {
    expect(normalizeEmail('  Anna.Adler@Muster-Maschinenbau.DE \n')).toBe(
      'anna.adler@muster-maschinenbau.de',
    );
    expect(normalizeEmail('   ')).toBe('');
  });
});

describe('isPlausibleEmail', () => {
  it.each([
    ['anna@muster.de', true],
    ['a.b+c@sub.beispiel-handel.de', true],
    ['anna@muster', false],
    ['anna.muster.de', false],
    ['anna @muster.de', false],
    ['@muster.de', false],
    ['', false],
    ['<b>x</b>@example.org', false],
    ['anna@muster.de<script>', false],
    ['.anna@muster.de', false],
    ['anna..muster@muster.de', false],
    ['anna.@muster.de', false],
    ['anna@-muster.de', false],
    ['anna@muster..de', false],
    ['anna@muster.d', false],
    ['ayşe.yıldız@beispiel.de', true],
    ["o'brien@müller-bau.de", true],
    ['person-1a2b3c4d@test.example', true],
    ['max-privat-1a2b@example.org', true],
  ] as const)('%s -> %s', (email, expected) => {
    expect(isPlausibleEmail(email)).toBe(expected);
  });
});

describe('isPlausibleEmail: length', () => {
  it('accepts 254 characters and refuses 255', () => {
    expect(isPlausibleEmail(`${'a'.repeat(244)}@muster.de`)).toBe(true);
    expect(isPlausibleEmail(`${'a'.repeat(245)}@muster.de`)).toBe(false);
  });
});

describe('formatBerlin', () => {
  it('shows German local time, summer time included', () => {
    expect(formatBerlin(at('2026-07-01T10:00:00Z'))).toBe('01.07.2026, 12:00');
  });

  it('shows German local time in winter', () => {
    expect(formatBerlin(at('2026-01-15T10:05:00Z'))).toBe('15.01.2026, 11:05');
  });
});

describe('verbleibendeVersuche', () => {
  it.each([
    [1, 4],
    [2, 3],
    [3, 2],
    [4, 1],
    [5, 0],
    [6, 0],
  ] as const)('the %i. attempt counted leaves %i', (gezaehlt, expected) => {
    expect(verbleibendeVersuche(gezaehlt)).toBe(expected);
  });
});

describe('sperrMeldung', () => {
  it('names the end of the lock in Berlin time and that "Passwort vergessen?" lifts it', () => {
    const text = sperrMeldung(at('2030-07-02T10:00:00Z'));
    expect(text).toContain(`nach ${MAX_FAILED_LOGINS} fehlgeschlagenen Anmeldeversuchen`);
    expect(text).toContain('bis 02.07.2030, 12:00 Uhr gesperrt');
    expect(text).toContain('„Passwort vergessen?“');
    expect(text).toContain('Sperre sofort aufheben');
  });
});
