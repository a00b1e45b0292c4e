import { describe, expect, it } from 'vitest';
import { feiertagAm } from './feiertage.js';

describe('feiertagAm', () => {
  it('knows nationwide holidays', () => {
    expect(feiertagAm('2026-10-03', 'NW')).toMatch(/Einheit/);
    expect(feiertagAm('2026-12-25', 'NI')).toMatch(/Weihnacht/);
  });

  it('knows the holidays of the Bundesland only there', () => {
    // Allerheiligen: Nordrhein-Westfalen yes, Niedersachsen no. Reformationstag: the other way round.
    expect(feiertagAm('2026-11-01', 'NW')).toMatch(/Allerheiligen/);
    expect(feiertagAm('2026-11-01', 'NI')).toBeNull();
    expect(feiertagAm('2026-10-31', 'NI')).toMatch(/Reformation/);
    expect(feiertagAm('2026-10-31', 'NW')).toBeNull();
  });

  it('returns null on a working day', () => {
    expect(feiertagAm('2026-11-24', 'NW')).toBeNull();
  });
});
