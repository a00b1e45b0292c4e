import { graphql } from '../../../gql';

export const MeFieldsFragment = graphql(`
  fragment MeFields on Me {
    benutzer {
      id
      vorname
      nachname
      email
    }
    vertretenePerson {
      id
      vorname
      nachname
    }
    aktuellerArbeitsbereich {
      key
      id
      art
      name
      unternehmenName
      rollen
    }
    arbeitsbereiche {
      key
      art
      name
      unternehmenName
      rollen
    }
    abilities {
      canManageRoles
      canSeeAzubiVerwaltung
      canManageBerichtsheftEinstellungen
      canSeeOwnAusbildung
      canSeeKammerBackoffice
      canSeeIhreAuszubildenden
      canApproveNachweise
      canExamine
      canManagePruefungen
      canMeldePruefungen
      canSeeEigenePruefungen
      canVouchForGenehmiger
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...MeFields
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...MeFields
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const LoginMitPinDocument = graphql(`
  mutation LoginMitPin($input: PinLoginInput!) {
    loginMitPin(input: $input) {
      ...MeFields
    }
  }
`);
