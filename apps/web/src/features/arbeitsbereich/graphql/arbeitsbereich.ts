import { graphql } from '../../../gql';

export const ArbeitsbereichWaehlenDocument = graphql(`
  mutation ArbeitsbereichWaehlen($key: ID!) {
    arbeitsbereichWaehlen(key: $key) {
      ...MeFields
    }
  }
`);
