import { graphql } from '../../../gql';

export const PruefungFelderFragment = graphql(`
  fragment PruefungFelder on Pruefung {
    id
    bezeichnung
    saison
    jahr
    art
    artBezeichnung
    anmeldeschluss
    anmeldeschlussVorbei
    termineFreigegeben
    anzahlAnmeldungen
    berufe {
      id
      bezeichnung
    }
    zusatzfragen {
      key
      frage
      pflicht
    }
  }
`);

export const KammerPruefungenDocument = graphql(`
  query KammerPruefungen {
    kammerPruefungen {
      ...PruefungFelder
    }
    ausbildungsberufe {
      id
      bezeichnung
    }
  }
`);

export const PruefungAnlegenDocument = graphql(`
  mutation PruefungAnlegen($input: PruefungAnlegenInput!) {
    pruefungAnlegen(input: $input) {
      ...PruefungFelder
    }
  }
`);

export const KammerPruefungDocument = graphql(`
  query KammerPruefung($id: ID!) {
    kammerPruefung(id: $id) {
      ...PruefungFelder
    }
    kammerAnmeldungen(pruefungId: $id) {
      ...AnmeldungFelder
    }
    pruefungstermine(pruefungId: $id) {
      id
      bezeichnung
      datum
      uhrzeit
      ort
    }
    pruefungErgebnisse(pruefungId: $id) {
      ...ErgebnisFelder
    }
  }
`);

export const AnmeldungenCsvDocument = graphql(`
  query AnmeldungenCsv($pruefungId: ID!) {
    anmeldungenCsv(pruefungId: $pruefungId)
  }
`);

export const AnmeldungZulassenDocument = graphql(`
  mutation AnmeldungZulassen($id: ID!) {
    anmeldungZulassen(id: $id) {
      ...AnmeldungFelder
    }
  }
`);

export const AnmeldungAblehnenDocument = graphql(`
  mutation AnmeldungAblehnen($id: ID!, $begruendung: String!) {
    anmeldungAblehnen(id: $id, begruendung: $begruendung) {
      ...AnmeldungFelder
    }
  }
`);

export const TermineSpeichernDocument = graphql(`
  mutation TermineSpeichern($pruefungId: ID!, $termine: [PruefungsterminInput!]!) {
    termineSpeichern(pruefungId: $pruefungId, termine: $termine) {
      id
      bezeichnung
      datum
      uhrzeit
      ort
    }
  }
`);

export const TermineFreigebenDocument = graphql(`
  mutation TermineFreigeben($pruefungId: ID!) {
    termineFreigeben(pruefungId: $pruefungId) {
      ...PruefungFelder
    }
  }
`);

export const ErgebnisseEintragenDocument = graphql(`
  mutation ErgebnisseEintragen($anmeldungId: ID!, $teile: [TeilergebnisInput!]!) {
    ergebnisseEintragen(anmeldungId: $anmeldungId, teile: $teile) {
      ...ErgebnisFelder
    }
  }
`);

export const ErgebnisseFreigebenDocument = graphql(`
  mutation ErgebnisseFreigeben($anmeldungId: ID!) {
    ergebnisseFreigeben(anmeldungId: $anmeldungId) {
      ...ErgebnisFelder
    }
  }
`);

export const ZeugnisAusstellenDocument = graphql(`
  mutation ZeugnisAusstellen($anmeldungId: ID!) {
    zeugnisAusstellen(anmeldungId: $anmeldungId) {
      id
      titel
      dateiname
      url
    }
  }
`);
