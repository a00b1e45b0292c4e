import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.js';
import {
  BUNDESLAENDER,
  DROSSELUNG,
  pruefeUnternehmensantrag,
  validierePerson,
  validiereText,
  validiereUnternehmensantrag,
} from './regeln.js';

const gueltig = {
  kammerId: '3b1f4d5e-0000-4000-8000-000000000001',
  firmenname: '  Müller   Metallbau GmbH ',
  strasse: 'Hafenweg 12',
  plz: '48155',
  ort: 'Münster',
  bundesland: 'nw',
  unternehmensEmail: ' Ausbildung@Mueller-Metall.DE',
  vorname: 'Petra',
  nachname: 'Müller',
  email: 'P.Mueller@Mueller-Metall.de ',
};

describe('online company application', () => {
  it('normalises a valid application (spaces, e-mail case, Bundesland code)', () => {
    expect(validiereUnternehmensantrag(gueltig)).toEqual({
      ...gueltig,
      firmenname: 'Müller Metallbau GmbH',
      bundesland: 'NW',
      unternehmensEmail: 'ausbildung@mueller-metall.de',
      email: 'p.mueller@mueller-metall.de',
    });
  });

  it('names every wrong field in form order with a German message', () => {
    const { fehler } = pruefeUnternehmensantrag({
      kammerId: '',
      firmenname: ' ',
      strasse: '',
      plz: '4815',
      ort: '',
      bundesland: 'XX',
      unternehmensEmail: 'keine-adresse',
      vorname: '',
      nachname: '',
      email: 'a@b',
    });
    expect(fehler.map((f) => f.field)).toEqual([
      'kammerId',
      'firmenname',
      'strasse',
      'plz',
      'ort',
      'bundesland',
      'unternehmensEmail',
      'vorname',
      'nachname',
      'email',
    ]);
    expect(fehler.find((f) => f.field === 'plz')?.message).toBe(
      'Bitte geben Sie eine fünfstellige Postleitzahl an.',
    );
  });

  it('throws the first error as a field error', () => {
    try {
      validiereUnternehmensantrag({ ...gueltig, plz: 'abcde' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).field).toBe('plz');
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    }
  });

  it('limits lengths', () => {
    const { fehler } = pruefeUnternehmensantrag({ ...gueltig, firmenname: 'x'.repeat(201) });
    expect(fehler).toEqual([{ field: 'firmenname', message: 'Bitte höchstens 200 Zeichen eingeben.' }]);
  });

  it('knows all 16 Laender', () => {
    expect(Object.keys(BUNDESLAENDER)).toHaveLength(16);
    for (const code of Object.keys(BUNDESLAENDER)) {
      expect(pruefeUnternehmensantrag({ ...gueltig, bundesland: code }).fehler).toEqual([]);
    }
  });
});

describe('person (Pruefer/-in, Pruefungsteilnehmer/-in)', () => {
  it('requires names and a plausible e-mail', () => {
    expect(validierePerson({ vorname: ' Jan ', nachname: 'Berg', email: 'JAN@berg.de' })).toEqual({
      vorname: 'Jan',
      nachname: 'Berg',
      email: 'jan@berg.de',
    });
    expect(() => validierePerson({ vorname: 'Jan', nachname: 'Berg', email: 'jan' })).toThrow(
      /gültige E-Mail-Adresse/,
    );
    expect(() => validierePerson({ vorname: '', nachname: 'Berg', email: 'jan@berg.de' })).toThrow(
      /Vornamen/,
    );
  });
});

describe('free texts and limits', () => {
  it('requires a reason and caps its length', () => {
    expect(validiereText('begruendung', '  Nicht zuständig  ', 'fehlt', 10_000)).toBe('Nicht zuständig');
    expect(() => validiereText('begruendung', '   ', 'Bitte Begründung', 100)).toThrow('Bitte Begründung');
    expect(() => validiereText('text', 'x'.repeat(11), 'fehlt', 10)).toThrow(/höchstens 10 Zeichen/);
  });

  it('limits each inbox more tightly than each client address', () => {
    expect(DROSSELUNG.antragProEmail.max).toBeLessThan(DROSSELUNG.antragProAdresse.max);
    expect(DROSSELUNG.registrierungProEmail.max).toBeLessThan(DROSSELUNG.registrierungProAdresse.max);
  });
});
