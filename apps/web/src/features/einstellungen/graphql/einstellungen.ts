import { graphql } from '../../../gql';

export const BerichtsheftEinstellungFieldsFragment = graphql(`
  fragment BerichtsheftEinstellungFields on BerichtsheftEinstellung {
    betriebsstaetteId
    elektronisch
    format
    beruf {
      id
      bezeichnung
    }
  }
`);

export const BerichtsheftEinstellungenDocument = graphql(`
  query BerichtsheftEinstellungen {
    berichtsheftEinstellungen {
      ...BerichtsheftEinstellungFields
    }
  }
`);

export const BerichtsheftEinstellungSetzenDocument = graphql(`
  mutation BerichtsheftEinstellungSetzen($input: BerichtsheftEinstellungInput!) {
    berichtsheftEinstellungSetzen(input: $input) {
      ...BerichtsheftEinstellungFields
    }
  }
`);
