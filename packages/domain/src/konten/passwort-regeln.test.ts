import { describe, expect, it } from 'vitest';
import { DomainError, ValidationError } from '../shared/errors.js';
import {
  PASSWORT_MANGEL_TEXT,
  PASSWORT_MAX_LAENGE,
  PASSWORT_MIN_LAENGE,
  passwortMaengel,
  pruefePasswort,
} from './passwort-regeln.js';

describe('passwortMaengel', () => {
  it('accepts long passwords and passphrases without any composition rule', () => {
    expect(passwortMaengel('Ausbildung-Demo-2026')).toEqual([]);
    expect(passwortMaengel('lila kuh tanzt im regen')).toEqual([]);
    expect(passwortMaengel('nurkleinbuchstabenohneziffern')).toEqual([]);
    expect(passwortMaengel('Grüße aus Münster')).toEqual([]);
  });

  it('requires at least 10 characters, counted as a person counts them', () => {
    expect(passwortMaengel('k9$Lm2!qZ')).toEqual(['ZU_KURZ']);
    expect(passwortMaengel('k9$Lm2!qZx')).toEqual([]);
    expect('äöüäöüäöü'.length).toBe(9);
    expect(passwortMaengel('äöüßäöüßä')).toContain('ZU_KURZ');
    expect(passwortMaengel(`${'x'.repeat(PASSWORT_MIN_LAENGE - 1)}y`)).not.toContain('ZU_KURZ');
  });

  it('refuses more than 128 characters', () => {
    const ok = 'ein langer satz '.repeat(8).slice(0, PASSWORT_MAX_LAENGE);
    expect(passwortMaengel(ok)).toEqual([]);
    expect(passwortMaengel(`${ok}x`)).toEqual(['ZU_LANG']);
  });

  it('refuses common passwords from the list, in any case and with digits or symbols around them', () => {
    for (const pw of [
      '1234567890',
      'qwertyuiop',
      'Password123',
      'PASSWORT2026!',
      'ausbildung2026',
      'Schalke04!!',
      '!!Dragon1234',
    ]) {
      expect(passwortMaengel(pw), pw).toContain('HAEUFIG');
    }
  });

  it('refuses mere repetitions and runs', () => {
    for (const pw of ['zzzzzzzzzzzz', 'xyxyxyxyxyxy', 'abcdefghijkl', 'lkjihgfedcba', '2345678901']) {
      const m = passwortMaengel(pw);
      expect(m.includes('EINTOENIG') || m.includes('HAEUFIG'), pw).toBe(true);
    }
    expect(passwortMaengel('qqqqqqqqqqqqqq')).toEqual(['EINTOENIG']);
    expect(passwortMaengel('mnopqrstuvwx')).toEqual(['EINTOENIG']);
  });

  it('refuses the e-mail address, its local part and the user name', () => {
    const kontext = { email: 'Lea.Beispiel@example.org', benutzername: 'lea-beispiel-01' };
    expect(passwortMaengel('lea.beispiel@example.org', kontext)).toEqual(['WIE_KONTO']);
    expect(passwortMaengel('LEA.BEISPIEL', kontext)).toEqual(['WIE_KONTO']);
    expect(passwortMaengel('Lea-Beispiel-01', kontext)).toEqual(['WIE_KONTO']);
    expect(passwortMaengel('Lea.Beispiel@example.org!', kontext)).toEqual([]);
  });

  it('reports a missing password', () => {
    expect(passwortMaengel('')).toEqual(['FEHLT']);
    expect(passwortMaengel(undefined)).toEqual(['FEHLT']);
  });
});

describe('pruefePasswort', () => {
  it('throws a German ValidationError naming the field passwort', () => {
    try {
      pruefePasswort('kurz');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as DomainError).field).toBe('passwort');
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).message).toBe(PASSWORT_MANGEL_TEXT.ZU_KURZ);
    }
  });

  it('names another field when asked and passes good passwords', () => {
    expect(() => pruefePasswort('passwort123', {}, 'neuesPasswort')).toThrowError(
      expect.objectContaining({ field: 'neuesPasswort', message: PASSWORT_MANGEL_TEXT.HAEUFIG }),
    );
    expect(() => pruefePasswort('Sommerregen über dem Aasee')).not.toThrow();
  });
});
