import { graphql } from '../../../gql';

export const AusbildungsverhaeltnisFieldsFragment = graphql(`
  fragment AusbildungsverhaeltnisFields on Ausbildungsverhaeltnis {
    id
    azubiVorname
    azubiNachname
    azubiEmail
    identnummer
    beginn
    ende
    hatAccount
    kontoStatus
    nachweisForm
    beruf {
      id
      bezeichnung
    }
    betriebsstaette {
      id
      name
    }
    ausbilder {
      id
      vorname
      nachname
    }
  }
`);

export const AzubiVerwaltungDocument = graphql(`
  query AzubiVerwaltung($first: Int, $after: String) {
    azubiVerwaltung(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AusbildungsverhaeltnisFields
      }
    }
  }
`);

export const AusbilderKandidatenDocument = graphql(`
  query AusbilderKandidaten($vertragId: ID!) {
    ausbilderKandidaten(vertragId: $vertragId) {
      id
      vorname
      nachname
    }
  }
`);

export const VertragAusbilderAendernDocument = graphql(`
  mutation VertragAusbilderAendern($vertragId: ID!, $ausbilderUserId: ID!) {
    vertragAusbilderAendern(vertragId: $vertragId, ausbilderUserId: $ausbilderUserId) {
      ...AusbildungsverhaeltnisFields
    }
  }
`);
