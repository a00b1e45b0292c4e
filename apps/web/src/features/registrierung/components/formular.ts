import type { ApiError } from '../../../shared/lib/apiError';

/** The 16 Laender (ISO 3166-2 codes without "DE-"), as the server expects them. */
export const BUNDESLAENDER: readonly [string, string][] = [
  ['BW', 'Baden-Württemberg'],
  ['BY', 'Bayern'],
  ['BE', 'Berlin'],
  ['BB', 'Brandenburg'],
  ['HB', 'Bremen'],
  ['HH', 'Hamburg'],
  ['HE', 'Hessen'],
  ['MV', 'Mecklenburg-Vorpommern'],
  ['NI', 'Niedersachsen'],
  ['NW', 'Nordrhein-Westfalen'],
  ['RP', 'Rheinland-Pfalz'],
  ['SL', 'Saarland'],
  ['SN', 'Sachsen'],
  ['ST', 'Sachsen-Anhalt'],
  ['SH', 'Schleswig-Holstein'],
  ['TH', 'Thüringen'],
];

export type FeldFehler = Record<string, string>;

/** Empty required fields, each with its German message, in form order (the server checks the rest). */
export function leereFelder(werte: Record<string, string>, pflicht: readonly [string, string][]): FeldFehler {
  const fehler: FeldFehler = {};
  for (const [feld, meldung] of pflicht) if (!(werte[feld] ?? '').trim()) fehler[feld] = meldung;
  return fehler;
}

/** A server error on one field goes next to that field; anything else is shown above the button. */
export function alsFeldFehler(error: ApiError): { felder: FeldFehler; allgemein: string | null } {
  return error.field
    ? { felder: { [error.field]: error.message }, allgemein: null }
    : { felder: {}, allgemein: error.message };
}
