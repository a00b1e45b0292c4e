import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { AusbildungsbeauftragteFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import { AusbildungsbeauftragteDocument, GenehmigerBestaetigenDocument } from '../graphql/genehmiger';

type Eintrag = AusbildungsbeauftragteFieldsFragment;

interface Props {
  eintrag: Eintrag;
  onAbbrechen: () => void;
  onBestaetigt: (meldung: string) => void;
}

const FELDER = ['vorname', 'nachname'] as const;

/**
 * "Bestätigen": the Betrieb vouches for an address an Azubi named and names the person. A modal
 * native <dialog> (focus stays inside, Escape cancels).
 */
export function BestaetigenDialog({ eintrag, onAbbrechen, onBestaetigt }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const vornameRef = useRef<HTMLInputElement>(null);
  const nachnameRef = useRef<HTMLInputElement>(null);
  const [vorname, setVorname] = useState('');
  const [nachname, setNachname] = useState('');
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const [bestaetigen, { loading }] = useMutation(GenehmigerBestaetigenDocument, {
    refetchQueries: [AusbildungsbeauftragteDocument],
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    dialog.showModal();
    vornameRef.current?.focus();
    return () => dialog.close();
  }, []);

  function fokussiere(feld: string | undefined) {
    if (feld === 'nachname') nachnameRef.current?.focus();
    else vornameRef.current?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const leer: ApiError | null = !vorname.trim()
      ? { message: 'Bitte geben Sie den Vornamen der Person an.', field: 'vorname' }
      : !nachname.trim()
        ? { message: 'Bitte geben Sie den Nachnamen der Person an.', field: 'nachname' }
        : null;
    if (leer) {
      setFehler(leer);
      fokussiere(leer.field);
      return;
    }
    setFehler(null);
    try {
      const { data } = await bestaetigen({
        variables: { input: { id: eintrag.id, vorname: vorname.trim(), nachname: nachname.trim() } },
      });
      const status = data?.genehmigerBestaetigen.status;
      onBestaetigt(
        status === 'AKTIV'
          ? `${eintrag.email} ist als Ausbildungsbeauftragte/r bestätigt und kann jetzt genehmigen.`
          : `${eintrag.email} ist bestätigt. Die Person erhält eine E-Mail mit ihrem Zugang; sobald sie die Einladung annimmt, kann sie genehmigen.`,
      );
    } catch (error) {
      const e = toApiError(error);
      setFehler(e);
      if ((FELDER as readonly string[]).includes(e.field ?? '')) fokussiere(e.field);
    }
  }

  const feldFehler = (feld: string) => (fehler?.field === feld ? fehler.message : undefined);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="bestaetigen-titel"
      aria-describedby="bestaetigen-text"
      onCancel={(event) => {
        event.preventDefault();
        onAbbrechen();
      }}
    >
      <h2 id="bestaetigen-titel">Ausbildungsbeauftragte/n bestätigen</h2>
      <div id="bestaetigen-text">
        <p>
          Mit der Bestätigung bürgt Ihr Betrieb dafür, dass <strong className="break">{eintrag.email}</strong>{' '}
          einer Ausbilderin, einem Ausbilder oder einer/einem Ausbildungsbeauftragten Ihres Betriebs gehört.
          Die Person erhält dann eine PIN per E-Mail und kann die Ausbildungsnachweise Ihrer Auszubildenden
          genehmigen.
        </p>
        <p>
          <strong>
            Bestätigen Sie nur eine Adresse, von der Sie wissen, dass sie zu einer Ausbilderin oder einem
            Ausbilder Ihres Betriebs gehört.
          </strong>{' '}
          Im Zweifel verwerfen Sie den Vorschlag.
        </p>
      </div>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
        <Eingabe
          id="bestaetigen-vorname"
          label="Vorname"
          wert={vorname}
          setze={setVorname}
          fehler={feldFehler('vorname')}
          inputRef={vornameRef}
        />
        <Eingabe
          id="bestaetigen-nachname"
          label="Nachname"
          wert={nachname}
          setze={setNachname}
          fehler={feldFehler('nachname')}
          inputRef={nachnameRef}
        />
        {fehler && !(FELDER as readonly string[]).includes(fehler.field ?? '') && (
          <ErrorAlert>
            <p>{fehler.message}</p>
          </ErrorAlert>
        )}
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={onAbbrechen}>
            Abbrechen
          </button>
          <button type="submit" className="button button-primary" aria-busy={loading}>
            {loading ? 'Wird bestätigt …' : 'Bestätigen'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

interface EingabeProps {
  id: string;
  label: string;
  wert: string;
  setze: (wert: string) => void;
  fehler?: string;
  inputRef: React.Ref<HTMLInputElement>;
}

function Eingabe({ id, label, wert, setze, fehler, inputRef }: EingabeProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        autoComplete="off"
        maxLength={100}
        value={wert}
        onChange={(e) => setze(e.target.value)}
        aria-invalid={fehler ? true : undefined}
        aria-describedby={fehler ? `${id}-fehler` : undefined}
      />
      {fehler && (
        <p id={`${id}-fehler`} className="field-error">
          {fehler}
        </p>
      )}
    </div>
  );
}
