import { graphql } from '../../../gql';

export const MeineAusbildungsverhaeltnisseDocument = graphql(`
  query MeineAusbildungsverhaeltnisse {
    meineAusbildungsverhaeltnisse {
      ...AusbildungsverhaeltnisFields
    }
  }
`);
