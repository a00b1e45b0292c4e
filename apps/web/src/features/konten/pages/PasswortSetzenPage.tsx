import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import type { LoginState } from '../../auth/hooks/loginState';
import { Feld } from '../components/Feld';
import { PasswortRegeln } from '../components/PasswortRegeln';
import { KontoLinkDocument, PasswortSetzenDocument } from '../graphql/konten';

const TITEL = 'Passwort festlegen';

/** `/passwort-setzen?token=…`: the first password (invitation) or a new one (reset), from an e-mail link. */
export function PasswortSetzenPage() {
  usePageTitle(TITEL);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const link = useQuery(KontoLinkDocument, {
    variables: { token },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const [setzen, { loading }] = useMutation(PasswortSetzenDocument);
  const [passwort, setPasswort] = useState('');
  const [wiederholung, setWiederholung] = useState('');
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const passwortRef = useRef<HTMLInputElement>(null);
  const wiederholungRef = useRef<HTMLInputElement>(null);

  function zeige(e: ApiError) {
    setFehler(e);
    if (e.field === 'passwortWiederholung') wiederholungRef.current?.focus();
    else if (e.field === 'passwort') passwortRef.current?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!passwort) return zeige({ message: 'Bitte geben Sie ein Passwort ein.', field: 'passwort' });
    if (passwort !== wiederholung)
      return zeige({
        message: 'Die beiden Passwörter stimmen nicht überein.',
        field: 'passwortWiederholung',
      });
    setFehler(null);
    try {
      await setzen({ variables: { input: { token, passwort, passwortWiederholung: wiederholung } } });
      const state: LoginState = {
        hinweis:
          'Ihr Passwort wurde gespeichert. Bitte melden Sie sich jetzt mit Ihrer E-Mail-Adresse und dem neuen Passwort an.',
      };
      await navigate('/anmelden', { replace: true, state });
    } catch (error) {
      zeige(toApiError(error));
    }
  }

  const linkFehler = !token
    ? 'Der Link ist unvollständig. Bitte öffnen Sie ihn direkt aus der E-Mail oder fordern Sie einen neuen an.'
    : link.error
      ? toApiError(link.error).message
      : link.data && link.data.kontoLink.zweck === 'EMAIL_AENDERUNG'
        ? 'Dieser Link bestätigt eine neue E-Mail-Adresse, er setzt kein Passwort.'
        : null;
  const info = link.data?.kontoLink;

  return (
    <div className="login">
      <h1>{TITEL}</h1>
      {link.loading && <Loading />}
      {linkFehler && (
        <>
          <ErrorAlert>
            <p>{linkFehler}</p>
          </ErrorAlert>
          <p>
            <Link to="/passwort-vergessen">Neuen Link anfordern</Link> ·{' '}
            <Link to="/anmelden">Zur Anmeldung</Link>
          </p>
        </>
      )}
      {info && !linkFehler && (
        <>
          <p className="lead">
            {info.zweck === 'EINLADUNG'
              ? `Willkommen im Ausbildungsportal, ${info.vorname}. Legen Sie Ihr Passwort fest; danach melden Sie sich mit Ihrer E-Mail-Adresse und diesem Passwort an.`
              : `Legen Sie ein neues Passwort für Ihr Konto fest, ${info.vorname}. Alle bisherigen Sitzungen werden dabei beendet.`}
          </p>
          <PasswortRegeln id="passwort-regeln" />
          <form className="card form" onSubmit={onSubmit} noValidate aria-busy={loading}>
            <div className="field">
              <label htmlFor="konto-email">E-Mail-Adresse (Anmeldename)</label>
              <input id="konto-email" type="email" autoComplete="username" value={info.email} readOnly />
            </div>
            <Feld
              id="passwort"
              label="Neues Passwort"
              type="password"
              autoComplete="new-password"
              value={passwort}
              onChange={setPasswort}
              inputRef={passwortRef}
              beschreibung="passwort-regeln"
              fehler={fehler?.field === 'passwort' ? fehler.message : null}
            />
            <Feld
              id="passwortWiederholung"
              label="Neues Passwort wiederholen"
              type="password"
              autoComplete="new-password"
              value={wiederholung}
              onChange={setWiederholung}
              inputRef={wiederholungRef}
              fehler={fehler?.field === 'passwortWiederholung' ? fehler.message : null}
            />
            {fehler && fehler.field !== 'passwort' && fehler.field !== 'passwortWiederholung' && (
              <ErrorAlert>
                <p>{fehler.message}</p>
              </ErrorAlert>
            )}
            <button type="submit" className="button button-primary">
              {loading ? 'Wird gespeichert …' : 'Passwort speichern'}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
