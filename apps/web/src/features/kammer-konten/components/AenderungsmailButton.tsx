import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { toApiError } from '../../../shared/lib/apiError';
import { AenderungsmailSendenDocument } from '../graphql/kammerKonten';

interface Props {
  ausbilderUserId: string;
  betriebsstaetteId: string;
  /** The Ausbilder's name, for the button's accessible name and the dialog. */
  name: string;
  /** Told after sending, to show a status line on the page; without it the button shows its own. */
  onGesendet?: (meldung: string) => void;
}

/**
 * "Änderungsmail": the Betrieb tells its IHK about a change to an Ausbilder/-in (new name, left the
 * company, new qualification ...). For a row of an Ausbilder list; opens a modal dialog.
 */
export function AenderungsmailButton({ ausbilderUserId, betriebsstaetteId, name, onGesendet }: Props) {
  const [offen, setOffen] = useState(false);
  const [meldung, setMeldung] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const schliessen = () => {
    setOffen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button-secondary button-small"
        onClick={() => setOffen(true)}
      >
        Änderungsmail<span className="visually-hidden"> zu {name}</span>
      </button>
      {offen && (
        <AenderungsmailDialog
          ausbilderUserId={ausbilderUserId}
          betriebsstaetteId={betriebsstaetteId}
          name={name}
          onAbbrechen={schliessen}
          onGesendet={(text) => {
            schliessen();
            if (onGesendet) onGesendet(text);
            else setMeldung(text);
          }}
        />
      )}
      {!onGesendet && (
        <p role="status" className="field-hint">
          {meldung}
        </p>
      )}
    </>
  );
}

function AenderungsmailDialog({
  ausbilderUserId,
  betriebsstaetteId,
  name,
  onAbbrechen,
  onGesendet,
}: Omit<Props, 'onGesendet'> & { onAbbrechen: () => void; onGesendet: (meldung: string) => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  const [senden, { loading }] = useMutation(AenderungsmailSendenDocument);
  const id = `aenderungsmail-${ausbilderUserId}`;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    dialog.showModal();
    textRef.current?.focus();
    return () => dialog.close();
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!text.trim()) {
      setFehler('Bitte beschreiben Sie die Änderung.');
      return textRef.current?.focus();
    }
    setFehler(null);
    try {
      await senden({ variables: { input: { ausbilderUserId, betriebsstaetteId, text } } });
      onGesendet(`Die Änderungsmail zu ${name} wurde an Ihre IHK gesendet.`);
    } catch (error) {
      setFehler(toApiError(error).message);
      textRef.current?.focus();
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${id}-titel`}
      onCancel={(event) => {
        event.preventDefault();
        onAbbrechen();
      }}
    >
      <h2 id={`${id}-titel`}>Änderungsmail zu {name}</h2>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
        <div className="field">
          <label htmlFor={`${id}-text`}>Was hat sich geändert?</label>
          <textarea
            ref={textRef}
            id={`${id}-text`}
            rows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={fehler ? true : undefined}
            aria-describedby={`${id}-hilfe`}
          />
          <p id={`${id}-hilfe`} className="field-hint">
            Zum Beispiel: neuer Nachname, ausgeschieden zum …, neue Ausbildereignung. Die Mitteilung geht als
            Aufgabe an Ihre IHK.
          </p>
        </div>
        {fehler && (
          <ErrorAlert>
            <p>{fehler}</p>
          </ErrorAlert>
        )}
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {loading ? 'Wird gesendet …' : 'An die IHK senden'}
          </button>
          <button type="button" className="button button-secondary" onClick={onAbbrechen}>
            Abbrechen
          </button>
        </div>
      </form>
    </dialog>
  );
}
