import { graphql } from '../../../gql';

export const MeineDokumenteDocument = graphql(`
  query MeineDokumente {
    meineDokumente {
      id
      art
      titel
      dateiname
      createdAt
      azubiName
      url
      geoeffnetAt
    }
  }
`);
