/**
 * Every error a user can meet, with its stable code and German message. The API maps these to
 * GraphQL `extensions.code` in one place; the client may rely on the codes, never on the text.
 */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: 'Bitte melden Sie sich an.',
  SESSION_ABGELAUFEN: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  CSRF_UNGUELTIG: 'Ihre Sitzung konnte nicht bestätigt werden. Bitte melden Sie sich erneut an.',
  FORBIDDEN: 'Dafür fehlt Ihnen die Berechtigung.',
  NOT_FOUND: 'Der Eintrag wurde nicht gefunden.',
  BAD_USER_INPUT: 'Bitte prüfen Sie Ihre Eingaben.',
  ANMELDUNG_UNBEKANNT:
    'Der eingegebene Benutzername oder die E-Mail-Adresse ist nicht im Ausbildungsportal registriert. Bitte prüfen Sie, ob Sie die richtige Anmeldemaske und die richtige IHK gewählt haben.',
  ANMELDUNG_FALSCHES_PASSWORT: 'Das Passwort ist nicht korrekt.',
  ANMELDUNG_KEIN_PASSWORT:
    'Für dieses Konto ist noch kein Passwort gesetzt. Bitte nutzen Sie den Link aus Ihrer Einladungs-E-Mail oder "Passwort vergessen".',
  ANMELDUNG_FALSCHE_PIN: 'Die PIN ist nicht korrekt.',
  ANMELDUNG_KEINE_PIN:
    'Für dieses Konto gibt es keine PIN. Bitte melden Sie sich mit E-Mail-Adresse und Passwort an.',
  KONTO_GESPERRT: 'Ihr Konto ist aus Sicherheitsgründen vorübergehend gesperrt.',
  ARBEITSBEREICH_UNZULAESSIG: 'In dieser Betriebsstätte haben Sie keine Rolle.',
  ROLLE_NICHT_VERGEBBAR: 'Diese Rolle kann hier nicht vergeben werden.',
  ROLLE_BEREITS_VERGEBEN: 'Die Person hat diese Rolle in dieser Betriebsstätte bereits.',
  LETZTER_ADMINISTRATOR:
    'Sie sind der letzte Ausbildungsadministrator dieses Unternehmens. Vergeben Sie die Rolle zuerst an eine weitere Person, bevor Sie Ihre eigene entfernen.',
  BERICHTSHEFT_NICHT_ELEKTRONISCH:
    'Für Ihren Ausbildungsberuf ist der elektronische Ausbildungsnachweis in dieser Betriebsstätte nicht freigeschaltet. Bitte wenden Sie sich an Ihren Ausbildungsadministrator.',
  NACHWEIS_UNPLAUSIBEL: 'Der Nachweis ist nicht plausibel. Bitte prüfen Sie die markierten Felder.',
  NACHWEIS_KONFLIKT:
    'Dieser Nachweis wurde inzwischen an anderer Stelle geändert. Bitte vergleichen Sie beide Fassungen, bevor Sie speichern.',
  NACHWEIS_GESPERRT: 'Dieser Nachweis kann in seinem jetzigen Zustand nicht mehr bearbeitet werden.',
  UEBERGANG_UNZULAESSIG: 'Dieser Schritt ist für den Nachweis in seinem jetzigen Zustand nicht möglich.',
  BEGRUENDUNG_FEHLT: 'Bitte geben Sie eine Begründung an (Bemerkung des Betreuers).',
  PAPIER_BESTAETIGUNG_FEHLT:
    'Bitte bestätigen Sie, dass die Ausbildungsnachweise für diesen Zeitraum ordnungsgemäß schriftlich geführt wurden.',
  GENEHMIGER_UNGEEIGNET:
    'Unter dieser E-Mail-Adresse ist keine Ausbilderin, kein Ausbilder und keine Ausbildungsbeauftragte Person hinterlegt.',
  LINK_UNGUELTIG:
    'Dieser Link ist nicht mehr gültig. Er wurde bereits verwendet oder durch einen neueren Link ersetzt. Bitte fordern Sie einen neuen an.',
  LINK_ABGELAUFEN: 'Dieser Link ist abgelaufen. Bitte fordern Sie einen neuen an.',
  // -- Pruefungen (issue 4): add codes below this line --
  // -- Konten (issue 5): add codes below this line --
  // -- Vertretung (issue 5): add codes below this line --
  INTERNAL_SERVER_ERROR: 'Es ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    /** The input field the message is about, so the form can show it there. */
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'DomainError';
  }
}

export class ValidationError extends DomainError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, field);
    this.name = 'ValidationError';
  }
}

export const forbidden = (message?: string) => new DomainError('FORBIDDEN', message);
export const notFound = (message?: string) => new DomainError('NOT_FOUND', message);
