import { formatDe, type IsoDate } from '../berichtsheft/dates.js';
import type { OutboxMail } from '../outbox/outbox.js';
import { gruss } from '../shared/mail-text.js';

export interface AnmeldungMailFacts {
  azubiName: string;
  betriebName: string;
  pruefung: string;
  anmeldeschluss: IsoDate;
  link: string;
}

export function zurBestaetigungMail(
  to: string,
  f: AnmeldungMailFacts,
  erneut: boolean,
  hatKonto = true,
): OutboxMail {
  const ohneKonto = hatKonto
    ? ''
    : '\n\nSie haben noch kein Konto im Ausbildungsportal. Bitten Sie Ihren Betrieb, für Sie ein Konto anzulegen („Account erstellen“); danach können Sie die Anmeldung bestätigen.';
  return {
    to,
    subject: `Bitte bestätigen: Ihre Prüfungsanmeldung ${f.pruefung}`,
    text: `Guten Tag ${f.azubiName},\n\n${f.betriebName} hat Sie ${erneut ? 'erneut ' : ''}zur Prüfung „${f.pruefung}“ angemeldet. Bitte prüfen Sie die Angaben und bestätigen Sie die Anmeldung bis zum ${formatDe(f.anmeldeschluss)} – oder geben Sie sie mit einer Bemerkung an Ihren Betrieb zurück. Erst nach Ihrer Bestätigung erhält die IHK die Anmeldung.${ohneKonto}\n\nZur Anmeldung: ${f.link}${gruss}`,
  };
}

export function bestaetigtMail(to: string, f: AnmeldungMailFacts): OutboxMail {
  return {
    to,
    subject: `Prüfungsanmeldung von ${f.azubiName} bestätigt`,
    text: `Guten Tag,\n\n${f.azubiName} hat die Anmeldung zur Prüfung „${f.pruefung}“ bestätigt. Die Anmeldung liegt jetzt der IHK vor; als Nächstes entscheidet die IHK über die Zulassung.\n\nZur Anmeldung: ${f.link}${gruss}`,
  };
}

export function zurueckgegebenMail(to: string, f: AnmeldungMailFacts, bemerkung: string): OutboxMail {
  return {
    to,
    subject: `Prüfungsanmeldung von ${f.azubiName} zurückgegeben`,
    text: `Guten Tag,\n\n${f.azubiName} hat die Anmeldung zur Prüfung „${f.pruefung}“ an Sie zurückgegeben.\n\nBemerkung: ${bemerkung}\n\nBitte überarbeiten Sie die Anmeldung und reichen Sie sie bis zum ${formatDe(f.anmeldeschluss)} erneut ein.\n\nZur Anmeldung: ${f.link}${gruss}`,
  };
}

export function entschiedenMail(
  to: string,
  f: AnmeldungMailFacts,
  zugelassen: boolean,
  begruendung: string | null,
): OutboxMail {
  const text = zugelassen
    ? `die IHK hat ${f.azubiName} zur Prüfung „${f.pruefung}“ zugelassen. Die Prüfungstermine werden im Ausbildungsportal veröffentlicht, sobald die IHK sie freigibt.`
    : `die IHK hat die Anmeldung von ${f.azubiName} zur Prüfung „${f.pruefung}“ abgelehnt.\n\nBegründung: ${begruendung ?? ''}\n\nBitte wenden Sie sich bei Fragen an Ihre IHK.`;
  return {
    to,
    subject: `Prüfungsanmeldung von ${f.azubiName}: ${zugelassen ? 'zugelassen' : 'abgelehnt'}`,
    text: `Guten Tag,\n\n${text}\n\nZur Anmeldung: ${f.link}${gruss}`,
  };
}

/** To each IHK-Sachbearbeiter of the session's Kammer: a confirmed registration has reached the IHK. */
export function beiIhkMail(to: string, f: AnmeldungMailFacts): OutboxMail {
  return {
    to,
    subject: `Neue Prüfungsanmeldung: ${f.azubiName} (${f.pruefung})`,
    text: `Guten Tag,\n\n${f.betriebName} hat ${f.azubiName} zur Prüfung „${f.pruefung}“ angemeldet; ${f.azubiName} hat die Anmeldung bestätigt. Die Anmeldung liegt jetzt der IHK vor. Bitte entscheiden Sie über die Zulassung.\n\nZur Anmeldung: ${f.link}${gruss}`,
  };
}
