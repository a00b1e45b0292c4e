import { formatBerlin } from '../auth/login-rules.js';
import type { OutboxMail } from '../outbox/outbox.js';
import { gruss } from '../shared/mail-text.js';

const anrede = (name: string | null) => (name ? `Guten Tag ${name},` : 'Guten Tag,');

/** "Account erstellen": the invited person sets their first password (7 days, once). */
export function einladungMail(
  to: string,
  f: { name: string; link: string; ablauf: Date; wer: string; rolle: string },
): OutboxMail {
  return {
    to,
    subject: 'Ihr Zugang zum Ausbildungsportal',
    text: `${anrede(f.name)}\n\n${f.wer} hat für Sie einen Zugang zum Ausbildungsportal als ${f.rolle} angelegt. Bitte legen Sie über diesen Link Ihr Passwort fest:\n\n${f.link}\n\nDer Link gilt bis ${formatBerlin(f.ablauf)} Uhr und nur einmal. Danach melden Sie sich mit dieser E-Mail-Adresse und Ihrem Passwort an.\n\nWenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.${gruss}`,
  };
}

/** An existing account (with a password) was linked to a contract or given a role. */
export function kontoVerknuepftMail(
  to: string,
  f: { name: string; wer: string; rolle: string; anmeldung: string },
) {
  return {
    to,
    subject: 'Neue Zuordnung im Ausbildungsportal',
    text: `${anrede(f.name)}\n\n${f.wer} hat Ihr bestehendes Konto im Ausbildungsportal als ${f.rolle} zugeordnet. Melden Sie sich wie gewohnt mit Ihrer E-Mail-Adresse und Ihrem Passwort an:\n\n${f.anmeldung}\n\nFalls Sie Ihr Passwort nicht mehr kennen, nutzen Sie dort „Passwort vergessen?“.${gruss}`,
  } satisfies OutboxMail;
}

/** "Passwort vergessen" or a reset sent by the Betrieb (24 hours, once). */
export function passwortResetMail(
  to: string,
  f: { name: string; link: string; ablauf: Date; durch: string | null },
): OutboxMail {
  const wer = f.durch
    ? `${f.durch} hat für Ihr Konto im Ausbildungsportal einen Link zum Festlegen eines neuen Passworts angefordert.`
    : 'Für Ihr Konto im Ausbildungsportal wurde „Passwort vergessen“ angefordert.';
  return {
    to,
    subject: 'Neues Passwort für das Ausbildungsportal festlegen',
    text: `${anrede(f.name)}\n\n${wer} Über diesen Link legen Sie ein neues Passwort fest:\n\n${f.link}\n\nDer Link gilt bis ${formatBerlin(f.ablauf)} Uhr und nur einmal. Er wird ungültig, sobald ein neues Passwort festgelegt wurde, sobald Sie sich mit Ihrem bisherigen Passwort anmelden oder sobald ein neuerer Link angefordert wird.\n\nWenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren: Ihr Passwort bleibt unverändert.${gruss}`,
  };
}

/** Confirmation link to the NEW address. */
export function emailBestaetigenMail(
  to: string,
  f: { name: string; link: string; ablauf: Date },
): OutboxMail {
  return {
    to,
    subject: 'Bitte bestätigen Sie Ihre neue E-Mail-Adresse',
    text: `${anrede(f.name)}\n\nSie möchten Ihre E-Mail-Adresse im Ausbildungsportal in ${to} ändern. Bitte bestätigen Sie die Änderung über diesen Link:\n\n${f.link}\n\nDer Link gilt bis ${formatBerlin(f.ablauf)} Uhr und nur einmal. Fordern Sie eine weitere Bestätigungs-E-Mail an, wird dieser Link ungültig: Verwenden Sie immer den Link aus der zuletzt erhaltenen E-Mail.${gruss}`,
  };
}

/** Notice to the OLD address when a change is requested. */
export function emailAenderungHinweisMail(to: string, f: { name: string; neueEmail: string }): OutboxMail {
  return {
    to,
    subject: 'Änderung Ihrer E-Mail-Adresse im Ausbildungsportal angefordert',
    text: `${anrede(f.name)}\n\nfür Ihr Konto im Ausbildungsportal wurde eine Änderung der E-Mail-Adresse in ${f.neueEmail} angefordert. Die Änderung wird erst wirksam, wenn sie über den Link bestätigt wird, den wir an die neue Adresse gesendet haben.\n\nWenn Sie das nicht waren, ändern Sie bitte sofort Ihr Passwort (Profil – Zugangsdaten) und beenden Sie unter Profil – Sitzungen alle anderen Sitzungen.${gruss}`,
  };
}

