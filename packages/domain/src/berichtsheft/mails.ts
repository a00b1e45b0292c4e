import type { OutboxMail } from '../outbox/outbox.js';
import { gruss } from '../shared/mail-text.js';
import { formatDe, type IsoDate } from './dates.js';

interface NachweisMailFacts {
  azubiName: string;
  von: IsoDate;
  bis: IsoDate;
  link: string;
}

const zeitraum = (n: NachweisMailFacts) => `${formatDe(n.von)} bis ${formatDe(n.bis)}`;
/** Closing line of every portal mail. */

export function eingereichtMail(to: string, n: NachweisMailFacts): OutboxMail {
  return {
    to,
    subject: `Ausbildungsnachweis von ${n.azubiName} zur Genehmigung`,
    text: `Guten Tag,\n\n${n.azubiName} hat den Ausbildungsnachweis für ${zeitraum(n)} eingereicht und bittet Sie um Genehmigung.\n\nZum Nachweis: ${n.link}${gruss}`,
  };
}

export function pinMail(to: string, pin: string, n: NachweisMailFacts, anmeldung: string): OutboxMail {
  return {
    to,
    subject: 'Ihr Zugang zum Ausbildungsportal (PIN)',
    text: `Guten Tag,\n\n${n.azubiName} hat Ihnen einen Ausbildungsnachweis (${zeitraum(n)}) zur Genehmigung gesendet. Für Sie wurde ein Zugang als Ausbildungsbeauftragte/r angelegt.\n\nIhre PIN: ${pin}\n\nMelden Sie sich mit Ihrer E-Mail-Adresse und dieser PIN an: ${anmeldung}\nDie PIN gilt auch für alle weiteren Nachweise, die Ihnen Auszubildende senden. Sie wird nur dieses eine Mal verschickt; bewahren Sie sie sicher auf.${gruss}`,
  };
}

export function entschiedenMail(
  to: string,
  n: NachweisMailFacts,
  genehmigt: boolean,
  bemerkung: string | null,
  von: string,
): OutboxMail {
  const was = genehmigt ? 'genehmigt' : 'abgelehnt';
  const text = bemerkung ? `\n\nBemerkung des Betreuers: ${bemerkung}` : '';
  return {
    to,
    subject: `Ihr Ausbildungsnachweis ${zeitraum(n)} wurde ${was}`,
    text: `Guten Tag ${n.azubiName},\n\n${von} hat Ihren Ausbildungsnachweis für ${zeitraum(n)} ${was}.${text}${genehmigt ? '' : '\n\nBitte überarbeiten Sie den Nachweis und reichen Sie ihn erneut ein.'}\n\nZum Nachweis: ${n.link}${gruss}`,
  };
}
