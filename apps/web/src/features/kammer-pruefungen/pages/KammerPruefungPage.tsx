import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { formatDatum } from '../../../shared/lib/format';
import { KammerAnmeldungKarte } from '../components/KammerAnmeldungKarte';
import { TermineEditor } from '../components/TermineEditor';
import { AnmeldungenCsvDocument, KammerPruefungDocument } from '../graphql/kammerPruefungen';

/** Saves `text` as a file through a Blob link (no inline script, CSP-safe). */
function herunterladen(text: string, dateiname: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = dateiname;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `/kammer/pruefungen/:id`: registrations with Ampel, decisions, CSV, Termine and results of one session. */
export function KammerPruefungPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(KammerPruefungDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [ladeCsv, { loading: csvLaedt }] = useLazyQuery(AnmeldungenCsvDocument, {
    fetchPolicy: 'network-only',
  });
  const [meldung, setMeldung] = useState('');
  const [csvFehler, setCsvFehler] = useState<string | null>(null);
  const pruefung = data?.kammerPruefung;
  usePageTitle(pruefung?.bezeichnung ?? 'Prüfung');
  const ergebnisse = new Map((data?.pruefungErgebnisse ?? []).map((e) => [e.anmeldungId, e]));

  async function onCsv() {
    if (!pruefung || csvLaedt) return;
    setCsvFehler(null);
    try {
      const { data: csv } = await ladeCsv({ variables: { pruefungId: pruefung.id } });
      if (csv)
        herunterladen(
          csv.anmeldungenCsv,
          `anmeldungen-${pruefung.saison.toLowerCase()}-${pruefung.jahr}.csv`,
        );
    } catch (e) {
      setCsvFehler(toApiError(e).message);
    }
  }

  return (
    <>
      <p>
        <Link to="/kammer/pruefungen">Zurück zu den Prüfungen der Kammer</Link>
      </p>
      <h1>{pruefung?.bezeichnung ?? 'Prüfung'}</h1>
      <div role="status" className="notice notice-success">
        {meldung}
      </div>
      <div aria-busy={loading}>
        {error && !pruefung && <QueryError error={error} />}
        {!pruefung && loading && <Loading />}
        {pruefung && data && (
          <>
            <dl className="details card">
              <div>
                <dt>Prüfungsart</dt>
                <dd>{pruefung.artBezeichnung}</dd>
              </div>
              <div>
                <dt>Ausbildungsberufe</dt>
                <dd>{pruefung.berufe.map((b) => b.bezeichnung).join(', ')}</dd>
              </div>
              <div>
                <dt>Anmeldeschluss</dt>
                <dd>
                  {formatDatum(pruefung.anmeldeschluss)}
                  {pruefung.anmeldeschlussVorbei && ' (abgelaufen)'}
                </dd>
              </div>
              <div>
                <dt>Zusatzfragen</dt>
                <dd>
                  {pruefung.zusatzfragen.length === 0
                    ? 'keine'
                    : pruefung.zusatzfragen
                        .map((f) => `${f.frage}${f.pflicht ? ' (Pflicht)' : ''}`)
                        .join('; ')}
                </dd>
              </div>
            </dl>

            <section className="pruefung-abschnitt" aria-labelledby="anmeldungen-titel">
              <h2 id="anmeldungen-titel">Anmeldungen ({data.kammerAnmeldungen.length})</h2>
              <p>Hier erscheinen Anmeldungen, sobald die/der Auszubildende sie bestätigt hat.</p>
              {csvFehler && (
                <ErrorAlert>
                  <p>{csvFehler}</p>
                </ErrorAlert>
              )}
              {data.kammerAnmeldungen.length > 0 && (
                <p>
                  <button
                    type="button"
                    className="button button-secondary"
                    aria-busy={csvLaedt}
                    onClick={onCsv}
                  >
                    Liste als CSV herunterladen
                  </button>
                </p>
              )}
              {data.kammerAnmeldungen.map((a) => (
                <KammerAnmeldungKarte
                  key={a.id}
                  pruefungId={pruefung.id}
                  anmeldung={a}
                  ergebnis={ergebnisse.get(a.id)}
                  onMeldung={setMeldung}
                />
              ))}
            </section>

            <section className="card pruefung-abschnitt" aria-labelledby="termine-titel">
              <h2 id="termine-titel">Prüfungstermine</h2>
              <TermineEditor
                pruefungId={pruefung.id}
                termine={data.pruefungstermine}
                freigegeben={pruefung.termineFreigegeben}
                onMeldung={setMeldung}
              />
            </section>
          </>
        )}
      </div>
    </>
  );
}
