import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { toApiError } from '../../../shared/lib/apiError';
import {
  KammerPruefungDocument,
  TermineFreigebenDocument,
  TermineSpeichernDocument,
} from '../graphql/kammerPruefungen';

interface Termin {
  schluessel: number;
  bezeichnung: string;
  datum: string;
  uhrzeit: string;
  ort: string;
}

interface Gespeichert {
  bezeichnung: string;
  datum: string;
  uhrzeit: string;
  ort: string;
}

const VORSCHLAEGE = ['Schriftliche Prüfung', 'Praktische Prüfung'];

/** The Termine of a session: edit the list, save it, release it to Betriebe and Azubis. */
export function TermineEditor({
  pruefungId,
  termine,
  freigegeben,
  onMeldung,
}: {
  pruefungId: string;
  termine: readonly Gespeichert[];
  freigegeben: boolean;
  onMeldung: (text: string) => void;
}) {
  const [zeilen, setZeilen] = useState<Termin[]>(() =>
    termine.length > 0
      ? termine.map((t, i) => ({ schluessel: i, ...t }))
      : VORSCHLAEGE.map((bezeichnung, i) => ({
          schluessel: i,
          bezeichnung,
          datum: '',
          uhrzeit: '08:30',
          ort: '',
        })),
  );
  const [naechster, setNaechster] = useState(100);
  const [fehler, setFehler] = useState<string | null>(null);
  const [speichern, { loading: speichert }] = useMutation(TermineSpeichernDocument);
  const [freigeben, { loading: gibtFrei }] = useMutation(TermineFreigebenDocument);
  const refetch = { refetchQueries: [{ query: KammerPruefungDocument, variables: { id: pruefungId } }] };

  function aendern(schluessel: number, aenderung: Partial<Termin>) {
    setZeilen((alt) => alt.map((z) => (z.schluessel === schluessel ? { ...z, ...aenderung } : z)));
  }

  async function onSpeichern(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (speichert) return;
    const unvollstaendig = zeilen.some(
      (z) => !z.bezeichnung.trim() || !z.datum || !z.uhrzeit || !z.ort.trim(),
    );
    if (unvollstaendig) {
      setFehler(
        'Bitte füllen Sie für jeden Termin Bezeichnung, Datum, Uhrzeit und Ort aus oder entfernen Sie ihn.',
      );
      return;
    }
    setFehler(null);
    try {
      await speichern({
        variables: {
          pruefungId,
          termine: zeilen.map(({ bezeichnung, datum, uhrzeit, ort }) => ({
            bezeichnung: bezeichnung.trim(),
            datum,
            uhrzeit,
            ort: ort.trim(),
          })),
        },
        ...refetch,
      });
      onMeldung('Die Prüfungstermine wurden gespeichert.');
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  async function onFreigeben() {
    if (gibtFrei) return;
    setFehler(null);
    try {
      await freigeben({ variables: { pruefungId }, ...refetch });
      onMeldung('Die Prüfungstermine wurden freigegeben. Betriebe und Auszubildende sehen sie jetzt.');
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  return (
    <form onSubmit={onSpeichern} noValidate aria-busy={speichert}>
      {zeilen.length === 0 && <p>Noch keine Termine.</p>}
      {zeilen.map((z, index) => {
        const id = `termin-${z.schluessel}`;
        const nr = <span className="visually-hidden"> (Termin {index + 1})</span>;
        return (
          <fieldset className="termin-zeile" key={z.schluessel}>
            <legend className="visually-hidden">Termin {index + 1}</legend>
            <div className="field">
              <label htmlFor={`${id}-bezeichnung`}>Bezeichnung{nr}</label>
              <input
                id={`${id}-bezeichnung`}
                type="text"
                value={z.bezeichnung}
                onChange={(e) => aendern(z.schluessel, { bezeichnung: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-datum`}>Datum{nr}</label>
              <input
                id={`${id}-datum`}
                type="date"
                value={z.datum}
                onChange={(e) => aendern(z.schluessel, { datum: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-uhrzeit`}>Uhrzeit{nr}</label>
              <input
                id={`${id}-uhrzeit`}
                type="time"
                value={z.uhrzeit}
                onChange={(e) => aendern(z.schluessel, { uhrzeit: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-ort`}>Ort{nr}</label>
              <input
                id={`${id}-ort`}
                type="text"
                value={z.ort}
                onChange={(e) => aendern(z.schluessel, { ort: e.target.value })}
              />
            </div>
            <button
              type="button"
              className="button button-danger-outline button-small"
              onClick={() => setZeilen((alt) => alt.filter((x) => x.schluessel !== z.schluessel))}
            >
              Entfernen{nr}
            </button>
          </fieldset>
        );
      })}
      {fehler && (
        <ErrorAlert>
          <p>{fehler}</p>
        </ErrorAlert>
      )}
      <div className="aktionen">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setZeilen((alt) => [
              ...alt,
              { schluessel: naechster, bezeichnung: '', datum: '', uhrzeit: '08:30', ort: '' },
            ]);
            setNaechster((n) => n + 1);
          }}
        >
          Termin hinzufügen
        </button>
        <button type="submit" className="button button-primary" aria-busy={speichert}>
          Termine speichern
        </button>
        {!freigegeben && termine.length > 0 && (
          <button type="button" className="button button-primary" aria-busy={gibtFrei} onClick={onFreigeben}>
            Termine freigeben
          </button>
        )}
      </div>
      {freigegeben ? (
        <p className="badge badge-ok">Termine freigegeben: Betriebe und Auszubildende sehen sie.</p>
      ) : (
        termine.length === 0 && <p>Bitte speichern Sie die Termine, bevor Sie sie freigeben.</p>
      )}
    </form>
  );
}
