import { graphql } from '../../../gql';

export const MeineEinladungenDocument = graphql(`
  query MeineEinladungen {
    meineEinladungen {
      id
      rolle
      unternehmenName
      eingeladenAm
      betriebsstaette {
        id
        name
      }
    }
  }
`);

export const EinladungAnnehmenDocument = graphql(`
  mutation EinladungAnnehmen($id: ID!) {
    einladungAnnehmen(id: $id)
  }
`);

export const EinladungAblehnenDocument = graphql(`
  mutation EinladungAblehnen($id: ID!) {
    einladungAblehnen(id: $id)
  }
`);
