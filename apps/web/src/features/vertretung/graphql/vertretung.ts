import { graphql } from '../../../gql';

export const VertretungFieldsFragment = graphql(`
  fragment VertretungFields on Vertretung {
    id
    status
    vertreterVorname
    vertreterNachname
    vertreterEmail
    createdAt
    entschiedenAt
  }
`);

export const MeineVertretungenDocument = graphql(`
  query MeineVertretungen {
    meineVertretungen {
      ...VertretungFields
    }
  }
`);

export const VertretungKandidatenDocument = graphql(`
  query VertretungKandidaten {
    vertretungKandidaten {
      id
      vorname
      nachname
    }
  }
`);

export const VertretungHinzufuegenDocument = graphql(`
  mutation VertretungHinzufuegen($input: VertretungPersonInput!) {
    vertretungHinzufuegen(input: $input) {
      ...VertretungFields
    }
  }
`);

export const VertretungMitarbeiterHinzufuegenDocument = graphql(`
  mutation VertretungMitarbeiterHinzufuegen($userId: ID!) {
    vertretungMitarbeiterHinzufuegen(userId: $userId) {
      ...VertretungFields
    }
  }
`);

export const VertretungBeantragenDocument = graphql(`
  mutation VertretungBeantragen($input: VertretungPersonInput!) {
    vertretungBeantragen(input: $input) {
      ...VertretungFields
    }
  }
`);

export const VertretungBeendenDocument = graphql(`
  mutation VertretungBeenden($id: ID!) {
    vertretungBeenden(id: $id) {
      ...VertretungFields
    }
  }
`);

export const OffeneVertretungsantraegeDocument = graphql(`
  query OffeneVertretungsantraege {
    offeneVertretungsantraege {
      id
      status
      vertreterVorname
      vertreterNachname
      vertreterEmail
      createdAt
      vertretener {
        id
        vorname
        nachname
        email
      }
    }
  }
`);

export const VertretungGenehmigenDocument = graphql(`
  mutation VertretungGenehmigen($id: ID!) {
    vertretungGenehmigen(id: $id) {
      vertretung {
        ...VertretungFields
      }
      zustellung {
        zugestellt
        meldung
        hinweis
      }
    }
  }
`);

export const VertretungAblehnenDocument = graphql(`
  mutation VertretungAblehnen($id: ID!) {
    vertretungAblehnen(id: $id) {
      ...VertretungFields
    }
  }
`);

export const MeineBerechtigungenDocument = graphql(`
  query MeineBerechtigungen {
    meineBerechtigungen {
      id
      seit
      aktiv
      unternehmen
      vertretener {
        id
        vorname
        nachname
      }
    }
  }
`);

export const VertretungWechselnDocument = graphql(`
  mutation VertretungWechseln($id: ID!) {
    vertretungWechseln(id: $id) {
      ...MeFields
    }
  }
`);

export const VertretungVerlassenDocument = graphql(`
  mutation VertretungVerlassen {
    vertretungVerlassen {
      ...MeFields
    }
  }
`);
