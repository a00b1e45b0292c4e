/** The operations the SPA sends, shared by the integration tests. */
export const ROLLEN_FIELDS = 'rollen { id rolle betriebsstaette { id name } }';

export const BENUTZERVERWALTUNG = `query($first: Int, $after: String, $suche: String) {
  benutzerverwaltung(first: $first, after: $after, suche: $suche) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id email vorname nachname ${ROLLEN_FIELDS} }
  }
}`;

export const BENUTZER_SUCHEN = `query($email: String!) {
  benutzerSuchen(email: $email) { id email vorname nachname ${ROLLEN_FIELDS} }
}`;

export const VERWALTETE_BETRIEBSSTAETTEN = '{ verwalteteBetriebsstaetten { id name } }';

export const ROLLE_ZUWEISEN = `mutation($input: RolleZuweisenInput!) {
  rolleZuweisen(input: $input) { id email ${ROLLEN_FIELDS} }
}`;

export const ROLLE_EINLADEN = `mutation($input: RolleEinladenInput!) {
  rolleEinladen(input: $input) {
    meldung
    zustellung { zugestellt meldung hinweis }
    benutzer { id email vorname nachname mitglied rollen { id rolle status betriebsstaette { id name } } }
  }
}`;

export const MEINE_EINLADUNGEN = `{ meineEinladungen { id rolle unternehmenName eingeladenAm betriebsstaette { id name } } }`;
export const EINLADUNG_ANNEHMEN = 'mutation($id: ID!) { einladungAnnehmen(id: $id) }';
export const EINLADUNG_ABLEHNEN = 'mutation($id: ID!) { einladungAblehnen(id: $id) }';

export const ROLLE_ENTZIEHEN = `mutation($id: ID!) {
  rolleEntziehen(rollenzuweisungId: $id) { id email ${ROLLEN_FIELDS} }
}`;

export const VERTRAG_FIELDS = `id identnummer azubiVorname azubiNachname azubiEmail hatAccount beginn ende nachweisForm
  beruf { id bezeichnung } betriebsstaette { id name } ausbilder { id vorname nachname }`;

export const AZUBI_VERWALTUNG = `query($first: Int, $after: String) {
  azubiVerwaltung(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ${VERTRAG_FIELDS} }
  }
}`;

export const MEINE_AUSBILDUNGSVERHAELTNISSE = `{ meineAusbildungsverhaeltnisse { ${VERTRAG_FIELDS} } }`;

export const KAMMER_UNTERNEHMEN = `{
  kammerUnternehmen { id name email hauptsitzZugriff betriebsstaetten { id name art ort } }
}`;

export const ME = `{ me {
  benutzer { id email vorname nachname }
  vertretenePerson { id }
  arbeitsbereiche { key art name unternehmenName rollen }
  aktuellerArbeitsbereich { key art name unternehmenName rollen }
  abilities {
    canManageRoles canSeeAzubiVerwaltung canSeeOwnAusbildung canSeeIhreAuszubildenden
    canApproveNachweise canSeeKammerBackoffice canExamine
    canManagePruefungen canMeldePruefungen canSeeEigenePruefungen
  }
} }`;

export interface RollenView {
  id: string;
  rolle: string;
  betriebsstaette: { id: string; name: string };
}
export interface BenutzerView {
  id: string;
  email: string;
  vorname: string;
  nachname: string;
  rollen: RollenView[];
}
export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}
export interface VertragView {
  id: string;
  identnummer: string;
  azubiNachname: string;
  hatAccount: boolean;
  beginn: string;
  ende: string;
  nachweisForm: string;
  beruf: { id: string; bezeichnung: string };
  betriebsstaette: { id: string; name: string };
  ausbilder: { id: string; vorname: string; nachname: string } | null;
}
export interface AbilitiesView {
  canManageRoles: boolean;
  canSeeAzubiVerwaltung: boolean;
  canSeeOwnAusbildung: boolean;
  canSeeIhreAuszubildenden: boolean;
  canApproveNachweise: boolean;
  canSeeKammerBackoffice: boolean;
  canExamine: boolean;
  canManagePruefungen: boolean;
  canMeldePruefungen: boolean;
  canSeeEigenePruefungen: boolean;
}
export interface MeView {
  me: {
    benutzer: { id: string; email: string };
    arbeitsbereiche: { key: string; rollen: string[] }[];
    aktuellerArbeitsbereich: { key: string; rollen: string[] } | null;
    abilities: AbilitiesView;
  } | null;
}

