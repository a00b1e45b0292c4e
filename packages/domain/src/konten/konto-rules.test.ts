import { describe, expect, it } from 'vitest';
import {
  adminDarfKontoEmailAendern,
  darfEigeneEmailAendern,
  gleicherName,
  kontoStatus,
} from './konto-rules.js';

describe('kontoStatus', () => {
  it('KEIN_KONTO without a user, EINGELADEN without a secret, AKTIV with a password or PIN', () => {
    expect(kontoStatus(null)).toBe('KEIN_KONTO');
    expect(kontoStatus({ passwordHash: null, pinHash: null })).toBe('EINGELADEN');
    expect(kontoStatus({ passwordHash: 'h', pinHash: null })).toBe('AKTIV');
    expect(kontoStatus({ passwordHash: null, pinHash: 'p' })).toBe('AKTIV');
  });
});

describe('darfEigeneEmailAendern', () => {
  it('refuses Ausbildungsbeauftragte (only that role) and PIN accounts', () => {
    expect(
      darfEigeneEmailAendern({ rollen: ['AUSBILDUNGSBEAUFTRAGTE'], hatPasswort: true, hatPin: false }),
    ).toBe(false);
    expect(darfEigeneEmailAendern({ rollen: [], hatPasswort: false, hatPin: true })).toBe(false);
    expect(
      darfEigeneEmailAendern({
        rollen: ['AUSBILDUNGSBEAUFTRAGTE', 'AUSBILDER'],
        hatPasswort: true,
        hatPin: false,
      }),
    ).toBe(true);
    expect(darfEigeneEmailAendern({ rollen: ['AZUBI'], hatPasswort: true, hatPin: false })).toBe(true);
    expect(darfEigeneEmailAendern({ rollen: [], hatPasswort: true, hatPin: false })).toBe(true);
  });
});

describe('adminDarfKontoEmailAendern (takeover guard)', () => {
  const unbenutzt = {
    passwordHash: null,
    pinHash: null,
    lastLoginAt: null,
    betriebsstaetteIds: ['b1'],
    hatVertretungen: false,
    vonDiesemUnternehmenAngelegt: true,
  };
  it('only an unused account entirely inside the admin reach', () => {
    expect(adminDarfKontoEmailAendern(unbenutzt, ['b1', 'b2'])).toBe(true);
    expect(adminDarfKontoEmailAendern({ ...unbenutzt, passwordHash: 'h' }, ['b1'])).toBe(false);
    expect(adminDarfKontoEmailAendern({ ...unbenutzt, pinHash: 'p' }, ['b1'])).toBe(false);
    expect(adminDarfKontoEmailAendern({ ...unbenutzt, lastLoginAt: new Date() }, ['b1'])).toBe(false);
    expect(adminDarfKontoEmailAendern({ ...unbenutzt, betriebsstaetteIds: ['b1', 'fremd'] }, ['b1'])).toBe(
      false,
    );
    expect(adminDarfKontoEmailAendern({ ...unbenutzt, betriebsstaetteIds: ['b1', null] }, ['b1'])).toBe(
      false,
    );
  });
  it('only an account this Unternehmen created, and none in a Vertretung', () => {
    expect(adminDarfKontoEmailAendern({ ...unbenutzt, vonDiesemUnternehmenAngelegt: false }, ['b1'])).toBe(
      false,
    );
    expect(adminDarfKontoEmailAendern({ ...unbenutzt, hatVertretungen: true }, ['b1'])).toBe(false);
  });
});

describe('gleicherName', () => {
  it('compares first and last name case-insensitively', () => {
    expect(
      gleicherName({ vorname: ' Mia ', nachname: 'MÜLLER' }, { vorname: 'mia', nachname: 'müller' }),
    ).toBe(true);
    expect(gleicherName({ vorname: 'Mia', nachname: 'Muster' }, { vorname: 'Mia', nachname: 'Meier' })).toBe(
      false,
    );
  });
});
