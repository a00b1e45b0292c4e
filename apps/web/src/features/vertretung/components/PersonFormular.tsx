import { type FormEvent, useId, useState } from 'react';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import type { ApiError } from '../../../shared/lib/apiError';

export interface PersonAngaben {
  vorname: string;
  nachname: string;
  email: string;
}

interface Props {
  knopf: string;
  laeuft: boolean;
  fehler: ApiError | null;
  /** Resolves true when the person was saved (the form is emptied then). */
  onSenden: (angaben: PersonAngaben) => Promise<boolean>;
}

const FELDER = [
  { name: 'vorname', label: 'Vorname', autoComplete: 'off', type: 'text' },
  { name: 'nachname', label: 'Nachname', autoComplete: 'off', type: 'text' },
  { name: 'email', label: 'E-Mail-Adresse', autoComplete: 'off', type: 'email' },
] as const;

const LEER: PersonAngaben = { vorname: '', nachname: '', email: '' };

/** Vorname, Nachname, E-Mail of a deputy; errors next to the field they concern. */
export function PersonFormular({ knopf, laeuft, fehler, onSenden }: Props) {
  const id = useId();
  const [werte, setWerte] = useState<PersonAngaben>(LEER);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (laeuft) return;
    if (await onSenden(werte)) setWerte(LEER);
  }

  const feldFehler = fehler?.field && FELDER.some((f) => f.name === fehler.field) ? fehler.field : null;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={laeuft}>
      {FELDER.map((feld) => {
        const feldId = `${id}-${feld.name}`;
        const hatFehler = feldFehler === feld.name;
        return (
          <div className="field" key={feld.name}>
            <label htmlFor={feldId}>{feld.label}</label>
            <input
              id={feldId}
              type={feld.type}
              autoComplete={feld.autoComplete}
              value={werte[feld.name]}
              onChange={(event) => setWerte({ ...werte, [feld.name]: event.target.value })}
              aria-invalid={hatFehler || undefined}
              aria-describedby={hatFehler ? `${feldId}-fehler` : undefined}
            />
            {hatFehler && (
              <p id={`${feldId}-fehler`} role="alert" className="field-error">
                {fehler?.message}
              </p>
            )}
          </div>
        );
      })}
      {fehler && !feldFehler && (
        <ErrorAlert>
          <p>{fehler.message}</p>
        </ErrorAlert>
      )}
      <button type="submit" className="button button-primary">
        {knopf}
      </button>
    </form>
  );
}
