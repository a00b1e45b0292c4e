import { describe, expect, it } from 'vitest';
import { type PlausibilityContext, pruefeNachweis } from './plausibility.js';

const ctx = (overrides: Partial<PlausibilityContext> = {}): PlausibilityContext => ({
  vertrag: { beginn: '2025-08-01', ende: '2028-07-31' },
  istErsterNachweis: false,
  andere: [],
  ...overrides,
});
const woche = { von: '2026-11-16', bis: '2026-11-22', tage: [] };

describe('pruefeNachweis', () => {
  it('accepts a week inside the contract', () => {
    expect(pruefeNachweis(woche, ctx())).toEqual([]);
  });

  it.each([
    ['von', { ...woche, von: '2026-02-30' }, 'gültiges Anfangsdatum'],
    ['bis', { ...woche, bis: 'morgen' }, 'gültiges Enddatum'],
    ['bis', { ...woche, bis: '2026-11-15' }, 'nicht vor dem Anfangsdatum'],
    ['bis', { ...woche, bis: '2026-11-23' }, 'höchstens 7 Tage (hier 8)'],
    ['von', { ...woche, von: '2025-07-28', bis: '2025-08-03' }, 'vor dem Ausbildungsbeginn am 01.08.2025'],
    ['bis', { ...woche, von: '2028-07-27', bis: '2028-08-02' }, 'nach dem Ausbildungsende am 31.07.2028'],
  ])('names the field %s: %s', (field, nachweis, message) => {
    const befunde = pruefeNachweis(nachweis, ctx());
    expect(befunde).toContainEqual(
      expect.objectContaining({ field, severity: 'error', message: expect.stringContaining(message) }),
    );
  });

  it('lets only the first Nachweis cover a long period of paper records', () => {
    const jahr = { von: '2025-08-01', bis: '2026-07-31', tage: [] };
    expect(pruefeNachweis(jahr, ctx({ istErsterNachweis: true }))).toEqual([]);
    expect(pruefeNachweis(jahr, ctx())[0]).toMatchObject({ field: 'bis', severity: 'error' });
  });

  it('refuses an overlap with another Nachweis of the contract and names it', () => {
    const befunde = pruefeNachweis(woche, ctx({ andere: [{ von: '2026-11-22', bis: '2026-11-28' }] }));
    expect(befunde).toEqual([
      { field: 'von', severity: 'error', message: expect.stringContaining('vom 22.11.2026 bis 28.11.2026') },
    ]);
    expect(pruefeNachweis(woche, ctx({ andere: [{ von: '2026-11-09', bis: '2026-11-15' }] }))).toEqual([]);
  });

  it.each([
    [-1, 'error'],
    [24.5, 'error'],
    [Number.NaN, 'error'],
    [7.123456789, 'error'],
    [1e-300, 'error'],
    [10.5, 'warning'],
    [24, 'warning'],
  ] as const)('hours %s per day give an %s', (stunden, severity) => {
    const befunde = pruefeNachweis({ ...woche, tage: [{ datum: '2026-11-17', stunden }] }, ctx());
    expect(befunde).toEqual([expect.objectContaining({ field: 'tage.0.stunden', severity })]);
  });

  it.each([0, 7.5, 7.25, 8, 10, null])('hours %s per day are fine', (stunden) => {
    expect(pruefeNachweis({ ...woche, tage: [{ datum: '2026-11-17', stunden }] }, ctx())).toEqual([]);
  });

  it('refuses days outside the period and days entered twice', () => {
    const befunde = pruefeNachweis(
      {
        ...woche,
        tage: [
          { datum: '2026-11-23', stunden: 8 },
          { datum: '2026-11-17', stunden: 8 },
          { datum: '2026-11-17', stunden: 8 },
        ],
      },
      ctx(),
    );
    expect(befunde.map((b) => b.field)).toEqual(['tage.0.datum', 'tage.2.datum']);
  });
});
