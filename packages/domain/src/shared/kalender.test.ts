import { describe, expect, it } from 'vitest';
import { anmeldeschlussVorbei } from '../pruefungen/anmeldung-state-machine.js';
import { berlinDatum } from './kalender.js';

describe('berlinDatum', () => {
  it('uses the German calendar day, not the UTC one', () => {
    expect(berlinDatum(new Date('2027-01-31T22:59:59Z'))).toBe('2027-01-31');
    expect(berlinDatum(new Date('2027-01-31T23:30:00Z'))).toBe('2027-02-01');
    // Summer time: UTC+2.
    expect(berlinDatum(new Date('2027-07-31T21:59:00Z'))).toBe('2027-07-31');
    expect(berlinDatum(new Date('2027-07-31T22:00:00Z'))).toBe('2027-08-01');
    expect(berlinDatum(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('2027-01-31T23:30Z is already 01.02. in Berlin: an Anmeldeschluss of 31.01. has passed', () => {
    expect(anmeldeschlussVorbei('2027-01-31', berlinDatum(new Date('2027-01-31T23:30:00Z')))).toBe(true);
    expect(anmeldeschlussVorbei('2027-01-31', berlinDatum(new Date('2027-01-31T22:30:00Z')))).toBe(false);
  });
});
