import { graphql } from '../../../gql';

export const KammerUnternehmenDocument = graphql(`
  query KammerUnternehmen {
    kammerUnternehmen {
      id
      name
      email
      hauptsitzZugriff
      betriebsstaetten {
        id
        name
        art
        ort
      }
    }
  }
`);
