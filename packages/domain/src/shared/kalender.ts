import type { IsoDate } from '../berichtsheft/dates.js';

const BERLIN = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day ("YYYY-MM-DD") an instant falls on in Germany (Europe/Berlin, with summer
 * time). Deadlines such as the Anmeldeschluss are German calendar days: 2027-01-31T23:30Z is
 * already 01.02.2027 in Berlin.
 */
export function berlinDatum(instant: Date): IsoDate {
  const teile = Object.fromEntries(BERLIN.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${teile.year}-${teile.month}-${teile.day}`;
}
