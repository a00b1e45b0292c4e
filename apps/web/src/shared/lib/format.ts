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

export const BETRIEBSSTAETTEN_ART: Record<BetriebsstaettenArt, string> = {
  HAUPTSITZ: 'Hauptsitz',
  FILIALE: 'Filiale',
  NIEDERLASSUNG: 'Niederlassung',
};

export const NACHWEIS_FORM: Record<NachweisForm, string> = {
  ELEKTRONISCH: 'elektronisch',
  SCHRIFTLICH: 'schriftlich',
};
