import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { AusbildungsbeauftragteFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { toApiError } from '../../../shared/lib/apiError';
import { AusbildungsbeauftragteDocument, GenehmigerAblehnenDocument } from '../graphql/genehmiger';
import { nachweiseText } from './genehmigerText';

interface Props {
  eintrag: AusbildungsbeauftragteFieldsFragment;
  onAbbrechen: () => void;
  onVerworfen: (meldung: string) => void;
}

/** "Verwerfen": the confirm step before an address is turned down (modal native <dialog>). */
export function VerwerfenDialog({ eintrag, onAbbrechen, onVerworfen }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const abbrechenRef = useRef<HTMLButtonElement>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const [ablehnen, { loading }] = useMutation(GenehmigerAblehnenDocument, {
    refetchQueries: [AusbildungsbeauftragteDocument],
    awaitRefetchQueries: true,
  });
  const wartend = eintrag.wartendeNachweise;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    dialog.showModal();
    abbrechenRef.current?.focus();
    return () => dialog.close();
  }, []);

  async function verwerfen() {
    if (loading) return;
    setFehler(null);
    try {
      await ablehnen({ variables: { id: eintrag.id } });
      onVerworfen(
        wartend > 0
          ? `Der Vorschlag ${eintrag.email} wurde verworfen. ${nachweiseText(wartend)} ${wartend === 1 ? 'ging' : 'gingen'} an die Auszubildenden zurück.`
          : `Der Vorschlag ${eintrag.email} wurde verworfen.`,
      );
    } catch (error) {
      setFehler(toApiError(error).message);
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="verwerfen-titel"
      aria-describedby="verwerfen-text"
      onCancel={(event) => {
        event.preventDefault();
        onAbbrechen();
      }}
    >
      <h2 id="verwerfen-titel">Vorschlag verwerfen?</h2>
      <div id="verwerfen-text">
        <p>
          Die Adresse <strong className="break">{eintrag.email}</strong> wird nicht als
          Ausbildungsbeauftragte/r Ihres Betriebs bestätigt und kann keine Nachweise genehmigen.
        </p>
        <p>
          {wartend > 0
            ? `${nachweiseText(wartend)}, die an diese Adresse ${wartend === 1 ? 'ging, geht' : 'gingen, gehen'} als abgelehnt an die Auszubildenden zurück – mit der Begründung, dass die Adresse nicht bestätigt wurde. Sie können sie dann bei ihrer Ausbilderin, ihrem Ausbilder oder einer bestätigten Person einreichen.`
            : 'Zurzeit wartet kein Nachweis auf diese Adresse.'}
        </p>
      </div>
      {fehler && (
        <ErrorAlert>
          <p>{fehler}</p>
        </ErrorAlert>
      )}
      <div className="button-row">
        <button ref={abbrechenRef} type="button" className="button button-secondary" onClick={onAbbrechen}>
          Abbrechen
        </button>
        <button type="button" className="button button-danger" onClick={verwerfen} aria-busy={loading}>
          {loading ? 'Wird verworfen …' : 'Verwerfen'}
        </button>
      </div>
    </dialog>
  );
}
