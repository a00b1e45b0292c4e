import { useMutation } from '@apollo/client/react';
import { type FormEvent, useCallback, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { Feld } from '../../konten/components/Feld';
import { type Eingang, FormularEingang } from '../components/FormularEingang';
import { alsFeldFehler, type FeldFehler, leereFelder } from '../components/formular';
import { KammerAuswahl } from '../components/KammerAuswahl';
import { RegistrierenDocument } from '../graphql/registrierung';

const TITEL = 'Registrierung für Prüfungsteilnehmer/-innen';

const LEER = { kammerId: '', vorname: '', nachname: '', email: '' };
type Werte = typeof LEER;

const PFLICHT: readonly [keyof Werte, string][] = [
  ['kammerId', 'Bitte wählen Sie Ihre IHK aus.'],
  ['vorname', 'Bitte geben Sie Ihren Vornamen an.'],
  ['nachname', 'Bitte geben Sie Ihren Nachnamen an.'],
  ['email', 'Bitte geben Sie Ihre E-Mail-Adresse an.'],
];

/**
 * `/registrieren` (no session): participants of a Fortbildungs- or Sachkundepruefung register
 * themselves and get an e-mail with a link to set their password. The answer is the same whether
 * the e-mail already has an account or not (that owner gets an e-mail saying so).
 */
export function RegistrierenPage() {
  usePageTitle(TITEL);
  const [registrieren, { loading }] = useMutation(RegistrierenDocument);
  const [werte, setWerte] = useState<Werte>(LEER);
  const [fehler, setFehler] = useState<FeldFehler>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [eingang, setEingang] = useState<Eingang | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const setze = (name: keyof Werte) => (value: string) => setWerte((w) => ({ ...w, [name]: value }));
  const setzeKammer = useCallback((value: string) => setWerte((w) => ({ ...w, kammerId: value })), []);

  function fokussiere(felder: FeldFehler) {
    const erstes = PFLICHT.map(([f]) => f).find((f) => felder[f]);
    if (erstes) formRef.current?.querySelector<HTMLElement>(`[name="registrierung-${erstes}"]`)?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAllgemein(null);
    const leer = leereFelder(werte, PFLICHT);
    setFehler(leer);
    if (Object.keys(leer).length > 0) return fokussiere(leer);
    try {
      const result = await registrieren({ variables: { input: werte } });
      if (result.data) setEingang(result.data.registrieren);
    } catch (error) {
      const { felder, allgemein: text } = alsFeldFehler(toApiError(error));
      setFehler(felder);
      setAllgemein(text);
      fokussiere(felder);
    }
  }

  return (
    <div className="login">
      <h1>{TITEL}</h1>
      {eingang ? (
        <FormularEingang titel="Registrierung eingegangen" eingang={eingang} />
      ) : (
        <>
          <p className="lead">
            Für Teilnehmende einer Fortbildungs- oder Sachkundeprüfung. Nach dem Absenden erhalten Sie eine
            E-Mail mit einem Link, über den Sie Ihr Passwort festlegen. Auszubildende, Ausbilder/-innen und
            Prüfer/-innen erhalten ihren Zugang auf anderem Weg und müssen sich hier nicht registrieren.
          </p>
          <form ref={formRef} className="card form" onSubmit={onSubmit} noValidate aria-busy={loading}>
            <KammerAuswahl
              id="registrierung-kammerId"
              value={werte.kammerId}
              onChange={setzeKammer}
              fehler={fehler.kammerId}
            />
            <Feld
              id="registrierung-vorname"
              label="Vorname"
              type="text"
              autoComplete="given-name"
              value={werte.vorname}
              onChange={setze('vorname')}
              fehler={fehler.vorname}
            />
            <Feld
              id="registrierung-nachname"
              label="Nachname"
              type="text"
              autoComplete="family-name"
              value={werte.nachname}
              onChange={setze('nachname')}
              fehler={fehler.nachname}
            />
            <Feld
              id="registrierung-email"
              label="E-Mail-Adresse"
              type="email"
              autoComplete="email"
              spellCheck={false}
              value={werte.email}
              onChange={setze('email')}
              fehler={fehler.email}
            />
            {allgemein && (
              <ErrorAlert>
                <p>{allgemein}</p>
              </ErrorAlert>
            )}
            <button type="submit" className="button button-primary">
              {loading ? 'Wird gesendet …' : 'Registrieren'}
            </button>
          </form>
        </>
      )}
      <p className="login-wechsel">
        <Link to="/anmelden">Zurück zur Anmeldung</Link>
      </p>
    </div>
  );
}
