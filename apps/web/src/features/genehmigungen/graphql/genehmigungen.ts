import { graphql } from '../../../gql';

export const OffeneGenehmigungenDocument = graphql(`
  query OffeneGenehmigungen {
    offeneGenehmigungen {
      id
      azubiName
      beruf
      von
      bis
      eingereichtAt
      papierNachweise
    }
  }
`);

export const NachweiseSammelGenehmigenDocument = graphql(`
  mutation NachweiseSammelGenehmigen($ids: [ID!]!, $bemerkung: String) {
    nachweiseSammelGenehmigen(ids: $ids, bemerkung: $bemerkung) {
      id
      ok
      code
      message
    }
  }
`);
