import { describe, expect, it } from 'vitest';
import { addMonthsUtc, kommtInFrage } from './eignung.js';

const d = (day: string) => new Date(`${day}T00:00:00Z`);
const BERUF = 'beruf-fiae';
const sommer = (art: 'ZWISCHENPRUEFUNG' | 'ABSCHLUSSPRUEFUNG' | 'TEIL_1' | 'TEIL_2') => ({
  berufIds: [BERUF, 'beruf-other'],
  art,
  anmeldeschluss: d('2027-01-31'),
});
const vertrag = (beginn: string, ende: string, berufId = BERUF) => ({
  berufId,
  beginn: d(beginn),
  ende: d(ende),
});

describe('addMonthsUtc', () => {
  it('clamps the day to the month length', () => {
    expect(addMonthsUtc(d('2027-01-31'), 1).toISOString().slice(0, 10)).toBe('2027-02-28');
    expect(addMonthsUtc(d('2027-01-31'), 8).toISOString().slice(0, 10)).toBe('2027-09-30');
    expect(addMonthsUtc(d('2027-01-31'), -6).toISOString().slice(0, 10)).toBe('2026-07-31');
    expect(addMonthsUtc(d('2027-07-31'), -24).toISOString().slice(0, 10)).toBe('2025-07-31');
  });
});

describe('kommtInFrage', () => {
  it.each([
    // Abschlusspruefung / Teil 2: contract ends between Anmeldeschluss and + 8 months
    ['ABSCHLUSSPRUEFUNG', '2024-08-01', '2027-07-31', true],
    ['ABSCHLUSSPRUEFUNG', '2024-08-01', '2027-01-31', true],
    ['ABSCHLUSSPRUEFUNG', '2024-08-01', '2027-01-30', false],
    ['ABSCHLUSSPRUEFUNG', '2024-08-01', '2027-09-30', true],
    ['ABSCHLUSSPRUEFUNG', '2024-08-01', '2027-10-01', false],
    ['TEIL_2', '2024-08-01', '2027-06-30', true],
    ['TEIL_2', '2025-08-01', '2028-01-31', false],
    // Zwischenpruefung / Teil 1: contract began 6 to 24 months before the Anmeldeschluss
    ['ZWISCHENPRUEFUNG', '2025-08-01', '2028-07-31', true],
    ['ZWISCHENPRUEFUNG', '2026-07-31', '2029-07-31', true],
    ['ZWISCHENPRUEFUNG', '2026-08-01', '2029-07-31', false],
    ['TEIL_1', '2025-01-31', '2028-01-31', true],
    ['TEIL_1', '2025-01-30', '2028-01-31', false],
  ] as const)('%s: Vertrag %s bis %s -> %s', (art, beginn, ende, erwartet) => {
    expect(kommtInFrage(vertrag(beginn, ende), sommer(art))).toBe(erwartet);
  });

  it('requires the contract Beruf to be one of the session', () => {
    expect(kommtInFrage(vertrag('2024-08-01', '2027-07-31', 'beruf-x'), sommer('ABSCHLUSSPRUEFUNG'))).toBe(
      false,
    );
    expect(
      kommtInFrage(vertrag('2024-08-01', '2027-07-31', 'beruf-other'), sommer('ABSCHLUSSPRUEFUNG')),
    ).toBe(true);
  });
});
