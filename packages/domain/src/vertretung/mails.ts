import type { OutboxMail } from '../outbox/outbox.js';
import { gruss } from '../shared/mail-text.js';

/** To a deputy who has an account: someone named them. They learn it, and can end it themselves. */
export function hinterlegtMail(to: string, vertretener: string, link: string): OutboxMail {
  return {
    to,
    subject: `Sie wurden als Vertretung für ${vertretener} hinterlegt`,
    text: `Guten Tag,\n\n${vertretener} hat Sie im Ausbildungsportal als Vertretung hinterlegt. Sie können jetzt unter „Profil – Berechtigungen“ mit „Zum Programm“ für ${vertretener} handeln; alles, was Sie dort tun, wird als in Vertretung erledigt vermerkt.\n\nZu Ihren Berechtigungen: ${link}\n\nWenn Sie das nicht erwartet haben, können Sie die Vertretung dort selbst beenden.${gruss}`,
  };
}

/**
 * To a new deputy after the IHK's approval: the invitation with the link to set a password. Also to
 * a deputy whose account exists but has no way to log in yet (`kontoNeu` false: e.g. an expired
 * invitation from somewhere else).
 */
export function einladungMail(
  to: string,
  name: string,
  vertretener: string,
  link: string,
  kontoNeu = true,
): OutboxMail {
  const zugang = kontoNeu
    ? 'Für Sie wurde ein Zugang angelegt.'
    : 'Für Ihren Zugang ist noch kein Passwort festgelegt.';
  return {
    to,
    subject: 'Ihr Zugang zum Ausbildungsportal (Vertretung)',
    text: `Guten Tag ${name},\n\n${vertretener} hat Sie als Vertretung im Ausbildungsportal hinterlegt, und Ihre IHK hat das genehmigt. ${zugang}\n\nBitte legen Sie über diesen Link Ihr Passwort fest (der Link gilt 7 Tage und nur einmal):\n${link}\n\nDanach melden Sie sich mit Ihrer E-Mail-Adresse an und wechseln unter „Profil – Berechtigungen“ mit „Zum Programm“ zu ${vertretener}.${gruss}`,
  };
}

/** To the principal: the IHK decided about the deputy without an account. */
export function entscheidungMail(
  to: string,
  vertreter: string,
  genehmigt: boolean,
  link: string,
): OutboxMail {
  return {
    to,
    subject: genehmigt
      ? `Ihre Vertretung ${vertreter} wurde genehmigt`
      : `Ihre Vertretung ${vertreter} wurde nicht genehmigt`,
    text: genehmigt
      ? `Guten Tag,\n\ndie IHK hat ${vertreter} als Ihre Vertretung genehmigt. ${vertreter} erhält eine E-Mail mit den Zugangsdaten und erscheint jetzt in Ihrer Vertreterübersicht.\n\nZur Übersicht: ${link}${gruss}`
      : `Guten Tag,\n\ndie IHK hat ${vertreter} als Ihre Vertretung nicht genehmigt. Bei Fragen wenden Sie sich bitte an Ihre IHK.\n\nZur Übersicht: ${link}${gruss}`,
  };
}
