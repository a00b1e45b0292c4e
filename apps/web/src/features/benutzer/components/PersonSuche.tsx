import { type FormEvent, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/lib/apiError';

const EMAIL_ID = 'vergeben-email';
const FEHLER_ID = 'vergeben-email-fehler';

interface Props {
  fehler: ApiError | null;
  suchtLaeuft: boolean;
  onSuchen: (email: string) => void;
  onFehler: (fehler: ApiError) => void;
}

/** Step 1 of "Rolle vergeben": find a registered person by exact e-mail address. */
export function PersonSuche({ fehler, suchtLaeuft, onSuchen, onFehler }: Props) {
  const [email, setEmail] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wert = email.trim();
    if (!wert) {
      onFehler({ message: 'Bitte geben Sie die E-Mail-Adresse der Person ein.', field: 'email' });
      inputRef.current?.focus();
      return;
    }
    onSuchen(wert);
  }

  return (
    <form className="form form-inline" onSubmit={onSubmit} noValidate aria-busy={suchtLaeuft}>
      <div className="field">
        <label htmlFor={EMAIL_ID}>E-Mail-Adresse der Person</label>
        <input
          ref={inputRef}
          id={EMAIL_ID}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={fehler ? true : undefined}
          aria-describedby={fehler ? FEHLER_ID : undefined}
        />
      </div>
      <button type="submit" className="button button-primary">
        Person suchen
      </button>
      {fehler && (
        <p id={FEHLER_ID} role="alert" className="field-error form-full">
          {fehler.message}
        </p>
      )}
    </form>
  );
}
