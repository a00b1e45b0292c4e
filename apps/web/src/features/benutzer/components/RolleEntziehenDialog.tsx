import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { toApiError } from '../../../shared/lib/apiError';
import { rollenBezeichnung } from '../../../shared/lib/rollen';
import { MeDocument } from '../../auth/graphql/session';
import { BenutzerverwaltungDocument, RolleEntziehenDocument } from '../graphql/benutzer';
import { type Benutzer, personBezeichnung, type Rollenzuweisung } from './rolleText';

interface Props {
  benutzer: Benutzer;
  zuweisung: Rollenzuweisung;
  onAbbrechen: () => void;
  onEntzogen: (meldung: string) => void;
}

/**
 * Modal confirmation (native <dialog>: focus is trapped inside and Escape cancels). The server
 * says before confirming whether the role can go at all (`entziehenSperrgrund`: the last
 * administrator in reach of a Betriebsstaette; then "Entziehen" is disabled) and warns an admin
 * who removes their own role (`entziehenWarnung`). An invitation is withdrawn the same way.
 */
export function RolleEntziehenDialog({ benutzer, zuweisung, onAbbrechen, onEntzogen }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const abbrechenRef = useRef<HTMLButtonElement>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const [entziehen, { loading }] = useMutation(RolleEntziehenDocument, {
    // The list drops people without roles; own abilities may change too.
    refetchQueries: [BenutzerverwaltungDocument, MeDocument],
    awaitRefetchQueries: true,
  });
  const rolle = rollenBezeichnung(zuweisung.rolle);
  const name = personBezeichnung(benutzer);
  const staette = zuweisung.betriebsstaette.name;
  const einladung = zuweisung.status === 'EINGELADEN';
  const sperrgrund = zuweisung.entziehenSperrgrund;
  const warnung = zuweisung.entziehenWarnung;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    dialog.showModal();
    abbrechenRef.current?.focus();
    return () => dialog.close();
  }, []);

  async function bestaetigen() {
    if (loading || sperrgrund) return;
    setFehler(null);
    try {
      await entziehen({ variables: { rollenzuweisungId: zuweisung.id } });
      onEntzogen(
        einladung
          ? `Einladung von ${name} als ${rolle} (${staette}) zurückgezogen.`
          : `Rolle ${rolle} (${staette}) von ${name} entzogen.`,
      );
    } catch (error) {
      setFehler(toApiError(error).message);
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="entziehen-titel"
      aria-describedby="entziehen-text"
      onCancel={(event) => {
        event.preventDefault();
        onAbbrechen();
      }}
    >
      <h2 id="entziehen-titel">
        {sperrgrund
          ? 'Rolle kann nicht entzogen werden'
          : einladung
            ? 'Einladung zurückziehen?'
            : 'Rolle entziehen?'}
      </h2>
      <div id="entziehen-text">
        {sperrgrund ? (
          <div className="notice notice-warnung">
            <p>{sperrgrund}</p>
          </div>
        ) : einladung ? (
          <p>
            Möchten Sie die Einladung von {name} als {rolle} in der Betriebsstätte {staette} zurückziehen?
          </p>
        ) : (
          <p>
            Möchten Sie {name} die Rolle {rolle} in der Betriebsstätte {staette} wirklich entziehen?
          </p>
        )}
        {!sperrgrund && warnung && (
          <div className="notice notice-warnung">
            <p>{warnung}</p>
          </div>
        )}
      </div>
      {fehler && (
        <ErrorAlert>
          <p>{fehler}</p>
        </ErrorAlert>
      )}
      <div className="button-row">
        <button ref={abbrechenRef} type="button" className="button button-secondary" onClick={onAbbrechen}>
          {sperrgrund ? 'Schließen' : 'Abbrechen'}
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={bestaetigen}
          aria-busy={loading}
          disabled={!!sperrgrund}
        >
          {einladung ? 'Zurückziehen' : 'Entziehen'}
        </button>
      </div>
    </dialog>
  );
}
