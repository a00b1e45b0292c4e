import { graphql } from '../../../gql';

export const UnternehmensantraegeDocument = graphql(`
  query Unternehmensantraege($status: AntragStatus) {
    unternehmensantraege(status: $status) {
      id
      firmenname
      strasse
      plz
      ort
      bundesland
      unternehmensEmail
      vorname
      nachname
      email
      status
      begruendung
      createdAt
      entschiedenAt
      bestehendesKonto
    }
  }
`);

export const AntragGenehmigenDocument = graphql(`
  mutation AntragGenehmigen($id: ID!) {
    unternehmensantragGenehmigen(id: $id) {
      antrag {
        id
        status
        firmenname
      }
      einladungVersandt
      mailZugestellt
      mailMeldung
      mailHinweis
    }
  }
`);

export const AntragAblehnenDocument = graphql(`
  mutation AntragAblehnen($id: ID!, $begruendung: String!) {
    unternehmensantragAblehnen(id: $id, begruendung: $begruendung) {
      id
      status
      firmenname
    }
  }
`);

export const KammerPrueferDocument = graphql(`
  query KammerPruefer {
    kammerPruefer {
      id
      vorname
      nachname
      email
      kontoAktiv
      seit
    }
  }
`);

export const PrueferAnlegenDocument = graphql(`
  mutation PrueferAnlegen($input: PrueferAnlegenInput!) {
    prueferAnlegen(input: $input) {
      pruefer {
        id
        vorname
        nachname
        email
      }
      bestehendesKonto
      einladungVersandt
      mailZugestellt
      mailMeldung
      mailHinweis
    }
  }
`);

export const HauptsitzZugriffSetzenDocument = graphql(`
  mutation HauptsitzZugriffSetzen($unternehmenId: ID!, $aktiv: Boolean!) {
    hauptsitzZugriffSetzen(unternehmenId: $unternehmenId, aktiv: $aktiv) {
      id
      hauptsitzZugriff
    }
  }
`);

export const KammerAufgabenDocument = graphql(`
  query KammerAufgaben($erledigt: Boolean) {
    kammerAufgaben(erledigt: $erledigt) {
      id
      art
      text
      createdAt
      erledigtAt
      unternehmenName
      betriebsstaetteName
      betreff {
        id
        vorname
        nachname
        email
      }
      gemeldetVon {
        id
        vorname
        nachname
        email
      }
      inVertretungFuer {
        id
        vorname
        nachname
      }
    }
  }
`);

export const KammerAufgabeErledigenDocument = graphql(`
  mutation KammerAufgabeErledigen($id: ID!) {
    kammerAufgabeErledigen(id: $id) {
      id
      erledigtAt
    }
  }
`);

export const AenderungsmailAusbilderDocument = graphql(`
  query AenderungsmailAusbilder {
    aenderungsmailAusbilder {
      userId
      vorname
      nachname
      email
      betriebsstaetteId
      betriebsstaetteName
    }
  }
`);

export const AenderungsmailSendenDocument = graphql(`
  mutation AenderungsmailSenden($input: AenderungsmailInput!) {
    aenderungsmailSenden(input: $input) {
      id
      createdAt
    }
  }
`);
