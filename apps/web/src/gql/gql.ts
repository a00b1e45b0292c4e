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
    "\n  fragment MeFields on Me {\n    benutzer {\n      id\n      vorname\n      nachname\n      email\n    }\n    vertretenePerson {\n      id\n      vorname\n      nachname\n    }\n    aktuellerArbeitsbereich {\n      key\n      id\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    arbeitsbereiche {\n      key\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    abilities {\n      canManageRoles\n      canSeeAzubiVerwaltung\n      canManageBerichtsheftEinstellungen\n      canSeeOwnAusbildung\n      canSeeKammerBackoffice\n      canSeeIhreAuszubildenden\n      canApproveNachweise\n      canExamine\n    }\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...MeFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LoginMitPin($input: PinLoginInput!) {\n    loginMitPin(input: $input) {\n      ...MeFields\n    }\n  }\n": typeof types.LoginMitPinDocument,
    "\n  fragment AusbildungsverhaeltnisFields on Ausbildungsverhaeltnis {\n    id\n    azubiVorname\n    azubiNachname\n    azubiEmail\n    identnummer\n    beginn\n    ende\n    hatAccount\n    nachweisForm\n    beruf {\n      id\n      bezeichnung\n    }\n    betriebsstaette {\n      id\n      name\n    }\n    ausbilder {\n      id\n      vorname\n      nachname\n    }\n  }\n": typeof types.AusbildungsverhaeltnisFieldsFragmentDoc,
    "\n  query AzubiVerwaltung($first: Int, $after: String) {\n    azubiVerwaltung(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AusbildungsverhaeltnisFields\n      }\n    }\n  }\n": typeof types.AzubiVerwaltungDocument,
    "\n  fragment VerwalteterBenutzerFields on VerwalteterBenutzer {\n    id\n    vorname\n    nachname\n    email\n    rollen {\n      id\n      rolle\n      createdAt\n      betriebsstaette {\n        id\n        name\n      }\n    }\n  }\n": typeof types.VerwalteterBenutzerFieldsFragmentDoc,
    "\n  query Benutzerverwaltung($first: Int, $after: String, $suche: String) {\n    benutzerverwaltung(first: $first, after: $after, suche: $suche) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VerwalteterBenutzerFields\n      }\n    }\n  }\n": typeof types.BenutzerverwaltungDocument,
    "\n  query BenutzerSuchen($email: String!) {\n    benutzerSuchen(email: $email) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": typeof types.BenutzerSuchenDocument,
    "\n  query VerwalteteBetriebsstaetten {\n    verwalteteBetriebsstaetten {\n      id\n      name\n    }\n  }\n": typeof types.VerwalteteBetriebsstaettenDocument,
    "\n  mutation RolleZuweisen($input: RolleZuweisenInput!) {\n    rolleZuweisen(input: $input) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": typeof types.RolleZuweisenDocument,
    "\n  mutation RolleEntziehen($rollenzuweisungId: ID!) {\n    rolleEntziehen(rollenzuweisungId: $rollenzuweisungId) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": typeof types.RolleEntziehenDocument,
    "\n  fragment NachweisFields on Nachweis {\n    id\n    vertragId\n    von\n    bis\n    status\n    abschnitt\n    unterweisungen\n    berufsschule\n    papierNachweise\n    genehmigerEmail\n    version\n    updatedAt\n    format\n    taetigkeiten\n    rahmenplanIds\n    rahmenplanPositionen {\n      id\n      nummer\n      titel\n    }\n    abschnittVorschlaege\n    tage {\n      datum\n      lernort\n      anwesenheit\n      stunden\n      taetigkeiten\n      feiertag\n    }\n    ereignisse {\n      id\n      at\n      ereignis\n      vonStatus\n      nachStatus\n      bemerkung\n      von\n      fuerAndere\n    }\n    abilities {\n      canEdit\n      canSubmit\n      canApprove\n      canReject\n      canRejectAfterwards\n    }\n  }\n": typeof types.NachweisFieldsFragmentDoc,
    "\n  query BerichtsheftWochen($vertragId: ID!) {\n    berichtsheftWochen(vertragId: $vertragId) {\n      montag\n      sonntag\n      fehlt\n      nachweise {\n        id\n        von\n        bis\n        status\n      }\n    }\n  }\n": typeof types.BerichtsheftWochenDocument,
    "\n  query Nachweis($id: ID!) {\n    nachweis(id: $id) {\n      ...NachweisFields\n    }\n  }\n": typeof types.NachweisDocument,
    "\n  query Abdeckung($vertragId: ID!) {\n    abdeckung(vertragId: $vertragId) {\n      positionen {\n        id\n        nummer\n        titel\n        abgedeckt\n      }\n      stunden {\n        betrieb\n        berufsschule\n        ueberbetrieblich\n      }\n    }\n  }\n": typeof types.AbdeckungDocument,
    "\n  mutation NachweisAnlegen($input: NachweisAnlegenInput!) {\n    nachweisAnlegen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": typeof types.NachweisAnlegenDocument,
    "\n  mutation NachweisSpeichern($input: NachweisSpeichernInput!) {\n    nachweisSpeichern(input: $input) {\n      nachweis {\n        ...NachweisFields\n      }\n      warnungen {\n        field\n        message\n        severity\n      }\n    }\n  }\n": typeof types.NachweisSpeichernDocument,
    "\n  mutation NachweisEinreichen($input: NachweisEinreichenInput!) {\n    nachweisEinreichen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": typeof types.NachweisEinreichenDocument,
    "\n  mutation NachweisGenehmigen($input: NachweisEntscheidungInput!) {\n    nachweisGenehmigen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": typeof types.NachweisGenehmigenDocument,
    "\n  mutation NachweisAblehnen($input: NachweisEntscheidungInput!) {\n    nachweisAblehnen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": typeof types.NachweisAblehnenDocument,
    "\n  mutation NachweisNachtraeglichAblehnen($input: NachweisEntscheidungInput!) {\n    nachweisNachtraeglichAblehnen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": typeof types.NachweisNachtraeglichAblehnenDocument,
    "\n  fragment BerichtsheftEinstellungFields on BerichtsheftEinstellung {\n    betriebsstaetteId\n    elektronisch\n    format\n    beruf {\n      id\n      bezeichnung\n    }\n  }\n": typeof types.BerichtsheftEinstellungFieldsFragmentDoc,
    "\n  query BerichtsheftEinstellungen {\n    berichtsheftEinstellungen {\n      ...BerichtsheftEinstellungFields\n    }\n  }\n": typeof types.BerichtsheftEinstellungenDocument,
    "\n  mutation BerichtsheftEinstellungSetzen($input: BerichtsheftEinstellungInput!) {\n    berichtsheftEinstellungSetzen(input: $input) {\n      ...BerichtsheftEinstellungFields\n    }\n  }\n": typeof types.BerichtsheftEinstellungSetzenDocument,
    "\n  query OffeneGenehmigungen {\n    offeneGenehmigungen {\n      id\n      azubiName\n      beruf\n      von\n      bis\n      eingereichtAt\n      papierNachweise\n    }\n  }\n": typeof types.OffeneGenehmigungenDocument,
    "\n  mutation NachweiseSammelGenehmigen($ids: [ID!]!, $bemerkung: String) {\n    nachweiseSammelGenehmigen(ids: $ids, bemerkung: $bemerkung) {\n      id\n      ok\n      code\n      message\n    }\n  }\n": typeof types.NachweiseSammelGenehmigenDocument,
    "\n  query KammerUnternehmen {\n    kammerUnternehmen {\n      id\n      name\n      email\n      hauptsitzZugriff\n      betriebsstaetten {\n        id\n        name\n        art\n        ort\n      }\n    }\n  }\n": typeof types.KammerUnternehmenDocument,
};
const documents: Documents = {
    "\n  mutation ArbeitsbereichWaehlen($key: ID!) {\n    arbeitsbereichWaehlen(key: $key) {\n      ...MeFields\n    }\n  }\n": types.ArbeitsbereichWaehlenDocument,
    "\n  query IhreAuszubildenden {\n    ihreAuszubildenden {\n      vertragId\n      azubiVorname\n      azubiNachname\n      beruf\n      betriebsstaette\n      eingereicht\n      abgelehnt\n      fehlend\n      genehmigt\n    }\n  }\n": types.IhreAuszubildendenDocument,
    "\n  query MeineAusbildungsverhaeltnisse {\n    meineAusbildungsverhaeltnisse {\n      ...AusbildungsverhaeltnisFields\n    }\n  }\n": types.MeineAusbildungsverhaeltnisseDocument,
    "\n  fragment MeFields on Me {\n    benutzer {\n      id\n      vorname\n      nachname\n      email\n    }\n    vertretenePerson {\n      id\n      vorname\n      nachname\n    }\n    aktuellerArbeitsbereich {\n      key\n      id\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    arbeitsbereiche {\n      key\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    abilities {\n      canManageRoles\n      canSeeAzubiVerwaltung\n      canManageBerichtsheftEinstellungen\n      canSeeOwnAusbildung\n      canSeeKammerBackoffice\n      canSeeIhreAuszubildenden\n      canApproveNachweise\n      canExamine\n    }\n  }\n": types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...MeFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation LoginMitPin($input: PinLoginInput!) {\n    loginMitPin(input: $input) {\n      ...MeFields\n    }\n  }\n": types.LoginMitPinDocument,
    "\n  fragment AusbildungsverhaeltnisFields on Ausbildungsverhaeltnis {\n    id\n    azubiVorname\n    azubiNachname\n    azubiEmail\n    identnummer\n    beginn\n    ende\n    hatAccount\n    nachweisForm\n    beruf {\n      id\n      bezeichnung\n    }\n    betriebsstaette {\n      id\n      name\n    }\n    ausbilder {\n      id\n      vorname\n      nachname\n    }\n  }\n": types.AusbildungsverhaeltnisFieldsFragmentDoc,
    "\n  query AzubiVerwaltung($first: Int, $after: String) {\n    azubiVerwaltung(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AusbildungsverhaeltnisFields\n      }\n    }\n  }\n": types.AzubiVerwaltungDocument,
    "\n  fragment VerwalteterBenutzerFields on VerwalteterBenutzer {\n    id\n    vorname\n    nachname\n    email\n    rollen {\n      id\n      rolle\n      createdAt\n      betriebsstaette {\n        id\n        name\n      }\n    }\n  }\n": types.VerwalteterBenutzerFieldsFragmentDoc,
    "\n  query Benutzerverwaltung($first: Int, $after: String, $suche: String) {\n    benutzerverwaltung(first: $first, after: $after, suche: $suche) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VerwalteterBenutzerFields\n      }\n    }\n  }\n": types.BenutzerverwaltungDocument,
    "\n  query BenutzerSuchen($email: String!) {\n    benutzerSuchen(email: $email) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": types.BenutzerSuchenDocument,
    "\n  query VerwalteteBetriebsstaetten {\n    verwalteteBetriebsstaetten {\n      id\n      name\n    }\n  }\n": types.VerwalteteBetriebsstaettenDocument,
    "\n  mutation RolleZuweisen($input: RolleZuweisenInput!) {\n    rolleZuweisen(input: $input) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": types.RolleZuweisenDocument,
    "\n  mutation RolleEntziehen($rollenzuweisungId: ID!) {\n    rolleEntziehen(rollenzuweisungId: $rollenzuweisungId) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": types.RolleEntziehenDocument,
    "\n  fragment NachweisFields on Nachweis {\n    id\n    vertragId\n    von\n    bis\n    status\n    abschnitt\n    unterweisungen\n    berufsschule\n    papierNachweise\n    genehmigerEmail\n    version\n    updatedAt\n    format\n    taetigkeiten\n    rahmenplanIds\n    rahmenplanPositionen {\n      id\n      nummer\n      titel\n    }\n    abschnittVorschlaege\n    tage {\n      datum\n      lernort\n      anwesenheit\n      stunden\n      taetigkeiten\n      feiertag\n    }\n    ereignisse {\n      id\n      at\n      ereignis\n      vonStatus\n      nachStatus\n      bemerkung\n      von\n      fuerAndere\n    }\n    abilities {\n      canEdit\n      canSubmit\n      canApprove\n      canReject\n      canRejectAfterwards\n    }\n  }\n": types.NachweisFieldsFragmentDoc,
    "\n  query BerichtsheftWochen($vertragId: ID!) {\n    berichtsheftWochen(vertragId: $vertragId) {\n      montag\n      sonntag\n      fehlt\n      nachweise {\n        id\n        von\n        bis\n        status\n      }\n    }\n  }\n": types.BerichtsheftWochenDocument,
    "\n  query Nachweis($id: ID!) {\n    nachweis(id: $id) {\n      ...NachweisFields\n    }\n  }\n": types.NachweisDocument,
    "\n  query Abdeckung($vertragId: ID!) {\n    abdeckung(vertragId: $vertragId) {\n      positionen {\n        id\n        nummer\n        titel\n        abgedeckt\n      }\n      stunden {\n        betrieb\n        berufsschule\n        ueberbetrieblich\n      }\n    }\n  }\n": types.AbdeckungDocument,
    "\n  mutation NachweisAnlegen($input: NachweisAnlegenInput!) {\n    nachweisAnlegen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": types.NachweisAnlegenDocument,
    "\n  mutation NachweisSpeichern($input: NachweisSpeichernInput!) {\n    nachweisSpeichern(input: $input) {\n      nachweis {\n        ...NachweisFields\n      }\n      warnungen {\n        field\n        message\n        severity\n      }\n    }\n  }\n": types.NachweisSpeichernDocument,
    "\n  mutation NachweisEinreichen($input: NachweisEinreichenInput!) {\n    nachweisEinreichen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": types.NachweisEinreichenDocument,
    "\n  mutation NachweisGenehmigen($input: NachweisEntscheidungInput!) {\n    nachweisGenehmigen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": types.NachweisGenehmigenDocument,
    "\n  mutation NachweisAblehnen($input: NachweisEntscheidungInput!) {\n    nachweisAblehnen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": types.NachweisAblehnenDocument,
    "\n  mutation NachweisNachtraeglichAblehnen($input: NachweisEntscheidungInput!) {\n    nachweisNachtraeglichAblehnen(input: $input) {\n      ...NachweisFields\n    }\n  }\n": types.NachweisNachtraeglichAblehnenDocument,
    "\n  fragment BerichtsheftEinstellungFields on BerichtsheftEinstellung {\n    betriebsstaetteId\n    elektronisch\n    format\n    beruf {\n      id\n      bezeichnung\n    }\n  }\n": types.BerichtsheftEinstellungFieldsFragmentDoc,
    "\n  query BerichtsheftEinstellungen {\n    berichtsheftEinstellungen {\n      ...BerichtsheftEinstellungFields\n    }\n  }\n": types.BerichtsheftEinstellungenDocument,
    "\n  mutation BerichtsheftEinstellungSetzen($input: BerichtsheftEinstellungInput!) {\n    berichtsheftEinstellungSetzen(input: $input) {\n      ...BerichtsheftEinstellungFields\n    }\n  }\n": types.BerichtsheftEinstellungSetzenDocument,
    "\n  query OffeneGenehmigungen {\n    offeneGenehmigungen {\n      id\n      azubiName\n      beruf\n      von\n      bis\n      eingereichtAt\n      papierNachweise\n    }\n  }\n": types.OffeneGenehmigungenDocument,
    "\n  mutation NachweiseSammelGenehmigen($ids: [ID!]!, $bemerkung: String) {\n    nachweiseSammelGenehmigen(ids: $ids, bemerkung: $bemerkung) {\n      id\n      ok\n      code\n      message\n    }\n  }\n": types.NachweiseSammelGenehmigenDocument,
    "\n  query KammerUnternehmen {\n    kammerUnternehmen {\n      id\n      name\n      email\n      hauptsitzZugriff\n      betriebsstaetten {\n        id\n        name\n        art\n        ort\n      }\n    }\n  }\n": types.KammerUnternehmenDocument,
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
export function graphql(source: "\n  fragment MeFields on Me {\n    benutzer {\n      id\n      vorname\n      nachname\n      email\n    }\n    vertretenePerson {\n      id\n      vorname\n      nachname\n    }\n    aktuellerArbeitsbereich {\n      key\n      id\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    arbeitsbereiche {\n      key\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    abilities {\n      canManageRoles\n      canSeeAzubiVerwaltung\n      canManageBerichtsheftEinstellungen\n      canSeeOwnAusbildung\n      canSeeKammerBackoffice\n      canSeeIhreAuszubildenden\n      canApproveNachweise\n      canExamine\n    }\n  }\n"): (typeof documents)["\n  fragment MeFields on Me {\n    benutzer {\n      id\n      vorname\n      nachname\n      email\n    }\n    vertretenePerson {\n      id\n      vorname\n      nachname\n    }\n    aktuellerArbeitsbereich {\n      key\n      id\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    arbeitsbereiche {\n      key\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    abilities {\n      canManageRoles\n      canSeeAzubiVerwaltung\n      canManageBerichtsheftEinstellungen\n      canSeeOwnAusbildung\n      canSeeKammerBackoffice\n      canSeeIhreAuszubildenden\n      canApproveNachweise\n      canExamine\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment AusbildungsverhaeltnisFields on Ausbildungsverhaeltnis {\n    id\n    azubiVorname\n    azubiNachname\n    azubiEmail\n    identnummer\n    beginn\n    ende\n    hatAccount\n    nachweisForm\n    beruf {\n      id\n      bezeichnung\n    }\n    betriebsstaette {\n      id\n      name\n    }\n    ausbilder {\n      id\n      vorname\n      nachname\n    }\n  }\n"): (typeof documents)["\n  fragment AusbildungsverhaeltnisFields on Ausbildungsverhaeltnis {\n    id\n    azubiVorname\n    azubiNachname\n    azubiEmail\n    identnummer\n    beginn\n    ende\n    hatAccount\n    nachweisForm\n    beruf {\n      id\n      bezeichnung\n    }\n    betriebsstaette {\n      id\n      name\n    }\n    ausbilder {\n      id\n      vorname\n      nachname\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AzubiVerwaltung($first: Int, $after: String) {\n    azubiVerwaltung(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AusbildungsverhaeltnisFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AzubiVerwaltung($first: Int, $after: String) {\n    azubiVerwaltung(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AusbildungsverhaeltnisFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerwalteterBenutzerFields on VerwalteterBenutzer {\n    id\n    vorname\n    nachname\n    email\n    rollen {\n      id\n      rolle\n      createdAt\n      betriebsstaette {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VerwalteterBenutzerFields on VerwalteterBenutzer {\n    id\n    vorname\n    nachname\n    email\n    rollen {\n      id\n      rolle\n      createdAt\n      betriebsstaette {\n        id\n        name\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment NachweisFields on Nachweis {\n    id\n    vertragId\n    von\n    bis\n    status\n    abschnitt\n    unterweisungen\n    berufsschule\n    papierNachweise\n    genehmigerEmail\n    version\n    updatedAt\n    format\n    taetigkeiten\n    rahmenplanIds\n    rahmenplanPositionen {\n      id\n      nummer\n      titel\n    }\n    abschnittVorschlaege\n    tage {\n      datum\n      lernort\n      anwesenheit\n      stunden\n      taetigkeiten\n      feiertag\n    }\n    ereignisse {\n      id\n      at\n      ereignis\n      vonStatus\n      nachStatus\n      bemerkung\n      von\n      fuerAndere\n    }\n    abilities {\n      canEdit\n      canSubmit\n      canApprove\n      canReject\n      canRejectAfterwards\n    }\n  }\n"): (typeof documents)["\n  fragment NachweisFields on Nachweis {\n    id\n    vertragId\n    von\n    bis\n    status\n    abschnitt\n    unterweisungen\n    berufsschule\n    papierNachweise\n    genehmigerEmail\n    version\n    updatedAt\n    format\n    taetigkeiten\n    rahmenplanIds\n    rahmenplanPositionen {\n      id\n      nummer\n      titel\n    }\n    abschnittVorschlaege\n    tage {\n      datum\n      lernort\n      anwesenheit\n      stunden\n      taetigkeiten\n      feiertag\n    }\n    ereignisse {\n      id\n      at\n      ereignis\n      vonStatus\n      nachStatus\n      bemerkung\n      von\n      fuerAndere\n    }\n    abilities {\n      canEdit\n      canSubmit\n      canApprove\n      canReject\n      canRejectAfterwards\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation NachweisSpeichern($input: NachweisSpeichernInput!) {\n    nachweisSpeichern(input: $input) {\n      nachweis {\n        ...NachweisFields\n      }\n      warnungen {\n        field\n        message\n        severity\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NachweisSpeichern($input: NachweisSpeichernInput!) {\n    nachweisSpeichern(input: $input) {\n      nachweis {\n        ...NachweisFields\n      }\n      warnungen {\n        field\n        message\n        severity\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query OffeneGenehmigungen {\n    offeneGenehmigungen {\n      id\n      azubiName\n      beruf\n      von\n      bis\n      eingereichtAt\n      papierNachweise\n    }\n  }\n"): (typeof documents)["\n  query OffeneGenehmigungen {\n    offeneGenehmigungen {\n      id\n      azubiName\n      beruf\n      von\n      bis\n      eingereichtAt\n      papierNachweise\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NachweiseSammelGenehmigen($ids: [ID!]!, $bemerkung: String) {\n    nachweiseSammelGenehmigen(ids: $ids, bemerkung: $bemerkung) {\n      id\n      ok\n      code\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation NachweiseSammelGenehmigen($ids: [ID!]!, $bemerkung: String) {\n    nachweiseSammelGenehmigen(ids: $ids, bemerkung: $bemerkung) {\n      id\n      ok\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KammerUnternehmen {\n    kammerUnternehmen {\n      id\n      name\n      email\n      hauptsitzZugriff\n      betriebsstaetten {\n        id\n        name\n        art\n        ort\n      }\n    }\n  }\n"): (typeof documents)["\n  query KammerUnternehmen {\n    kammerUnternehmen {\n      id\n      name\n      email\n      hauptsitzZugriff\n      betriebsstaetten {\n        id\n        name\n        art\n        ort\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;