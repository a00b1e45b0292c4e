import { graphql } from '../../../gql';

export const AnmeldungFelderFragment = graphql(`
  fragment AnmeldungFelder on Pruefungsanmeldung {
    id
    status
    version
    vertragId
    azubiName
    identnummer
    betriebsstaetteName
    nachweiseBestaetigt
    bemerkung
    eingereichtAt
    bestaetigtAt
    entschiedenAt
    ergebnisFreigegebenAt
    aktionen
    ampel {
      farbe
      label
      naechsterSchritt
    }
    beruf {
      id
      bezeichnung
    }
    pruefung {
      id
      bezeichnung
      artBezeichnung
      anmeldeschluss
      anmeldeschlussVorbei
      termineFreigegeben
    }
    antworten {
      key
      frage
      antwort
    }
    ereignisse {
      at
      actorName
      ereignis
      vonStatus
      nachStatus
      bemerkung
    }
  }
`);

export const BetriebPruefungenDocument = graphql(`
  query BetriebPruefungen {
    betriebPruefungen {
      vertragId
      azubiName
      aktionen
      beruf {
        id
        bezeichnung
      }
      pruefung {
        id
        bezeichnung
        art
        artBezeichnung
        saison
        jahr
        anmeldeschluss
        anmeldeschlussVorbei
        termineFreigegeben
        zusatzfragen {
          key
          frage
          pflicht
        }
      }
      anmeldung {
        id
        status
        version
        ergebnisFreigegebenAt
        aktionen
        antworten {
          key
          frage
          antwort
        }
      }
      ampel {
        farbe
        label
        naechsterSchritt
      }
    }
  }
`);

export const AnmeldungVorpruefungDocument = graphql(`
  query AnmeldungVorpruefung($pruefungId: ID!, $vertragId: ID!) {
    anmeldungVorpruefung(pruefungId: $pruefungId, vertragId: $vertragId) {
      warnungen
      fehlendeNachweise
      letzterGenehmigterNachweisBis
    }
  }
`);

export const AnmeldungEinreichenDocument = graphql(`
  mutation AnmeldungEinreichen($input: AnmeldungEinreichenInput!) {
    anmeldungEinreichen(input: $input) {
      ...AnmeldungFelder
    }
  }
`);

export const PruefungsanmeldungDocument = graphql(`
  query Pruefungsanmeldung($id: ID!) {
    pruefungsanmeldung(id: $id) {
      ...AnmeldungFelder
    }
  }
`);

export const MeinePruefungsanmeldungenDocument = graphql(`
  query MeinePruefungsanmeldungen {
    meinePruefungsanmeldungen {
      ...AnmeldungFelder
    }
  }
`);

export const AnmeldungBestaetigenDocument = graphql(`
  mutation AnmeldungBestaetigen($id: ID!) {
    anmeldungBestaetigen(id: $id) {
      ...AnmeldungFelder
    }
  }
`);

export const AnmeldungZurueckgebenDocument = graphql(`
  mutation AnmeldungZurueckgeben($id: ID!, $bemerkung: String!) {
    anmeldungZurueckgeben(id: $id, bemerkung: $bemerkung) {
      ...AnmeldungFelder
    }
  }
`);

export const PruefungstermineDocument = graphql(`
  query Pruefungstermine($pruefungId: ID!) {
    pruefungstermine(pruefungId: $pruefungId) {
      id
      bezeichnung
      datum
      uhrzeit
      ort
    }
  }
`);

export const ErgebnisFelderFragment = graphql(`
  fragment ErgebnisFelder on AnmeldungErgebnis {
    anmeldungId
    azubiName
    identnummer
    freigegebenAt
    bestanden
    zeugnisDokumentId
    teile {
      teil
      punkte
      note
      bestanden
    }
  }
`);

export const AnmeldungErgebnisDocument = graphql(`
  query AnmeldungErgebnis($anmeldungId: ID!) {
    anmeldungErgebnis(anmeldungId: $anmeldungId) {
      ...ErgebnisFelder
    }
  }
`);

export const PruefungErgebnisseDocument = graphql(`
  query PruefungErgebnisse($pruefungId: ID!) {
    pruefungErgebnisse(pruefungId: $pruefungId) {
      ...ErgebnisFelder
    }
  }
`);
