import { graphql } from '../../../gql';

export const NachweisFieldsFragment = graphql(`
  fragment NachweisFields on Nachweis {
    id
    vertragId
    von
    bis
    status
    abschnitt
    unterweisungen
    berufsschule
    papierNachweise
    genehmigerEmail
    genehmigerStand
    version
    updatedAt
    format
    taetigkeiten
    rahmenplanIds
    rahmenplanPositionen {
      id
      nummer
      titel
    }
    abschnittVorschlaege
    tage {
      datum
      lernort
      anwesenheit
      stunden
      taetigkeiten
      feiertag
    }
    ereignisse {
      id
      at
      ereignis
      vonStatus
      nachStatus
      bemerkung
      von
      rolle
      fuerAndere
    }
    abilities {
      canEdit
      canSubmit
      canApprove
      canReject
      canRejectAfterwards
    }
  }
`);

export const BerichtsheftWochenDocument = graphql(`
  query BerichtsheftWochen($vertragId: ID!) {
    berichtsheftWochen(vertragId: $vertragId) {
      montag
      sonntag
      fehlt
      nachweise {
        id
        von
        bis
        status
      }
    }
  }
`);

export const NachweisDocument = graphql(`
  query Nachweis($id: ID!) {
    nachweis(id: $id) {
      ...NachweisFields
    }
  }
`);

export const AbdeckungDocument = graphql(`
  query Abdeckung($vertragId: ID!) {
    abdeckung(vertragId: $vertragId) {
      positionen {
        id
        nummer
        titel
        abgedeckt
      }
      stunden {
        betrieb
        berufsschule
        ueberbetrieblich
      }
    }
  }
`);

export const NachweisAnlegenDocument = graphql(`
  mutation NachweisAnlegen($input: NachweisAnlegenInput!) {
    nachweisAnlegen(input: $input) {
      ...NachweisFields
    }
  }
`);

export const NachweisSpeichernDocument = graphql(`
  mutation NachweisSpeichern($input: NachweisSpeichernInput!) {
    nachweisSpeichern(input: $input) {
      id
      version
      updatedAt
      warnungen {
        field
        message
        severity
      }
    }
  }
`);

export const NachweisEinreichenDocument = graphql(`
  mutation NachweisEinreichen($input: NachweisEinreichenInput!) {
    nachweisEinreichen(input: $input) {
      ...NachweisFields
    }
  }
`);

export const NachweisGenehmigenDocument = graphql(`
  mutation NachweisGenehmigen($input: NachweisEntscheidungInput!) {
    nachweisGenehmigen(input: $input) {
      ...NachweisFields
    }
  }
`);

export const NachweisAblehnenDocument = graphql(`
  mutation NachweisAblehnen($input: NachweisEntscheidungInput!) {
    nachweisAblehnen(input: $input) {
      ...NachweisFields
    }
  }
`);

export const NachweisNachtraeglichAblehnenDocument = graphql(`
  mutation NachweisNachtraeglichAblehnen($input: NachweisEntscheidungInput!) {
    nachweisNachtraeglichAblehnen(input: $input) {
      ...NachweisFields
    }
  }
`);