export const cursorOf = (index: number) => Buffer.from(String(index), 'utf8').toString('base64url');

// -- Vertretung (H5) --
export const VERTRETUNG_FIELDS =
  'id status vertreterVorname vertreterNachname vertreterEmail createdAt entschiedenAt';
export const MEINE_VERTRETUNGEN = `{ meineVertretungen { ${VERTRETUNG_FIELDS} } }`;
export const VERTRETUNG_KANDIDATEN = '{ vertretungKandidaten { id vorname nachname } }';
export const VERTRETUNG_HINZUFUEGEN = `mutation($input: VertretungPersonInput!) {
  vertretungHinzufuegen(input: $input) { ${VERTRETUNG_FIELDS} }
}`;
export const VERTRETUNG_MITARBEITER_HINZUFUEGEN = `mutation($userId: ID!) {
  vertretungMitarbeiterHinzufuegen(userId: $userId) { ${VERTRETUNG_FIELDS} }
}`;
export const VERTRETUNG_BEANTRAGEN = `mutation($input: VertretungPersonInput!) {
  vertretungBeantragen(input: $input) { ${VERTRETUNG_FIELDS} }
}`;
export const VERTRETUNG_BEENDEN = `mutation($id: ID!) { vertretungBeenden(id: $id) { ${VERTRETUNG_FIELDS} } }`;
export const OFFENE_VERTRETUNGSANTRAEGE = `{
  offeneVertretungsantraege { ${VERTRETUNG_FIELDS} vertretener { id vorname nachname email } }
}`;
export const VERTRETUNG_GENEHMIGEN = `mutation($id: ID!) {
  vertretungGenehmigen(id: $id) { vertretung { ${VERTRETUNG_FIELDS} } zustellung { zugestellt meldung hinweis } }
}`;
export const VERTRETUNG_ABLEHNEN = `mutation($id: ID!) { vertretungAblehnen(id: $id) { ${VERTRETUNG_FIELDS} } }`;
export const MEINE_BERECHTIGUNGEN = `{
  meineBerechtigungen { id seit aktiv unternehmen vertretener { id vorname nachname } }
}`;
const ME_NACH_WECHSEL = `benutzer { id } vertretenePerson { id vorname nachname }
  aktuellerArbeitsbereich { key rollen } abilities { canManageRoles canSeeIhreAuszubildenden }`;
export const VERTRETUNG_WECHSELN = `mutation($id: ID!) { vertretungWechseln(id: $id) { ${ME_NACH_WECHSEL} } }`;
export const VERTRETUNG_VERLASSEN = `mutation { vertretungVerlassen { ${ME_NACH_WECHSEL} } }`;

// -- Kammer-Konten (H6): applications, Pruefer, self-registration, Hauptsitz, IHK tasks --
export const OEFFENTLICHE_KAMMERN = '{ oeffentlicheKammern { id name } }';
const EINGANG = 'hinweis mailZugestellt mailMeldung mailHinweis';
export const UNTERNEHMEN_BEANTRAGEN = `mutation($input: UnternehmensantragInput!) {
  unternehmenBeantragen(input: $input) { ${EINGANG} }
}`;
export const REGISTRIEREN = `mutation($input: RegistrierungInput!) { registrieren(input: $input) { ${EINGANG} } }`;
export const ANTRAG_FIELDS = `id firmenname strasse plz ort bundesland unternehmensEmail vorname nachname email
  status begruendung createdAt entschiedenAt unternehmenId bestehendesKonto`;
