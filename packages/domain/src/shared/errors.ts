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
  KONTO_GESPERRT:
    'Ihr Konto ist aus Sicherheitsgründen vorübergehend gesperrt. Über „Passwort vergessen?“ auf der Anmeldeseite erhalten Sie einen Link per E-Mail; sobald Sie damit ein neues Passwort setzen, ist die Sperre aufgehoben.',
  ARBEITSBEREICH_UNZULAESSIG: 'In dieser Betriebsstätte haben Sie keine Rolle.',
  ROLLE_NICHT_VERGEBBAR: 'Diese Rolle kann hier nicht vergeben werden.',
  ROLLE_BEREITS_VERGEBEN: 'Die Person hat diese Rolle in dieser Betriebsstätte bereits.',
  LETZTER_ADMINISTRATOR:
    'Danach hätte eine Betriebsstätte keine Ausbildungsadministratorin und keinen Ausbildungsadministrator mehr. Vergeben Sie die Rolle dort zuerst an eine weitere Person.',
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
  ANMELDUNG_UEBERGANG_UNZULAESSIG:
    'Dieser Schritt ist für die Prüfungsanmeldung in ihrem jetzigen Zustand nicht möglich.',
  ANMELDESCHLUSS_VORBEI: 'Der Anmeldeschluss ist vorbei. Eine Anmeldung ist nicht mehr möglich.',
  ANMELDUNG_KONFLIKT:
    'Diese Prüfungsanmeldung wurde inzwischen an anderer Stelle geändert. Bitte laden Sie die Seite neu und prüfen Sie die Anmeldung erneut.',
  AZUBI_NICHT_PRUEFUNGSBERECHTIGT:
    'Dieses Ausbildungsverhältnis passt nicht zu dieser Prüfung (Ausbildungsberuf oder Ausbildungszeitraum).',
  // H2 (Termine, Ergebnisse, Zeugnis, Dokumente):
  TERMINE_FEHLEN: 'Bitte legen Sie zuerst mindestens einen Prüfungstermin an.',
  ERGEBNIS_NICHT_ZUGELASSEN: 'Ergebnisse können nur für zugelassene Prüfungsanmeldungen eingetragen werden.',
  ERGEBNIS_BEREITS_FREIGEGEBEN:
    'Die Ergebnisse sind bereits freigegeben und können nicht mehr geändert werden.',
  ERGEBNISSE_FEHLEN: 'Bitte tragen Sie zuerst die Ergebnisse ein.',
  ERGEBNISSE_NICHT_FREIGEGEBEN: 'Ein Zeugnis kann erst nach der Freigabe der Ergebnisse ausgestellt werden.',
  // -- Konten (issue 5): add codes below this line --
  KONTO_BEREITS_VORHANDEN:
    'Für diese Person gibt es bereits einen Account. Sie können stattdessen einen Link zum Zurücksetzen des Passworts senden.',
  KEIN_KONTO: 'Für diese Person gibt es noch keinen Account. Bitte erstellen Sie zuerst einen.',
  EMAIL_VERGEBEN: 'Diese E-Mail-Adresse gehört bereits zu einem anderen Konto.',
  EMAIL_AENDERUNG_NICHT_MOEGLICH:
    'Als Ausbildungsbeauftragte/r können Sie Ihre E-Mail-Adresse nicht selbst ändern. Sie erhalten neue Zugangsdaten, sobald eine Auszubildende oder ein Auszubildender Ihnen einen Ausbildungsnachweis an Ihre neue E-Mail-Adresse sendet.',
  PASSWORT_FALSCH: 'Das aktuelle Passwort ist nicht korrekt.',
  ZU_VIELE_VERSUCHE:
    'Zu viele Versuche in kurzer Zeit. Bitte warten Sie eine Stunde und versuchen Sie es dann erneut.',
  KONTO_ANDERE_PERSON:
    'Unter dieser E-Mail-Adresse gibt es bereits ein Konto mit einem anderen Namen als dem der oder des Auszubildenden. Bitte prüfen Sie die E-Mail-Adresse und den Namen im Ausbildungsverhältnis.',
  KONTO_EMAIL_NICHT_AENDERBAR:
    'Die Anmelde-E-Mail-Adresse dieses Accounts können Sie nicht ändern: Der Account wird bereits genutzt oder wurde nicht von Ihrem Unternehmen angelegt. Die Person ändert ihre E-Mail-Adresse selbst unter „Profil – Zugangsdaten“.',
  // kammer-konten (applications, Pruefer, self-registration, IHK tasks)
  ANFRAGEN_GEDROSSELT:
    'Von Ihrem Anschluss oder für diese E-Mail-Adresse sind in kurzer Zeit zu viele Anfragen eingegangen. Bitte versuchen Sie es in einer Stunde erneut.',
  ANTRAG_BEREITS_ENTSCHIEDEN: 'Über diesen Antrag wurde bereits entschieden.',
  PRUEFER_BEREITS_EINGETRAGEN: 'Diese Person ist bereits als Prüfer/-in Ihrer Kammer eingetragen.',
  // -- Vertretung (issue 5): add codes below this line --
  VERTRETUNG_BEENDET:
    'Die Vertretung wurde beendet. Sie handeln jetzt wieder mit Ihrem eigenen Konto; Ihr letzter Schritt wurde nicht mehr ausgeführt.',
  NICHT_IN_VERTRETUNG:
    'Das ist in Vertretung nicht möglich. Bitte wechseln Sie zurück zu Ihrem eigenen Konto.',
  VERTRETUNG_KONTO_UNBEKANNT:
    'Unter dieser E-Mail-Adresse mit diesem Namen ist kein Konto registriert. Bitte prüfen Sie die Angaben, oder hinterlegen Sie die Person als neue Vertretung (mit Genehmigung der IHK).',
  VERTRETUNG_VORHANDEN: 'Für diese Person ist bereits eine Vertretung hinterlegt oder beantragt.',
  VERTRETUNG_SELBST: 'Sie können sich nicht selbst als Vertretung hinterlegen.',
  VERTRETUNG_UEBERGANG_UNZULAESSIG: 'Diese Vertretung ist in ihrem jetzigen Zustand nicht mehr änderbar.',
  VERTRETUNG_ZU_VIELE_VERSUCHE:
    'Zu viele Versuche in kurzer Zeit. Bitte warten Sie eine Stunde und versuchen Sie es dann erneut.',
  ANMELDUNG_ADRESSE_GEDROSSELT:
    'Zu viele fehlgeschlagene Anmeldeversuche von Ihrem Netzwerk. Bitte versuchen Sie es in 15 Minuten erneut.',
  VERTRAG_KONFLIKT:
    'Dieses Ausbildungsverhältnis wurde inzwischen an anderer Stelle geändert. Bitte laden Sie die Seite neu und prüfen Sie die Angaben.',
  INTERNAL_SERVER_ERROR: 'Es ist ein unerwarteter Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
  // A unique violation the domain did not turn into an outcome of its own (HTTP 409,
  // apps/api/src/graphql/konflikt.ts): two requests created the same thing at the same moment.
  CONFLICT:
    'Derselbe Eintrag wurde gerade gleichzeitig an anderer Stelle angelegt. Bitte laden Sie die Seite neu und prüfen Sie, ob Ihre Änderung bereits gespeichert ist.',
  // The database is stopped, frozen or unreachable: HTTP 503 (apps/api/src/http/datenbank-ausfall.ts).
  DIENST_NICHT_VERFUEGBAR:
    'Der Dienst ist vorübergehend nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.',
  // More requests at once than the embedded database serves: HTTP 503 at once (apps/api/src/http/ueberlast.ts).
  UEBERLASTET: 'Das Portal ist gerade stark ausgelastet. Bitte versuchen Sie es in einigen Sekunden erneut.',
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
