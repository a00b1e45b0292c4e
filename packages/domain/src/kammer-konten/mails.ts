import type { OutboxMail } from '../outbox/outbox.js';
import { gruss } from '../shared/mail-text.js';

const anrede = (p: { vorname: string; nachname: string }) =>
  p.vorname || p.nachname ? `Guten Tag ${`${p.vorname} ${p.nachname}`.trim()},` : 'Guten Tag,';

const einladungsZeile = (link: string) =>
  `Bitte legen Sie über diesen Link Ihr Passwort fest:\n${link}\n\nDer Link ist 7 Tage gültig und funktioniert nur einmal. Danach melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.`;

export function antragEingangMail(
  to: string,
  a: { vorname: string; nachname: string; firmenname: string; kammerName: string },
): OutboxMail {
  return {
    to,
    subject: 'Ihr Antrag auf einen Zugang zum Ausbildungsportal ist eingegangen',
    text: `${anrede(a)}\n\nIhr Antrag auf einen Zugang für das Unternehmen „${a.firmenname}“ ist bei der ${a.kammerName} eingegangen. Die IHK prüft Ihre Angaben; nach der Freischaltung erhalten Sie eine E-Mail mit Ihren Zugangsdaten.\n\nFalls Sie diesen Antrag nicht gestellt haben, können Sie diese E-Mail ignorieren.${gruss}`,
  };
}

export function antragGenehmigtEinladungMail(
  to: string,
  a: { vorname: string; nachname: string; firmenname: string; kammerName: string; link: string },
): OutboxMail {
  return {
    to,
    subject: 'Ihr Zugang zum Ausbildungsportal ist freigeschaltet',
    text: `${anrede(a)}\n\ndie ${a.kammerName} hat den Zugang für das Unternehmen „${a.firmenname}“ freigeschaltet. Sie sind als Ausbildungsadministrator/-in eingetragen.\n\n${einladungsZeile(a.link)}${gruss}`,
  };
}

export function antragGenehmigtHinweisMail(
  to: string,
  a: { vorname: string; nachname: string; firmenname: string; kammerName: string; anmeldung: string },
): OutboxMail {
  return {
    to,
    subject: 'Ihr Unternehmen ist im Ausbildungsportal freigeschaltet',
    text: `${anrede(a)}\n\ndie ${a.kammerName} hat den Zugang für das Unternehmen „${a.firmenname}“ freigeschaltet. Sie sind als Ausbildungsadministrator/-in eingetragen.\n\nSie haben bereits ein Konto im Ausbildungsportal. Melden Sie sich wie gewohnt an und wählen Sie oben die Betriebsstätte „${a.firmenname}“: ${a.anmeldung}${gruss}`,
  };
}

export function antragAbgelehntMail(
  to: string,
  a: { vorname: string; nachname: string; firmenname: string; kammerName: string; begruendung: string },
): OutboxMail {
  return {
    to,
    subject: 'Ihr Antrag auf einen Zugang zum Ausbildungsportal wurde abgelehnt',
    text: `${anrede(a)}\n\ndie ${a.kammerName} hat Ihren Antrag auf einen Zugang für das Unternehmen „${a.firmenname}“ abgelehnt.\n\nBegründung: ${a.begruendung}\n\nBei Fragen wenden Sie sich bitte an Ihre IHK.${gruss}`,
  };
}

export function prueferEinladungMail(
  to: string,
  p: { vorname: string; nachname: string; kammerName: string; link: string },
): OutboxMail {
  return {
    to,
    subject: 'Ihr Zugang als Prüfer/-in zum Ausbildungsportal',
    text: `${anrede(p)}\n\ndie ${p.kammerName} hat für Sie einen Zugang als Prüfer/-in im Ausbildungsportal angelegt.\n\n${einladungsZeile(p.link)}${gruss}`,
  };
}

export function prueferHinweisMail(
  to: string,
  p: { vorname: string; nachname: string; kammerName: string; anmeldung: string },
): OutboxMail {
  return {
    to,
    subject: 'Sie sind jetzt als Prüfer/-in eingetragen',
    text: `${anrede(p)}\n\ndie ${p.kammerName} hat Sie im Ausbildungsportal als Prüfer/-in eingetragen. Sie haben bereits ein Konto: Melden Sie sich wie gewohnt an und wählen Sie oben den Arbeitsbereich „${p.kammerName}“: ${p.anmeldung}${gruss}`,
  };
}

export function registrierungEinladungMail(
  to: string,
  p: { vorname: string; nachname: string; kammerName: string; link: string },
): OutboxMail {
  return {
    to,
    subject: 'Ihre Registrierung im Ausbildungsportal',
    text: `${anrede(p)}\n\nSie haben sich als Prüfungsteilnehmer/-in einer Fortbildungsprüfung der ${p.kammerName} registriert.\n\n${einladungsZeile(p.link)}\n\nFalls Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren; ohne Passwort kann niemand das Konto nutzen.${gruss}`,
  };
}

export function registrierungBestehendesKontoMail(
  to: string,
  p: { kammerName: string; anmeldung: string; passwortVergessen: string },
): OutboxMail {
  return {
    to,
    subject: 'Sie haben bereits ein Konto im Ausbildungsportal',
    text: `Guten Tag,\n\njemand hat sich soeben mit Ihrer E-Mail-Adresse als Prüfungsteilnehmer/-in der ${p.kammerName} registrieren wollen. Sie haben bereits ein Konto im Ausbildungsportal, deshalb wurde kein neues angelegt.\n\nMelden Sie sich mit Ihrem bestehenden Konto an: ${p.anmeldung}\nPasswort vergessen? Hier können Sie ein neues festlegen: ${p.passwortVergessen}\n\nFalls Sie das nicht waren, können Sie diese E-Mail ignorieren.${gruss}`,
  };
}
