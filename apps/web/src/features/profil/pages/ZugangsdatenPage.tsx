import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import type { MailZustellungFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import { formatDatumZeit } from '../../../shared/lib/format';
import { Feld } from '../../konten/components/Feld';
import { PasswortRegeln } from '../../konten/components/PasswortRegeln';
import { ZustellungHinweis } from '../../konten/components/ZustellungHinweis';
import {
  EmailAendernDocument,
  MeineZugangsdatenDocument,
  PasswortAendernDocument,
} from '../../konten/graphql/konten';

const TITEL = 'Zugangsdaten';

/** `/profil/zugangsdaten`: the own e-mail address (with confirmation) and password. */
export function ZugangsdatenPage() {
  usePageTitle(TITEL);
  const { data, loading, error } = useQuery(MeineZugangsdatenDocument, { fetchPolicy: 'cache-and-network' });
  const daten = data?.meineZugangsdaten;
  return (
    <>
      <h1>{TITEL}</h1>
      {error && !daten && <QueryError error={error} />}
      {!daten && loading && <Loading />}
      {daten && (
        <>
          <EmailAbschnitt
            email={daten.email}
            darfAendern={daten.darfEmailAendern}
            offen={daten.offeneEmailAenderung ?? null}
          />
          <PasswortAbschnitt
            hatPasswort={daten.hatPasswort}
            geaendertAm={daten.passwortGeaendertAm ?? null}
          />
        </>
      )}
    </>
  );
}

function EmailAbschnitt({
  email,
  darfAendern,
  offen,
}: {
  email: string;
  darfAendern: boolean;
  offen: string | null;
}) {
  const [aendern, { loading }] = useMutation(EmailAendernDocument, {
    refetchQueries: [MeineZugangsdatenDocument],
  });
  const [neueEmail, setNeueEmail] = useState('');
  const [passwort, setPasswort] = useState('');
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const [erfolg, setErfolg] = useState('');
  const [zustellung, setZustellung] = useState<MailZustellungFieldsFragment | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwortRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setErfolg('');
    setZustellung(null);
    if (!neueEmail.trim()) {
      setFehler({ message: 'Bitte geben Sie die neue E-Mail-Adresse ein.', field: 'neueEmail' });
      return emailRef.current?.focus();
    }
    if (!passwort) {
      setFehler({ message: 'Bitte geben Sie Ihr aktuelles Passwort ein.', field: 'passwort' });
      return passwortRef.current?.focus();
    }
    setFehler(null);
    try {
      const result = await aendern({ variables: { input: { neueEmail: neueEmail.trim(), passwort } } });
      const z = result.data?.emailAendern ?? null;
      setZustellung(z);
      if (z?.zugestellt) {
        setErfolg(
          `Wir haben einen Bestätigungslink an ${neueEmail.trim()} gesendet. Die Änderung wird wirksam, sobald Sie auf den Link klicken. Ältere Bestätigungslinks sind damit ungültig.`,
        );
      }
      setNeueEmail('');
      setPasswort('');
    } catch (e) {
      const err = toApiError(e);
      setFehler(err);
      if (err.field === 'passwort') passwortRef.current?.focus();
      else emailRef.current?.focus();
    }
  }

  return (
    <section className="card" aria-labelledby="email-titel">
      <h2 id="email-titel">E-Mail-Adresse</h2>
      <p>
        Ihre E-Mail-Adresse (Anmeldename): <strong className="email-hervorgehoben">{email}</strong>
      </p>
      {offen && (
        <p className="notice notice-info">
          Bestätigung ausstehend: Wir haben einen Link an {offen} gesendet. Verwenden Sie immer den Link aus
          der zuletzt erhaltenen E-Mail.
        </p>
      )}
      {!darfAendern ? (
        <p className="notice notice-info">
          Als Ausbildungsbeauftragte/r können Sie Ihre E-Mail-Adresse nicht selbst ändern. Sie erhalten neue
          Zugangsdaten, sobald eine Auszubildende oder ein Auszubildender Ihnen einen Ausbildungsnachweis an
          Ihre neue E-Mail-Adresse sendet.
        </p>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
          <Feld
            id="neueEmail"
            label="Neue E-Mail-Adresse"
            type="email"
            autoComplete="email"
            spellCheck={false}
            value={neueEmail}
            onChange={setNeueEmail}
            inputRef={emailRef}
            fehler={fehler?.field === 'neueEmail' ? fehler.message : null}
          />
          <Feld
            id="email-passwort"
            label="Aktuelles Passwort"
            type="password"
            autoComplete="current-password"
            value={passwort}
            onChange={setPasswort}
            inputRef={passwortRef}
            fehler={fehler?.field === 'passwort' ? fehler.message : null}
          />
          {fehler && fehler.field !== 'neueEmail' && fehler.field !== 'passwort' && (
            <ErrorAlert>
              <p>{fehler.message}</p>
            </ErrorAlert>
          )}
          <div className="button-row">
            <button type="submit" className="button button-primary">
              {loading ? 'Wird gesendet …' : 'Bestätigungslink senden'}
            </button>
          </div>
        </form>
      )}
      <ZustellungHinweis zustellung={zustellung} />
      <p className="notice notice-success" role="status">
        {erfolg}
      </p>
    </section>
  );
}

