import { graphql } from '../../../gql';

export const AusbildungsbeauftragteFieldsFragment = graphql(`
  fragment AusbildungsbeauftragteFields on Ausbildungsbeauftragte {
    id
    status
    email
    name
    betriebsstaette {
      id
      name
    }
    vorgeschlagenVon
    vorgeschlagenAm
    wartendeNachweise
    wartendeAzubis
  }
`);

export const AusbildungsbeauftragteDocument = graphql(`
  query Ausbildungsbeauftragte {
    ausbildungsbeauftragte {
      ...AusbildungsbeauftragteFields
    }
  }
`);

export const GenehmigerBestaetigenDocument = graphql(`
  mutation GenehmigerBestaetigen($input: GenehmigerBestaetigenInput!) {
    genehmigerBestaetigen(input: $input) {
      ...AusbildungsbeauftragteFields
    }
  }
`);

export const GenehmigerAblehnenDocument = graphql(`
  mutation GenehmigerAblehnen($id: ID!) {
    genehmigerAblehnen(id: $id)
  }
`);
