import { describe, expect, it } from 'vitest';
import { anfrageMeldung, regelMeldung, variablenMeldung } from './meldungen.js';

describe('German messages for what the libraries say in English', () => {
  it.each([
    [
      'Variable "$input" got invalid value "x" at "input.tage[2].stunden"; Float cannot represent non numeric value: "x"',
      'input.tage.2.stunden',
      'Der Wert für „input.tage.2.stunden“ ist ungültig: erwartet wird eine Zahl.',
    ],
    [
      'Variable "$input" got invalid value "FOO" at "input.rolle"; Value "FOO" does not exist in "Rolle" enum.',
      'input.rolle',
      '„FOO“ ist für „input.rolle“ kein erlaubter Wert.',
    ],
    [
      'Variable "$input" got invalid value {} ; Field "email" of required type "String!" was not provided.',
      'input.email',
      'Die Angabe „input.email“ fehlt.',
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
});
