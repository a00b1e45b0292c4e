import { graphql } from '../../../gql';

export const VerwalteterBenutzerFieldsFragment = graphql(`
  fragment VerwalteterBenutzerFields on VerwalteterBenutzer {
    id
    vorname
    nachname
    email
    mitglied
    rollen {
      id
      rolle
      status
      createdAt
      entziehenSperrgrund
      entziehenWarnung
      betriebsstaette {
        id
        name
      }
    }
  }
`);

export const BenutzerverwaltungDocument = graphql(`
  query Benutzerverwaltung($first: Int, $after: String, $suche: String) {
    benutzerverwaltung(first: $first, after: $after, suche: $suche) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...VerwalteterBenutzerFields
      }
    }
  }
`);

export const BenutzerSuchenDocument = graphql(`
  query BenutzerSuchen($email: String!) {
    benutzerSuchen(email: $email) {
      ...VerwalteterBenutzerFields
    }
  }
`);

export const VerwalteteBetriebsstaettenDocument = graphql(`
  query VerwalteteBetriebsstaetten {
    verwalteteBetriebsstaetten {
      id
      name
    }
  }
`);

export const RolleZuweisenDocument = graphql(`
  mutation RolleZuweisen($input: RolleZuweisenInput!) {
    rolleZuweisen(input: $input) {
      ...VerwalteterBenutzerFields
    }
  }
`);

export const RolleEntziehenDocument = graphql(`
  mutation RolleEntziehen($rollenzuweisungId: ID!) {
    rolleEntziehen(rollenzuweisungId: $rollenzuweisungId) {
      ...VerwalteterBenutzerFields
    }
  }
`);

export const RolleEinladenDocument = graphql(`
  mutation RolleEinladen($input: RolleEinladenInput!) {
    rolleEinladen(input: $input) {
      meldung
      zustellung {
        ...MailZustellungFields
      }
      benutzer {
        ...VerwalteterBenutzerFields
      }
    }
  }
`);
