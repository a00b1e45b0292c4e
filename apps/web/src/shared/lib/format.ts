import type { BetriebsstaettenArt, NachweisForm } from '../../gql/graphql';

/** "2024-08-01" -> "01.08.2024" without going through Date (no time-zone shifts). */
export function formatDatum(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, jahr, monat, tag] = match;
  return `${tag}.${monat}.${jahr}`;
}

export function formatZeitraum(beginn: string, ende: string): string {
  return `${formatDatum(beginn)} – ${formatDatum(ende)}`;
}

export function vollerName(person: { vorname: string; nachname: string }): string {
  return `${person.vorname} ${person.nachname}`;
}

/** The name, or the e-mail address for accounts without one (Ausbildungsbeauftragte created by PIN). */
export function anzeigeName(person: { vorname: string; nachname: string; email: string }): string {
  return vollerName(person).trim() || person.email;
}

export const BETRIEBSSTAETTEN_ART: Record<BetriebsstaettenArt, string> = {
  HAUPTSITZ: 'Hauptsitz',
  FILIALE: 'Filiale',
  NIEDERLASSUNG: 'Niederlassung',
};

export const NACHWEIS_FORM: Record<NachweisForm, string> = {
  ELEKTRONISCH: 'elektronisch',
  SCHRIFTLICH: 'schriftlich',
};

function teile(isoDate: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** ISO 8601 calendar week (KW) of a "YYYY-MM-DD" date. */
export function kalenderwoche(isoDate: string): number {
  const t = teile(isoDate);
  if (!t) return 0;
  const date = new Date(Date.UTC(t[0], t[1] - 1, t[2]));
  const wochentag = date.getUTCDay() || 7;
  // The Thursday of the same week decides the year the week belongs to.
  date.setUTCDate(date.getUTCDate() + 4 - wochentag);
  const jahresbeginn = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - jahresbeginn) / 86_400_000 + 1) / 7);
}

/** "16.11.–22.11.2026" (with both years when the span crosses New Year). */
export function formatKurzZeitraum(von: string, bis: string): string {
  const a = formatDatum(von);
  const b = formatDatum(bis);
  if (a.slice(6) === b.slice(6)) return `${a.slice(0, 6)}–${b}`;
  return `${a}–${b}`;
}

const WOCHENTAGE = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

/** "Montag" for "2026-11-16". */
export function wochentag(isoDate: string): string {
  const t = teile(isoDate);
  if (!t) return '';
  return WOCHENTAGE[new Date(Date.UTC(t[0], t[1] - 1, t[2])).getUTCDay()];
}

/** "14:03" in the browser's time zone. */
export function formatUhrzeit(zeitpunkt: Date | string): string {
  return new Date(zeitpunkt).toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' });
}

/** "24.11.2026, 14:03" in the browser's time zone. */
export function formatDatumZeit(zeitpunkt: Date | string): string {
  return new Date(zeitpunkt).toLocaleString('de-DE', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

const ZAHL = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

/** "37,5" */
export function formatZahl(wert: number): string {
  return ZAHL.format(wert);
}

/** "2026-11-16" plus `tage` days, as "YYYY-MM-DD" (UTC arithmetic, no time-zone shifts). */
export function datumPlusTage(isoDate: string, tage: number): string {
  const t = teile(isoDate);
  if (!t) return isoDate;
  return new Date(Date.UTC(t[0], t[1] - 1, t[2] + tage)).toISOString().slice(0, 10);
}
