/** German words for the registration states and history entries (the server sends codes). */
export const ANMELDUNG_STATUS_TEXT: Record<string, string> = {
  ENTWURF: 'Entwurf',
  AZUBI_PRUEFT: 'Beim Azubi zur Bestätigung',
  ZURUECK_AN_BETRIEB: 'Zurück an den Betrieb',
  BEI_IHK: 'Bei der IHK eingegangen',
  ZUGELASSEN: 'Zugelassen',
  ABGELEHNT: 'Abgelehnt',
};

/** The server sends the history entries already in German; codes are a fallback only. */
export const EREIGNIS_TEXT: Record<string, string> = {
  EINREICHEN: 'Anmeldung eingereicht',
  BESTAETIGEN: 'Anmeldung bestätigt',
  ZURUECKGEBEN: 'An den Betrieb zurückgegeben',
  ZULASSEN: 'Zur Prüfung zugelassen',
  ABLEHNEN: 'Anmeldung abgelehnt',
  ERGEBNISSE_FREIGEGEBEN: 'Ergebnisse freigegeben',
};

export const statusText = (status: string) => ANMELDUNG_STATUS_TEXT[status] ?? status;
export const ereignisText = (ereignis: string) => EREIGNIS_TEXT[ereignis] ?? ereignis;

/** "12,5" for points; "–" when none. */
export function punkteText(punkte: number | null | undefined): string {
  if (punkte === null || punkte === undefined) return '–';
  return new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(punkte);
}