export const UNTERNEHMENSANTRAEGE = `query($status: AntragStatus) { unternehmensantraege(status: $status) { ${ANTRAG_FIELDS} } }`;
export const ANTRAG_GENEHMIGEN = `mutation($id: ID!) {
  unternehmensantragGenehmigen(id: $id) { antrag { ${ANTRAG_FIELDS} } einladungVersandt mailZugestellt mailMeldung }
}`;
export const ANTRAG_ABLEHNEN = `mutation($id: ID!, $begruendung: String!) {
  unternehmensantragAblehnen(id: $id, begruendung: $begruendung) { ${ANTRAG_FIELDS} }
}`;
export const KAMMER_PRUEFER = '{ kammerPruefer { id vorname nachname email kontoAktiv seit } }';
export const PRUEFER_ANLEGEN = `mutation($input: PrueferAnlegenInput!) {
  prueferAnlegen(input: $input) {
    pruefer { id vorname nachname email kontoAktiv } bestehendesKonto einladungVersandt mailZugestellt mailMeldung
  }
}`;
export const HAUPTSITZ_ZUGRIFF_SETZEN = `mutation($unternehmenId: ID!, $aktiv: Boolean!) {
  hauptsitzZugriffSetzen(unternehmenId: $unternehmenId, aktiv: $aktiv) { id name hauptsitzZugriff betriebsstaetten { id name } }
}`;
export const KAMMER_AUFGABEN = `query($erledigt: Boolean) { kammerAufgaben(erledigt: $erledigt) {
  id art text createdAt erledigtAt unternehmenName betriebsstaetteName
  betreff { id vorname nachname email } gemeldetVon { id vorname nachname email } inVertretungFuer { id }
} }`;
export const KAMMER_AUFGABE_ERLEDIGEN = `mutation($id: ID!) { kammerAufgabeErledigen(id: $id) { id erledigtAt text } }`;
export const AENDERUNGSMAIL_AUSBILDER =
  '{ aenderungsmailAusbilder { userId vorname nachname email betriebsstaetteId betriebsstaetteName } }';
export const AENDERUNGSMAIL_SENDEN = `mutation($input: AenderungsmailInput!) { aenderungsmailSenden(input: $input) { id createdAt } }`;

// -- Pruefungen: Termine, Ergebnisse, Zeugnisse, Dokumente (H2) --
export const PRUEFUNGSTERMIN_FIELDS = 'id bezeichnung datum uhrzeit ort';
export const ERGEBNIS_FIELDS = `anmeldungId pruefungId vertragId azubiName identnummer freigegebenAt bestanden
  zeugnisDokumentId teile { teil punkte note bestanden }`;
export const DOKUMENT_FIELDS = 'id art titel dateiname createdAt azubiName url geoeffnetAt';
export const PRUEFUNGSTERMINE = `query($pruefungId: ID!) { pruefungstermine(pruefungId: $pruefungId) { ${PRUEFUNGSTERMIN_FIELDS} } }`;
export const ANMELDUNG_ERGEBNIS = `query($anmeldungId: ID!) { anmeldungErgebnis(anmeldungId: $anmeldungId) { ${ERGEBNIS_FIELDS} } }`;
export const PRUEFUNG_ERGEBNISSE = `query($pruefungId: ID!) { pruefungErgebnisse(pruefungId: $pruefungId) { ${ERGEBNIS_FIELDS} } }`;
export const MEINE_DOKUMENTE = `{ meineDokumente { ${DOKUMENT_FIELDS} } }`;
export const TERMINE_SPEICHERN = `mutation($pruefungId: ID!, $termine: [PruefungsterminInput!]!) {
  termineSpeichern(pruefungId: $pruefungId, termine: $termine) { ${PRUEFUNGSTERMIN_FIELDS} }
}`;
export const TERMINE_FREIGEBEN = `mutation($pruefungId: ID!) {
  termineFreigeben(pruefungId: $pruefungId) { id bezeichnung termineFreigegeben }
}`;
export const ERGEBNISSE_EINTRAGEN = `mutation($anmeldungId: ID!, $teile: [TeilergebnisInput!]!) {
  ergebnisseEintragen(anmeldungId: $anmeldungId, teile: $teile) { ${ERGEBNIS_FIELDS} }
}`;
export const ERGEBNISSE_FREIGEBEN = `mutation($anmeldungId: ID!) { ergebnisseFreigeben(anmeldungId: $anmeldungId) { ${ERGEBNIS_FIELDS} } }`;
export const ZEUGNIS_AUSSTELLEN = `mutation($anmeldungId: ID!) { zeugnisAusstellen(anmeldungId: $anmeldungId) { ${DOKUMENT_FIELDS} } }`;

