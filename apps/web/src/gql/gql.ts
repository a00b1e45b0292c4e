/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ArbeitsbereichWaehlen($key: ID!) {\n    arbeitsbereichWaehlen(key: $key) {\n      ...MeFields\n    }\n  }\n": typeof types.ArbeitsbereichWaehlenDocument,
    "\n  query IhreAuszubildenden {\n    ihreAuszubildenden {\n      vertragId\n      azubiVorname\n      azubiNachname\n      beruf\n      betriebsstaette\n      eingereicht\n      abgelehnt\n      fehlend\n      genehmigt\n    }\n  }\n": typeof types.IhreAuszubildendenDocument,
    "\n  query MeineAusbildungsverhaeltnisse {\n    meineAusbildungsverhaeltnisse {\n      ...AusbildungsverhaeltnisFields\n    }\n  }\n": typeof types.MeineAusbildungsverhaeltnisseDocument,
    "\n  fragment MeFields on Me {\n    benutzer {\n      id\n      vorname\n      nachname\n      email\n    }\n    vertretenePerson {\n      id\n      vorname\n      nachname\n    }\n    aktuellerArbeitsbereich {\n      key\n      id\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    arbeitsbereiche {\n      key\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    abilities {\n      canManageRoles\n      canSeeAzubiVerwaltung\n      canManageBerichtsheftEinstellungen\n      canSeeOwnAusbildung\n      canSeeKammerBackoffice\n      canSeeIhreAuszubildenden\n      canApproveNachweise\n      canExamine\n      canManagePruefungen\n      canMeldePruefungen\n      canSeeEigenePruefungen\n      canVouchForGenehmiger\n    }\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...MeFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LoginMitPin($input: PinLoginInput!) {\n    loginMitPin(input: $input) {\n      ...MeFields\n    }\n  }\n": typeof types.LoginMitPinDocument,
    "\n  fragment AusbildungsverhaeltnisFields on Ausbildungsverhaeltnis {\n    id\n    azubiVorname\n    azubiNachname\n    azubiEmail\n    identnummer\n    beginn\n    ende\n    hatAccount\n    kontoStatus\n    nachweisForm\n    beruf {\n      id\n      bezeichnung\n    }\n    betriebsstaette {\n      id\n      name\n    }\n    ausbilder {\n      id\n      vorname\n      nachname\n    }\n  }\n": typeof types.AusbildungsverhaeltnisFieldsFragmentDoc,
    "\n  query AzubiVerwaltung($first: Int, $after: String) {\n    azubiVerwaltung(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AusbildungsverhaeltnisFields\n      }\n    }\n  }\n": typeof types.AzubiVerwaltungDocument,
    "\n  query AusbilderKandidaten($vertragId: ID!) {\n    ausbilderKandidaten(vertragId: $vertragId) {\n      id\n      vorname\n      nachname\n    }\n  }\n": typeof types.AusbilderKandidatenDocument,
    "\n  mutation VertragAusbilderAendern($vertragId: ID!, $ausbilderUserId: ID!) {\n    vertragAusbilderAendern(vertragId: $vertragId, ausbilderUserId: $ausbilderUserId) {\n      ...AusbildungsverhaeltnisFields\n    }\n  }\n": typeof types.VertragAusbilderAendernDocument,
    "\n  fragment VerwalteterBenutzerFields on VerwalteterBenutzer {\n    id\n    vorname\n    nachname\n    email\n    mitglied\n    rollen {\n      id\n      rolle\n      status\n      createdAt\n      entziehenSperrgrund\n      entziehenWarnung\n      betriebsstaette {\n        id\n        name\n      }\n    }\n  }\n": typeof types.VerwalteterBenutzerFieldsFragmentDoc,
    "\n  query Benutzerverwaltung($first: Int, $after: String, $suche: String) {\n    benutzerverwaltung(first: $first, after: $after, suche: $suche) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VerwalteterBenutzerFields\n      }\n    }\n  }\n": typeof types.BenutzerverwaltungDocument,
    "\n  query BenutzerSuchen($email: String!) {\n    benutzerSuchen(email: $email) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": typeof types.BenutzerSuchenDocument,
    "\n  query VerwalteteBetriebsstaetten {\n    verwalteteBetriebsstaetten {\n      id\n      name\n    }\n  }\n": typeof types.VerwalteteBetriebsstaettenDocument,
    "\n  mutation RolleZuweisen($input: RolleZuweisenInput!) {\n    rolleZuweisen(input: $input) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": typeof types.RolleZuweisenDocument,
    "\n  mutation RolleEntziehen($rollenzuweisungId: ID!) {\n    rolleEntziehen(rollenzuweisungId: $rollenzuweisungId) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": typeof types.RolleEntziehenDocument,
    "\n  mutation RolleEinladen($input: RolleEinladenInput!) {\n    rolleEinladen(input: $input) {\n      meldung\n      zustellung {\n        ...MailZustellungFields\n      }\n      benutzer {\n        ...VerwalteterBenutzerFields\n      }\n    }\n  }\n": typeof types.RolleEinladenDocument,
    "\n  fragment NachweisFields on Nachweis {\n    id\n    vertragId\n    von\n    bis\n    status\n    abschnitt\n    unterweisungen\n    berufsschule\n    papierNachweise\n    genehmigerEmail\n    genehmigerStand\n    version\n    updatedAt\n    format\n    taetigkeiten\n    rahmenplanIds\n    rahmenplanPositionen {\n      id\n      nummer\n      titel\n    }\n    abschnittVorschlaege\n    tage {\n      datum\n      lernort\n      anwesenheit\n      stunden\n      taetigkeiten\n      feiertag\n    }\n    ereignisse {\n      id\n      at\n      ereignis\n      vonStatus\n      nachStatus\n      bemerkung\n      von\n      rolle\n      fuerAndere\n    }\n    abilities {\n      canEdit\n      canSubmit\n      canApprove\n      canReject\n      canRejectAfterwards\n    }\n  }\n": typeof types.NachweisFieldsFragmentDoc,
    "\n  query BerichtsheftWochen($vertragId: ID!) {\n    berichtsheftWochen(vertragId: $vertragId) {\n      montag\n      sonntag\n      fehlt\n      nachweise {\n        id\n        von\n        bis\n        status\n      }\n    }\n  }\n": typeof types.BerichtsheftWochenDocument,
    "\n  query Nachweis($id: ID!) {\n    nachweis(id: $id) {\n      ...NachweisFields\n    }\n  }\n": typeof types.NachweisDocument,
    "\n  query Abdeckung($vertragId: ID!) {\n    abdeckung(vertragId: $vertragId) {\n      positionen {\n        id\n        nummer\n        titel\n        abgedeckt\n      }\n      stunden {\n        betrieb\n        berufsschule\n        ueberbetrieblich\n      }\n    }\n  }\n": typeof types.AbdeckungDocument,
    "\n  mutation NachweisAnlegen($input: NachweisAnlegenInput!) {\n    nachweisAnlegen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": typeof types.NachweisAnlegenDocument,
    "\n  mutation NachweisSpeichern($input: NachweisSpeichernInput!) {\n    nachweisSpeichern(input: $input) {\n      id\n      version\n      updatedAt\n      warnungen {\n        field\n        message\n        severity\n      }\n    }\n  }\n": typeof types.NachweisSpeichernDocument,
    "\n  mutation NachweisEinreichen($input: NachweisEinreichenInput!) {\n    nachweisEinreichen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": typeof types.NachweisEinreichenDocument,
    "\n  mutation NachweisGenehmigen($input: NachweisEntscheidungInput!) {\n    nachweisGenehmigen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": typeof types.NachweisGenehmigenDocument,
    "\n  mutation NachweisAblehnen($input: NachweisEntscheidungInput!) {\n    nachweisAblehnen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": typeof types.NachweisAblehnenDocument,
    "\n  mutation NachweisNachtraeglichAblehnen($input: NachweisEntscheidungInput!) {\n    nachweisNachtraeglichAblehnen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": typeof types.NachweisNachtraeglichAblehnenDocument,
    "\n  query MeineDokumente {\n    meineDokumente {\n      id\n      art\n      titel\n      dateiname\n      createdAt\n      azubiName\n      url\n      geoeffnetAt\n    }\n  }\n": typeof types.MeineDokumenteDocument,
    "\n  query MeineEinladungen {\n    meineEinladungen {\n      id\n      rolle\n      unternehmenName\n      eingeladenAm\n      betriebsstaette {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeineEinladungenDocument,
    "\n  mutation EinladungAnnehmen($id: ID!) {\n    einladungAnnehmen(id: $id)\n  }\n": typeof types.EinladungAnnehmenDocument,
    "\n  mutation EinladungAblehnen($id: ID!) {\n    einladungAblehnen(id: $id)\n  }\n": typeof types.EinladungAblehnenDocument,
    "\n  fragment BerichtsheftEinstellungFields on BerichtsheftEinstellung {\n    betriebsstaetteId\n    elektronisch\n    format\n    beruf {\n      id\n      bezeichnung\n    }\n  }\n": typeof types.BerichtsheftEinstellungFieldsFragmentDoc,
    "\n  query BerichtsheftEinstellungen {\n    berichtsheftEinstellungen {\n      ...BerichtsheftEinstellungFields\n    }\n  }\n": typeof types.BerichtsheftEinstellungenDocument,
    "\n  mutation BerichtsheftEinstellungSetzen($input: BerichtsheftEinstellungInput!) {\n    berichtsheftEinstellungSetzen(input: $input) {\n      ...BerichtsheftEinstellungFields\n    }\n  }\n": typeof types.BerichtsheftEinstellungSetzenDocument,
    "\n  fragment AusbildungsbeauftragteFields on Ausbildungsbeauftragte {\n    id\n    status\n    email\n    name\n    betriebsstaette {\n      id\n      name\n    }\n    vorgeschlagenVon\n    vorgeschlagenAm\n    wartendeNachweise\n    wartendeAzubis\n  }\n": typeof types.AusbildungsbeauftragteFieldsFragmentDoc,
    "\n  query Ausbildungsbeauftragte {\n    ausbildungsbeauftragte {\n      ...AusbildungsbeauftragteFields\n    }\n  }\n": typeof types.AusbildungsbeauftragteDocument,
    "\n  mutation GenehmigerBestaetigen($input: GenehmigerBestaetigenInput!) {\n    genehmigerBestaetigen(input: $input) {\n      ...AusbildungsbeauftragteFields\n    }\n  }\n": typeof types.GenehmigerBestaetigenDocument,
    "\n  mutation GenehmigerAblehnen($id: ID!) {\n    genehmigerAblehnen(id: $id)\n  }\n": typeof types.GenehmigerAblehnenDocument,
    "\n  query OffeneGenehmigungen {\n    offeneGenehmigungen {\n      id\n      azubiName\n      beruf\n      von\n      bis\n      eingereichtAt\n      papierNachweise\n    }\n  }\n": typeof types.OffeneGenehmigungenDocument,
    "\n  mutation NachweiseSammelGenehmigen($ids: [ID!]!, $bemerkung: String) {\n    nachweiseSammelGenehmigen(ids: $ids, bemerkung: $bemerkung) {\n      id\n      ok\n      code\n      message\n    }\n  }\n": typeof types.NachweiseSammelGenehmigenDocument,
    "\n  query Unternehmensantraege($status: AntragStatus) {\n    unternehmensantraege(status: $status) {\n      id\n      firmenname\n      strasse\n      plz\n      ort\n      bundesland\n      unternehmensEmail\n      vorname\n      nachname\n      email\n      status\n      begruendung\n      createdAt\n      entschiedenAt\n      bestehendesKonto\n    }\n  }\n": typeof types.UnternehmensantraegeDocument,
    "\n  mutation AntragGenehmigen($id: ID!) {\n    unternehmensantragGenehmigen(id: $id) {\n      antrag {\n        id\n        status\n        firmenname\n      }\n      einladungVersandt\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n": typeof types.AntragGenehmigenDocument,
    "\n  mutation AntragAblehnen($id: ID!, $begruendung: String!) {\n    unternehmensantragAblehnen(id: $id, begruendung: $begruendung) {\n      id\n      status\n      firmenname\n    }\n  }\n": typeof types.AntragAblehnenDocument,
    "\n  query KammerPruefer {\n    kammerPruefer {\n      id\n      vorname\n      nachname\n      email\n      kontoAktiv\n      seit\n    }\n  }\n": typeof types.KammerPrueferDocument,
    "\n  mutation PrueferAnlegen($input: PrueferAnlegenInput!) {\n    prueferAnlegen(input: $input) {\n      pruefer {\n        id\n        vorname\n        nachname\n        email\n      }\n      bestehendesKonto\n      einladungVersandt\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n": typeof types.PrueferAnlegenDocument,
    "\n  mutation HauptsitzZugriffSetzen($unternehmenId: ID!, $aktiv: Boolean!) {\n    hauptsitzZugriffSetzen(unternehmenId: $unternehmenId, aktiv: $aktiv) {\n      id\n      hauptsitzZugriff\n    }\n  }\n": typeof types.HauptsitzZugriffSetzenDocument,
    "\n  query KammerAufgaben($erledigt: Boolean) {\n    kammerAufgaben(erledigt: $erledigt) {\n      id\n      art\n      text\n      createdAt\n      erledigtAt\n      unternehmenName\n      betriebsstaetteName\n      betreff {\n        id\n        vorname\n        nachname\n        email\n      }\n      gemeldetVon {\n        id\n        vorname\n        nachname\n        email\n      }\n      inVertretungFuer {\n        id\n        vorname\n        nachname\n      }\n    }\n  }\n": typeof types.KammerAufgabenDocument,
    "\n  mutation KammerAufgabeErledigen($id: ID!) {\n    kammerAufgabeErledigen(id: $id) {\n      id\n      erledigtAt\n    }\n  }\n": typeof types.KammerAufgabeErledigenDocument,
    "\n  query AenderungsmailAusbilder {\n    aenderungsmailAusbilder {\n      userId\n      vorname\n      nachname\n      email\n      betriebsstaetteId\n      betriebsstaetteName\n    }\n  }\n": typeof types.AenderungsmailAusbilderDocument,
    "\n  mutation AenderungsmailSenden($input: AenderungsmailInput!) {\n    aenderungsmailSenden(input: $input) {\n      id\n      createdAt\n    }\n  }\n": typeof types.AenderungsmailSendenDocument,
    "\n  fragment PruefungFelder on Pruefung {\n    id\n    bezeichnung\n    saison\n    jahr\n    art\n    artBezeichnung\n    anmeldeschluss\n    anmeldeschlussVorbei\n    termineFreigegeben\n    anzahlAnmeldungen\n    berufe {\n      id\n      bezeichnung\n    }\n    zusatzfragen {\n      key\n      frage\n      pflicht\n    }\n  }\n": typeof types.PruefungFelderFragmentDoc,
    "\n  query KammerPruefungen {\n    kammerPruefungen {\n      ...PruefungFelder\n    }\n    ausbildungsberufe {\n      id\n      bezeichnung\n    }\n  }\n": typeof types.KammerPruefungenDocument,
    "\n  mutation PruefungAnlegen($input: PruefungAnlegenInput!) {\n    pruefungAnlegen(input: $input) {\n      ...PruefungFelder\n    }\n  }\n": typeof types.PruefungAnlegenDocument,
    "\n  query KammerPruefung($id: ID!) {\n    kammerPruefung(id: $id) {\n      ...PruefungFelder\n    }\n    kammerAnmeldungen(pruefungId: $id) {\n      ...AnmeldungFelder\n    }\n    pruefungstermine(pruefungId: $id) {\n      id\n      bezeichnung\n      datum\n      uhrzeit\n      ort\n    }\n    pruefungErgebnisse(pruefungId: $id) {\n      ...ErgebnisFelder\n    }\n  }\n": typeof types.KammerPruefungDocument,
    "\n  query AnmeldungenCsv($pruefungId: ID!) {\n    anmeldungenCsv(pruefungId: $pruefungId)\n  }\n": typeof types.AnmeldungenCsvDocument,
    "\n  mutation AnmeldungZulassen($id: ID!) {\n    anmeldungZulassen(id: $id) {\n      ...AnmeldungFelder\n    }\n  }\n": typeof types.AnmeldungZulassenDocument,
    "\n  mutation AnmeldungAblehnen($id: ID!, $begruendung: String!) {\n    anmeldungAblehnen(id: $id, begruendung: $begruendung) {\n      ...AnmeldungFelder\n    }\n  }\n": typeof types.AnmeldungAblehnenDocument,
    "\n  mutation TermineSpeichern($pruefungId: ID!, $termine: [PruefungsterminInput!]!) {\n    termineSpeichern(pruefungId: $pruefungId, termine: $termine) {\n      id\n      bezeichnung\n      datum\n      uhrzeit\n      ort\n    }\n  }\n": typeof types.TermineSpeichernDocument,
    "\n  mutation TermineFreigeben($pruefungId: ID!) {\n    termineFreigeben(pruefungId: $pruefungId) {\n      ...PruefungFelder\n    }\n  }\n": typeof types.TermineFreigebenDocument,
    "\n  mutation ErgebnisseEintragen($anmeldungId: ID!, $teile: [TeilergebnisInput!]!) {\n    ergebnisseEintragen(anmeldungId: $anmeldungId, teile: $teile) {\n      ...ErgebnisFelder\n    }\n  }\n": typeof types.ErgebnisseEintragenDocument,
    "\n  mutation ErgebnisseFreigeben($anmeldungId: ID!) {\n    ergebnisseFreigeben(anmeldungId: $anmeldungId) {\n      ...ErgebnisFelder\n    }\n  }\n": typeof types.ErgebnisseFreigebenDocument,
    "\n  mutation ZeugnisAusstellen($anmeldungId: ID!) {\n    zeugnisAusstellen(anmeldungId: $anmeldungId) {\n      id\n      titel\n      dateiname\n      url\n    }\n  }\n": typeof types.ZeugnisAusstellenDocument,
    "\n  query KammerUnternehmen {\n    kammerUnternehmen {\n      id\n      name\n      email\n      hauptsitzZugriff\n      betriebsstaetten {\n        id\n        name\n        art\n        ort\n      }\n    }\n  }\n": typeof types.KammerUnternehmenDocument,
    "\n  fragment MailZustellungFields on MailZustellung {\n    zugestellt\n    meldung\n    hinweis\n  }\n": typeof types.MailZustellungFieldsFragmentDoc,
    "\n  fragment KontoAktionFields on KontoAktionErgebnis {\n    meldung\n    kontoEmailGeaendert\n    zustellung {\n      ...MailZustellungFields\n    }\n  }\n": typeof types.KontoAktionFieldsFragmentDoc,
    "\n  mutation PasswortVergessen($kennung: String!) {\n    passwortVergessen(kennung: $kennung) {\n      meldung\n    }\n  }\n": typeof types.PasswortVergessenDocument,
    "\n  query KontoLink($token: String!) {\n    kontoLink(token: $token) {\n      zweck\n      email\n      vorname\n    }\n  }\n": typeof types.KontoLinkDocument,
    "\n  mutation PasswortSetzen($input: PasswortSetzenInput!) {\n    passwortSetzen(input: $input) {\n      email\n    }\n  }\n": typeof types.PasswortSetzenDocument,
    "\n  mutation EmailBestaetigen($token: String!) {\n    emailBestaetigen(token: $token) {\n      email\n    }\n  }\n": typeof types.EmailBestaetigenDocument,
    "\n  mutation AzubiAccountErstellen($input: AzubiKontoInput!) {\n    azubiAccountErstellen(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n": typeof types.AzubiAccountErstellenDocument,
    "\n  mutation AzubiPasswortZuruecksetzen($vertragId: ID!) {\n    azubiPasswortZuruecksetzen(vertragId: $vertragId) {\n      ...KontoAktionFields\n    }\n  }\n": typeof types.AzubiPasswortZuruecksetzenDocument,
    "\n  mutation AzubiEmailAendern($input: AzubiKontoInput!) {\n    azubiEmailAendern(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n": typeof types.AzubiEmailAendernDocument,
    "\n  query AusbilderListe($betriebsstaetteId: ID) {\n    ausbilderListe(betriebsstaetteId: $betriebsstaetteId) {\n      userId\n      vorname\n      nachname\n      email\n      kontoStatus\n      hatAusbilderRolle\n      anzahlAzubis\n      betriebsstaetten {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AusbilderListeDocument,
    "\n  mutation AusbilderAccountErstellen($input: AusbilderKontoInput!) {\n    ausbilderAccountErstellen(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n": typeof types.AusbilderAccountErstellenDocument,
    "\n  mutation AusbilderPasswortZuruecksetzen($userId: ID!) {\n    ausbilderPasswortZuruecksetzen(userId: $userId) {\n      ...KontoAktionFields\n    }\n  }\n": typeof types.AusbilderPasswortZuruecksetzenDocument,
    "\n  query MeineZugangsdaten {\n    meineZugangsdaten {\n      email\n      benutzername\n      hatPasswort\n      passwortGeaendertAm\n      darfEmailAendern\n      offeneEmailAenderung\n    }\n  }\n": typeof types.MeineZugangsdatenDocument,
    "\n  mutation EmailAendern($input: EmailAendernInput!) {\n    emailAendern(input: $input) {\n      ...MailZustellungFields\n    }\n  }\n": typeof types.EmailAendernDocument,
    "\n  mutation PasswortAendern($input: PasswortAendernInput!) {\n    passwortAendern(input: $input) {\n      beendeteSitzungen\n    }\n  }\n": typeof types.PasswortAendernDocument,
    "\n  query MeineSitzungen {\n    meineSitzungen {\n      id\n      userAgent\n      createdAt\n      lastSeenAt\n      aktuell\n      vertretung\n    }\n  }\n": typeof types.MeineSitzungenDocument,
    "\n  mutation SitzungBeenden($id: ID!) {\n    sitzungBeenden(id: $id)\n  }\n": typeof types.SitzungBeendenDocument,
    "\n  mutation AndereSitzungenBeenden {\n    andereSitzungenBeenden\n  }\n": typeof types.AndereSitzungenBeendenDocument,
    "\n  mutation AusbilderEmailAendern($input: AusbilderEmailInput!) {\n    ausbilderEmailAendern(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n": typeof types.AusbilderEmailAendernDocument,
    "\n  fragment AnmeldungFelder on Pruefungsanmeldung {\n    id\n    status\n    version\n    vertragId\n    azubiName\n    identnummer\n    betriebsstaetteName\n    nachweiseBestaetigt\n    bemerkung\n    eingereichtAt\n    bestaetigtAt\n    entschiedenAt\n    ergebnisFreigegebenAt\n    aktionen\n    ampel {\n      farbe\n      label\n      naechsterSchritt\n    }\n    beruf {\n      id\n      bezeichnung\n    }\n    pruefung {\n      id\n      bezeichnung\n      artBezeichnung\n      anmeldeschluss\n      anmeldeschlussVorbei\n      termineFreigegeben\n    }\n    antworten {\n      key\n      frage\n      antwort\n    }\n    ereignisse {\n      at\n      actorName\n      ereignis\n      vonStatus\n      nachStatus\n      bemerkung\n    }\n  }\n": typeof types.AnmeldungFelderFragmentDoc,
    "\n  query BetriebPruefungen {\n    betriebPruefungen {\n      vertragId\n      azubiName\n      aktionen\n      beruf {\n        id\n        bezeichnung\n      }\n      pruefung {\n        id\n        bezeichnung\n        art\n        artBezeichnung\n        saison\n        jahr\n        anmeldeschluss\n        anmeldeschlussVorbei\n        termineFreigegeben\n        zusatzfragen {\n          key\n          frage\n          pflicht\n        }\n      }\n      anmeldung {\n        id\n        status\n        version\n        ergebnisFreigegebenAt\n        aktionen\n        antworten {\n          key\n          frage\n          antwort\n        }\n      }\n      ampel {\n        farbe\n        label\n        naechsterSchritt\n      }\n    }\n  }\n": typeof types.BetriebPruefungenDocument,
    "\n  query AnmeldungVorpruefung($pruefungId: ID!, $vertragId: ID!) {\n    anmeldungVorpruefung(pruefungId: $pruefungId, vertragId: $vertragId) {\n      warnungen\n      fehlendeNachweise\n      letzterGenehmigterNachweisBis\n    }\n  }\n": typeof types.AnmeldungVorpruefungDocument,
    "\n  mutation AnmeldungEinreichen($input: AnmeldungEinreichenInput!) {\n    anmeldungEinreichen(input: $input) {\n      ...AnmeldungFelder\n    }\n  }\n": typeof types.AnmeldungEinreichenDocument,
    "\n  query Pruefungsanmeldung($id: ID!) {\n    pruefungsanmeldung(id: $id) {\n      ...AnmeldungFelder\n    }\n  }\n": typeof types.PruefungsanmeldungDocument,
    "\n  query MeinePruefungsanmeldungen {\n    meinePruefungsanmeldungen {\n      ...AnmeldungFelder\n    }\n  }\n": typeof types.MeinePruefungsanmeldungenDocument,
    "\n  mutation AnmeldungBestaetigen($id: ID!) {\n    anmeldungBestaetigen(id: $id) {\n      ...AnmeldungFelder\n    }\n  }\n": typeof types.AnmeldungBestaetigenDocument,
    "\n  mutation AnmeldungZurueckgeben($id: ID!, $bemerkung: String!) {\n    anmeldungZurueckgeben(id: $id, bemerkung: $bemerkung) {\n      ...AnmeldungFelder\n    }\n  }\n": typeof types.AnmeldungZurueckgebenDocument,
    "\n  query Pruefungstermine($pruefungId: ID!) {\n    pruefungstermine(pruefungId: $pruefungId) {\n      id\n      bezeichnung\n      datum\n      uhrzeit\n      ort\n    }\n  }\n": typeof types.PruefungstermineDocument,
    "\n  fragment ErgebnisFelder on AnmeldungErgebnis {\n    anmeldungId\n    azubiName\n    identnummer\n    freigegebenAt\n    bestanden\n    zeugnisDokumentId\n    teile {\n      teil\n      punkte\n      note\n      bestanden\n    }\n  }\n": typeof types.ErgebnisFelderFragmentDoc,
    "\n  query AnmeldungErgebnis($anmeldungId: ID!) {\n    anmeldungErgebnis(anmeldungId: $anmeldungId) {\n      ...ErgebnisFelder\n    }\n  }\n": typeof types.AnmeldungErgebnisDocument,
    "\n  query PruefungErgebnisse($pruefungId: ID!) {\n    pruefungErgebnisse(pruefungId: $pruefungId) {\n      ...ErgebnisFelder\n    }\n  }\n": typeof types.PruefungErgebnisseDocument,
    "\n  query OeffentlicheKammern {\n    oeffentlicheKammern {\n      id\n      name\n    }\n  }\n": typeof types.OeffentlicheKammernDocument,
    "\n  mutation UnternehmenBeantragen($input: UnternehmensantragInput!) {\n    unternehmenBeantragen(input: $input) {\n      hinweis\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n": typeof types.UnternehmenBeantragenDocument,
    "\n  mutation Registrieren($input: RegistrierungInput!) {\n    registrieren(input: $input) {\n      hinweis\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n": typeof types.RegistrierenDocument,
    "\n  fragment VertretungFields on Vertretung {\n    id\n    status\n    vertreterVorname\n    vertreterNachname\n    vertreterEmail\n    createdAt\n    entschiedenAt\n  }\n": typeof types.VertretungFieldsFragmentDoc,
    "\n  query MeineVertretungen {\n    meineVertretungen {\n      ...VertretungFields\n    }\n  }\n": typeof types.MeineVertretungenDocument,
    "\n  query VertretungKandidaten {\n    vertretungKandidaten {\n      id\n      vorname\n      nachname\n    }\n  }\n": typeof types.VertretungKandidatenDocument,
    "\n  mutation VertretungHinzufuegen($input: VertretungPersonInput!) {\n    vertretungHinzufuegen(input: $input) {\n      ...VertretungFields\n    }\n  }\n": typeof types.VertretungHinzufuegenDocument,
    "\n  mutation VertretungMitarbeiterHinzufuegen($userId: ID!) {\n    vertretungMitarbeiterHinzufuegen(userId: $userId) {\n      ...VertretungFields\n    }\n  }\n": typeof types.VertretungMitarbeiterHinzufuegenDocument,
    "\n  mutation VertretungBeantragen($input: VertretungPersonInput!) {\n    vertretungBeantragen(input: $input) {\n      ...VertretungFields\n    }\n  }\n": typeof types.VertretungBeantragenDocument,
    "\n  mutation VertretungBeenden($id: ID!) {\n    vertretungBeenden(id: $id) {\n      ...VertretungFields\n    }\n  }\n": typeof types.VertretungBeendenDocument,
    "\n  query OffeneVertretungsantraege {\n    offeneVertretungsantraege {\n      id\n      status\n      vertreterVorname\n      vertreterNachname\n      vertreterEmail\n      createdAt\n      vertretener {\n        id\n        vorname\n        nachname\n        email\n      }\n    }\n  }\n": typeof types.OffeneVertretungsantraegeDocument,
    "\n  mutation VertretungGenehmigen($id: ID!) {\n    vertretungGenehmigen(id: $id) {\n      vertretung {\n        ...VertretungFields\n      }\n      zustellung {\n        zugestellt\n        meldung\n        hinweis\n      }\n    }\n  }\n": typeof types.VertretungGenehmigenDocument,
    "\n  mutation VertretungAblehnen($id: ID!) {\n    vertretungAblehnen(id: $id) {\n      ...VertretungFields\n    }\n  }\n": typeof types.VertretungAblehnenDocument,
    "\n  query MeineBerechtigungen {\n    meineBerechtigungen {\n      id\n      seit\n      aktiv\n      unternehmen\n      vertretener {\n        id\n        vorname\n        nachname\n      }\n    }\n  }\n": typeof types.MeineBerechtigungenDocument,
    "\n  mutation VertretungWechseln($id: ID!) {\n    vertretungWechseln(id: $id) {\n      ...MeFields\n    }\n  }\n": typeof types.VertretungWechselnDocument,
    "\n  mutation VertretungVerlassen {\n    vertretungVerlassen {\n      ...MeFields\n    }\n  }\n": typeof types.VertretungVerlassenDocument,
};
const documents: Documents = {
    "\n  mutation ArbeitsbereichWaehlen($key: ID!) {\n    arbeitsbereichWaehlen(key: $key) {\n      ...MeFields\n    }\n  }\n": types.ArbeitsbereichWaehlenDocument,
    "\n  query IhreAuszubildenden {\n    ihreAuszubildenden {\n      vertragId\n      azubiVorname\n      azubiNachname\n      beruf\n      betriebsstaette\n      eingereicht\n      abgelehnt\n      fehlend\n      genehmigt\n    }\n  }\n": types.IhreAuszubildendenDocument,
    "\n  query MeineAusbildungsverhaeltnisse {\n    meineAusbildungsverhaeltnisse {\n      ...AusbildungsverhaeltnisFields\n    }\n  }\n": types.MeineAusbildungsverhaeltnisseDocument,
    "\n  fragment MeFields on Me {\n    benutzer {\n      id\n      vorname\n      nachname\n      email\n    }\n    vertretenePerson {\n      id\n      vorname\n      nachname\n    }\n    aktuellerArbeitsbereich {\n      key\n      id\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    arbeitsbereiche {\n      key\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    abilities {\n      canManageRoles\n      canSeeAzubiVerwaltung\n      canManageBerichtsheftEinstellungen\n      canSeeOwnAusbildung\n      canSeeKammerBackoffice\n      canSeeIhreAuszubildenden\n      canApproveNachweise\n      canExamine\n      canManagePruefungen\n      canMeldePruefungen\n      canSeeEigenePruefungen\n      canVouchForGenehmiger\n    }\n  }\n": types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...MeFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation LoginMitPin($input: PinLoginInput!) {\n    loginMitPin(input: $input) {\n      ...MeFields\n    }\n  }\n": types.LoginMitPinDocument,
    "\n  fragment AusbildungsverhaeltnisFields on Ausbildungsverhaeltnis {\n    id\n    azubiVorname\n    azubiNachname\n    azubiEmail\n    identnummer\n    beginn\n    ende\n    hatAccount\n    kontoStatus\n    nachweisForm\n    beruf {\n      id\n      bezeichnung\n    }\n    betriebsstaette {\n      id\n      name\n    }\n    ausbilder {\n      id\n      vorname\n      nachname\n    }\n  }\n": types.AusbildungsverhaeltnisFieldsFragmentDoc,
    "\n  query AzubiVerwaltung($first: Int, $after: String) {\n    azubiVerwaltung(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AusbildungsverhaeltnisFields\n      }\n    }\n  }\n": types.AzubiVerwaltungDocument,
    "\n  query AusbilderKandidaten($vertragId: ID!) {\n    ausbilderKandidaten(vertragId: $vertragId) {\n      id\n      vorname\n      nachname\n    }\n  }\n": types.AusbilderKandidatenDocument,
    "\n  mutation VertragAusbilderAendern($vertragId: ID!, $ausbilderUserId: ID!) {\n    vertragAusbilderAendern(vertragId: $vertragId, ausbilderUserId: $ausbilderUserId) {\n      ...AusbildungsverhaeltnisFields\n    }\n  }\n": types.VertragAusbilderAendernDocument,
    "\n  fragment VerwalteterBenutzerFields on VerwalteterBenutzer {\n    id\n    vorname\n    nachname\n    email\n    mitglied\n    rollen {\n      id\n      rolle\n      status\n      createdAt\n      entziehenSperrgrund\n      entziehenWarnung\n      betriebsstaette {\n        id\n        name\n      }\n    }\n  }\n": types.VerwalteterBenutzerFieldsFragmentDoc,
    "\n  query Benutzerverwaltung($first: Int, $after: String, $suche: String) {\n    benutzerverwaltung(first: $first, after: $after, suche: $suche) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VerwalteterBenutzerFields\n      }\n    }\n  }\n": types.BenutzerverwaltungDocument,
    "\n  query BenutzerSuchen($email: String!) {\n    benutzerSuchen(email: $email) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": types.BenutzerSuchenDocument,
    "\n  query VerwalteteBetriebsstaetten {\n    verwalteteBetriebsstaetten {\n      id\n      name\n    }\n  }\n": types.VerwalteteBetriebsstaettenDocument,
    "\n  mutation RolleZuweisen($input: RolleZuweisenInput!) {\n    rolleZuweisen(input: $input) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": types.RolleZuweisenDocument,
    "\n  mutation RolleEntziehen($rollenzuweisungId: ID!) {\n    rolleEntziehen(rollenzuweisungId: $rollenzuweisungId) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": types.RolleEntziehenDocument,
    "\n  mutation RolleEinladen($input: RolleEinladenInput!) {\n    rolleEinladen(input: $input) {\n      meldung\n      zustellung {\n        ...MailZustellungFields\n      }\n      benutzer {\n        ...VerwalteterBenutzerFields\n      }\n    }\n  }\n": types.RolleEinladenDocument,
    "\n  fragment NachweisFields on Nachweis {\n    id\n    vertragId\n    von\n    bis\n    status\n    abschnitt\n    unterweisungen\n    berufsschule\n    papierNachweise\n    genehmigerEmail\n    genehmigerStand\n    version\n    updatedAt\n    format\n    taetigkeiten\n    rahmenplanIds\n    rahmenplanPositionen {\n      id\n      nummer\n      titel\n    }\n    abschnittVorschlaege\n    tage {\n      datum\n      lernort\n      anwesenheit\n      stunden\n      taetigkeiten\n      feiertag\n    }\n    ereignisse {\n      id\n      at\n      ereignis\n      vonStatus\n      nachStatus\n      bemerkung\n      von\n      rolle\n      fuerAndere\n    }\n    abilities {\n      canEdit\n      canSubmit\n      canApprove\n      canReject\n      canRejectAfterwards\n    }\n  }\n": types.NachweisFieldsFragmentDoc,
    "\n  query BerichtsheftWochen($vertragId: ID!) {\n    berichtsheftWochen(vertragId: $vertragId) {\n      montag\n      sonntag\n      fehlt\n      nachweise {\n        id\n        von\n        bis\n        status\n      }\n    }\n  }\n": types.BerichtsheftWochenDocument,
    "\n  query Nachweis($id: ID!) {\n    nachweis(id: $id) {\n      ...NachweisFields\n    }\n  }\n": types.NachweisDocument,
    "\n  query Abdeckung($vertragId: ID!) {\n    abdeckung(vertragId: $vertragId) {\n      positionen {\n        id\n        nummer\n        titel\n        abgedeckt\n      }\n      stunden {\n        betrieb\n        berufsschule\n        ueberbetrieblich\n      }\n    }\n  }\n": types.AbdeckungDocument,
    "\n  mutation NachweisAnlegen($input: NachweisAnlegenInput!) {\n    nachweisAnlegen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": types.NachweisAnlegenDocument,
    "\n  mutation NachweisSpeichern($input: NachweisSpeichernInput!) {\n    nachweisSpeichern(input: $input) {\n      id\n      version\n      updatedAt\n      warnungen {\n        field\n        message\n        severity\n      }\n    }\n  }\n": types.NachweisSpeichernDocument,
    "\n  mutation NachweisEinreichen($input: NachweisEinreichenInput!) {\n    nachweisEinreichen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": types.NachweisEinreichenDocument,
    "\n  mutation NachweisGenehmigen($input: NachweisEntscheidungInput!) {\n    nachweisGenehmigen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": types.NachweisGenehmigenDocument,
    "\n  mutation NachweisAblehnen($input: NachweisEntscheidungInput!) {\n    nachweisAblehnen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": types.NachweisAblehnenDocument,
    "\n  mutation NachweisNachtraeglichAblehnen($input: NachweisEntscheidungInput!) {\n    nachweisNachtraeglichAblehnen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": types.NachweisNachtraeglichAblehnenDocument,
    "\n  query MeineDokumente {\n    meineDokumente {\n      id\n      art\n      titel\n      dateiname\n      createdAt\n      azubiName\n      url\n      geoeffnetAt\n    }\n  }\n": types.MeineDokumenteDocument,
    "\n  query MeineEinladungen {\n    meineEinladungen {\n      id\n      rolle\n      unternehmenName\n      eingeladenAm\n      betriebsstaette {\n        id\n        name\n      }\n    }\n  }\n": types.MeineEinladungenDocument,
    "\n  mutation EinladungAnnehmen($id: ID!) {\n    einladungAnnehmen(id: $id)\n  }\n": types.EinladungAnnehmenDocument,
    "\n  mutation EinladungAblehnen($id: ID!) {\n    einladungAblehnen(id: $id)\n  }\n": types.EinladungAblehnenDocument,
    "\n  fragment BerichtsheftEinstellungFields on BerichtsheftEinstellung {\n    betriebsstaetteId\n    elektronisch\n    format\n    beruf {\n      id\n      bezeichnung\n    }\n  }\n": types.BerichtsheftEinstellungFieldsFragmentDoc,
    "\n  query BerichtsheftEinstellungen {\n    berichtsheftEinstellungen {\n      ...BerichtsheftEinstellungFields\n    }\n  }\n": types.BerichtsheftEinstellungenDocument,
    "\n  mutation BerichtsheftEinstellungSetzen($input: BerichtsheftEinstellungInput!) {\n    berichtsheftEinstellungSetzen(input: $input) {\n      ...BerichtsheftEinstellungFields\n    }\n  }\n": types.BerichtsheftEinstellungSetzenDocument,
    "\n  fragment AusbildungsbeauftragteFields on Ausbildungsbeauftragte {\n    id\n    status\n    email\n    name\n    betriebsstaette {\n      id\n      name\n    }\n    vorgeschlagenVon\n    vorgeschlagenAm\n    wartendeNachweise\n    wartendeAzubis\n  }\n": types.AusbildungsbeauftragteFieldsFragmentDoc,
    "\n  query Ausbildungsbeauftragte {\n    ausbildungsbeauftragte {\n      ...AusbildungsbeauftragteFields\n    }\n  }\n": types.AusbildungsbeauftragteDocument,
    "\n  mutation GenehmigerBestaetigen($input: GenehmigerBestaetigenInput!) {\n    genehmigerBestaetigen(input: $input) {\n      ...AusbildungsbeauftragteFields\n    }\n  }\n": types.GenehmigerBestaetigenDocument,
    "\n  mutation GenehmigerAblehnen($id: ID!) {\n    genehmigerAblehnen(id: $id)\n  }\n": types.GenehmigerAblehnenDocument,
    "\n  query OffeneGenehmigungen {\n    offeneGenehmigungen {\n      id\n      azubiName\n      beruf\n      von\n      bis\n      eingereichtAt\n      papierNachweise\n    }\n  }\n": types.OffeneGenehmigungenDocument,
    "\n  mutation NachweiseSammelGenehmigen($ids: [ID!]!, $bemerkung: String) {\n    nachweiseSammelGenehmigen(ids: $ids, bemerkung: $bemerkung) {\n      id\n      ok\n      code\n      message\n    }\n  }\n": types.NachweiseSammelGenehmigenDocument,
    "\n  query Unternehmensantraege($status: AntragStatus) {\n    unternehmensantraege(status: $status) {\n      id\n      firmenname\n      strasse\n      plz\n      ort\n      bundesland\n      unternehmensEmail\n      vorname\n      nachname\n      email\n      status\n      begruendung\n      createdAt\n      entschiedenAt\n      bestehendesKonto\n    }\n  }\n": types.UnternehmensantraegeDocument,
    "\n  mutation AntragGenehmigen($id: ID!) {\n    unternehmensantragGenehmigen(id: $id) {\n      antrag {\n        id\n        status\n        firmenname\n      }\n      einladungVersandt\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n": types.AntragGenehmigenDocument,
    "\n  mutation AntragAblehnen($id: ID!, $begruendung: String!) {\n    unternehmensantragAblehnen(id: $id, begruendung: $begruendung) {\n      id\n      status\n      firmenname\n    }\n  }\n": types.AntragAblehnenDocument,
    "\n  query KammerPruefer {\n    kammerPruefer {\n      id\n      vorname\n      nachname\n      email\n      kontoAktiv\n      seit\n    }\n  }\n": types.KammerPrueferDocument,
    "\n  mutation PrueferAnlegen($input: PrueferAnlegenInput!) {\n    prueferAnlegen(input: $input) {\n      pruefer {\n        id\n        vorname\n        nachname\n        email\n      }\n      bestehendesKonto\n      einladungVersandt\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n": types.PrueferAnlegenDocument,
    "\n  mutation HauptsitzZugriffSetzen($unternehmenId: ID!, $aktiv: Boolean!) {\n    hauptsitzZugriffSetzen(unternehmenId: $unternehmenId, aktiv: $aktiv) {\n      id\n      hauptsitzZugriff\n    }\n  }\n": types.HauptsitzZugriffSetzenDocument,
    "\n  query KammerAufgaben($erledigt: Boolean) {\n    kammerAufgaben(erledigt: $erledigt) {\n      id\n      art\n      text\n      createdAt\n      erledigtAt\n      unternehmenName\n      betriebsstaetteName\n      betreff {\n        id\n        vorname\n        nachname\n        email\n      }\n      gemeldetVon {\n        id\n        vorname\n        nachname\n        email\n      }\n      inVertretungFuer {\n        id\n        vorname\n        nachname\n      }\n    }\n  }\n": types.KammerAufgabenDocument,
    "\n  mutation KammerAufgabeErledigen($id: ID!) {\n    kammerAufgabeErledigen(id: $id) {\n      id\n      erledigtAt\n    }\n  }\n": types.KammerAufgabeErledigenDocument,
    "\n  query AenderungsmailAusbilder {\n    aenderungsmailAusbilder {\n      userId\n      vorname\n      nachname\n      email\n      betriebsstaetteId\n      betriebsstaetteName\n    }\n  }\n": types.AenderungsmailAusbilderDocument,
    "\n  mutation AenderungsmailSenden($input: AenderungsmailInput!) {\n    aenderungsmailSenden(input: $input) {\n      id\n      createdAt\n    }\n  }\n": types.AenderungsmailSendenDocument,
    "\n  fragment PruefungFelder on Pruefung {\n    id\n    bezeichnung\n    saison\n    jahr\n    art\n    artBezeichnung\n    anmeldeschluss\n    anmeldeschlussVorbei\n    termineFreigegeben\n    anzahlAnmeldungen\n    berufe {\n      id\n      bezeichnung\n    }\n    zusatzfragen {\n      key\n      frage\n      pflicht\n    }\n  }\n": types.PruefungFelderFragmentDoc,
    "\n  query KammerPruefungen {\n    kammerPruefungen {\n      ...PruefungFelder\n    }\n    ausbildungsberufe {\n      id\n      bezeichnung\n    }\n  }\n": types.KammerPruefungenDocument,
    "\n  mutation PruefungAnlegen($input: PruefungAnlegenInput!) {\n    pruefungAnlegen(input: $input) {\n      ...PruefungFelder\n    }\n  }\n": types.PruefungAnlegenDocument,
    "\n  query KammerPruefung($id: ID!) {\n    kammerPruefung(id: $id) {\n      ...PruefungFelder\n    }\n    kammerAnmeldungen(pruefungId: $id) {\n      ...AnmeldungFelder\n    }\n    pruefungstermine(pruefungId: $id) {\n      id\n      bezeichnung\n      datum\n      uhrzeit\n      ort\n    }\n    pruefungErgebnisse(pruefungId: $id) {\n      ...ErgebnisFelder\n    }\n  }\n": types.KammerPruefungDocument,
    "\n  query AnmeldungenCsv($pruefungId: ID!) {\n    anmeldungenCsv(pruefungId: $pruefungId)\n  }\n": types.AnmeldungenCsvDocument,
    "\n  mutation AnmeldungZulassen($id: ID!) {\n    anmeldungZulassen(id: $id) {\n      ...AnmeldungFelder\n    }\n  }\n": types.AnmeldungZulassenDocument,
    "\n  mutation AnmeldungAblehnen($id: ID!, $begruendung: String!) {\n    anmeldungAblehnen(id: $id, begruendung: $begruendung) {\n      ...AnmeldungFelder\n    }\n  }\n": types.AnmeldungAblehnenDocument,
    "\n  mutation TermineSpeichern($pruefungId: ID!, $termine: [PruefungsterminInput!]!) {\n    termineSpeichern(pruefungId: $pruefungId, termine: $termine) {\n      id\n      bezeichnung\n      datum\n      uhrzeit\n      ort\n    }\n  }\n": types.TermineSpeichernDocument,
    "\n  mutation TermineFreigeben($pruefungId: ID!) {\n    termineFreigeben(pruefungId: $pruefungId) {\n      ...PruefungFelder\n    }\n  }\n": types.TermineFreigebenDocument,
    "\n  mutation ErgebnisseEintragen($anmeldungId: ID!, $teile: [TeilergebnisInput!]!) {\n    ergebnisseEintragen(anmeldungId: $anmeldungId, teile: $teile) {\n      ...ErgebnisFelder\n    }\n  }\n": types.ErgebnisseEintragenDocument,
    "\n  mutation ErgebnisseFreigeben($anmeldungId: ID!) {\n    ergebnisseFreigeben(anmeldungId: $anmeldungId) {\n      ...ErgebnisFelder\n    }\n  }\n": types.ErgebnisseFreigebenDocument,
    "\n  mutation ZeugnisAusstellen($anmeldungId: ID!) {\n    zeugnisAusstellen(anmeldungId: $anmeldungId) {\n      id\n      titel\n      dateiname\n      url\n    }\n  }\n": types.ZeugnisAusstellenDocument,
    "\n  query KammerUnternehmen {\n    kammerUnternehmen {\n      id\n      name\n      email\n      hauptsitzZugriff\n      betriebsstaetten {\n        id\n        name\n        art\n        ort\n      }\n    }\n  }\n": types.KammerUnternehmenDocument,
    "\n  fragment MailZustellungFields on MailZustellung {\n    zugestellt\n    meldung\n    hinweis\n  }\n": types.MailZustellungFieldsFragmentDoc,
    "\n  fragment KontoAktionFields on KontoAktionErgebnis {\n    meldung\n    kontoEmailGeaendert\n    zustellung {\n      ...MailZustellungFields\n    }\n  }\n": types.KontoAktionFieldsFragmentDoc,
    "\n  mutation PasswortVergessen($kennung: String!) {\n    passwortVergessen(kennung: $kennung) {\n      meldung\n    }\n  }\n": types.PasswortVergessenDocument,
    "\n  query KontoLink($token: String!) {\n    kontoLink(token: $token) {\n      zweck\n      email\n      vorname\n    }\n  }\n": types.KontoLinkDocument,
    "\n  mutation PasswortSetzen($input: PasswortSetzenInput!) {\n    passwortSetzen(input: $input) {\n      email\n    }\n  }\n": types.PasswortSetzenDocument,
    "\n  mutation EmailBestaetigen($token: String!) {\n    emailBestaetigen(token: $token) {\n      email\n    }\n  }\n": types.EmailBestaetigenDocument,
    "\n  mutation AzubiAccountErstellen($input: AzubiKontoInput!) {\n    azubiAccountErstellen(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n": types.AzubiAccountErstellenDocument,
    "\n  mutation AzubiPasswortZuruecksetzen($vertragId: ID!) {\n    azubiPasswortZuruecksetzen(vertragId: $vertragId) {\n      ...KontoAktionFields\n    }\n  }\n": types.AzubiPasswortZuruecksetzenDocument,
    "\n  mutation AzubiEmailAendern($input: AzubiKontoInput!) {\n    azubiEmailAendern(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n": types.AzubiEmailAendernDocument,
    "\n  query AusbilderListe($betriebsstaetteId: ID) {\n    ausbilderListe(betriebsstaetteId: $betriebsstaetteId) {\n      userId\n      vorname\n      nachname\n      email\n      kontoStatus\n      hatAusbilderRolle\n      anzahlAzubis\n      betriebsstaetten {\n        id\n        name\n      }\n    }\n  }\n": types.AusbilderListeDocument,
    "\n  mutation AusbilderAccountErstellen($input: AusbilderKontoInput!) {\n    ausbilderAccountErstellen(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n": types.AusbilderAccountErstellenDocument,
    "\n  mutation AusbilderPasswortZuruecksetzen($userId: ID!) {\n    ausbilderPasswortZuruecksetzen(userId: $userId) {\n      ...KontoAktionFields\n    }\n  }\n": types.AusbilderPasswortZuruecksetzenDocument,
    "\n  query MeineZugangsdaten {\n    meineZugangsdaten {\n      email\n      benutzername\n      hatPasswort\n      passwortGeaendertAm\n      darfEmailAendern\n      offeneEmailAenderung\n    }\n  }\n": types.MeineZugangsdatenDocument,
    "\n  mutation EmailAendern($input: EmailAendernInput!) {\n    emailAendern(input: $input) {\n      ...MailZustellungFields\n    }\n  }\n": types.EmailAendernDocument,
    "\n  mutation PasswortAendern($input: PasswortAendernInput!) {\n    passwortAendern(input: $input) {\n      beendeteSitzungen\n    }\n  }\n": types.PasswortAendernDocument,
    "\n  query MeineSitzungen {\n    meineSitzungen {\n      id\n      userAgent\n      createdAt\n      lastSeenAt\n      aktuell\n      vertretung\n    }\n  }\n": types.MeineSitzungenDocument,
    "\n  mutation SitzungBeenden($id: ID!) {\n    sitzungBeenden(id: $id)\n  }\n": types.SitzungBeendenDocument,
    "\n  mutation AndereSitzungenBeenden {\n    andereSitzungenBeenden\n  }\n": types.AndereSitzungenBeendenDocument,
    "\n  mutation AusbilderEmailAendern($input: AusbilderEmailInput!) {\n    ausbilderEmailAendern(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n": types.AusbilderEmailAendernDocument,
    "\n  fragment AnmeldungFelder on Pruefungsanmeldung {\n    id\n    status\n    version\n    vertragId\n    azubiName\n    identnummer\n    betriebsstaetteName\n    nachweiseBestaetigt\n    bemerkung\n    eingereichtAt\n    bestaetigtAt\n    entschiedenAt\n    ergebnisFreigegebenAt\n    aktionen\n    ampel {\n      farbe\n      label\n      naechsterSchritt\n    }\n    beruf {\n      id\n      bezeichnung\n    }\n    pruefung {\n      id\n      bezeichnung\n      artBezeichnung\n      anmeldeschluss\n      anmeldeschlussVorbei\n      termineFreigegeben\n    }\n    antworten {\n      key\n      frage\n      antwort\n    }\n    ereignisse {\n      at\n      actorName\n      ereignis\n      vonStatus\n      nachStatus\n      bemerkung\n    }\n  }\n": types.AnmeldungFelderFragmentDoc,
    "\n  query BetriebPruefungen {\n    betriebPruefungen {\n      vertragId\n      azubiName\n      aktionen\n      beruf {\n        id\n        bezeichnung\n      }\n      pruefung {\n        id\n        bezeichnung\n        art\n        artBezeichnung\n        saison\n        jahr\n        anmeldeschluss\n        anmeldeschlussVorbei\n        termineFreigegeben\n        zusatzfragen {\n          key\n          frage\n          pflicht\n        }\n      }\n      anmeldung {\n        id\n        status\n        version\n        ergebnisFreigegebenAt\n        aktionen\n        antworten {\n          key\n          frage\n          antwort\n        }\n      }\n      ampel {\n        farbe\n        label\n        naechsterSchritt\n      }\n    }\n  }\n": types.BetriebPruefungenDocument,
    "\n  query AnmeldungVorpruefung($pruefungId: ID!, $vertragId: ID!) {\n    anmeldungVorpruefung(pruefungId: $pruefungId, vertragId: $vertragId) {\n      warnungen\n      fehlendeNachweise\n      letzterGenehmigterNachweisBis\n    }\n  }\n": types.AnmeldungVorpruefungDocument,
    "\n  mutation AnmeldungEinreichen($input: AnmeldungEinreichenInput!) {\n    anmeldungEinreichen(input: $input) {\n      ...AnmeldungFelder\n    }\n  }\n": types.AnmeldungEinreichenDocument,
    "\n  query Pruefungsanmeldung($id: ID!) {\n    pruefungsanmeldung(id: $id) {\n      ...AnmeldungFelder\n    }\n  }\n": types.PruefungsanmeldungDocument,
    "\n  query MeinePruefungsanmeldungen {\n    meinePruefungsanmeldungen {\n      ...AnmeldungFelder\n    }\n  }\n": types.MeinePruefungsanmeldungenDocument,
    "\n  mutation AnmeldungBestaetigen($id: ID!) {\n    anmeldungBestaetigen(id: $id) {\n      ...AnmeldungFelder\n    }\n  }\n": types.AnmeldungBestaetigenDocument,
    "\n  mutation AnmeldungZurueckgeben($id: ID!, $bemerkung: String!) {\n    anmeldungZurueckgeben(id: $id, bemerkung: $bemerkung) {\n      ...AnmeldungFelder\n    }\n  }\n": types.AnmeldungZurueckgebenDocument,
    "\n  query Pruefungstermine($pruefungId: ID!) {\n    pruefungstermine(pruefungId: $pruefungId) {\n      id\n      bezeichnung\n      datum\n      uhrzeit\n      ort\n    }\n  }\n": types.PruefungstermineDocument,
    "\n  fragment ErgebnisFelder on AnmeldungErgebnis {\n    anmeldungId\n    azubiName\n    identnummer\n    freigegebenAt\n    bestanden\n    zeugnisDokumentId\n    teile {\n      teil\n      punkte\n      note\n      bestanden\n    }\n  }\n": types.ErgebnisFelderFragmentDoc,
    "\n  query AnmeldungErgebnis($anmeldungId: ID!) {\n    anmeldungErgebnis(anmeldungId: $anmeldungId) {\n      ...ErgebnisFelder\n    }\n  }\n": types.AnmeldungErgebnisDocument,
    "\n  query PruefungErgebnisse($pruefungId: ID!) {\n    pruefungErgebnisse(pruefungId: $pruefungId) {\n      ...ErgebnisFelder\n    }\n  }\n": types.PruefungErgebnisseDocument,
    "\n  query OeffentlicheKammern {\n    oeffentlicheKammern {\n      id\n      name\n    }\n  }\n": types.OeffentlicheKammernDocument,
    "\n  mutation UnternehmenBeantragen($input: UnternehmensantragInput!) {\n    unternehmenBeantragen(input: $input) {\n      hinweis\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n": types.UnternehmenBeantragenDocument,
    "\n  mutation Registrieren($input: RegistrierungInput!) {\n    registrieren(input: $input) {\n      hinweis\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n": types.RegistrierenDocument,
    "\n  fragment VertretungFields on Vertretung {\n    id\n    status\n    vertreterVorname\n    vertreterNachname\n    vertreterEmail\n    createdAt\n    entschiedenAt\n  }\n": types.VertretungFieldsFragmentDoc,
    "\n  query MeineVertretungen {\n    meineVertretungen {\n      ...VertretungFields\n    }\n  }\n": types.MeineVertretungenDocument,
    "\n  query VertretungKandidaten {\n    vertretungKandidaten {\n      id\n      vorname\n      nachname\n    }\n  }\n": types.VertretungKandidatenDocument,
    "\n  mutation VertretungHinzufuegen($input: VertretungPersonInput!) {\n    vertretungHinzufuegen(input: $input) {\n      ...VertretungFields\n    }\n  }\n": types.VertretungHinzufuegenDocument,
    "\n  mutation VertretungMitarbeiterHinzufuegen($userId: ID!) {\n    vertretungMitarbeiterHinzufuegen(userId: $userId) {\n      ...VertretungFields\n    }\n  }\n": types.VertretungMitarbeiterHinzufuegenDocument,
    "\n  mutation VertretungBeantragen($input: VertretungPersonInput!) {\n    vertretungBeantragen(input: $input) {\n      ...VertretungFields\n    }\n  }\n": types.VertretungBeantragenDocument,
    "\n  mutation VertretungBeenden($id: ID!) {\n    vertretungBeenden(id: $id) {\n      ...VertretungFields\n    }\n  }\n": types.VertretungBeendenDocument,
    "\n  query OffeneVertretungsantraege {\n    offeneVertretungsantraege {\n      id\n      status\n      vertreterVorname\n      vertreterNachname\n      vertreterEmail\n      createdAt\n      vertretener {\n        id\n        vorname\n        nachname\n        email\n      }\n    }\n  }\n": types.OffeneVertretungsantraegeDocument,
    "\n  mutation VertretungGenehmigen($id: ID!) {\n    vertretungGenehmigen(id: $id) {\n      vertretung {\n        ...VertretungFields\n      }\n      zustellung {\n        zugestellt\n        meldung\n        hinweis\n      }\n    }\n  }\n": types.VertretungGenehmigenDocument,
    "\n  mutation VertretungAblehnen($id: ID!) {\n    vertretungAblehnen(id: $id) {\n      ...VertretungFields\n    }\n  }\n": types.VertretungAblehnenDocument,
    "\n  query MeineBerechtigungen {\n    meineBerechtigungen {\n      id\n      seit\n      aktiv\n      unternehmen\n      vertretener {\n        id\n        vorname\n        nachname\n      }\n    }\n  }\n": types.MeineBerechtigungenDocument,
    "\n  mutation VertretungWechseln($id: ID!) {\n    vertretungWechseln(id: $id) {\n      ...MeFields\n    }\n  }\n": types.VertretungWechselnDocument,
    "\n  mutation VertretungVerlassen {\n    vertretungVerlassen {\n      ...MeFields\n    }\n  }\n": types.VertretungVerlassenDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArbeitsbereichWaehlen($key: ID!) {\n    arbeitsbereichWaehlen(key: $key) {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArbeitsbereichWaehlen($key: ID!) {\n    arbeitsbereichWaehlen(key: $key) {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IhreAuszubildenden {\n    ihreAuszubildenden {\n      vertragId\n      azubiVorname\n      azubiNachname\n      beruf\n      betriebsstaette\n      eingereicht\n      abgelehnt\n      fehlend\n      genehmigt\n    }\n  }\n"): (typeof documents)["\n  query IhreAuszubildenden {\n    ihreAuszubildenden {\n      vertragId\n      azubiVorname\n      azubiNachname\n      beruf\n      betriebsstaette\n      eingereicht\n      abgelehnt\n      fehlend\n      genehmigt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeineAusbildungsverhaeltnisse {\n    meineAusbildungsverhaeltnisse {\n      ...AusbildungsverhaeltnisFields\n    }\n  }\n"): (typeof documents)["\n  query MeineAusbildungsverhaeltnisse {\n    meineAusbildungsverhaeltnisse {\n      ...AusbildungsverhaeltnisFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on Me {\n    benutzer {\n      id\n      vorname\n      nachname\n      email\n    }\n    vertretenePerson {\n      id\n      vorname\n      nachname\n    }\n    aktuellerArbeitsbereich {\n      key\n      id\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    arbeitsbereiche {\n      key\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    abilities {\n      canManageRoles\n      canSeeAzubiVerwaltung\n      canManageBerichtsheftEinstellungen\n      canSeeOwnAusbildung\n      canSeeKammerBackoffice\n      canSeeIhreAuszubildenden\n      canApproveNachweise\n      canExamine\n      canManagePruefungen\n      canMeldePruefungen\n      canSeeEigenePruefungen\n      canVouchForGenehmiger\n    }\n  }\n"): (typeof documents)["\n  fragment MeFields on Me {\n    benutzer {\n      id\n      vorname\n      nachname\n      email\n    }\n    vertretenePerson {\n      id\n      vorname\n      nachname\n    }\n    aktuellerArbeitsbereich {\n      key\n      id\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    arbeitsbereiche {\n      key\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    abilities {\n      canManageRoles\n      canSeeAzubiVerwaltung\n      canManageBerichtsheftEinstellungen\n      canSeeOwnAusbildung\n      canSeeKammerBackoffice\n      canSeeIhreAuszubildenden\n      canApproveNachweise\n      canExamine\n      canManagePruefungen\n      canMeldePruefungen\n      canSeeEigenePruefungen\n      canVouchForGenehmiger\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginMitPin($input: PinLoginInput!) {\n    loginMitPin(input: $input) {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  mutation LoginMitPin($input: PinLoginInput!) {\n    loginMitPin(input: $input) {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AusbildungsverhaeltnisFields on Ausbildungsverhaeltnis {\n    id\n    azubiVorname\n    azubiNachname\n    azubiEmail\n    identnummer\n    beginn\n    ende\n    hatAccount\n    kontoStatus\n    nachweisForm\n    beruf {\n      id\n      bezeichnung\n    }\n    betriebsstaette {\n      id\n      name\n    }\n    ausbilder {\n      id\n      vorname\n      nachname\n    }\n  }\n"): (typeof documents)["\n  fragment AusbildungsverhaeltnisFields on Ausbildungsverhaeltnis {\n    id\n    azubiVorname\n    azubiNachname\n    azubiEmail\n    identnummer\n    beginn\n    ende\n    hatAccount\n    kontoStatus\n    nachweisForm\n    beruf {\n      id\n      bezeichnung\n    }\n    betriebsstaette {\n      id\n      name\n    }\n    ausbilder {\n      id\n      vorname\n      nachname\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AzubiVerwaltung($first: Int, $after: String) {\n    azubiVerwaltung(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AusbildungsverhaeltnisFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AzubiVerwaltung($first: Int, $after: String) {\n    azubiVerwaltung(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AusbildungsverhaeltnisFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AusbilderKandidaten($vertragId: ID!) {\n    ausbilderKandidaten(vertragId: $vertragId) {\n      id\n      vorname\n      nachname\n    }\n  }\n"): (typeof documents)["\n  query AusbilderKandidaten($vertragId: ID!) {\n    ausbilderKandidaten(vertragId: $vertragId) {\n      id\n      vorname\n      nachname\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VertragAusbilderAendern($vertragId: ID!, $ausbilderUserId: ID!) {\n    vertragAusbilderAendern(vertragId: $vertragId, ausbilderUserId: $ausbilderUserId) {\n      ...AusbildungsverhaeltnisFields\n    }\n  }\n"): (typeof documents)["\n  mutation VertragAusbilderAendern($vertragId: ID!, $ausbilderUserId: ID!) {\n    vertragAusbilderAendern(vertragId: $vertragId, ausbilderUserId: $ausbilderUserId) {\n      ...AusbildungsverhaeltnisFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerwalteterBenutzerFields on VerwalteterBenutzer {\n    id\n    vorname\n    nachname\n    email\n    mitglied\n    rollen {\n      id\n      rolle\n      status\n      createdAt\n      entziehenSperrgrund\n      entziehenWarnung\n      betriebsstaette {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VerwalteterBenutzerFields on VerwalteterBenutzer {\n    id\n    vorname\n    nachname\n    email\n    mitglied\n    rollen {\n      id\n      rolle\n      status\n      createdAt\n      entziehenSperrgrund\n      entziehenWarnung\n      betriebsstaette {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Benutzerverwaltung($first: Int, $after: String, $suche: String) {\n    benutzerverwaltung(first: $first, after: $after, suche: $suche) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VerwalteterBenutzerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Benutzerverwaltung($first: Int, $after: String, $suche: String) {\n    benutzerverwaltung(first: $first, after: $after, suche: $suche) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VerwalteterBenutzerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenutzerSuchen($email: String!) {\n    benutzerSuchen(email: $email) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n"): (typeof documents)["\n  query BenutzerSuchen($email: String!) {\n    benutzerSuchen(email: $email) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerwalteteBetriebsstaetten {\n    verwalteteBetriebsstaetten {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query VerwalteteBetriebsstaetten {\n    verwalteteBetriebsstaetten {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolleZuweisen($input: RolleZuweisenInput!) {\n    rolleZuweisen(input: $input) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RolleZuweisen($input: RolleZuweisenInput!) {\n    rolleZuweisen(input: $input) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolleEntziehen($rollenzuweisungId: ID!) {\n    rolleEntziehen(rollenzuweisungId: $rollenzuweisungId) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RolleEntziehen($rollenzuweisungId: ID!) {\n    rolleEntziehen(rollenzuweisungId: $rollenzuweisungId) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolleEinladen($input: RolleEinladenInput!) {\n    rolleEinladen(input: $input) {\n      meldung\n      zustellung {\n        ...MailZustellungFields\n      }\n      benutzer {\n        ...VerwalteterBenutzerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RolleEinladen($input: RolleEinladenInput!) {\n    rolleEinladen(input: $input) {\n      meldung\n      zustellung {\n        ...MailZustellungFields\n      }\n      benutzer {\n        ...VerwalteterBenutzerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NachweisFields on Nachweis {\n    id\n    vertragId\n    von\n    bis\n    status\n    abschnitt\n    unterweisungen\n    berufsschule\n    papierNachweise\n    genehmigerEmail\n    genehmigerStand\n    version\n    updatedAt\n    format\n    taetigkeiten\n    rahmenplanIds\n    rahmenplanPositionen {\n      id\n      nummer\n      titel\n    }\n    abschnittVorschlaege\n    tage {\n      datum\n      lernort\n      anwesenheit\n      stunden\n      taetigkeiten\n      feiertag\n    }\n    ereignisse {\n      id\n      at\n      ereignis\n      vonStatus\n      nachStatus\n      bemerkung\n      von\n      rolle\n      fuerAndere\n    }\n    abilities {\n      canEdit\n      canSubmit\n      canApprove\n      canReject\n      canRejectAfterwards\n    }\n  }\n"): (typeof documents)["\n  fragment NachweisFields on Nachweis {\n    id\n    vertragId\n    von\n    bis\n    status\n    abschnitt\n    unterweisungen\n    berufsschule\n    papierNachweise\n    genehmigerEmail\n    genehmigerStand\n    version\n    updatedAt\n    format\n    taetigkeiten\n    rahmenplanIds\n    rahmenplanPositionen {\n      id\n      nummer\n      titel\n    }\n    abschnittVorschlaege\n    tage {\n      datum\n      lernort\n      anwesenheit\n      stunden\n      taetigkeiten\n      feiertag\n    }\n    ereignisse {\n      id\n      at\n      ereignis\n      vonStatus\n      nachStatus\n      bemerkung\n      von\n      rolle\n      fuerAndere\n    }\n    abilities {\n      canEdit\n      canSubmit\n      canApprove\n      canReject\n      canRejectAfterwards\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BerichtsheftWochen($vertragId: ID!) {\n    berichtsheftWochen(vertragId: $vertragId) {\n      montag\n      sonntag\n      fehlt\n      nachweise {\n        id\n        von\n        bis\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query BerichtsheftWochen($vertragId: ID!) {\n    berichtsheftWochen(vertragId: $vertragId) {\n      montag\n      sonntag\n      fehlt\n      nachweise {\n        id\n        von\n        bis\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Nachweis($id: ID!) {\n    nachweis(id: $id) {\n      ...NachweisFields\n    }\n  }\n"): (typeof documents)["\n  query Nachweis($id: ID!) {\n    nachweis(id: $id) {\n      ...NachweisFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Abdeckung($vertragId: ID!) {\n    abdeckung(vertragId: $vertragId) {\n      positionen {\n        id\n        nummer\n        titel\n        abgedeckt\n      }\n      stunden {\n        betrieb\n        berufsschule\n        ueberbetrieblich\n      }\n    }\n  }\n"): (typeof documents)["\n  query Abdeckung($vertragId: ID!) {\n    abdeckung(vertragId: $vertragId) {\n      positionen {\n        id\n        nummer\n        titel\n        abgedeckt\n      }\n      stunden {\n        betrieb\n        berufsschule\n        ueberbetrieblich\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NachweisAnlegen($input: NachweisAnlegenInput!) {\n    nachweisAnlegen(input: $input) {\n      ...NachweisFields\n    }\n  }\n"): (typeof documents)["\n  mutation NachweisAnlegen($input: NachweisAnlegenInput!) {\n    nachweisAnlegen(input: $input) {\n      ...NachweisFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NachweisSpeichern($input: NachweisSpeichernInput!) {\n    nachweisSpeichern(input: $input) {\n      id\n      version\n      updatedAt\n      warnungen {\n        field\n        message\n        severity\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NachweisSpeichern($input: NachweisSpeichernInput!) {\n    nachweisSpeichern(input: $input) {\n      id\n      version\n      updatedAt\n      warnungen {\n        field\n        message\n        severity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NachweisEinreichen($input: NachweisEinreichenInput!) {\n    nachweisEinreichen(input: $input) {\n      ...NachweisFields\n    }\n  }\n"): (typeof documents)["\n  mutation NachweisEinreichen($input: NachweisEinreichenInput!) {\n    nachweisEinreichen(input: $input) {\n      ...NachweisFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NachweisGenehmigen($input: NachweisEntscheidungInput!) {\n    nachweisGenehmigen(input: $input) {\n      ...NachweisFields\n    }\n  }\n"): (typeof documents)["\n  mutation NachweisGenehmigen($input: NachweisEntscheidungInput!) {\n    nachweisGenehmigen(input: $input) {\n      ...NachweisFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NachweisAblehnen($input: NachweisEntscheidungInput!) {\n    nachweisAblehnen(input: $input) {\n      ...NachweisFields\n    }\n  }\n"): (typeof documents)["\n  mutation NachweisAblehnen($input: NachweisEntscheidungInput!) {\n    nachweisAblehnen(input: $input) {\n      ...NachweisFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NachweisNachtraeglichAblehnen($input: NachweisEntscheidungInput!) {\n    nachweisNachtraeglichAblehnen(input: $input) {\n      ...NachweisFields\n    }\n  }\n"): (typeof documents)["\n  mutation NachweisNachtraeglichAblehnen($input: NachweisEntscheidungInput!) {\n    nachweisNachtraeglichAblehnen(input: $input) {\n      ...NachweisFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeineDokumente {\n    meineDokumente {\n      id\n      art\n      titel\n      dateiname\n      createdAt\n      azubiName\n      url\n      geoeffnetAt\n    }\n  }\n"): (typeof documents)["\n  query MeineDokumente {\n    meineDokumente {\n      id\n      art\n      titel\n      dateiname\n      createdAt\n      azubiName\n      url\n      geoeffnetAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeineEinladungen {\n    meineEinladungen {\n      id\n      rolle\n      unternehmenName\n      eingeladenAm\n      betriebsstaette {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeineEinladungen {\n    meineEinladungen {\n      id\n      rolle\n      unternehmenName\n      eingeladenAm\n      betriebsstaette {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EinladungAnnehmen($id: ID!) {\n    einladungAnnehmen(id: $id)\n  }\n"): (typeof documents)["\n  mutation EinladungAnnehmen($id: ID!) {\n    einladungAnnehmen(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EinladungAblehnen($id: ID!) {\n    einladungAblehnen(id: $id)\n  }\n"): (typeof documents)["\n  mutation EinladungAblehnen($id: ID!) {\n    einladungAblehnen(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BerichtsheftEinstellungFields on BerichtsheftEinstellung {\n    betriebsstaetteId\n    elektronisch\n    format\n    beruf {\n      id\n      bezeichnung\n    }\n  }\n"): (typeof documents)["\n  fragment BerichtsheftEinstellungFields on BerichtsheftEinstellung {\n    betriebsstaetteId\n    elektronisch\n    format\n    beruf {\n      id\n      bezeichnung\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BerichtsheftEinstellungen {\n    berichtsheftEinstellungen {\n      ...BerichtsheftEinstellungFields\n    }\n  }\n"): (typeof documents)["\n  query BerichtsheftEinstellungen {\n    berichtsheftEinstellungen {\n      ...BerichtsheftEinstellungFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BerichtsheftEinstellungSetzen($input: BerichtsheftEinstellungInput!) {\n    berichtsheftEinstellungSetzen(input: $input) {\n      ...BerichtsheftEinstellungFields\n    }\n  }\n"): (typeof documents)["\n  mutation BerichtsheftEinstellungSetzen($input: BerichtsheftEinstellungInput!) {\n    berichtsheftEinstellungSetzen(input: $input) {\n      ...BerichtsheftEinstellungFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AusbildungsbeauftragteFields on Ausbildungsbeauftragte {\n    id\n    status\n    email\n    name\n    betriebsstaette {\n      id\n      name\n    }\n    vorgeschlagenVon\n    vorgeschlagenAm\n    wartendeNachweise\n    wartendeAzubis\n  }\n"): (typeof documents)["\n  fragment AusbildungsbeauftragteFields on Ausbildungsbeauftragte {\n    id\n    status\n    email\n    name\n    betriebsstaette {\n      id\n      name\n    }\n    vorgeschlagenVon\n    vorgeschlagenAm\n    wartendeNachweise\n    wartendeAzubis\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ausbildungsbeauftragte {\n    ausbildungsbeauftragte {\n      ...AusbildungsbeauftragteFields\n    }\n  }\n"): (typeof documents)["\n  query Ausbildungsbeauftragte {\n    ausbildungsbeauftragte {\n      ...AusbildungsbeauftragteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenehmigerBestaetigen($input: GenehmigerBestaetigenInput!) {\n    genehmigerBestaetigen(input: $input) {\n      ...AusbildungsbeauftragteFields\n    }\n  }\n"): (typeof documents)["\n  mutation GenehmigerBestaetigen($input: GenehmigerBestaetigenInput!) {\n    genehmigerBestaetigen(input: $input) {\n      ...AusbildungsbeauftragteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenehmigerAblehnen($id: ID!) {\n    genehmigerAblehnen(id: $id)\n  }\n"): (typeof documents)["\n  mutation GenehmigerAblehnen($id: ID!) {\n    genehmigerAblehnen(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OffeneGenehmigungen {\n    offeneGenehmigungen {\n      id\n      azubiName\n      beruf\n      von\n      bis\n      eingereichtAt\n      papierNachweise\n    }\n  }\n"): (typeof documents)["\n  query OffeneGenehmigungen {\n    offeneGenehmigungen {\n      id\n      azubiName\n      beruf\n      von\n      bis\n      eingereichtAt\n      papierNachweise\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NachweiseSammelGenehmigen($ids: [ID!]!, $bemerkung: String) {\n    nachweiseSammelGenehmigen(ids: $ids, bemerkung: $bemerkung) {\n      id\n      ok\n      code\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation NachweiseSammelGenehmigen($ids: [ID!]!, $bemerkung: String) {\n    nachweiseSammelGenehmigen(ids: $ids, bemerkung: $bemerkung) {\n      id\n      ok\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Unternehmensantraege($status: AntragStatus) {\n    unternehmensantraege(status: $status) {\n      id\n      firmenname\n      strasse\n      plz\n      ort\n      bundesland\n      unternehmensEmail\n      vorname\n      nachname\n      email\n      status\n      begruendung\n      createdAt\n      entschiedenAt\n      bestehendesKonto\n    }\n  }\n"): (typeof documents)["\n  query Unternehmensantraege($status: AntragStatus) {\n    unternehmensantraege(status: $status) {\n      id\n      firmenname\n      strasse\n      plz\n      ort\n      bundesland\n      unternehmensEmail\n      vorname\n      nachname\n      email\n      status\n      begruendung\n      createdAt\n      entschiedenAt\n      bestehendesKonto\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AntragGenehmigen($id: ID!) {\n    unternehmensantragGenehmigen(id: $id) {\n      antrag {\n        id\n        status\n        firmenname\n      }\n      einladungVersandt\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n"): (typeof documents)["\n  mutation AntragGenehmigen($id: ID!) {\n    unternehmensantragGenehmigen(id: $id) {\n      antrag {\n        id\n        status\n        firmenname\n      }\n      einladungVersandt\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AntragAblehnen($id: ID!, $begruendung: String!) {\n    unternehmensantragAblehnen(id: $id, begruendung: $begruendung) {\n      id\n      status\n      firmenname\n    }\n  }\n"): (typeof documents)["\n  mutation AntragAblehnen($id: ID!, $begruendung: String!) {\n    unternehmensantragAblehnen(id: $id, begruendung: $begruendung) {\n      id\n      status\n      firmenname\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KammerPruefer {\n    kammerPruefer {\n      id\n      vorname\n      nachname\n      email\n      kontoAktiv\n      seit\n    }\n  }\n"): (typeof documents)["\n  query KammerPruefer {\n    kammerPruefer {\n      id\n      vorname\n      nachname\n      email\n      kontoAktiv\n      seit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrueferAnlegen($input: PrueferAnlegenInput!) {\n    prueferAnlegen(input: $input) {\n      pruefer {\n        id\n        vorname\n        nachname\n        email\n      }\n      bestehendesKonto\n      einladungVersandt\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n"): (typeof documents)["\n  mutation PrueferAnlegen($input: PrueferAnlegenInput!) {\n    prueferAnlegen(input: $input) {\n      pruefer {\n        id\n        vorname\n        nachname\n        email\n      }\n      bestehendesKonto\n      einladungVersandt\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HauptsitzZugriffSetzen($unternehmenId: ID!, $aktiv: Boolean!) {\n    hauptsitzZugriffSetzen(unternehmenId: $unternehmenId, aktiv: $aktiv) {\n      id\n      hauptsitzZugriff\n    }\n  }\n"): (typeof documents)["\n  mutation HauptsitzZugriffSetzen($unternehmenId: ID!, $aktiv: Boolean!) {\n    hauptsitzZugriffSetzen(unternehmenId: $unternehmenId, aktiv: $aktiv) {\n      id\n      hauptsitzZugriff\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KammerAufgaben($erledigt: Boolean) {\n    kammerAufgaben(erledigt: $erledigt) {\n      id\n      art\n      text\n      createdAt\n      erledigtAt\n      unternehmenName\n      betriebsstaetteName\n      betreff {\n        id\n        vorname\n        nachname\n        email\n      }\n      gemeldetVon {\n        id\n        vorname\n        nachname\n        email\n      }\n      inVertretungFuer {\n        id\n        vorname\n        nachname\n      }\n    }\n  }\n"): (typeof documents)["\n  query KammerAufgaben($erledigt: Boolean) {\n    kammerAufgaben(erledigt: $erledigt) {\n      id\n      art\n      text\n      createdAt\n      erledigtAt\n      unternehmenName\n      betriebsstaetteName\n      betreff {\n        id\n        vorname\n        nachname\n        email\n      }\n      gemeldetVon {\n        id\n        vorname\n        nachname\n        email\n      }\n      inVertretungFuer {\n        id\n        vorname\n        nachname\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KammerAufgabeErledigen($id: ID!) {\n    kammerAufgabeErledigen(id: $id) {\n      id\n      erledigtAt\n    }\n  }\n"): (typeof documents)["\n  mutation KammerAufgabeErledigen($id: ID!) {\n    kammerAufgabeErledigen(id: $id) {\n      id\n      erledigtAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AenderungsmailAusbilder {\n    aenderungsmailAusbilder {\n      userId\n      vorname\n      nachname\n      email\n      betriebsstaetteId\n      betriebsstaetteName\n    }\n  }\n"): (typeof documents)["\n  query AenderungsmailAusbilder {\n    aenderungsmailAusbilder {\n      userId\n      vorname\n      nachname\n      email\n      betriebsstaetteId\n      betriebsstaetteName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AenderungsmailSenden($input: AenderungsmailInput!) {\n    aenderungsmailSenden(input: $input) {\n      id\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AenderungsmailSenden($input: AenderungsmailInput!) {\n    aenderungsmailSenden(input: $input) {\n      id\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PruefungFelder on Pruefung {\n    id\n    bezeichnung\n    saison\n    jahr\n    art\n    artBezeichnung\n    anmeldeschluss\n    anmeldeschlussVorbei\n    termineFreigegeben\n    anzahlAnmeldungen\n    berufe {\n      id\n      bezeichnung\n    }\n    zusatzfragen {\n      key\n      frage\n      pflicht\n    }\n  }\n"): (typeof documents)["\n  fragment PruefungFelder on Pruefung {\n    id\n    bezeichnung\n    saison\n    jahr\n    art\n    artBezeichnung\n    anmeldeschluss\n    anmeldeschlussVorbei\n    termineFreigegeben\n    anzahlAnmeldungen\n    berufe {\n      id\n      bezeichnung\n    }\n    zusatzfragen {\n      key\n      frage\n      pflicht\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KammerPruefungen {\n    kammerPruefungen {\n      ...PruefungFelder\n    }\n    ausbildungsberufe {\n      id\n      bezeichnung\n    }\n  }\n"): (typeof documents)["\n  query KammerPruefungen {\n    kammerPruefungen {\n      ...PruefungFelder\n    }\n    ausbildungsberufe {\n      id\n      bezeichnung\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PruefungAnlegen($input: PruefungAnlegenInput!) {\n    pruefungAnlegen(input: $input) {\n      ...PruefungFelder\n    }\n  }\n"): (typeof documents)["\n  mutation PruefungAnlegen($input: PruefungAnlegenInput!) {\n    pruefungAnlegen(input: $input) {\n      ...PruefungFelder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KammerPruefung($id: ID!) {\n    kammerPruefung(id: $id) {\n      ...PruefungFelder\n    }\n    kammerAnmeldungen(pruefungId: $id) {\n      ...AnmeldungFelder\n    }\n    pruefungstermine(pruefungId: $id) {\n      id\n      bezeichnung\n      datum\n      uhrzeit\n      ort\n    }\n    pruefungErgebnisse(pruefungId: $id) {\n      ...ErgebnisFelder\n    }\n  }\n"): (typeof documents)["\n  query KammerPruefung($id: ID!) {\n    kammerPruefung(id: $id) {\n      ...PruefungFelder\n    }\n    kammerAnmeldungen(pruefungId: $id) {\n      ...AnmeldungFelder\n    }\n    pruefungstermine(pruefungId: $id) {\n      id\n      bezeichnung\n      datum\n      uhrzeit\n      ort\n    }\n    pruefungErgebnisse(pruefungId: $id) {\n      ...ErgebnisFelder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnmeldungenCsv($pruefungId: ID!) {\n    anmeldungenCsv(pruefungId: $pruefungId)\n  }\n"): (typeof documents)["\n  query AnmeldungenCsv($pruefungId: ID!) {\n    anmeldungenCsv(pruefungId: $pruefungId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnmeldungZulassen($id: ID!) {\n    anmeldungZulassen(id: $id) {\n      ...AnmeldungFelder\n    }\n  }\n"): (typeof documents)["\n  mutation AnmeldungZulassen($id: ID!) {\n    anmeldungZulassen(id: $id) {\n      ...AnmeldungFelder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnmeldungAblehnen($id: ID!, $begruendung: String!) {\n    anmeldungAblehnen(id: $id, begruendung: $begruendung) {\n      ...AnmeldungFelder\n    }\n  }\n"): (typeof documents)["\n  mutation AnmeldungAblehnen($id: ID!, $begruendung: String!) {\n    anmeldungAblehnen(id: $id, begruendung: $begruendung) {\n      ...AnmeldungFelder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TermineSpeichern($pruefungId: ID!, $termine: [PruefungsterminInput!]!) {\n    termineSpeichern(pruefungId: $pruefungId, termine: $termine) {\n      id\n      bezeichnung\n      datum\n      uhrzeit\n      ort\n    }\n  }\n"): (typeof documents)["\n  mutation TermineSpeichern($pruefungId: ID!, $termine: [PruefungsterminInput!]!) {\n    termineSpeichern(pruefungId: $pruefungId, termine: $termine) {\n      id\n      bezeichnung\n      datum\n      uhrzeit\n      ort\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TermineFreigeben($pruefungId: ID!) {\n    termineFreigeben(pruefungId: $pruefungId) {\n      ...PruefungFelder\n    }\n  }\n"): (typeof documents)["\n  mutation TermineFreigeben($pruefungId: ID!) {\n    termineFreigeben(pruefungId: $pruefungId) {\n      ...PruefungFelder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErgebnisseEintragen($anmeldungId: ID!, $teile: [TeilergebnisInput!]!) {\n    ergebnisseEintragen(anmeldungId: $anmeldungId, teile: $teile) {\n      ...ErgebnisFelder\n    }\n  }\n"): (typeof documents)["\n  mutation ErgebnisseEintragen($anmeldungId: ID!, $teile: [TeilergebnisInput!]!) {\n    ergebnisseEintragen(anmeldungId: $anmeldungId, teile: $teile) {\n      ...ErgebnisFelder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErgebnisseFreigeben($anmeldungId: ID!) {\n    ergebnisseFreigeben(anmeldungId: $anmeldungId) {\n      ...ErgebnisFelder\n    }\n  }\n"): (typeof documents)["\n  mutation ErgebnisseFreigeben($anmeldungId: ID!) {\n    ergebnisseFreigeben(anmeldungId: $anmeldungId) {\n      ...ErgebnisFelder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ZeugnisAusstellen($anmeldungId: ID!) {\n    zeugnisAusstellen(anmeldungId: $anmeldungId) {\n      id\n      titel\n      dateiname\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation ZeugnisAusstellen($anmeldungId: ID!) {\n    zeugnisAusstellen(anmeldungId: $anmeldungId) {\n      id\n      titel\n      dateiname\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KammerUnternehmen {\n    kammerUnternehmen {\n      id\n      name\n      email\n      hauptsitzZugriff\n      betriebsstaetten {\n        id\n        name\n        art\n        ort\n      }\n    }\n  }\n"): (typeof documents)["\n  query KammerUnternehmen {\n    kammerUnternehmen {\n      id\n      name\n      email\n      hauptsitzZugriff\n      betriebsstaetten {\n        id\n        name\n        art\n        ort\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MailZustellungFields on MailZustellung {\n    zugestellt\n    meldung\n    hinweis\n  }\n"): (typeof documents)["\n  fragment MailZustellungFields on MailZustellung {\n    zugestellt\n    meldung\n    hinweis\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KontoAktionFields on KontoAktionErgebnis {\n    meldung\n    kontoEmailGeaendert\n    zustellung {\n      ...MailZustellungFields\n    }\n  }\n"): (typeof documents)["\n  fragment KontoAktionFields on KontoAktionErgebnis {\n    meldung\n    kontoEmailGeaendert\n    zustellung {\n      ...MailZustellungFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswortVergessen($kennung: String!) {\n    passwortVergessen(kennung: $kennung) {\n      meldung\n    }\n  }\n"): (typeof documents)["\n  mutation PasswortVergessen($kennung: String!) {\n    passwortVergessen(kennung: $kennung) {\n      meldung\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KontoLink($token: String!) {\n    kontoLink(token: $token) {\n      zweck\n      email\n      vorname\n    }\n  }\n"): (typeof documents)["\n  query KontoLink($token: String!) {\n    kontoLink(token: $token) {\n      zweck\n      email\n      vorname\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswortSetzen($input: PasswortSetzenInput!) {\n    passwortSetzen(input: $input) {\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation PasswortSetzen($input: PasswortSetzenInput!) {\n    passwortSetzen(input: $input) {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailBestaetigen($token: String!) {\n    emailBestaetigen(token: $token) {\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation EmailBestaetigen($token: String!) {\n    emailBestaetigen(token: $token) {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AzubiAccountErstellen($input: AzubiKontoInput!) {\n    azubiAccountErstellen(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AzubiAccountErstellen($input: AzubiKontoInput!) {\n    azubiAccountErstellen(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AzubiPasswortZuruecksetzen($vertragId: ID!) {\n    azubiPasswortZuruecksetzen(vertragId: $vertragId) {\n      ...KontoAktionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AzubiPasswortZuruecksetzen($vertragId: ID!) {\n    azubiPasswortZuruecksetzen(vertragId: $vertragId) {\n      ...KontoAktionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AzubiEmailAendern($input: AzubiKontoInput!) {\n    azubiEmailAendern(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AzubiEmailAendern($input: AzubiKontoInput!) {\n    azubiEmailAendern(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AusbilderListe($betriebsstaetteId: ID) {\n    ausbilderListe(betriebsstaetteId: $betriebsstaetteId) {\n      userId\n      vorname\n      nachname\n      email\n      kontoStatus\n      hatAusbilderRolle\n      anzahlAzubis\n      betriebsstaetten {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AusbilderListe($betriebsstaetteId: ID) {\n    ausbilderListe(betriebsstaetteId: $betriebsstaetteId) {\n      userId\n      vorname\n      nachname\n      email\n      kontoStatus\n      hatAusbilderRolle\n      anzahlAzubis\n      betriebsstaetten {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AusbilderAccountErstellen($input: AusbilderKontoInput!) {\n    ausbilderAccountErstellen(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AusbilderAccountErstellen($input: AusbilderKontoInput!) {\n    ausbilderAccountErstellen(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AusbilderPasswortZuruecksetzen($userId: ID!) {\n    ausbilderPasswortZuruecksetzen(userId: $userId) {\n      ...KontoAktionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AusbilderPasswortZuruecksetzen($userId: ID!) {\n    ausbilderPasswortZuruecksetzen(userId: $userId) {\n      ...KontoAktionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeineZugangsdaten {\n    meineZugangsdaten {\n      email\n      benutzername\n      hatPasswort\n      passwortGeaendertAm\n      darfEmailAendern\n      offeneEmailAenderung\n    }\n  }\n"): (typeof documents)["\n  query MeineZugangsdaten {\n    meineZugangsdaten {\n      email\n      benutzername\n      hatPasswort\n      passwortGeaendertAm\n      darfEmailAendern\n      offeneEmailAenderung\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailAendern($input: EmailAendernInput!) {\n    emailAendern(input: $input) {\n      ...MailZustellungFields\n    }\n  }\n"): (typeof documents)["\n  mutation EmailAendern($input: EmailAendernInput!) {\n    emailAendern(input: $input) {\n      ...MailZustellungFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswortAendern($input: PasswortAendernInput!) {\n    passwortAendern(input: $input) {\n      beendeteSitzungen\n    }\n  }\n"): (typeof documents)["\n  mutation PasswortAendern($input: PasswortAendernInput!) {\n    passwortAendern(input: $input) {\n      beendeteSitzungen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeineSitzungen {\n    meineSitzungen {\n      id\n      userAgent\n      createdAt\n      lastSeenAt\n      aktuell\n      vertretung\n    }\n  }\n"): (typeof documents)["\n  query MeineSitzungen {\n    meineSitzungen {\n      id\n      userAgent\n      createdAt\n      lastSeenAt\n      aktuell\n      vertretung\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SitzungBeenden($id: ID!) {\n    sitzungBeenden(id: $id)\n  }\n"): (typeof documents)["\n  mutation SitzungBeenden($id: ID!) {\n    sitzungBeenden(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AndereSitzungenBeenden {\n    andereSitzungenBeenden\n  }\n"): (typeof documents)["\n  mutation AndereSitzungenBeenden {\n    andereSitzungenBeenden\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AusbilderEmailAendern($input: AusbilderEmailInput!) {\n    ausbilderEmailAendern(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AusbilderEmailAendern($input: AusbilderEmailInput!) {\n    ausbilderEmailAendern(input: $input) {\n      ...KontoAktionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnmeldungFelder on Pruefungsanmeldung {\n    id\n    status\n    version\n    vertragId\n    azubiName\n    identnummer\n    betriebsstaetteName\n    nachweiseBestaetigt\n    bemerkung\n    eingereichtAt\n    bestaetigtAt\n    entschiedenAt\n    ergebnisFreigegebenAt\n    aktionen\n    ampel {\n      farbe\n      label\n      naechsterSchritt\n    }\n    beruf {\n      id\n      bezeichnung\n    }\n    pruefung {\n      id\n      bezeichnung\n      artBezeichnung\n      anmeldeschluss\n      anmeldeschlussVorbei\n      termineFreigegeben\n    }\n    antworten {\n      key\n      frage\n      antwort\n    }\n    ereignisse {\n      at\n      actorName\n      ereignis\n      vonStatus\n      nachStatus\n      bemerkung\n    }\n  }\n"): (typeof documents)["\n  fragment AnmeldungFelder on Pruefungsanmeldung {\n    id\n    status\n    version\n    vertragId\n    azubiName\n    identnummer\n    betriebsstaetteName\n    nachweiseBestaetigt\n    bemerkung\n    eingereichtAt\n    bestaetigtAt\n    entschiedenAt\n    ergebnisFreigegebenAt\n    aktionen\n    ampel {\n      farbe\n      label\n      naechsterSchritt\n    }\n    beruf {\n      id\n      bezeichnung\n    }\n    pruefung {\n      id\n      bezeichnung\n      artBezeichnung\n      anmeldeschluss\n      anmeldeschlussVorbei\n      termineFreigegeben\n    }\n    antworten {\n      key\n      frage\n      antwort\n    }\n    ereignisse {\n      at\n      actorName\n      ereignis\n      vonStatus\n      nachStatus\n      bemerkung\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BetriebPruefungen {\n    betriebPruefungen {\n      vertragId\n      azubiName\n      aktionen\n      beruf {\n        id\n        bezeichnung\n      }\n      pruefung {\n        id\n        bezeichnung\n        art\n        artBezeichnung\n        saison\n        jahr\n        anmeldeschluss\n        anmeldeschlussVorbei\n        termineFreigegeben\n        zusatzfragen {\n          key\n          frage\n          pflicht\n        }\n      }\n      anmeldung {\n        id\n        status\n        version\n        ergebnisFreigegebenAt\n        aktionen\n        antworten {\n          key\n          frage\n          antwort\n        }\n      }\n      ampel {\n        farbe\n        label\n        naechsterSchritt\n      }\n    }\n  }\n"): (typeof documents)["\n  query BetriebPruefungen {\n    betriebPruefungen {\n      vertragId\n      azubiName\n      aktionen\n      beruf {\n        id\n        bezeichnung\n      }\n      pruefung {\n        id\n        bezeichnung\n        art\n        artBezeichnung\n        saison\n        jahr\n        anmeldeschluss\n        anmeldeschlussVorbei\n        termineFreigegeben\n        zusatzfragen {\n          key\n          frage\n          pflicht\n        }\n      }\n      anmeldung {\n        id\n        status\n        version\n        ergebnisFreigegebenAt\n        aktionen\n        antworten {\n          key\n          frage\n          antwort\n        }\n      }\n      ampel {\n        farbe\n        label\n        naechsterSchritt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnmeldungVorpruefung($pruefungId: ID!, $vertragId: ID!) {\n    anmeldungVorpruefung(pruefungId: $pruefungId, vertragId: $vertragId) {\n      warnungen\n      fehlendeNachweise\n      letzterGenehmigterNachweisBis\n    }\n  }\n"): (typeof documents)["\n  query AnmeldungVorpruefung($pruefungId: ID!, $vertragId: ID!) {\n    anmeldungVorpruefung(pruefungId: $pruefungId, vertragId: $vertragId) {\n      warnungen\n      fehlendeNachweise\n      letzterGenehmigterNachweisBis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnmeldungEinreichen($input: AnmeldungEinreichenInput!) {\n    anmeldungEinreichen(input: $input) {\n      ...AnmeldungFelder\n    }\n  }\n"): (typeof documents)["\n  mutation AnmeldungEinreichen($input: AnmeldungEinreichenInput!) {\n    anmeldungEinreichen(input: $input) {\n      ...AnmeldungFelder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pruefungsanmeldung($id: ID!) {\n    pruefungsanmeldung(id: $id) {\n      ...AnmeldungFelder\n    }\n  }\n"): (typeof documents)["\n  query Pruefungsanmeldung($id: ID!) {\n    pruefungsanmeldung(id: $id) {\n      ...AnmeldungFelder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeinePruefungsanmeldungen {\n    meinePruefungsanmeldungen {\n      ...AnmeldungFelder\n    }\n  }\n"): (typeof documents)["\n  query MeinePruefungsanmeldungen {\n    meinePruefungsanmeldungen {\n      ...AnmeldungFelder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnmeldungBestaetigen($id: ID!) {\n    anmeldungBestaetigen(id: $id) {\n      ...AnmeldungFelder\n    }\n  }\n"): (typeof documents)["\n  mutation AnmeldungBestaetigen($id: ID!) {\n    anmeldungBestaetigen(id: $id) {\n      ...AnmeldungFelder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnmeldungZurueckgeben($id: ID!, $bemerkung: String!) {\n    anmeldungZurueckgeben(id: $id, bemerkung: $bemerkung) {\n      ...AnmeldungFelder\n    }\n  }\n"): (typeof documents)["\n  mutation AnmeldungZurueckgeben($id: ID!, $bemerkung: String!) {\n    anmeldungZurueckgeben(id: $id, bemerkung: $bemerkung) {\n      ...AnmeldungFelder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pruefungstermine($pruefungId: ID!) {\n    pruefungstermine(pruefungId: $pruefungId) {\n      id\n      bezeichnung\n      datum\n      uhrzeit\n      ort\n    }\n  }\n"): (typeof documents)["\n  query Pruefungstermine($pruefungId: ID!) {\n    pruefungstermine(pruefungId: $pruefungId) {\n      id\n      bezeichnung\n      datum\n      uhrzeit\n      ort\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ErgebnisFelder on AnmeldungErgebnis {\n    anmeldungId\n    azubiName\n    identnummer\n    freigegebenAt\n    bestanden\n    zeugnisDokumentId\n    teile {\n      teil\n      punkte\n      note\n      bestanden\n    }\n  }\n"): (typeof documents)["\n  fragment ErgebnisFelder on AnmeldungErgebnis {\n    anmeldungId\n    azubiName\n    identnummer\n    freigegebenAt\n    bestanden\n    zeugnisDokumentId\n    teile {\n      teil\n      punkte\n      note\n      bestanden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnmeldungErgebnis($anmeldungId: ID!) {\n    anmeldungErgebnis(anmeldungId: $anmeldungId) {\n      ...ErgebnisFelder\n    }\n  }\n"): (typeof documents)["\n  query AnmeldungErgebnis($anmeldungId: ID!) {\n    anmeldungErgebnis(anmeldungId: $anmeldungId) {\n      ...ErgebnisFelder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PruefungErgebnisse($pruefungId: ID!) {\n    pruefungErgebnisse(pruefungId: $pruefungId) {\n      ...ErgebnisFelder\n    }\n  }\n"): (typeof documents)["\n  query PruefungErgebnisse($pruefungId: ID!) {\n    pruefungErgebnisse(pruefungId: $pruefungId) {\n      ...ErgebnisFelder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OeffentlicheKammern {\n    oeffentlicheKammern {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query OeffentlicheKammern {\n    oeffentlicheKammern {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnternehmenBeantragen($input: UnternehmensantragInput!) {\n    unternehmenBeantragen(input: $input) {\n      hinweis\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n"): (typeof documents)["\n  mutation UnternehmenBeantragen($input: UnternehmensantragInput!) {\n    unternehmenBeantragen(input: $input) {\n      hinweis\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Registrieren($input: RegistrierungInput!) {\n    registrieren(input: $input) {\n      hinweis\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n"): (typeof documents)["\n  mutation Registrieren($input: RegistrierungInput!) {\n    registrieren(input: $input) {\n      hinweis\n      mailZugestellt\n      mailMeldung\n      mailHinweis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VertretungFields on Vertretung {\n    id\n    status\n    vertreterVorname\n    vertreterNachname\n    vertreterEmail\n    createdAt\n    entschiedenAt\n  }\n"): (typeof documents)["\n  fragment VertretungFields on Vertretung {\n    id\n    status\n    vertreterVorname\n    vertreterNachname\n    vertreterEmail\n    createdAt\n    entschiedenAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeineVertretungen {\n    meineVertretungen {\n      ...VertretungFields\n    }\n  }\n"): (typeof documents)["\n  query MeineVertretungen {\n    meineVertretungen {\n      ...VertretungFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VertretungKandidaten {\n    vertretungKandidaten {\n      id\n      vorname\n      nachname\n    }\n  }\n"): (typeof documents)["\n  query VertretungKandidaten {\n    vertretungKandidaten {\n      id\n      vorname\n      nachname\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VertretungHinzufuegen($input: VertretungPersonInput!) {\n    vertretungHinzufuegen(input: $input) {\n      ...VertretungFields\n    }\n  }\n"): (typeof documents)["\n  mutation VertretungHinzufuegen($input: VertretungPersonInput!) {\n    vertretungHinzufuegen(input: $input) {\n      ...VertretungFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VertretungMitarbeiterHinzufuegen($userId: ID!) {\n    vertretungMitarbeiterHinzufuegen(userId: $userId) {\n      ...VertretungFields\n    }\n  }\n"): (typeof documents)["\n  mutation VertretungMitarbeiterHinzufuegen($userId: ID!) {\n    vertretungMitarbeiterHinzufuegen(userId: $userId) {\n      ...VertretungFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VertretungBeantragen($input: VertretungPersonInput!) {\n    vertretungBeantragen(input: $input) {\n      ...VertretungFields\n    }\n  }\n"): (typeof documents)["\n  mutation VertretungBeantragen($input: VertretungPersonInput!) {\n    vertretungBeantragen(input: $input) {\n      ...VertretungFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VertretungBeenden($id: ID!) {\n    vertretungBeenden(id: $id) {\n      ...VertretungFields\n    }\n  }\n"): (typeof documents)["\n  mutation VertretungBeenden($id: ID!) {\n    vertretungBeenden(id: $id) {\n      ...VertretungFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OffeneVertretungsantraege {\n    offeneVertretungsantraege {\n      id\n      status\n      vertreterVorname\n      vertreterNachname\n      vertreterEmail\n      createdAt\n      vertretener {\n        id\n        vorname\n        nachname\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query OffeneVertretungsantraege {\n    offeneVertretungsantraege {\n      id\n      status\n      vertreterVorname\n      vertreterNachname\n      vertreterEmail\n      createdAt\n      vertretener {\n        id\n        vorname\n        nachname\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VertretungGenehmigen($id: ID!) {\n    vertretungGenehmigen(id: $id) {\n      vertretung {\n        ...VertretungFields\n      }\n      zustellung {\n        zugestellt\n        meldung\n        hinweis\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VertretungGenehmigen($id: ID!) {\n    vertretungGenehmigen(id: $id) {\n      vertretung {\n        ...VertretungFields\n      }\n      zustellung {\n        zugestellt\n        meldung\n        hinweis\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VertretungAblehnen($id: ID!) {\n    vertretungAblehnen(id: $id) {\n      ...VertretungFields\n    }\n  }\n"): (typeof documents)["\n  mutation VertretungAblehnen($id: ID!) {\n    vertretungAblehnen(id: $id) {\n      ...VertretungFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeineBerechtigungen {\n    meineBerechtigungen {\n      id\n      seit\n      aktiv\n      unternehmen\n      vertretener {\n        id\n        vorname\n        nachname\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeineBerechtigungen {\n    meineBerechtigungen {\n      id\n      seit\n      aktiv\n      unternehmen\n      vertretener {\n        id\n        vorname\n        nachname\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VertretungWechseln($id: ID!) {\n    vertretungWechseln(id: $id) {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  mutation VertretungWechseln($id: ID!) {\n    vertretungWechseln(id: $id) {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VertretungVerlassen {\n    vertretungVerlassen {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  mutation VertretungVerlassen {\n    vertretungVerlassen {\n      ...MeFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;