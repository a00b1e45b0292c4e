import { useMutation } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import { Feld } from '../components/Feld';
import { PasswortVergessenDocument } from '../graphql/konten';

const TITEL = 'Passwort vergessen';

/**
 * `/passwort-vergessen`: e-mail, Benutzername or (Azubis) Identnummer. The answer is always the
 * same, whether or not an account exists; the e-mail tells the owner.
 */
export function PasswortVergessenPage() {
  usePageTitle(TITEL);
  const [anfordern, { loading }] = useMutation(PasswortVergessenDocument);
  const [kennung, setKennung] = useState('');
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const [antwort, setAntwort] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAntwort('');
    if (!kennung.trim()) {
      setFehler({
        message: 'Bitte geben Sie Ihre E-Mail-Adresse, Ihren Benutzernamen oder Ihre Identnummer ein.',
        field: 'kennung',
      });
      inputRef.current?.focus();
      return;
    }
    setFehler(null);
    try {
      const result = await anfordern({ variables: { kennung: kennung.trim() } });
      setAntwort(result.data?.passwortVergessen.meldung ?? '');
    } catch (error) {
      const e = toApiError(error);
      setFehler(e);
      if (e.field === 'kennung') inputRef.current?.focus();
    }
  }

  return (
    <div className="login">
      <h1>{TITEL}</h1>
      <p className="lead">
        Geben Sie Ihre E-Mail-Adresse oder Ihren Benutzernamen ein. Auszubildende können auch ihre Identnummer
        (Azubinummer) aus der Eintragungsbestätigung verwenden. Sie erhalten eine E-Mail mit einem Link, über
        den Sie ein neues Passwort festlegen. Der Link gilt 24 Stunden und nur einmal.
      </p>
      <form className="card form" onSubmit={onSubmit} noValidate aria-busy={loading}>
        <Feld
          id="kennung"
          label="E-Mail-Adresse, Benutzername oder Identnummer"
          value={kennung}
          onChange={setKennung}
          inputRef={inputRef}
          type="text"
          autoComplete="username"
          spellCheck={false}
          fehler={fehler?.field === 'kennung' ? fehler.message : null}
        />
        {fehler && fehler.field !== 'kennung' && (
          <ErrorAlert>
            <p>{fehler.message}</p>
          </ErrorAlert>
        )}
        <button type="submit" className="button button-primary">
          {loading ? 'Wird gesendet …' : 'Link anfordern'}
        </button>
      </form>
      <p className="notice notice-success" role="status">
        {antwort}
      </p>
      <p className="login-wechsel">
        <Link to="/anmelden">Zurück zur Anmeldung</Link>
      </p>
    </div>
  );
}
