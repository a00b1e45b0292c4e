import { getHolidayByDate } from 'feiertagejs';
import type { IsoDate } from './dates.js';

/** The Bundeslaender feiertagejs knows (ISO 3166-2:DE without the prefix). */
const BUNDESLAENDER = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HE',
  'HH',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;
type Bundesland = (typeof BUNDESLAENDER)[number];

const isBundesland = (code: string): code is Bundesland =>
  (BUNDESLAENDER as readonly string[]).includes(code);

/**
 * The public holiday on `day` in the Betriebsstaette's Bundesland, by its German name, or null.
 * Uses the maintained feiertagejs tables rather than a hand-written list.
 */
export function feiertagAm(day: IsoDate, bundesland: string): string | null {
  const region = isBundesland(bundesland) ? bundesland : 'BUND';
  const holiday = getHolidayByDate(new Date(`${day}T12:00:00Z`), region);
  return holiday ? (holiday.translate('de') ?? holiday.name) : null;
}
