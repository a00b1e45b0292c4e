import { getHolidays } from 'feiertagejs';
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
  return feiertageImJahr(Number(day.slice(0, 4)), region).get(day) ?? null;
}

// Computing a year's holidays takes milliseconds; a week view asks for five days at once.
const cache = new Map<string, Map<IsoDate, string>>();

function feiertageImJahr(year: number, region: Bundesland | 'BUND'): Map<IsoDate, string> {
  const key = `${year}:${region}`;
  let tage = cache.get(key);
  if (!tage) {
    tage = new Map(getHolidays(year, region).map((h) => [h.dateString, h.translate('de') ?? h.name]));
    cache.set(key, tage);
  }
  return tage;
}
