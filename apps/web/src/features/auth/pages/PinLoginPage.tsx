import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import { LoginMitPinDocument, MeDocument } from '../graphql/session';
import { readLoginState } from '../hooks/loginState';

const FEHLER_ID = 'pin-anmeldung-fehler';

/** `/anmelden/pin`: Ausbildungsbeauftragte sign in with the PIN they were e-mailed once. */
export function PinLoginPage() {
  usePageTitle('Anmeldung mit PIN');
  const client = useApolloClient();
  const navigate = useNavigate();
  const { from, hinweis } = readLoginState(useLocation().state);
  const [login, { loading }] = useMutation(LoginMitPinDocument);
  const [email, setEmail] = useState('');
  const [pin, setPin] = useState('');
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);

  function zeigeFehler(error: ApiError) {
    setFehler(error);
    if (error.field === 'email') emailRef.current?.focus();
    if (error.field === 'pin') pinRef.current?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!email.trim())
      return zeigeFehler({ message: 'Bitte geben Sie Ihre E-Mail-Adresse ein.', field: 'email' });
    if (!pin.trim()) return zeigeFehler({ message: 'Bitte geben Sie Ihre PIN ein.', field: 'pin' });
    setFehler(null);
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), pin: pin.trim() } } });
      if (!data) return;
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: data.loginMitPin } });
      await navigate(from ?? '/', { replace: true });
    } catch (error) {
      zeigeFehler(toApiError(error));
    }
  }

  const fehlerBei = (field: string) =>
    fehler?.field === field ? { 'aria-invalid': true, 'aria-describedby': FEHLER_ID } : {};

  return (
    <div className="login">
      <h1>Anmeldung mit PIN</h1>
      <p className="lead">
        Für Ausbildungsbeauftragte: Melden Sie sich mit Ihrer E-Mail-Adresse und der PIN an, die Sie per
        E-Mail erhalten haben.
      </p>
      {hinweis && !fehler && <p className="notice notice-info">{hinweis}</p>}
      <form className="card form" onSubmit={onSubmit} noValidate aria-busy={loading}>
        <div className="field">
          <label htmlFor="pin-email">E-Mail-Adresse</label>
          <input
            ref={emailRef}
            id="pin-email"
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
          <label htmlFor="pin-pin">PIN</label>
          <input
            ref={pinRef}
            id="pin-pin"
            name="pin"
            type="password"
            inputMode="numeric"
            autoComplete="current-password"
            value={pin}
            onChange={(e) => setPin(e.target.value)}
            {...fehlerBei('pin')}
          />
        </div>
        {fehler && (
          <ErrorAlert id={FEHLER_ID}>
            <p>{fehler.message}</p>
          </ErrorAlert>
        )}
        <button type="submit" className="button button-primary">
          {loading ? 'Anmeldung läuft …' : 'Anmelden'}
        </button>
      </form>
      <p className="login-wechsel">
        <Link to="/anmelden" state={from ? { from } : undefined}>
          Anmeldung mit Passwort
        </Link>
      </p>
    </div>
  );
}