/** Sent to the new address instead of a link when it already belongs to an account (tells nothing to the requester). */
export function emailBereitsVergebenMail(to: string): OutboxMail {
  return {
    to,
    subject: 'Ihre E-Mail-Adresse im Ausbildungsportal',
    text: `Guten Tag,\n\njemand hat im Ausbildungsportal angefordert, diese E-Mail-Adresse für ein anderes Konto zu verwenden. Zu dieser Adresse besteht bereits ein Konto, deshalb wurde nichts geändert.\n\nWenn Sie das selbst waren: Melden Sie sich mit dieser E-Mail-Adresse an; falls Sie Ihr Passwort nicht mehr kennen, nutzen Sie „Passwort vergessen?“. Wenn nicht, können Sie diese E-Mail ignorieren.${gruss}`,
  };
}

/** After a password change in the profile: the owner learns of it. */
export function passwortGeaendertMail(to: string, f: { name: string; wann: Date }): OutboxMail {
  return {
    to,
    subject: 'Ihr Passwort im Ausbildungsportal wurde geändert',
    text: `${anrede(f.name)}\n\nIhr Passwort im Ausbildungsportal wurde am ${formatBerlin(f.wann)} Uhr geändert. Alle anderen Sitzungen wurden beendet.\n\nWenn Sie das nicht waren, nutzen Sie bitte sofort „Passwort vergessen?“ auf der Anmeldeseite und wenden Sie sich an Ihren Ausbildungsadministrator.${gruss}`,
  };
}

/**
 * A role invitation to an account that can already log in (another Unternehmen's, or one of
 * nobody's yet): it takes effect only when the person accepts under "Profil – Berechtigungen".
 */
export function rollenEinladungMail(
  to: string,
  f: { name: string; unternehmen: string; rolle: string; betriebsstaette: string; berechtigungen: string },
): OutboxMail {
  return {
    to,
    subject: `Einladung von ${f.unternehmen} im Ausbildungsportal`,
    text: `${anrede(f.name)}\n\n${f.unternehmen} lädt Sie ein, im Ausbildungsportal die Rolle ${f.rolle} in der Betriebsstätte ${f.betriebsstaette} zu übernehmen. Melden Sie sich wie gewohnt an und nehmen Sie die Einladung unter „Profil – Berechtigungen“ an oder lehnen Sie sie dort ab:\n\n${f.berechtigungen}\n\nSolange Sie die Einladung nicht angenommen haben, gibt sie niemandem Rechte.\n\nWenn Sie diese E-Mail nicht erwartet haben, können Sie die Einladung ablehnen oder die E-Mail ignorieren.${gruss}`,
  };
}

/** A role invitation with a new account: first the password (7 days, once), then accept. */
export function rollenEinladungNeuesKontoMail(
  to: string,
  f: {
    name: string;
    unternehmen: string;
    rolle: string;
    betriebsstaette: string;
    link: string;
    ablauf: Date;
  },
): OutboxMail {
  return {
    to,
    subject: `Einladung von ${f.unternehmen} im Ausbildungsportal`,
    text: `${anrede(f.name)}\n\n${f.unternehmen} lädt Sie ein, im Ausbildungsportal die Rolle ${f.rolle} in der Betriebsstätte ${f.betriebsstaette} zu übernehmen. Bitte legen Sie über diesen Link Ihr Passwort fest:\n\n${f.link}\n\nDer Link gilt bis ${formatBerlin(f.ablauf)} Uhr und nur einmal. Melden Sie sich danach mit dieser E-Mail-Adresse und Ihrem Passwort an und nehmen Sie die Einladung unter „Profil – Berechtigungen“ an.\n\nWenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.${gruss}`,
  };
}

/** A role invitation as Ausbildungsbeauftragte/r with a new account: a PIN (sent once). */
export function rollenEinladungPinMail(
  to: string,
  f: { unternehmen: string; betriebsstaette: string; pin: string; anmeldung: string },
): OutboxMail {
  return {
    to,
    subject: `Einladung von ${f.unternehmen} im Ausbildungsportal (PIN)`,
    text: `Guten Tag,\n\n${f.unternehmen} lädt Sie ein, im Ausbildungsportal als Ausbildungsbeauftragte/r in der Betriebsstätte ${f.betriebsstaette} Ausbildungsnachweise zu genehmigen. Für Sie wurde ein Zugang angelegt.\n\nIhre PIN: ${f.pin}\n\nMelden Sie sich mit Ihrer E-Mail-Adresse und dieser PIN an (${f.anmeldung}) und nehmen Sie die Einladung unter „Profil – Berechtigungen“ an. Die PIN wird nur dieses eine Mal verschickt; bewahren Sie sie sicher auf.\n\nWenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.${gruss}`,
  };
}
