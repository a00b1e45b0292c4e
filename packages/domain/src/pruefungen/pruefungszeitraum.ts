import type { Pruefungssaison } from '@portal/db';
import { addDays, formatDe, type IsoDate } from '../berichtsheft/dates.js';

/**
 * When a session's exams take place: summer from March to August of its year, winter from
 * September to March of the next. Generous on purpose: the IHK plans its days freely within the
 * season; what falls outside is a typing mistake (a Termin in 1900, an Anmeldeschluss in 2099).
 */
export function pruefungszeitraum(saison: Pruefungssaison, jahr: number): { von: IsoDate; bis: IsoDate } {
  return saison === 'SOMMER'
    ? { von: `${jahr}-03-01`, bis: `${jahr}-08-31` }
    : { von: `${jahr}-09-01`, bis: `${jahr + 1}-03-31` };
}

/** The Anmeldeschluss lies in the twelve months before the exam period starts. */
export function anmeldeschlussRahmen(saison: Pruefungssaison, jahr: number): { von: IsoDate; bis: IsoDate } {
  const zeitraum = pruefungszeitraum(saison, jahr);
  const [y, m, d] = zeitraum.von.split('-');
  return { von: `${Number(y) - 1}-${m}-${d}`, bis: addDays(zeitraum.von, -1) };
}

/** Why a day is outside its range, in German, or null. */
export function ausserhalb(tag: IsoDate, rahmen: { von: IsoDate; bis: IsoDate }, was: string): string | null {
  if (tag >= rahmen.von && tag <= rahmen.bis) return null;
  return `${was} muss zwischen dem ${formatDe(rahmen.von)} und dem ${formatDe(rahmen.bis)} liegen.`;
}
