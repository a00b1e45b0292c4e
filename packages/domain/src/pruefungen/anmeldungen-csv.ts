import type { Viewer } from '../arbeitsbereich/viewer.js';
import { formatDe, fromUtcDate } from '../berichtsheft/dates.js';
import type { DomainDeps } from '../shared/context.js';
import { kammerAnmeldungen } from './anmeldung.service.js';
import { ANMELDUNG_STATUS_TEXT } from './anmeldung-state-machine.js';
import { kammerPruefung } from './pruefung.service.js';

/**
 * One CSV cell for Excel: quoted when it holds the separator, quotes or line breaks; a leading
 * = + - @ (formula in Excel) is defused with an apostrophe.
 */
export function csvZelle(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvText(zeilen: string[][]): string {
  return `\uFEFF${zeilen.map((z) => z.map(csvZelle).join(';')).join('\r\n')}\r\n`;
}

const datum = (d: Date | null) => (d ? formatDe(fromUtcDate(d)) : '');

/** IHK: the registrations of a session as CSV (UTF-8 with BOM, `;` separated, header row), for Excel. */
export async function anmeldungenCsv(deps: DomainDeps, viewer: Viewer, pruefungId: string): Promise<string> {
  const pruefung = await kammerPruefung(deps, viewer, pruefungId);
  const anmeldungen = await kammerAnmeldungen(deps, viewer, pruefungId);
  const kopf = [
    'Identnummer',
    'Name',
    'Ausbildungsberuf',
    'Unternehmen',
    'Betriebsstätte',
    'Status',
    'Eingereicht am',
    'Bestätigt am',
    'Entschieden am',
    'Ausbildungsnachweis bestätigt',
    'Bemerkung',
    ...pruefung.zusatzfragen.map((q) => q.frage),
  ];
  const zeilen = anmeldungen.map((a) => {
    const antworten = new Map(a.antworten.map((x) => [x.key, x.antwort]));
    return [
      a.identnummer,
      a.azubiName,
      a.beruf.bezeichnung,
      a.unternehmenName,
      a.betriebsstaetteName,
      ANMELDUNG_STATUS_TEXT[a.status],
      datum(a.eingereichtAt),
      datum(a.bestaetigtAt),
      datum(a.entschiedenAt),
      a.nachweiseBestaetigt ? 'ja' : 'nein',
      a.bemerkung ?? '',
      ...pruefung.zusatzfragen.map((q) => antworten.get(q.key) ?? ''),
    ];
  });
  return csvText([kopf, ...zeilen]);
}
