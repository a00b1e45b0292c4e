import type { Anwesenheit, Lernort, NachweisFormat, NachweisStatus } from '../../../gql/graphql';
import { formatDatum, formatKurzZeitraum, kalenderwoche } from '../../../shared/lib/format';

/** The one place where the Berichtsheft's codes become German words. */
export const STATUS_TEXT: Record<NachweisStatus, string> = {
  ENTWURF: 'Entwurf',
  EINGEREICHT: 'Eingereicht',
  GENEHMIGT: 'Genehmigt',
  ABGELEHNT: 'Abgelehnt',
};

export const LERNORTE: readonly Lernort[] = ['BETRIEB', 'BERUFSSCHULE', 'UEBERBETRIEBLICH'];

export const LERNORT_TEXT: Record<Lernort, string> = {
  BETRIEB: 'Betrieb',
  BERUFSSCHULE: 'Berufsschule',
  UEBERBETRIEBLICH: 'überbetrieblich',
};

export const ANWESENHEITEN: readonly Anwesenheit[] = [
  'ANWESEND',
  'URLAUB',
  'KRANK',
  'FEIERTAG',
  'BERUFSSCHULE_FREI',
  'SONSTIGE',
];

export const ANWESENHEIT_TEXT: Record<Anwesenheit, string> = {
  ANWESEND: 'anwesend',
  URLAUB: 'Urlaub',
  KRANK: 'krank/arbeitsunfähig',
  FEIERTAG: 'Feiertag',
  BERUFSSCHULE_FREI: 'Berufsschule frei',
  SONSTIGE: 'sonstige',
};

export const FORMAT_TEXT: Record<NachweisFormat, string> = {
  WOECHENTLICH: 'wöchentlich',
  TAEGLICH: 'täglich',
};

/** History entries: what happened, in the words of the Berichtsheft. */
const EREIGNIS_TEXT: Record<string, string> = {
  ANGELEGT: 'Angelegt',
  EINREICHEN: 'Zur Genehmigung eingereicht',
  GENEHMIGEN: 'Genehmigt',
  ABLEHNEN: 'Abgelehnt',
  NACHTRAEGLICH_ABLEHNEN: 'Nachträglich abgelehnt',
  GENEHMIGER_ABGELEHNT: 'Zurückgegeben (Adresse vom Betrieb nicht bestätigt)',
};

/** Events after which the Azubi must rework the Nachweis; their remark is the reason. */
export const ABLEHNUNGS_EREIGNISSE: ReadonlySet<string> = new Set([
  'ABLEHNEN',
  'NACHTRAEGLICH_ABLEHNEN',
  'GENEHMIGER_ABGELEHNT',
]);

export function ereignisText(ereignis: string): string {
  return EREIGNIS_TEXT[ereignis] ?? ereignis;
}

export const istLernort = (value: string): value is Lernort =>
  (LERNORTE as readonly string[]).includes(value);
export const istAnwesenheit = (value: string): value is Anwesenheit =>
  (ANWESENHEITEN as readonly string[]).includes(value);

/** "KW 47 · 16.11.–22.11.2026" */
export function wochenTitel(montag: string, sonntag: string): string {
  return `KW ${kalenderwoche(montag)} · ${formatKurzZeitraum(montag, sonntag)}`;
}

/** "Ausbildungsnachweis 16.11.2026 – 22.11.2026" */
export function nachweisTitel(von: string, bis: string): string {
  return `Ausbildungsnachweis ${formatDatum(von)} – ${formatDatum(bis)}`;
}

export function statusBadgeKlasse(status: NachweisStatus | 'FEHLT'): string {
  switch (status) {
    case 'GENEHMIGT':
      return 'badge badge-ok';
    case 'ABGELEHNT':
    case 'FEHLT':
      return 'badge badge-warnung';
    case 'EINGEREICHT':
      return 'badge badge-info';
    default:
      return 'badge';
  }
}
