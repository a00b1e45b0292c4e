import { formatDe } from '../berichtsheft/dates.js';
import type { OutboxMail } from '../outbox/outbox.js';
import { gruss } from '../shared/mail-text.js';

export interface TerminMailFakten {
  bezeichnung: string;
  datum: string;
  uhrzeit: string;
  ort: string;
}

const terminListe = (termine: TerminMailFakten[]) =>
  termine.map((t) => `- ${t.bezeichnung}: ${formatDe(t.datum)}, ${t.uhrzeit} Uhr, ${t.ort}`).join('\n');

/** The IHK released the Termine of a session: one mail per Betrieb, listing its Azubis. */
export function termineBetriebMail(
  to: string,
  f: { pruefung: string; azubis: string[]; termine: TerminMailFakten[]; link: string },
): OutboxMail {
  return {
    to,
    subject: `Prüfungstermine freigegeben: ${f.pruefung}`,
    text: `Guten Tag,\n\ndie IHK hat die Prüfungstermine für „${f.pruefung}“ freigegeben.\n\n${terminListe(f.termine)}\n\nAngemeldete Auszubildende Ihres Betriebs:\n${f.azubis.map((a) => `- ${a}`).join('\n')}\n\nZu den Prüfungen: ${f.link}${gruss}`,
  };
}

export function termineAzubiMail(
  to: string,
  f: { azubiName: string; pruefung: string; termine: TerminMailFakten[]; link: string },
): OutboxMail {
  return {
    to,
    subject: `Ihre Prüfungstermine: ${f.pruefung}`,
    text: `Guten Tag ${f.azubiName},\n\ndie IHK hat die Termine Ihrer Prüfung „${f.pruefung}“ freigegeben:\n\n${terminListe(f.termine)}\n\nZu Ihren Prüfungen: ${f.link}${gruss}`,
  };
}

export function ergebnisFreigegebenMail(
  to: string,
  f: { azubiName: string; pruefung: string; link: string },
): OutboxMail {
  return {
    to,
    subject: `Ihre Prüfungsergebnisse liegen vor: ${f.pruefung}`,
    text: `Guten Tag ${f.azubiName},\n\ndie IHK hat Ihre Ergebnisse der Prüfung „${f.pruefung}“ freigegeben. Sie können sie jetzt im Ausbildungsportal einsehen.\n\nZu Ihren Prüfungen: ${f.link}${gruss}`,
  };
}

export function ergebnisBetriebMail(
  to: string,
  f: { azubiName: string; pruefung: string; link: string },
): OutboxMail {
  return {
    to,
    subject: `Prüfungsergebnisse von ${f.azubiName} liegen vor: ${f.pruefung}`,
    text: `Guten Tag,\n\ndie IHK hat die Ergebnisse von ${f.azubiName} in der Prüfung „${f.pruefung}“ freigegeben. Sie können sie bis 14 Tage nach dem Ende des Ausbildungsverhältnisses im Ausbildungsportal einsehen.\n\nZu den Ergebnissen: ${f.link}${gruss}`,
  };
}

export function zeugnisMail(
  to: string,
  f: { azubiName: string; pruefung: string; link: string },
): OutboxMail {
  return {
    to,
    subject: `Ihr Prüfungszeugnis steht bereit: ${f.pruefung}`,
    text: `Guten Tag ${f.azubiName},\n\nIhr Zeugnis zur Prüfung „${f.pruefung}“ steht im Ausbildungsportal unter „Profil – Dokumente“ bereit.\n\nZu Ihren Dokumenten: ${f.link}${gruss}`,
  };
}

/** About six weeks before the Anmeldeschluss: the Betrieb's Azubis who can be registered. */
export function einladungMail(
  to: string,
  f: {
    unternehmen: string;
    pruefung: string;
    anmeldeschluss: string;
    azubis: { name: string; beruf: string; identnummer: string }[];
    link: string;
  },
): OutboxMail {
  const liste = f.azubis.map((a) => `- ${a.name} (${a.beruf}, Identnummer ${a.identnummer})`).join('\n');
  return {
    to,
    subject: `Einladung zur Prüfungsanmeldung: ${f.pruefung} (Anmeldeschluss ${formatDe(f.anmeldeschluss)})`,
    text: `Guten Tag,\n\nfür die Prüfung „${f.pruefung}“ können Sie folgende Auszubildende von ${f.unternehmen} anmelden:\n\n${liste}\n\nAnmeldeschluss ist der ${formatDe(f.anmeldeschluss)}. Nach dem Anmeldeschluss ist keine Anmeldung mehr möglich. Die Anmeldung geht nach dem Absenden zur Bestätigung an die oder den Auszubildenden und erst danach an die IHK.\n\nZur Prüfungsanmeldung: ${f.link}${gruss}`,
  };
}