// -- Pruefungen: sessions, registrations, Ampel (H1) --
export const PRUEFUNG_FIELDS = `id bezeichnung saison jahr art artBezeichnung anmeldeschluss anmeldeschlussVorbei
  zusatzfragen { key frage pflicht } berufe { id bezeichnung } termineFreigegeben anzahlAnmeldungen`;
export const ANMELDUNG_FIELDS = `id status version vertragId azubiName identnummer betriebsstaetteName unternehmenName
  ampel { farbe label naechsterSchritt } pruefung { id bezeichnung anmeldeschluss anmeldeschlussVorbei }
  beruf { id bezeichnung } antworten { key frage antwort } nachweiseBestaetigt bemerkung
  eingereichtAt bestaetigtAt entschiedenAt ergebnisFreigegebenAt
  ereignisse { at actorName ereignis vonStatus nachStatus bemerkung } aktionen`;
export const AUSBILDUNGSBERUFE = '{ ausbildungsberufe { id bezeichnung } }';
export const KAMMER_PRUEFUNGEN = `{ kammerPruefungen { ${PRUEFUNG_FIELDS} } }`;
export const KAMMER_PRUEFUNG = `query($id: ID!) { kammerPruefung(id: $id) { ${PRUEFUNG_FIELDS} } }`;
export const KAMMER_ANMELDUNGEN = `query($pruefungId: ID!) { kammerAnmeldungen(pruefungId: $pruefungId) { ${ANMELDUNG_FIELDS} } }`;
export const ANMELDUNGEN_CSV = 'query($pruefungId: ID!) { anmeldungenCsv(pruefungId: $pruefungId) }';
export const PRUEFUNG_ANLEGEN = `mutation($input: PruefungAnlegenInput!) { pruefungAnlegen(input: $input) { ${PRUEFUNG_FIELDS} } }`;
export const BETRIEB_PRUEFUNGEN = `{ betriebPruefungen { vertragId azubiName betriebsstaetteName aktionen
  beruf { id bezeichnung } pruefung { id bezeichnung anmeldeschluss }
  anmeldung { id status ergebnisFreigegebenAt } ampel { farbe label naechsterSchritt } } }`;
export const PRUEFUNGSANMELDUNG = `query($id: ID!) { pruefungsanmeldung(id: $id) { ${ANMELDUNG_FIELDS} } }`;
export const ANMELDUNG_VORPRUEFUNG = `query($pruefungId: ID!, $vertragId: ID!) {
  anmeldungVorpruefung(pruefungId: $pruefungId, vertragId: $vertragId) { warnungen fehlendeNachweise letzterGenehmigterNachweisBis }
}`;
export const MEINE_PRUEFUNGSANMELDUNGEN = `{ meinePruefungsanmeldungen { ${ANMELDUNG_FIELDS} } }`;
export const ANMELDUNG_EINREICHEN = `mutation($input: AnmeldungEinreichenInput!) { anmeldungEinreichen(input: $input) { ${ANMELDUNG_FIELDS} } }`;
export const ANMELDUNG_BESTAETIGEN = `mutation($id: ID!) { anmeldungBestaetigen(id: $id) { ${ANMELDUNG_FIELDS} } }`;
export const ANMELDUNG_ZURUECKGEBEN = `mutation($id: ID!, $bemerkung: String!) {
  anmeldungZurueckgeben(id: $id, bemerkung: $bemerkung) { ${ANMELDUNG_FIELDS} }
}`;
export const ANMELDUNG_ZULASSEN = `mutation($id: ID!) { anmeldungZulassen(id: $id) { ${ANMELDUNG_FIELDS} } }`;
export const ANMELDUNG_ABLEHNEN = `mutation($id: ID!, $begruendung: String!) {
  anmeldungAblehnen(id: $id, begruendung: $begruendung) { ${ANMELDUNG_FIELDS} }
}`;

