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
    "\n  query MeineAusbildungsverhaeltnisse {\n    meineAusbildungsverhaeltnisse {\n      ...AusbildungsverhaeltnisFields\n    }\n  }\n": typeof types.MeineAusbildungsverhaeltnisseDocument,
    "\n  fragment MeFields on Me {\n    benutzer {\n      id\n      vorname\n      nachname\n      email\n    }\n    vertretenePerson {\n      id\n      vorname\n      nachname\n    }\n    aktuellerArbeitsbereich {\n      key\n      id\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    arbeitsbereiche {\n      key\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    abilities {\n      canManageRoles\n      canSeeAzubiVerwaltung\n      canSeeOwnAusbildung\n      canSeeKammerBackoffice\n      canSeeIhreAuszubildenden\n      canApproveNachweise\n      canExamine\n    }\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...MeFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment AusbildungsverhaeltnisFields on Ausbildungsverhaeltnis {\n    id\n    azubiVorname\n    azubiNachname\n    azubiEmail\n    identnummer\n    beginn\n    ende\n    hatAccount\n    nachweisForm\n    beruf {\n      id\n      bezeichnung\n    }\n    betriebsstaette {\n      id\n      name\n    }\n    ausbilder {\n      id\n      vorname\n      nachname\n    }\n  }\n": typeof types.AusbildungsverhaeltnisFieldsFragmentDoc,
    "\n  query AzubiVerwaltung($first: Int, $after: String) {\n    azubiVerwaltung(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AusbildungsverhaeltnisFields\n      }\n    }\n  }\n": typeof types.AzubiVerwaltungDocument,
    "\n  fragment VerwalteterBenutzerFields on VerwalteterBenutzer {\n    id\n    vorname\n    nachname\n    email\n    rollen {\n      id\n      rolle\n      createdAt\n      betriebsstaette {\n        id\n        name\n      }\n    }\n  }\n": typeof types.VerwalteterBenutzerFieldsFragmentDoc,
    "\n  query Benutzerverwaltung($first: Int, $after: String, $suche: String) {\n    benutzerverwaltung(first: $first, after: $after, suche: $suche) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VerwalteterBenutzerFields\n      }\n    }\n  }\n": typeof types.BenutzerverwaltungDocument,
    "\n  query BenutzerSuchen($email: String!) {\n    benutzerSuchen(email: $email) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": typeof types.BenutzerSuchenDocument,
    "\n  query VerwalteteBetriebsstaetten {\n    verwalteteBetriebsstaetten {\n      id\n      name\n    }\n  }\n": typeof types.VerwalteteBetriebsstaettenDocument,
    "\n  mutation RolleZuweisen($input: RolleZuweisenInput!) {\n    rolleZuweisen(input: $input) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": typeof types.RolleZuweisenDocument,
    "\n  mutation RolleEntziehen($rollenzuweisungId: ID!) {\n    rolleEntziehen(rollenzuweisungId: $rollenzuweisungId) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": typeof types.RolleEntziehenDocument,
    "\n  query KammerUnternehmen {\n    kammerUnternehmen {\n      id\n      name\n      email\n      hauptsitzZugriff\n      betriebsstaetten {\n        id\n        name\n        art\n        ort\n      }\n    }\n  }\n": typeof types.KammerUnternehmenDocument,
};
const documents: Documents = {
    "\n  mutation ArbeitsbereichWaehlen($key: ID!) {\n    arbeitsbereichWaehlen(key: $key) {\n      ...MeFields\n    }\n  }\n": types.ArbeitsbereichWaehlenDocument,
    "\n  query MeineAusbildungsverhaeltnisse {\n    meineAusbildungsverhaeltnisse {\n      ...AusbildungsverhaeltnisFields\n    }\n  }\n": types.MeineAusbildungsverhaeltnisseDocument,
    "\n  fragment MeFields on Me {\n    benutzer {\n      id\n      vorname\n      nachname\n      email\n    }\n    vertretenePerson {\n      id\n      vorname\n      nachname\n    }\n    aktuellerArbeitsbereich {\n      key\n      id\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    arbeitsbereiche {\n      key\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    abilities {\n      canManageRoles\n      canSeeAzubiVerwaltung\n      canSeeOwnAusbildung\n      canSeeKammerBackoffice\n      canSeeIhreAuszubildenden\n      canApproveNachweise\n      canExamine\n    }\n  }\n": types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...MeFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment AusbildungsverhaeltnisFields on Ausbildungsverhaeltnis {\n    id\n    azubiVorname\n    azubiNachname\n    azubiEmail\n    identnummer\n    beginn\n    ende\n    hatAccount\n    nachweisForm\n    beruf {\n      id\n      bezeichnung\n    }\n    betriebsstaette {\n      id\n      name\n    }\n    ausbilder {\n      id\n      vorname\n      nachname\n    }\n  }\n": types.AusbildungsverhaeltnisFieldsFragmentDoc,
    "\n  query AzubiVerwaltung($first: Int, $after: String) {\n    azubiVerwaltung(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AusbildungsverhaeltnisFields\n      }\n    }\n  }\n": types.AzubiVerwaltungDocument,
    "\n  fragment VerwalteterBenutzerFields on VerwalteterBenutzer {\n    id\n    vorname\n    nachname\n    email\n    rollen {\n      id\n      rolle\n      createdAt\n      betriebsstaette {\n        id\n        name\n      }\n    }\n  }\n": types.VerwalteterBenutzerFieldsFragmentDoc,
    "\n  query Benutzerverwaltung($first: Int, $after: String, $suche: String) {\n    benutzerverwaltung(first: $first, after: $after, suche: $suche) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...VerwalteterBenutzerFields\n      }\n    }\n  }\n": types.BenutzerverwaltungDocument,
    "\n  query BenutzerSuchen($email: String!) {\n    benutzerSuchen(email: $email) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": types.BenutzerSuchenDocument,
    "\n  query VerwalteteBetriebsstaetten {\n    verwalteteBetriebsstaetten {\n      id\n      name\n    }\n  }\n": types.VerwalteteBetriebsstaettenDocument,
    "\n  mutation RolleZuweisen($input: RolleZuweisenInput!) {\n    rolleZuweisen(input: $input) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": types.RolleZuweisenDocument,
    "\n  mutation RolleEntziehen($rollenzuweisungId: ID!) {\n    rolleEntziehen(rollenzuweisungId: $rollenzuweisungId) {\n      ...VerwalteterBenutzerFields\n    }\n  }\n": types.RolleEntziehenDocument,
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
export function graphql(source: "\n  query MeineAusbildungsverhaeltnisse {\n    meineAusbildungsverhaeltnisse {\n      ...AusbildungsverhaeltnisFields\n    }\n  }\n"): (typeof documents)["\n  query MeineAusbildungsverhaeltnisse {\n    meineAusbildungsverhaeltnisse {\n      ...AusbildungsverhaeltnisFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on Me {\n    benutzer {\n      id\n      vorname\n      nachname\n      email\n    }\n    vertretenePerson {\n      id\n      vorname\n      nachname\n    }\n    aktuellerArbeitsbereich {\n      key\n      id\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    arbeitsbereiche {\n      key\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    abilities {\n      canManageRoles\n      canSeeAzubiVerwaltung\n      canSeeOwnAusbildung\n      canSeeKammerBackoffice\n      canSeeIhreAuszubildenden\n      canApproveNachweise\n      canExamine\n    }\n  }\n"): (typeof documents)["\n  fragment MeFields on Me {\n    benutzer {\n      id\n      vorname\n      nachname\n      email\n    }\n    vertretenePerson {\n      id\n      vorname\n      nachname\n    }\n    aktuellerArbeitsbereich {\n      key\n      id\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    arbeitsbereiche {\n      key\n      art\n      name\n      unternehmenName\n      rollen\n    }\n    abilities {\n      canManageRoles\n      canSeeAzubiVerwaltung\n      canSeeOwnAusbildung\n      canSeeKammerBackoffice\n      canSeeIhreAuszubildenden\n      canApproveNachweise\n      canExamine\n    }\n  }\n"];
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
export function graphql(source: "\n  query KammerUnternehmen {\n    kammerUnternehmen {\n      id\n      name\n      email\n      hauptsitzZugriff\n      betriebsstaetten {\n        id\n        name\n        art\n        ort\n      }\n    }\n  }\n"): (typeof documents)["\n  query KammerUnternehmen {\n    kammerUnternehmen {\n      id\n      name\n      email\n      hauptsitzZugriff\n      betriebsstaetten {\n        id\n        name\n        art\n        ort\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;