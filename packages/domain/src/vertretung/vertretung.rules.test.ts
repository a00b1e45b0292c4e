import { describe, expect, it } from 'vitest';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { DomainError } from '../shared/errors.js';
import {
  keineSelbstbeguenstigung,
  naechsterStatus,
  nameStimmt,
  nichtInVertretung,
  pruefePersonAngaben,
  VERTRETUNG_UEBERGAENGE,
  vertretungGiltNoch,
} from './vertretung.rules.js';

const viewer = (userId: string, principalUserId: string): Viewer => ({
  sessionId: 's',
  userId,
  principalUserId,
  arbeitsbereiche: [],
  current: null,
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
};

describe('nichtInVertretung', () => {
  it('lets the person act on their own account and refuses a deputy', () => {
    expect(codeOf(() => nichtInVertretung(viewer('a', 'a')))).toBe('OK');
    expect(codeOf(() => nichtInVertretung(viewer('d', 'p')))).toBe('NICHT_IN_VERTRETUNG');
  });
});

describe('keineSelbstbeguenstigung', () => {
  it('refuses a deputy giving a role to themselves, nothing else', () => {
    expect(codeOf(() => keineSelbstbeguenstigung(viewer('d', 'p'), 'd'))).toBe('FORBIDDEN');
    expect(codeOf(() => keineSelbstbeguenstigung(viewer('d', 'p'), 'x'))).toBe('OK');
    expect(codeOf(() => keineSelbstbeguenstigung(viewer('d', 'p'), 'p'))).toBe('OK');
    expect(codeOf(() => keineSelbstbeguenstigung(viewer('a', 'a'), 'a'))).toBe('OK');
  });
});

describe('transitions', () => {
  it('follow the table, and only for whom it names', () => {
    expect(naechsterStatus('BEANTRAGT', 'GENEHMIGEN', 'KAMMER')).toBe('AKTIV');
    expect(naechsterStatus('BEANTRAGT', 'ABLEHNEN', 'KAMMER')).toBe('ABGELEHNT');
    expect(naechsterStatus('AKTIV', 'BEENDEN', 'VERTRETER')).toBe('BEENDET');
    expect(naechsterStatus('BEANTRAGT', 'BEENDEN', 'VERTRETENER')).toBe('BEENDET');
    expect(codeOf(() => naechsterStatus('BEANTRAGT', 'GENEHMIGEN', 'VERTRETENER'))).toBe('FORBIDDEN');
    expect(codeOf(() => naechsterStatus('BEANTRAGT', 'BEENDEN', 'VERTRETER'))).toBe('FORBIDDEN');
    for (const von of ['BEENDET', 'ABGELEHNT'] as const) {
      for (const e of ['GENEHMIGEN', 'ABLEHNEN', 'BEENDEN'] as const) {
        expect(codeOf(() => naechsterStatus(von, e, 'KAMMER'))).toBe('VERTRETUNG_UEBERGANG_UNZULAESSIG');
      }
    }
    expect(codeOf(() => naechsterStatus('AKTIV', 'GENEHMIGEN', 'KAMMER'))).toBe(
      'VERTRETUNG_UEBERGANG_UNZULAESSIG',
    );
    expect(VERTRETUNG_UEBERGAENGE).toHaveLength(4);
  });
});

describe('nameStimmt', () => {
  it('ignores case and spacing, not letters', () => {
    const konto = { vorname: 'Jörg', nachname: 'Müller-Lüdenscheidt' };
    expect(nameStimmt({ vorname: ' jÖrg ', nachname: 'MÜLLER-LÜDENSCHEIDT' }, konto)).toBe(true);
    expect(nameStimmt({ vorname: 'Jorg', nachname: 'Müller-Lüdenscheidt' }, konto)).toBe(false);
    expect(nameStimmt({ vorname: 'Jörg', nachname: 'Müller' }, konto)).toBe(false);
  });
});

describe('pruefePersonAngaben', () => {
  it('normalises and names the field that is wrong', () => {
    expect(
      pruefePersonAngaben({ vorname: ' Ada  Maria ', nachname: 'Lovelace', email: ' ADA@Example.org ' }),
    ).toEqual({ vorname: 'Ada Maria', nachname: 'Lovelace', email: 'ada@example.org' });
    const fieldOf = (input: { vorname: string; nachname: string; email: string }) => {
      try {
        pruefePersonAngaben(input);
        return null;
      } catch (error) {
        return (error as DomainError).field;
      }
    };
    expect(fieldOf({ vorname: '', nachname: 'X', email: 'a@b.de' })).toBe('vorname');
    expect(fieldOf({ vorname: 'X', nachname: ' ', email: 'a@b.de' })).toBe('nachname');
    expect(fieldOf({ vorname: 'X', nachname: 'Y', email: 'kein-at' })).toBe('email');
  });
});

describe('vertretungGiltNoch', () => {
  it('holds without acting, or with an active Vertretung for exactly that principal', () => {
    expect(vertretungGiltNoch(null, [])).toBe(true);
    expect(vertretungGiltNoch('p', [{ vertretenerUserId: 'p' }])).toBe(true);
    expect(vertretungGiltNoch('p', [{ vertretenerUserId: 'q' }])).toBe(false);
    expect(vertretungGiltNoch('p', [])).toBe(false);
  });
});
