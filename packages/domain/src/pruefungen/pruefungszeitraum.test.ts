import { describe, expect, it } from 'vitest';
import { standardAnmeldeschluss } from './pruefung.service.js';
import { anmeldeschlussRahmen, ausserhalb, pruefungszeitraum } from './pruefungszeitraum.js';

describe('the dates a session allows', () => {
  it('summer exams from March to August, winter from September to March of the next year', () => {
    expect(pruefungszeitraum('SOMMER', 2027)).toEqual({ von: '2027-03-01', bis: '2027-08-31' });
    expect(pruefungszeitraum('WINTER', 2027)).toEqual({ von: '2027-09-01', bis: '2028-03-31' });
  });

  it('the Anmeldeschluss in the twelve months before, the standard ones included', () => {
    expect(anmeldeschlussRahmen('SOMMER', 2027)).toEqual({ von: '2026-03-01', bis: '2027-02-28' });
    expect(anmeldeschlussRahmen('WINTER', 2028)).toEqual({ von: '2027-09-01', bis: '2028-08-31' });
    for (const saison of ['SOMMER', 'WINTER'] as const)
      expect(
        ausserhalb(standardAnmeldeschluss(saison, 2027), anmeldeschlussRahmen(saison, 2027), 'x'),
      ).toBeNull();
  });

  it.each([['1900-01-01'], ['2099-12-31'], ['2027-03-01'], ['2026-02-28']])(
    'refuses %s as the Anmeldeschluss of Sommer 2027, naming the range',
    (tag) => {
      expect(ausserhalb(tag, anmeldeschlussRahmen('SOMMER', 2027), 'Der Anmeldeschluss')).toBe(
        'Der Anmeldeschluss muss zwischen dem 01.03.2026 und dem 28.02.2027 liegen.',
      );
    },
  );
});
