import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { seiteVorladen } from '../../../app/router';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import type { ApiError } from '../../../shared/lib/apiError';
import type { Anmeldeart } from '../anmeldung';
import { readLoginState } from '../hooks/loginState';

/** The secret besides the e-mail address: the password, or the PIN of an Ausbildungsbeauftragte/r. */
export interface Geheimnis {
  /** The API's field name, so a server error on it marks this input. */
  field: Anmeldeart;
  label: string;
  leer: string;
  inputMode?: 'numeric';
  autoComplete: string;
}

interface Props {
  id: string;
  titel: string;
  einleitung: React.ReactNode;
  geheimnis: Geheimnis;
  wechsel: { to: string; text: string };
  /** Further links below the form ("Passwort vergessen?", registration). */
  weitereLinks?: readonly { to: string; text: string }[];
}

/** The login form shared by the password and the PIN login: same errors, focus and redirect. */
export function AnmeldeFormular({ id, titel, einleitung, geheimnis, wechsel, weitereLinks }: Props) {
  usePageTitle(titel);
  const navigate = useNavigate();
  const { from, hinweis } = readLoginState(useLocation().state);
  const [laeuft, setLaeuft] = useState(false);
  const [email, setEmail] = useState('');
  const [wert, setWert] = useState('');
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const wertRef = useRef<HTMLInputElement>(null);
  const fehlerId = `${id}-fehler`;

  // The login needs Apollo, and the page after it its chunks; neither is part of this page's
  // first download. Fetch them now, while the user types, so the submit waits for the server
  // only (a failure here is retried on submit or by the navigation).
  useEffect(() => {
    void import('../anmeldung').then(({ vorbereiten }) => vorbereiten()).catch(() => undefined);
    seiteVorladen(from ?? '/');
  }, [from]);

  function zeigeFehler(error: ApiError) {
    setFehler(error);
    if (error.field === 'email') emailRef.current?.focus();
    if (error.field === geheimnis.field) wertRef.current?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (laeuft) return;
    if (!email.trim())
      return zeigeFehler({ message: 'Bitte geben Sie Ihre E-Mail-Adresse ein.', field: 'email' });
    if (!wert.trim()) return zeigeFehler({ message: geheimnis.leer, field: geheimnis.field });
    setFehler(null);
    setLaeuft(true);
    try {
      const { anmelden } = await import('../anmeldung');
      const ergebnis = await anmelden(
        geheimnis.field,
        email.trim(),
        geheimnis.field === 'pin' ? wert.trim() : wert,
      );
      if ('fehler' in ergebnis) return zeigeFehler(ergebnis.fehler);
      if (!ergebnis.me) return;
      await navigate(from ?? '/', { replace: true });
    } catch {
      // The login's code could not be downloaded (offline, or a new release replaced it).
      zeigeFehler({
        message:
          'Die Anmeldung konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
        verbindungsfehler: true,
      });
    } finally {
      setLaeuft(false);
    }
  }

  const fehlerBei = (field: string) =>
    fehler?.field === field ? { 'aria-invalid': true, 'aria-describedby': fehlerId } : {};

  return (
    <div className="login">
      <h1>{titel}</h1>
      <p className="lead">{einleitung}</p>
      {hinweis && !fehler && <p className="notice notice-info">{hinweis}</p>}
      <form className="card form" onSubmit={onSubmit} noValidate aria-busy={laeuft}>
        <div className="field">
          <label htmlFor={`${id}-email`}>E-Mail-Adresse</label>
          <input
            ref={emailRef}
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            {...fehlerBei('email')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-${geheimnis.field}`}>{geheimnis.label}</label>
          <input
            ref={wertRef}
            id={`${id}-${geheimnis.field}`}
            name={geheimnis.field}
            type="password"
            inputMode={geheimnis.inputMode}
            autoComplete={geheimnis.autoComplete}
            value={wert}
            onChange={(e) => setWert(e.target.value)}
            {...fehlerBei(geheimnis.field)}
          />
        </div>
        {fehler && (
          <ErrorAlert id={fehlerId}>
            <p>{fehler.message}</p>
          </ErrorAlert>
        )}
        <button type="submit" className="button button-primary">
          {laeuft ? 'Anmeldung läuft …' : 'Anmelden'}
        </button>
      </form>
      <p className="login-wechsel">
        <Link to={wechsel.to} state={from ? { from } : undefined}>
          {wechsel.text}
        </Link>
      </p>
      {weitereLinks?.map((link) => (
        <p key={link.to} className="login-wechsel">
          <Link to={link.to}>{link.text}</Link>
        </p>
      ))}
    </div>
  );
}
