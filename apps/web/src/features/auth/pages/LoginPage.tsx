import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import { LoginDocument, MeDocument } from '../graphql/session';
import { readLoginState } from '../hooks/loginState';

const FEHLER_ID = 'anmeldung-fehler';

export function LoginPage() {
  usePageTitle('Anmeldung');
  const client = useApolloClient();
  const navigate = useNavigate();
  const { from, hinweis } = readLoginState(useLocation().state);
  const [login, { loading }] = useMutation(LoginDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function zeigeFehler(error: ApiError) {
    setFehler(error);
    if (error.field === 'email') emailRef.current?.focus();
    if (error.field === 'password') passwordRef.current?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!email.trim())
      return zeigeFehler({ message: 'Bitte geben Sie Ihre E-Mail-Adresse ein.', field: 'email' });
    if (!password) return zeigeFehler({ message: 'Bitte geben Sie Ihr Passwort ein.', field: 'password' });
    setFehler(null);
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      if (!data) return;
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: data.login } });
      await navigate(from ?? '/', { replace: true });
    } catch (error) {
      zeigeFehler(toApiError(error));
    }
  }

  const fehlerBei = (field: string) =>
    fehler?.field === field ? { 'aria-invalid': true, 'aria-describedby': FEHLER_ID } : {};

  return (
    <div className="login">
      <h1>Anmeldung</h1>
      <p className="lead">Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an.</p>
      {hinweis && !fehler && <p className="notice notice-info">{hinweis}</p>}
      <form className="card form" onSubmit={onSubmit} noValidate aria-busy={loading}>
        <div className="field">
          <label htmlFor="login-email">E-Mail-Adresse</label>
          <input
            ref={emailRef}
            id="login-email"
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
          <label htmlFor="login-password">Passwort</label>
          <input
            ref={passwordRef}
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            {...fehlerBei('password')}
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
        <Link to="/anmelden/pin" state={from ? { from } : undefined}>
          Anmeldung mit PIN (Ausbildungsbeauftragte)
        </Link>
      </p>
    </div>
  );
}
