import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { Ampel } from '../components/Ampel';
import { AnmeldungDetails } from '../components/AnmeldungDetails';
import { AnmeldungVerlauf } from '../components/AnmeldungVerlauf';
import { ErgebnisAbschnitt } from '../components/ErgebnisAbschnitt';
import { TermineAbschnitt } from '../components/TermineAbschnitt';
import { PruefungsanmeldungDocument } from '../graphql/pruefungen';
import { anmeldenPfad } from './BetriebPruefungenPage';

/** `/pruefungen/anmeldung/:id`: one registration for the Betrieb with Ampel, history, Termine and results. */
export function AnmeldungPage() {
  usePageTitle('Prüfungsanmeldung');
  const { id = '' } = useParams();
  const location = useLocation();
  const gesendet = (location.state as { gesendet?: boolean } | null)?.gesendet === true;
  const { data, loading, error } = useQuery(PruefungsanmeldungDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const anmeldung = data?.pruefungsanmeldung;

  return (
    <>
      <p>
        <Link to="/pruefungen">Zurück zu den Prüfungen</Link>
      </p>
      <h1>Prüfungsanmeldung{anmeldung ? ` von ${anmeldung.azubiName}` : ''}</h1>
      <div role="status" className="notice notice-success">
        {gesendet && 'Die Anmeldung wurde an die/den Auszubildende/-n zur Bestätigung gesendet.'}
      </div>
      <div aria-busy={loading}>
        {error && !anmeldung && <QueryError error={error} />}
        {!anmeldung && loading && <Loading />}
        {anmeldung && (
          <>
            <Ampel ampel={anmeldung.ampel} />
            <section className="card" aria-labelledby="anmeldung-titel">
              <h2 id="anmeldung-titel">{anmeldung.pruefung.bezeichnung}</h2>
              <AnmeldungDetails anmeldung={anmeldung} />
              {anmeldung.aktionen.includes('EINREICHEN') && (
                <p>
                  <Link
                    className="button button-primary"
                    to={anmeldenPfad(anmeldung.pruefung.id, anmeldung.vertragId)}
                  >
                    Anmeldung überarbeiten und erneut senden
                  </Link>
                </p>
              )}
            </section>
            <div className="card">
              <TermineAbschnitt pruefungId={anmeldung.pruefung.id} titelId="termine-titel" />
            </div>
            {anmeldung.ergebnisFreigegebenAt && (
              <div className="card">
                <ErgebnisAbschnitt anmeldungId={anmeldung.id} titelId="ergebnis-titel" />
                <p>
                  <Link to={`/pruefungen/${anmeldung.pruefung.id}/ergebnisse`}>
                    Ergebnisse aller Auszubildenden dieser Prüfung ansehen
                  </Link>
                </p>
              </div>
            )}
            <div className="card">
              <AnmeldungVerlauf ereignisse={anmeldung.ereignisse} titelId="verlauf-titel" />
            </div>
          </>
        )}
      </div>
    </>
  );
}
