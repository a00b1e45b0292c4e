import { graphql } from '../../../gql';

export const MailZustellungFieldsFragment = graphql(`
  fragment MailZustellungFields on MailZustellung {
    zugestellt
    meldung
    hinweis
  }
`);

export const KontoAktionFieldsFragment = graphql(`
  fragment KontoAktionFields on KontoAktionErgebnis {
    meldung
    kontoEmailGeaendert
    zustellung {
      ...MailZustellungFields
    }
  }
`);

export const PasswortVergessenDocument = graphql(`
  mutation PasswortVergessen($kennung: String!) {
    passwortVergessen(kennung: $kennung) {
      meldung
    }
  }
`);

export const KontoLinkDocument = graphql(`
  query KontoLink($token: String!) {
    kontoLink(token: $token) {
      zweck
      email
      vorname
    }
  }
`);

export const PasswortSetzenDocument = graphql(`
  mutation PasswortSetzen($input: PasswortSetzenInput!) {
    passwortSetzen(input: $input) {
      email
    }
  }
`);

export const EmailBestaetigenDocument = graphql(`
  mutation EmailBestaetigen($token: String!) {
    emailBestaetigen(token: $token) {
      email
    }
  }
`);

export const AzubiAccountErstellenDocument = graphql(`
  mutation AzubiAccountErstellen($input: AzubiKontoInput!) {
    azubiAccountErstellen(input: $input) {
      ...KontoAktionFields
    }
  }
`);

export const AzubiPasswortZuruecksetzenDocument = graphql(`
  mutation AzubiPasswortZuruecksetzen($vertragId: ID!) {
    azubiPasswortZuruecksetzen(vertragId: $vertragId) {
      ...KontoAktionFields
    }
  }
`);

export const AzubiEmailAendernDocument = graphql(`
  mutation AzubiEmailAendern($input: AzubiKontoInput!) {
    azubiEmailAendern(input: $input) {
      ...KontoAktionFields
    }
  }
`);

export const AusbilderListeDocument = graphql(`
  query AusbilderListe($betriebsstaetteId: ID) {
    ausbilderListe(betriebsstaetteId: $betriebsstaetteId) {
      userId
      vorname
      nachname
      email
      kontoStatus
      hatAusbilderRolle
      anzahlAzubis
      betriebsstaetten {
        id
        name
      }
    }
  }
`);

export const AusbilderAccountErstellenDocument = graphql(`
  mutation AusbilderAccountErstellen($input: AusbilderKontoInput!) {
    ausbilderAccountErstellen(input: $input) {
      ...KontoAktionFields
    }
  }
`);

export const AusbilderPasswortZuruecksetzenDocument = graphql(`
  mutation AusbilderPasswortZuruecksetzen($userId: ID!) {
    ausbilderPasswortZuruecksetzen(userId: $userId) {
      ...KontoAktionFields
    }
  }
`);

export const MeineZugangsdatenDocument = graphql(`
  query MeineZugangsdaten {
    meineZugangsdaten {
      email
      benutzername
      hatPasswort
      passwortGeaendertAm
      darfEmailAendern
      offeneEmailAenderung
    }
  }
`);

export const EmailAendernDocument = graphql(`
  mutation EmailAendern($input: EmailAendernInput!) {
    emailAendern(input: $input) {
      ...MailZustellungFields
    }
  }
`);

export const PasswortAendernDocument = graphql(`
  mutation PasswortAendern($input: PasswortAendernInput!) {
    passwortAendern(input: $input) {
      beendeteSitzungen
    }
  }
`);

export const MeineSitzungenDocument = graphql(`
  query MeineSitzungen {
    meineSitzungen {
      id
      userAgent
      createdAt
      lastSeenAt
      aktuell
      vertretung
    }
  }
`);

export const SitzungBeendenDocument = graphql(`
  mutation SitzungBeenden($id: ID!) {
    sitzungBeenden(id: $id)
  }
`);

export const AndereSitzungenBeendenDocument = graphql(`
  mutation AndereSitzungenBeenden {
    andereSitzungenBeenden
  }
`);

export const AusbilderEmailAendernDocument = graphql(`
  mutation AusbilderEmailAendern($input: AusbilderEmailInput!) {
    ausbilderEmailAendern(input: $input) {
      ...KontoAktionFields
    }
  }
`);
