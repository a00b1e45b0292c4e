import { TEXTLAENGE, type Textart } from '@portal/domain';

/**
 * Every text a client may send, declared once: the schema coordinate of each String argument and
 * input field ("Type.field" or "Parent.field(argument)") and the kind of text it holds, which sets
 * its maximum length (TEXTLAENGE). ID inputs are UUIDs unless named here. A unit test
 * (felder.test.ts) fails when the schema has a String input that is not in this table.
 */
export const FELDER: Readonly<Record<string, Textart>> = {
  // Lists and search
  'Query.azubiVerwaltung(after)': 'CURSOR',
  'Query.benutzerverwaltung(after)': 'CURSOR',
  'Query.benutzerverwaltung(suche)': 'SUCHE',
  'Query.benutzerSuchen(email)': 'EMAIL',
  // Sign-in, accounts, links
  'LoginInput.email': 'EMAIL',
  'LoginInput.password': 'PASSWORT',
  'PinLoginInput.email': 'EMAIL',
  'PinLoginInput.pin': 'PIN',
  'Mutation.arbeitsbereichWaehlen(key)': 'ARBEITSBEREICH',
  'Mutation.passwortVergessen(kennung)': 'KENNUNG',
  'Query.kontoLink(token)': 'TOKEN',
  'Mutation.emailBestaetigen(token)': 'TOKEN',
  'PasswortSetzenInput.token': 'TOKEN',
  'PasswortSetzenInput.passwort': 'PASSWORT',
  'PasswortSetzenInput.passwortWiederholung': 'PASSWORT',
  'PasswortAendernInput.aktuellesPasswort': 'PASSWORT',
  'PasswortAendernInput.neuesPasswort': 'PASSWORT',
  'PasswortAendernInput.neuesPasswortWiederholung': 'PASSWORT',
  'EmailAendernInput.neueEmail': 'EMAIL',
  'EmailAendernInput.passwort': 'PASSWORT',
  'AzubiKontoInput.email': 'EMAIL',
  'AusbilderKontoInput.email': 'EMAIL',
  'AusbilderKontoInput.vorname': 'NAME',
  'AusbilderKontoInput.nachname': 'NAME',
  'AusbilderEmailInput.email': 'EMAIL',
  // Roles, invitations, deputies, approvers
  'RolleEinladenInput.email': 'EMAIL',
  'RolleEinladenInput.vorname': 'NAME',
  'RolleEinladenInput.nachname': 'NAME',
  'VertretungPersonInput.email': 'EMAIL',
  'VertretungPersonInput.vorname': 'NAME',
  'VertretungPersonInput.nachname': 'NAME',
  'GenehmigerBestaetigenInput.vorname': 'NAME',
  'GenehmigerBestaetigenInput.nachname': 'NAME',
  // The Kammer's accounts and applications
  'UnternehmensantragInput.firmenname': 'KURZTEXT',
  'UnternehmensantragInput.strasse': 'KURZTEXT',
  'UnternehmensantragInput.plz': 'PLZ',
  'UnternehmensantragInput.ort': 'KURZTEXT',
  'UnternehmensantragInput.bundesland': 'BUNDESLAND',
  'UnternehmensantragInput.unternehmensEmail': 'EMAIL',
  'UnternehmensantragInput.vorname': 'NAME',
  'UnternehmensantragInput.nachname': 'NAME',
  'UnternehmensantragInput.email': 'EMAIL',
  'Mutation.unternehmensantragAblehnen(begruendung)': 'BEGRUENDUNG',
  'RegistrierungInput.email': 'EMAIL',
  'RegistrierungInput.vorname': 'NAME',
  'RegistrierungInput.nachname': 'NAME',
  'PrueferAnlegenInput.email': 'EMAIL',
  'PrueferAnlegenInput.vorname': 'NAME',
  'PrueferAnlegenInput.nachname': 'NAME',
  'AenderungsmailInput.text': 'AENDERUNGSTEXT',
  // Berichtsheft
  'NachweisSpeichernInput.taetigkeiten': 'NACHWEISTEXT',
  'NachweisSpeichernInput.abschnitt': 'NACHWEISTEXT',
  'NachweisSpeichernInput.unterweisungen': 'NACHWEISTEXT',
  'NachweisSpeichernInput.berufsschule': 'NACHWEISTEXT',
  'NachweisSpeichernInput.genehmigerEmail': 'EMAIL',
  'NachweisTagInput.taetigkeiten': 'NACHWEISTEXT',
  'NachweisEinreichenInput.genehmigerEmail': 'EMAIL',
  'NachweisEntscheidungInput.bemerkung': 'BEMERKUNG',
  'Mutation.nachweiseSammelGenehmigen(bemerkung)': 'BEMERKUNG',
  // Prüfungen
  'ZusatzfrageInput.frage': 'FRAGE',
  'AnmeldungAntwortInput.key': 'SCHLUESSEL',
  'AnmeldungAntwortInput.antwort': 'ANTWORT',
  'Mutation.anmeldungAblehnen(begruendung)': 'BEGRUENDUNG',
  'Mutation.anmeldungZurueckgeben(bemerkung)': 'BEGRUENDUNG',
  'PruefungsterminInput.bezeichnung': 'BEZEICHNUNG',
  'PruefungsterminInput.ort': 'KURZTEXT',
  'PruefungsterminInput.uhrzeit': 'UHRZEIT',
  'TeilergebnisInput.teil': 'BEZEICHNUNG',
  'TeilergebnisInput.note': 'NOTE',
};

/** What the message calls a text of each kind ("… ist zu lang"). */
export const TEXTART_NAME: Readonly<Record<Textart, string>> = {
  NAME: 'Der Name',
  EMAIL: 'Die E-Mail-Adresse',
  KENNUNG: 'Die Angabe',
  PASSWORT: 'Das Passwort',
  PIN: 'Die PIN',
  TOKEN: 'Der Link',
  CURSOR: 'Die Seitenangabe',
  SUCHE: 'Der Suchbegriff',
  KURZTEXT: 'Der Text',
  BEZEICHNUNG: 'Die Bezeichnung',
  NOTE: 'Die Note',
  PLZ: 'Die Postleitzahl',
  BUNDESLAND: 'Das Bundesland',
  UHRZEIT: 'Die Uhrzeit',
  SCHLUESSEL: 'Der Schlüssel',
  ARBEITSBEREICH: 'Der Arbeitsbereich',
  FRAGE: 'Die Frage',
  ANTWORT: 'Die Antwort',
  BEGRUENDUNG: 'Die Begründung',
  AENDERUNGSTEXT: 'Der Text',
  BEMERKUNG: 'Die Bemerkung',
  NACHWEISTEXT: 'Der Text',
};

export const maxLaenge = (art: Textart) => TEXTLAENGE[art];
