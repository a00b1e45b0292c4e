import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { formatDatum } from '../../../shared/lib/format';
import { Ampel } from '../components/Ampel';
import {
  AnmeldungEinreichenDocument,
  AnmeldungVorpruefungDocument,
  BetriebPruefungenDocument,
} from '../graphql/pruefungen';

const BESTAETIGUNG = 'Ich bestätige, dass der Ausbildungsnachweis geführt wurde';

/** `/pruefungen/anmelden?pruefung=&vertrag=`: the Betrieb answers the Zusatzfragen and sends the registration to the Azubi. */
export function AnmeldenPage() {
  usePageTitle('Zur Prüfung anmelden');
  const [params] = useSearchParams();
  const pruefungId = params.get('pruefung') ?? '';
  const vertragId = params.get('vertrag') ?? '';
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(BetriebPruefungenDocument);
  const vorpruefung = useQuery(AnmeldungVorpruefungDocument, {
    variables: { pruefungId, vertragId },
    skip: !pruefungId || !vertragId,
  });
  const [einreichen, { loading: sendet }] = useMutation(AnmeldungEinreichenDocument);
  const zeile = data?.betriebPruefungen.find(
    (z) => z.pruefung.id === pruefungId && z.vertragId === vertragId,
  );
  const [antworten, setAntworten] = useState<Record<string, string>>({});
  const [bestaetigt, setBestaetigt] = useState(false);
  const [fehlerFelder, setFehlerFelder] = useState<Record<string, string>>({});
  const [fehler, setFehler] = useState<string | null>(null);

  // A registration sent back by the Azubi starts from the previous answers.
  const vorherige = zeile?.anmeldung?.antworten;
  useEffect(() => {
    if (vorherige) setAntworten(Object.fromEntries(vorherige.map((a) => [a.key, a.antwort])));
  }, [vorherige]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!zeile || sendet) return;
    const neueFehler: Record<string, string> = {};
    for (const frage of zeile.pruefung.zusatzfragen) {
      if (frage.pflicht && !(antworten[frage.key] ?? '').trim())
        neueFehler[frage.key] = `Bitte beantworten Sie die Frage „${frage.frage}“.`;
    }
    if (!bestaetigt)
      neueFehler.bestaetigung = 'Bitte bestätigen Sie, dass der Ausbildungsnachweis geführt wurde.';
    setFehlerFelder(neueFehler);
    if (Object.keys(neueFehler).length > 0) {
      setFehler('Bitte prüfen Sie Ihre Eingaben.');
      return;
    }
    setFehler(null);
    try {
      const { data: antwort } = await einreichen({
        variables: {
          input: {
            pruefungId,
            vertragId,
            nachweiseBestaetigt: bestaetigt,
            antworten: zeile.pruefung.zusatzfragen.map((f) => ({
              key: f.key,
              antwort: (antworten[f.key] ?? '').trim(),
            })),
            version: zeile.anmeldung?.version ?? null,
          },
        },
        refetchQueries: [BetriebPruefungenDocument],
      });
      const id = antwort?.anmeldungEinreichen.id;
      if (id) navigate(`/pruefungen/anmeldung/${id}`, { state: { gesendet: true } });
    } catch (e) {
      const api = toApiError(e);
      if (api.field === 'nachweiseBestaetigt') setFehlerFelder({ bestaetigung: api.message });
      else if (api.field?.startsWith('antworten.'))
        setFehlerFelder({ [api.field.slice('antworten.'.length)]: api.message });
      setFehler(api.message);
    }
  }

  if (!pruefungId || !vertragId) {
    return (
      <>
        <h1>Zur Prüfung anmelden</h1>
        <p>
          Bitte wählen Sie auf der Seite <Link to="/pruefungen">Prüfungen</Link> eine Prüfung und eine/-n
          Auszubildende/-n.
        </p>
      </>
    );
  }

  const warnungen = vorpruefung.data?.anmeldungVorpruefung.warnungen ?? [];
  // The form only while the server allows submitting (before the Anmeldeschluss, in the right state).
  const kannEinreichen = zeile?.aktionen.includes('EINREICHEN') ?? false;

  return (
    <>
      <p>
        <Link to="/pruefungen">Zurück zu den Prüfungen</Link>
      </p>
      <h1>Zur Prüfung anmelden</h1>
      <div aria-busy={loading}>
        {error && <QueryError error={error} />}
        {!data && loading && <Loading />}
        {data && !zeile && (
          <ErrorAlert>
            <p>Diese Prüfung oder dieses Ausbildungsverhältnis wurde nicht gefunden.</p>
          </ErrorAlert>
        )}
        {zeile && (
          <>
            <dl className="details card">
              <div>
                <dt>Prüfung</dt>
                <dd>{zeile.pruefung.bezeichnung}</dd>
              </div>
              <div>
                <dt>Auszubildende/-r</dt>
                <dd>{zeile.azubiName}</dd>
              </div>
              <div>
                <dt>Beruf</dt>
                <dd>{zeile.beruf.bezeichnung}</dd>
              </div>
              <div>
                <dt>Anmeldeschluss</dt>
                <dd>
                  {formatDatum(zeile.pruefung.anmeldeschluss)}
                  {zeile.pruefung.anmeldeschlussVorbei && ' (abgelaufen)'}
                </dd>
              </div>
            </dl>
            <Ampel ampel={zeile.ampel} />
            {!kannEinreichen && zeile.pruefung.anmeldeschlussVorbei && (
              <p className="notice notice-warnung">
                Der Anmeldeschluss ({formatDatum(zeile.pruefung.anmeldeschluss)}) ist vorbei. Die IHK nimmt
                keine Anmeldungen für diese Prüfung mehr an.
              </p>
            )}
            {!kannEinreichen && zeile.anmeldung && (
              <p>
                Die Anmeldung kann zurzeit nicht bearbeitet werden.{' '}
                <Link to={`/pruefungen/anmeldung/${zeile.anmeldung.id}`}>
                  Zur Anmeldung von {zeile.azubiName}
                </Link>
              </p>
            )}
            {kannEinreichen && warnungen.length > 0 && (
              <div className="notice notice-warnung" role="note" aria-labelledby="warnungen-titel">
                <p id="warnungen-titel">
                  <strong>Bitte beachten Sie vor der Anmeldung:</strong>
                </p>
                <ul className="warnungen">
                  {warnungen.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </div>
            )}
            {kannEinreichen && (
              <form className="form" onSubmit={onSubmit} noValidate aria-busy={sendet}>
                {zeile.pruefung.zusatzfragen.length > 0 && (
                  <fieldset className="fieldset">
                    <legend>Zusatzfragen der IHK</legend>
                    {zeile.pruefung.zusatzfragen.map((frage) => {
                      const id = `frage-${frage.key}`;
                      const fehlerText = fehlerFelder[frage.key];
                      return (
                        <div className="field" key={frage.key}>
                          <label htmlFor={id}>
                            {frage.frage}
                            {frage.pflicht ? ' (Pflichtangabe)' : ' (freiwillig)'}
                          </label>
                          <textarea
                            id={id}
                            rows={2}
                            value={antworten[frage.key] ?? ''}
                            required={frage.pflicht}
                            aria-invalid={fehlerText ? true : undefined}
                            aria-describedby={fehlerText ? `${id}-fehler` : undefined}
                            onChange={(e) => setAntworten((alt) => ({ ...alt, [frage.key]: e.target.value }))}
                          />
                          {fehlerText && (
                            <p className="field-error" id={`${id}-fehler`}>
                              {fehlerText}
                            </p>
                          )}
                        </div>
                      );
                    })}
                  </fieldset>
                )}
                <div>
                  <div className="checkbox-feld">
                    <input
                      id="nachweise-bestaetigt"
                      type="checkbox"
                      checked={bestaetigt}
                      required
                      aria-invalid={fehlerFelder.bestaetigung ? true : undefined}
                      aria-describedby={fehlerFelder.bestaetigung ? 'nachweise-bestaetigt-fehler' : undefined}
                      onChange={(e) => setBestaetigt(e.target.checked)}
                    />
                    <label htmlFor="nachweise-bestaetigt">{BESTAETIGUNG}</label>
                  </div>
                  {fehlerFelder.bestaetigung && (
                    <p className="field-error" id="nachweise-bestaetigt-fehler">
                      {fehlerFelder.bestaetigung}
                    </p>
                  )}
                </div>
                {fehler && (
                  <ErrorAlert>
                    <p>{fehler}</p>
                  </ErrorAlert>
                )}
                <p>
                  Nach dem Absenden prüft und bestätigt die/der Auszubildende die Anmeldung; danach geht sie
                  an die IHK.
                </p>
                <button type="submit" className="button button-primary" aria-busy={sendet}>
                  Anmeldung an Azubi senden
                </button>
              </form>
            )}
          </>
        )}
      </div>
    </>
  );
}
