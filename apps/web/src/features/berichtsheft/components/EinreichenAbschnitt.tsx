import { type FormEvent, useEffect, useRef } from 'react';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import type { ApiError } from '../../../shared/lib/apiError';
import { FeldMeldung, feldAttribute } from './feldMeldungen';

const EMAIL_ID = 'nachweis-genehmiger-email';
const ERKLAERUNG_ID = `${EMAIL_ID}-erklaerung`;

/** The error (if any) first, then the explanation of new addresses. */
function mitErklaerung(attribute: ReturnType<typeof feldAttribute>) {
  return {
    ...attribute,
    'aria-describedby': [attribute['aria-describedby'], ERKLAERUNG_ID].filter(Boolean).join(' '),
  };
}

interface Props {
  email: string;
  onEmailChange: (email: string) => void;
  onEinreichen: () => void;
  fehler: ApiError | null;
  laeuft: boolean;
}

/** "Einreichen": the approver's e-mail (prefilled with the last one used) and the submit button. */
export function EinreichenAbschnitt({ email, onEmailChange, onEinreichen, fehler, laeuft }: Props) {
  const emailRef = useRef<HTMLInputElement>(null);
  const amFeld = fehler?.field === 'genehmigerEmail';
  useEffect(() => {
    if (amFeld) emailRef.current?.focus();
  }, [amFeld]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!laeuft) onEinreichen();
  }

  return (
    <section className="card" aria-labelledby="einreichen-titel">
      <h2 id="einreichen-titel">Einreichen</h2>
      <p>
        Wenn der Nachweis vollständig ist, reichen Sie ihn zur Genehmigung ein. Danach können Sie ihn nur
        wieder ändern, wenn er abgelehnt wird.
      </p>
      <form className="form" onSubmit={onSubmit} noValidate aria-busy={laeuft}>
        <div className="field">
          <label htmlFor={EMAIL_ID}>
            E-Mail-Adresse der Ausbilderin / des Ausbilders oder der/des Ausbildungsbeauftragten
          </label>
          <input
            ref={emailRef}
            id={EMAIL_ID}
            type="email"
            autoComplete="email"
            spellCheck={false}
            value={email}
            onChange={(e) => onEmailChange(e.target.value)}
            {...mitErklaerung(feldAttribute(EMAIL_ID, { fehler: amFeld ? fehler?.message : undefined }))}
          />
          <p id={ERKLAERUNG_ID} className="field-hint">
            Eine Adresse, die Ihr Betrieb noch nicht als Ausbildungsbeauftragte/r bestätigt hat, muss zuerst
            Ihre Ausbilderin oder Ihr Ausbilder bestätigen. Erst danach kann diese Person Ihren Nachweis
            genehmigen; bis dahin kann nur Ihre Ausbilderin oder Ihr Ausbilder genehmigen.
          </p>
          <FeldMeldung id={EMAIL_ID} meldungen={{ fehler: amFeld ? fehler?.message : undefined }} />
        </div>
        {fehler && !amFeld && (
          <ErrorAlert>
            <p>{fehler.message}</p>
          </ErrorAlert>
        )}
        <button type="submit" className="button button-primary" aria-busy={laeuft}>
          Zur Genehmigung einreichen
        </button>
      </form>
    </section>
  );
}
