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
  KONTO_GESPERRT: 'Ihr Konto ist aus Sicherheitsgründen vorübergehend gesperrt.',
  ARBEITSBEREICH_UNZULAESSIG: 'In dieser Betriebsstätte haben Sie keine Rolle.',
  ROLLE_NICHT_VERGEBBAR: 'Diese Rolle kann hier nicht vergeben werden.',
  ROLLE_BEREITS_VERGEBEN: 'Die Person hat diese Rolle in dieser Betriebsstätte bereits.',
  LETZTER_ADMINISTRATOR:
    'Sie sind der letzte Ausbildungsadministrator dieses Unternehmens. Vergeben Sie die Rolle zuerst an eine weitere Person, bevor Sie Ihre eigene entfernen.',
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
