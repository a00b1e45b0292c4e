import { graphql } from '../../../gql';

export const OeffentlicheKammernDocument = graphql(`
  query OeffentlicheKammern {
    oeffentlicheKammern {
      id
      name
    }
  }
`);

export const UnternehmenBeantragenDocument = graphql(`
  mutation UnternehmenBeantragen($input: UnternehmensantragInput!) {
    unternehmenBeantragen(input: $input) {
      hinweis
      mailZugestellt
      mailMeldung
      mailHinweis
    }
  }
`);

export const RegistrierenDocument = graphql(`
  mutation Registrieren($input: RegistrierungInput!) {
    registrieren(input: $input) {
      hinweis
      mailZugestellt
      mailMeldung
      mailHinweis
    }
  }
`);
