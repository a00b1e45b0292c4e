import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { AnmeldungFelderFragment, ErgebnisFelderFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { toApiError } from '../../../shared/lib/apiError';
import { Ampel } from '../../pruefungen/components/Ampel';
import { AnmeldungDetails } from '../../pruefungen/components/AnmeldungDetails';
import { AnmeldungVerlauf } from '../../pruefungen/components/AnmeldungVerlauf';
import {
  AnmeldungAblehnenDocument,
  AnmeldungZulassenDocument,
  KammerPruefungDocument,
} from '../graphql/kammerPruefungen';
import { ErgebnisEditor } from './ErgebnisEditor';

/** One registration in the back office: admit, reject with a reason, then the results. */
export function KammerAnmeldungKarte({
  pruefungId,
  anmeldung,
  ergebnis,
  onMeldung,
}: {
  pruefungId: string;
  anmeldung: AnmeldungFelderFragment;
  ergebnis: ErgebnisFelderFragment | undefined;
  onMeldung: (text: string) => void;
}) {
  const refetch = { refetchQueries: [{ query: KammerPruefungDocument, variables: { id: pruefungId } }] };
  const [zulassen, { loading: laesstZu }] = useMutation(AnmeldungZulassenDocument);
  const [ablehnen, { loading: lehntAb }] = useMutation(AnmeldungAblehnenDocument);
  const [begruendung, setBegruendung] = useState('');
  const [begruendungFehler, setBegruendungFehler] = useState<string | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const id = anmeldung.id;
  const name = anmeldung.azubiName;

  async function onZulassen() {
    if (laesstZu) return;
    setFehler(null);
    try {
      await zulassen({ variables: { id }, ...refetch });
      onMeldung(`${name} wurde zur Prüfung zugelassen.`);
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  async function onAblehnen(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (lehntAb) return;
    if (!begruendung.trim()) {
      setBegruendungFehler('Bitte begründen Sie die Ablehnung.');
      return;
    }
    setBegruendungFehler(null);
    setFehler(null);
    try {
      await ablehnen({ variables: { id, begruendung: begruendung.trim() }, ...refetch });
      setBegruendung('');
      onMeldung(`Die Anmeldung von ${name} wurde abgelehnt.`);
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  return (
    <article className="card anmeldung-karte" aria-labelledby={`anmeldung-${id}`}>
      <h3 id={`anmeldung-${id}`}>{name}</h3>
      <Ampel ampel={anmeldung.ampel} />
      <AnmeldungDetails anmeldung={anmeldung} />
      {fehler && (
        <ErrorAlert>
          <p>{fehler}</p>
        </ErrorAlert>
      )}
      {(anmeldung.aktionen.includes('ZULASSEN') || anmeldung.aktionen.includes('ABLEHNEN')) && (
        <div className="aktionen">
          {anmeldung.aktionen.includes('ZULASSEN') && (
            <button type="button" className="button button-primary" aria-busy={laesstZu} onClick={onZulassen}>
              Zulassen<span className="visually-hidden"> ({name})</span>
            </button>
          )}
          {anmeldung.aktionen.includes('ABLEHNEN') && (
            <form className="form" onSubmit={onAblehnen} noValidate>
              <div className="field">
                <label htmlFor={`begruendung-${id}`}>
                  Begründung der Ablehnung<span className="visually-hidden"> ({name})</span>
                </label>
                <textarea
                  id={`begruendung-${id}`}
                  rows={2}
                  value={begruendung}
                  aria-invalid={begruendungFehler ? true : undefined}
                  aria-describedby={begruendungFehler ? `begruendung-${id}-fehler` : undefined}
                  onChange={(e) => setBegruendung(e.target.value)}
                />
                {begruendungFehler && (
                  <p className="field-error" id={`begruendung-${id}-fehler`}>
                    {begruendungFehler}
                  </p>
                )}
              </div>
              <button type="submit" className="button button-danger-outline" aria-busy={lehntAb}>
                Ablehnen<span className="visually-hidden"> ({name})</span>
              </button>
            </form>
          )}
        </div>
      )}
      {anmeldung.status === 'ZUGELASSEN' && (
        <ErgebnisEditor
          pruefungId={pruefungId}
          anmeldungId={id}
          azubiName={name}
          ergebnis={ergebnis}
          onMeldung={onMeldung}
        />
      )}
      <details>
        <summary>
          Verlauf anzeigen<span className="visually-hidden"> ({name})</span>
        </summary>
        <AnmeldungVerlauf ereignisse={anmeldung.ereignisse} titelId={`verlauf-${id}`} />
      </details>
    </article>
  );
}