function PasswortAbschnitt({
  hatPasswort,
  geaendertAm,
}: {
  hatPasswort: boolean;
  geaendertAm: string | null;
}) {
  const [aendern, { loading }] = useMutation(PasswortAendernDocument, {
    refetchQueries: [MeineZugangsdatenDocument],
  });
  const [aktuell, setAktuell] = useState('');
  const [neu, setNeu] = useState('');
  const [wiederholung, setWiederholung] = useState('');
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const [erfolg, setErfolg] = useState('');
  const refs = {
    aktuellesPasswort: useRef<HTMLInputElement>(null),
    neuesPasswort: useRef<HTMLInputElement>(null),
    neuesPasswortWiederholung: useRef<HTMLInputElement>(null),
  };
  const feld = (name: keyof typeof refs) => (fehler?.field === name ? fehler.message : null);

  function zeige(e: ApiError) {
    setFehler(e);
    const ref = e.field && e.field in refs ? refs[e.field as keyof typeof refs] : refs.aktuellesPasswort;
    ref.current?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setErfolg('');
    if (!aktuell)
      return zeige({ message: 'Bitte geben Sie Ihr aktuelles Passwort ein.', field: 'aktuellesPasswort' });
    if (!neu) return zeige({ message: 'Bitte geben Sie ein neues Passwort ein.', field: 'neuesPasswort' });
    if (neu !== wiederholung)
      return zeige({
        message: 'Die beiden Passwörter stimmen nicht überein.',
        field: 'neuesPasswortWiederholung',
      });
    setFehler(null);
    try {
      const result = await aendern({
        variables: {
          input: { aktuellesPasswort: aktuell, neuesPasswort: neu, neuesPasswortWiederholung: wiederholung },
        },
      });
      const n = result.data?.passwortAendern.beendeteSitzungen ?? 0;
      setErfolg(
        `Ihr Passwort wurde geändert.${n > 0 ? ` ${n} andere Sitzung${n === 1 ? ' wurde' : 'en wurden'} beendet.` : ''}`,
      );
      setAktuell('');
      setNeu('');
      setWiederholung('');
    } catch (e) {
      zeige(toApiError(e));
    }
  }

  return (
    <section className="card" aria-labelledby="passwort-titel">
      <h2 id="passwort-titel">Passwort</h2>
      {geaendertAm && <p>Zuletzt geändert am {formatDatumZeit(geaendertAm)} Uhr.</p>}
      {!hatPasswort ? (
        <p className="notice notice-info">
          Für Ihr Konto ist noch kein Passwort gesetzt. Nutzen Sie „Passwort vergessen?“ auf der Anmeldeseite,
          um eines festzulegen.
        </p>
      ) : (
        <>
          <PasswortRegeln id="profil-passwort-regeln" />
          <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
            <Feld
              id="aktuellesPasswort"
              label="Aktuelles Passwort"
              type="password"
              autoComplete="current-password"
              value={aktuell}
              onChange={setAktuell}
              inputRef={refs.aktuellesPasswort}
              fehler={feld('aktuellesPasswort')}
            />
            <Feld
              id="neuesPasswort"
              label="Neues Passwort"
              type="password"
              autoComplete="new-password"
              value={neu}
              onChange={setNeu}
              inputRef={refs.neuesPasswort}
              beschreibung="profil-passwort-regeln"
              fehler={feld('neuesPasswort')}
            />
            <Feld
              id="neuesPasswortWiederholung"
              label="Neues Passwort wiederholen"
              type="password"
              autoComplete="new-password"
              value={wiederholung}
              onChange={setWiederholung}
              inputRef={refs.neuesPasswortWiederholung}
              fehler={feld('neuesPasswortWiederholung')}
            />
            {fehler && !(fehler.field && fehler.field in refs) && (
              <ErrorAlert>
                <p>{fehler.message}</p>
              </ErrorAlert>
            )}
            <div className="button-row">
              <button type="submit" className="button button-primary">
                {loading ? 'Wird gespeichert …' : 'Passwort ändern'}
              </button>
            </div>
          </form>
        </>
      )}
      <p className="notice notice-success" role="status">
        {erfolg}
      </p>
    </section>
  );
}
