import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { AusbildungsverhaeltnisFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { toApiError } from '../../../shared/lib/apiError';
import { vollerName } from '../../../shared/lib/format';
import { AusbilderKandidatenDocument, VertragAusbilderAendernDocument } from '../graphql/azubis';

interface Props {
  vertrag: AusbildungsverhaeltnisFieldsFragment;
  onAbbrechen: () => void;
  onGeaendert: (meldung: string) => void;
}

const SELECT_ID = 'ausbilder-aendern-auswahl';

/**
 * "Ausbilder/-in ändern": the administrator names another Ausbilder/-in (someone with the role in
 * the contract's Betriebsstaette) and confirms; a modal native <dialog>.
 */
export function AusbilderAendernDialog({ vertrag, onAbbrechen, onGeaendert }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const azubi = `${vertrag.azubiVorname} ${vertrag.azubiNachname}`;
  const bisher = vertrag.ausbilder;
  const { data, loading, error } = useQuery(AusbilderKandidatenDocument, {
    variables: { vertragId: vertrag.id },
    fetchPolicy: 'network-only',
  });
  const kandidaten = (data?.ausbilderKandidaten ?? []).filter((k) => k.id !== bisher?.id);
  const [auswahl, setAuswahl] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  const [aendern, { loading: laeuft }] = useMutation(VertragAusbilderAendernDocument);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    dialog.showModal();
    return () => dialog.close();
  }, []);

  const geladen = data !== undefined;
  useEffect(() => {
    if (geladen) selectRef.current?.focus();
  }, [geladen]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (laeuft) return;
    const neu = kandidaten.find((k) => k.id === auswahl);
    if (!neu) {
      setFehler('Bitte wählen Sie die neue Ausbilderin oder den neuen Ausbilder aus.');
      selectRef.current?.focus();
      return;
    }
    setFehler(null);
    try {
      await aendern({ variables: { vertragId: vertrag.id, ausbilderUserId: neu.id } });
      onGeaendert(`${vollerName(neu)} ist jetzt als Ausbilder/-in von ${azubi} eingetragen.`);
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="ausbilder-aendern-titel"
      onCancel={(event) => {
        event.preventDefault();
        onAbbrechen();
      }}
    >
      <h2 id="ausbilder-aendern-titel">Ausbilder/-in ändern für {azubi}</h2>
      <p>
        Bisher eingetragen: <strong>{bisher ? vollerName(bisher) : 'niemand'}</strong> (
        {vertrag.betriebsstaette.name}).
      </p>
      {!geladen && loading && <Loading />}
      {error && !geladen && (
        <ErrorAlert>
          <p>{toApiError(error).message}</p>
        </ErrorAlert>
      )}
      {geladen && kandidaten.length === 0 ? (
        <>
          <p>
            In der Betriebsstätte {vertrag.betriebsstaette.name} hat sonst niemand die Rolle Ausbilder/-in.
            Vergeben Sie die Rolle zuerst unter „Benutzer und Rollen“.
          </p>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={onAbbrechen}>
              Schließen
            </button>
          </div>
        </>
      ) : (
        geladen && (
          <form className="form" onSubmit={onSubmit} noValidate aria-busy={laeuft}>
            <div className="field">
              <label htmlFor={SELECT_ID}>Neue Ausbilderin / neuer Ausbilder</label>
              <select
                ref={selectRef}
                id={SELECT_ID}
                value={auswahl}
                onChange={(e) => setAuswahl(e.target.value)}
                aria-describedby="ausbilder-aendern-folgen"
                aria-invalid={fehler && !auswahl ? true : undefined}
              >
                <option value="">Bitte wählen …</option>
                {kandidaten.map((k) => (
                  <option key={k.id} value={k.id}>
                    {vollerName(k)}
                  </option>
                ))}
              </select>
            </div>
            <p id="ausbilder-aendern-folgen">
              Mit „Ändern bestätigen“ wird die gewählte Person im Ausbildungsvertrag eingetragen.{' '}
              {bisher
                ? `${vollerName(bisher)} sieht ${azubi} und das Berichtsheft ab sofort nicht mehr; eingereichte Nachweise, die auf ${vollerName(bisher)} warten, gehen an die neue Person.`
                : ''}
            </p>
            {fehler && (
              <ErrorAlert>
                <p>{fehler}</p>
              </ErrorAlert>
            )}
            <div className="button-row">
              <button type="button" className="button button-secondary" onClick={onAbbrechen}>
                Abbrechen
              </button>
              <button type="submit" className="button button-primary" aria-busy={laeuft}>
                {laeuft ? 'Wird geändert …' : 'Ändern bestätigen'}
              </button>
            </div>
          </form>
        )
      )}
    </dialog>
  );
}
