import { graphql } from '../../../gql';

export const IhreAuszubildendenDocument = graphql(`
  query IhreAuszubildenden {
    ihreAuszubildenden {
      vertragId
      azubiVorname
      azubiNachname
      beruf
      betriebsstaette
      eingereicht
      abgelehnt
      fehlend
      genehmigt
    }
  }
`);