// -- Konten (H4): accounts by the Betrieb, password and e-mail flows, profile --
export const ZUSTELLUNG_FIELDS = 'zugestellt meldung hinweis';
export const KONTO_AKTION_FIELDS = `meldung kontoEmailGeaendert zustellung { ${ZUSTELLUNG_FIELDS} }`;
export const AZUBI_ACCOUNT_ERSTELLEN = `mutation($input: AzubiKontoInput!) { azubiAccountErstellen(input: $input) { ${KONTO_AKTION_FIELDS} } }`;
export const AZUBI_PASSWORT_ZURUECKSETZEN = `mutation($vertragId: ID!) { azubiPasswortZuruecksetzen(vertragId: $vertragId) { ${KONTO_AKTION_FIELDS} } }`;
export const AZUBI_EMAIL_AENDERN = `mutation($input: AzubiKontoInput!) { azubiEmailAendern(input: $input) { ${KONTO_AKTION_FIELDS} } }`;
export const AUSBILDER_LISTE = `query($betriebsstaetteId: ID) { ausbilderListe(betriebsstaetteId: $betriebsstaetteId) {
  userId vorname nachname email kontoStatus hatAusbilderRolle anzahlAzubis betriebsstaetten { id name } } }`;
export const AUSBILDER_ACCOUNT_ERSTELLEN = `mutation($input: AusbilderKontoInput!) { ausbilderAccountErstellen(input: $input) { ${KONTO_AKTION_FIELDS} } }`;
export const AUSBILDER_EMAIL_AENDERN = `mutation($input: AusbilderEmailInput!) { ausbilderEmailAendern(input: $input) { ${KONTO_AKTION_FIELDS} } }`;
export const AUSBILDER_PASSWORT_ZURUECKSETZEN = `mutation($userId: ID!) { ausbilderPasswortZuruecksetzen(userId: $userId) { ${KONTO_AKTION_FIELDS} } }`;
export const PASSWORT_VERGESSEN =
  'mutation($kennung: String!) { passwortVergessen(kennung: $kennung) { meldung } }';
export const KONTO_LINK = 'query($token: String!) { kontoLink(token: $token) { zweck email vorname } }';
export const PASSWORT_SETZEN =
  'mutation($input: PasswortSetzenInput!) { passwortSetzen(input: $input) { email } }';
export const EMAIL_BESTAETIGEN = 'mutation($token: String!) { emailBestaetigen(token: $token) { email } }';
export const MEINE_ZUGANGSDATEN = `{ meineZugangsdaten { email benutzername hatPasswort passwortGeaendertAm
  darfEmailAendern offeneEmailAenderung } }`;
export const EMAIL_AENDERN = `mutation($input: EmailAendernInput!) { emailAendern(input: $input) { ${ZUSTELLUNG_FIELDS} } }`;
export const PASSWORT_AENDERN =
  'mutation($input: PasswortAendernInput!) { passwortAendern(input: $input) { beendeteSitzungen } }';
export const MEINE_SITZUNGEN =
  '{ meineSitzungen { id userAgent createdAt lastSeenAt expiresAt aktuell vertretung } }';
export const SITZUNG_BEENDEN = 'mutation($id: ID!) { sitzungBeenden(id: $id) }';
export const ANDERE_SITZUNGEN_BEENDEN = 'mutation { andereSitzungenBeenden }';
