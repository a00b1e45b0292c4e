import { useMutation } from '@apollo/client/react';
import { type FormEvent, useCallback, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { Feld } from '../../konten/components/Feld';
import { type Eingang, FormularEingang } from '../components/FormularEingang';
import { alsFeldFehler, BUNDESLAENDER, type FeldFehler, leereFelder } from '../components/formular';
import { KammerAuswahl } from '../components/KammerAuswahl';
import { UnternehmenBeantragenDocument } from '../graphql/registrierung';

const TITEL = 'Zugang für Ihr Unternehmen beantragen';

const LEER = {
  kammerId: '',
  firmenname: '',
  strasse: '',
  plz: '',
  ort: '',
  bundesland: '',
  unternehmensEmail: '',
  vorname: '',
  nachname: '',
  email: '',
};
type Werte = typeof LEER;

const PFLICHT: readonly [keyof Werte, string][] = [
  ['kammerId', 'Bitte wählen Sie Ihre IHK aus.'],
  ['firmenname', 'Bitte geben Sie den Namen des Unternehmens an.'],
  ['strasse', 'Bitte geben Sie Straße und Hausnummer an.'],
  ['plz', 'Bitte geben Sie eine fünfstellige Postleitzahl an.'],
  ['ort', 'Bitte geben Sie den Ort an.'],
  ['bundesland', 'Bitte wählen Sie das Bundesland aus.'],
  ['unternehmensEmail', 'Bitte geben Sie die E-Mail-Adresse des Unternehmens an.'],
  ['vorname', 'Bitte geben Sie Ihren Vornamen an.'],
  ['nachname', 'Bitte geben Sie Ihren Nachnamen an.'],
  ['email', 'Bitte geben Sie Ihre E-Mail-Adresse an.'],
];

/**
 * `/unternehmen-beantragen` (no session): a company applies for its portal account; the IHK clerk
 * checks and approves it, and the applicant then gets an e-mail to set a password.
 */
export function UnternehmenBeantragenPage() {
  usePageTitle(TITEL);
  const [beantragen, { loading }] = useMutation(UnternehmenBeantragenDocument);
  const [werte, setWerte] = useState<Werte>(LEER);
  const [fehler, setFehler] = useState<FeldFehler>({});
  const [allgemein, setAllgemein] = useState<string | null>(null);
  const [eingang, setEingang] = useState<Eingang | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const setze = (name: keyof Werte) => (value: string) => setWerte((w) => ({ ...w, [name]: value }));
  const setzeKammer = useCallback((value: string) => setWerte((w) => ({ ...w, kammerId: value })), []);

  function fokussiere(felder: FeldFehler) {
    const erstes = PFLICHT.map(([f]) => f).find((f) => felder[f]);
    if (erstes) formRef.current?.querySelector<HTMLElement>(`[name="antrag-${erstes}"]`)?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAllgemein(null);
    const leer = leereFelder(werte, PFLICHT);
    setFehler(leer);
    if (Object.keys(leer).length > 0) return fokussiere(leer);
    try {
      const result = await beantragen({ variables: { input: werte } });
      if (result.data) setEingang(result.data.unternehmenBeantragen);
    } catch (error) {
      const { felder, allgemein: text } = alsFeldFehler(toApiError(error));
      setFehler(felder);
      setAllgemein(text);
      fokussiere(felder);
    }
  }

  const feld = (name: keyof Werte, label: string, extra: Partial<React.ComponentProps<typeof Feld>> = {}) => (
    <Feld
      id={`antrag-${name}`}
      label={label}
      type="text"
      value={werte[name]}
      onChange={setze(name)}
      fehler={fehler[name]}
      {...extra}
    />
  );

  return (
    <div className="login">
      <h1>{TITEL}</h1>
      {eingang ? (
        <FormularEingang titel="Antrag eingegangen" eingang={eingang} />
      ) : (
        <>
          <p className="lead">
            Ausbildungsbetriebe erhalten ihre Zugangsdaten mit der Eintragungsbestätigung. Hat Ihr Unternehmen
            noch keinen Zugang, beantragen Sie ihn hier. Ihre IHK prüft den Antrag; nach der Freischaltung
            erhalten Sie als Ausbildungsadministrator/-in eine E-Mail mit einem Link, über den Sie Ihr
            Passwort festlegen.
          </p>
          <form ref={formRef} className="card form" onSubmit={onSubmit} noValidate aria-busy={loading}>
            <KammerAuswahl
              id="antrag-kammerId"
              value={werte.kammerId}
              onChange={setzeKammer}
              fehler={fehler.kammerId}
            />
            <fieldset className="fieldset">
              <legend>Unternehmen</legend>
              {feld('firmenname', 'Name des Unternehmens', { autoComplete: 'organization' })}
              {feld('strasse', 'Straße und Hausnummer', { autoComplete: 'address-line1' })}
              {feld('plz', 'Postleitzahl', {
                autoComplete: 'postal-code',
                inputMode: 'numeric',
                maxLength: 5,
              })}
              {feld('ort', 'Ort', { autoComplete: 'address-level2' })}
              <div className="field">
                <label htmlFor="antrag-bundesland">Bundesland</label>
                <select
                  id="antrag-bundesland"
                  name="antrag-bundesland"
                  value={werte.bundesland}
                  onChange={(e) => setze('bundesland')(e.target.value)}
                  aria-invalid={fehler.bundesland ? true : undefined}
                  aria-describedby={fehler.bundesland ? 'antrag-bundesland-fehler' : undefined}
                >
                  <option value="">Bitte wählen …</option>
                  {BUNDESLAENDER.map(([code, name]) => (
                    <option key={code} value={code}>
                      {name}
                    </option>
                  ))}
                </select>
                {fehler.bundesland && (
                  <p id="antrag-bundesland-fehler" className="field-error">
                    {fehler.bundesland}
                  </p>
                )}
              </div>
              {feld('unternehmensEmail', 'E-Mail-Adresse des Unternehmens', {
                type: 'email',
                autoComplete: 'email',
                spellCheck: false,
              })}
            </fieldset>
            <fieldset className="fieldset">
              <legend>Antragsteller/-in (künftige/r Ausbildungsadministrator/-in)</legend>
              {feld('vorname', 'Vorname', { autoComplete: 'given-name' })}
              {feld('nachname', 'Nachname', { autoComplete: 'family-name' })}
              {feld('email', 'Ihre E-Mail-Adresse', {
                type: 'email',
                autoComplete: 'email',
                spellCheck: false,
              })}
            </fieldset>
            {allgemein && (
              <ErrorAlert>
                <p>{allgemein}</p>
              </ErrorAlert>
            )}
            <button type="submit" className="button button-primary">
              {loading ? 'Wird gesendet …' : 'Antrag absenden'}
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
