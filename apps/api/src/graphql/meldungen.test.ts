import { describe, expect, it } from 'vitest';
import { anfrageMeldung, literalMeldung, regelMeldung, variablenMeldung } from './meldungen.js';

describe('German messages for what the libraries say in English', () => {
  it.each([
    [
      'Variable "$input" got invalid value "x" at "input.tage[2].stunden"; Float cannot represent non numeric value: "x"',
      'tage.2.stunden',
      'Der Wert für „tage.2.stunden“ ist ungültig: erwartet wird eine Zahl.',
    ],
    [
      'Variable "$input" got invalid value "FOO" at "input.rolle"; Value "FOO" does not exist in "Rolle" enum.',
      'rolle',
      '„FOO“ ist für „rolle“ kein erlaubter Wert.',
    ],
    [
      'Variable "$input" got invalid value {} ; Field "email" of required type "String!" was not provided.',
      'email',
      'Die Angabe „email“ fehlt.',
    ],
    ['Variable "$id" of required type "ID!" was not provided.', 'id', 'Die Angabe „id“ fehlt.'],
    [
      'Variable "$first" got invalid value 1.5; Int cannot represent non-integer value: 1.5',
      'first',
      'Der Wert für „first“ ist ungültig: erwartet wird eine ganze Zahl.',
    ],
  ])('%s', (englisch, field, message) => {
    expect(variablenMeldung(englisch)).toEqual({ field, message });
  });

  it('leaves other messages alone', () => {
    expect(variablenMeldung('Cannot query field "x" on type "Query".')).toBeNull();
  });

  it.each([
    ['berufIds must contain no more than 50 elements', '„berufIds“ darf höchstens 50 Einträge enthalten.'],
    ['name must be shorter than or equal to 200 characters', '„name“ darf höchstens 200 Zeichen lang sein.'],
    ['each value in ids must be a UUID', '„ids“ enthält keine gültige Kennung.'],
    ['Bitte wählen Sie ein Ausbildungsverhältnis.', 'Bitte wählen Sie ein Ausbildungsverhältnis.'],
  ])('%s', (englisch, deutsch) => {
    expect(regelMeldung(englisch)).toBe(deutsch);
  });

  it('translates Apollo’s request-level refusals', () => {
    expect(
      anfrageMeldung(
        'This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a',
      ),
    ).toContain('CSRF');
    expect(anfrageMeldung('Operation batching disabled.')).toBe(
      'Mehrere Operationen in einer Anfrage werden nicht unterstützt.',
    );
    expect(anfrageMeldung('GET requests only support query operations, not mutation operations')).toContain(
      'POST',
    );
    expect(anfrageMeldung('something new')).toBe('Die Anfrage ist ungültig.');
  });

  it.each([
    [
      'Expected value of type "Datum!", found "2026-02-30"; Datum: Bitte geben Sie einen Kalendertag im Format JJJJ-MM-TT an.',
      'Der Wert "2026-02-30" in der Anfrage ist ungültig: erwartet wird ein Datum (JJJJ-MM-TT). Bitte geben Sie einen Kalendertag im Format JJJJ-MM-TT an.',
    ],
    [
      'Expected value of type "Int!", found "x"; Int cannot represent non-integer value: "x"',
      'Der Wert "x" in der Anfrage ist ungültig: erwartet wird eine ganze Zahl.',
    ],
    [
      'Expected value of type "Float", found true.',
      'Der Wert true in der Anfrage ist ungültig: erwartet wird eine Zahl.',
    ],
  ])('literal: %s', (englisch, deutsch) => {
    expect(literalMeldung(englisch)).toBe(deutsch);
  });

  it('a date variable names its field', () => {
    expect(
      variablenMeldung(
        'Variable "$termine" got invalid value "1900-01-01" at "termine[0].datum"; Datum: Der Tag liegt nicht zwischen 1940 und 2100.',
      ),
    ).toEqual({
      field: 'termine.0.datum',
      message: 'Das Datum in „termine.0.datum“ ist ungültig: Der Tag liegt nicht zwischen 1940 und 2100.',
    });
  });
});
