import type { OutboxMail } from '../outbox/outbox.js';
import { gruss } from '../shared/mail-text.js';

/** To the contract's Ausbilder/-in (or the administrators): an Azubi named an address nobody vouched for. */
export function vorschlagMail(to: string, f: { azubiName: string; email: string; link: string }): OutboxMail {
  return {
    to,
    subject: `Bitte bestätigen: ${f.email} als Ausbildungsbeauftragte/r`,
    text: `Guten Tag,\n\n${f.azubiName} hat einen Ausbildungsnachweis zur Genehmigung an ${f.email} gesendet. Diese Adresse ist in Ihrem Betrieb noch nicht als Ausbildungsbeauftragte/r bestätigt. Erst wenn Sie oder Ihr Ausbildungsadministrator sie bestätigen, erhält die Person ihre PIN und kann Nachweise genehmigen.\n\nBitte prüfen Sie, ob die Adresse wirklich zu einer Ausbildungsbeauftragten oder einem Ausbildungsbeauftragten Ihres Betriebs gehört, und bestätigen oder verwerfen Sie sie hier: ${f.link}\n\nBis dahin können Sie als Ausbilder/-in die Nachweise auch selbst genehmigen.${gruss}`,
  };
}

/** To the address the Betrieb confirmed: the PIN (first time only) and what to do next. */
export function bestaetigtMail(
  to: string,
  f: {
    betrieb: string;
    pin: string | null;
    einladung: boolean;
    wartend: number;
    anmeldung: string;
    berechtigungen: string;
    genehmigungen: string;
  },
): OutboxMail {
  const zugang = f.pin
    ? `Ihre PIN: ${f.pin}\n\nMelden Sie sich mit Ihrer E-Mail-Adresse und dieser PIN an: ${f.anmeldung}\nDie PIN gilt auch für alle weiteren Nachweise, die Ihnen Auszubildende senden. Sie wird nur dieses eine Mal verschickt; bewahren Sie sie sicher auf.`
    : `Melden Sie sich wie gewohnt an: ${f.anmeldung}`;
  const annehmen = f.einladung
    ? `\n\nNehmen Sie danach unter „Profil – Berechtigungen“ die Einladung als Ausbildungsbeauftragte/r an (${f.berechtigungen}); erst dann können Sie genehmigen.`
    : '';
  const wartend =
    f.wartend > 0
      ? `\n\n${f.wartend === 1 ? 'Ein Ausbildungsnachweis wartet' : `${f.wartend} Ausbildungsnachweise warten`} auf Ihre Genehmigung: ${f.genehmigungen}`
      : '';
  return {
    to,
    subject: 'Ihr Zugang als Ausbildungsbeauftragte/r im Ausbildungsportal',
    text: `Guten Tag,\n\n${f.betrieb} hat Sie als Ausbildungsbeauftragte/r bestätigt.${wartend}\n\n${zugang}${annehmen}${gruss}`,
  };
}

/** The reason recorded on weeks that go back because the Betrieb turned the approver address down. */
export const zurueckgewiesenBemerkung = (email: string) =>
  `Die Adresse ${email} wurde von Ihrem Betrieb nicht als Ausbildungsbeauftragte/r bestätigt. Bitte reichen Sie den Nachweis bei Ihrer Ausbilderin, Ihrem Ausbilder oder einer bestätigten Ausbildungsbeauftragten ein.`;
