import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { formatDatum } from '../../../shared/lib/format';
import { ErgebnisTabelle } from '../components/ErgebnisTabelle';
import { PruefungErgebnisseDocument } from '../graphql/pruefungen';

/** `/pruefungen/:pruefungId/ergebnisse`: the released results of all own Azubis of one session. */
export function PruefungErgebnissePage() {
  usePageTitle('Prüfungsergebnisse');
  const { pruefungId = '' } = useParams();
  const { data, loading, error } = useQuery(PruefungErgebnisseDocument, {
    variables: { pruefungId },
    fetchPolicy: 'cache-and-network',
  });
  const ergebnisse = data?.pruefungErgebnisse;

  return (
    <>
      <p>
        <Link to="/pruefungen">Zurück zu den Prüfungen</Link>
      </p>
      <h1>Prüfungsergebnisse</h1>
      <div aria-busy={loading}>
        {error && !ergebnisse && <QueryError error={error} />}
        {!ergebnisse && loading && <Loading />}
        {ergebnisse && ergebnisse.length === 0 && (
          <p>Für diese Prüfung sind noch keine Ergebnisse freigegeben.</p>
        )}
        {ergebnisse?.map((e) => (
          <section key={e.anmeldungId} className="card" aria-labelledby={`ergebnis-${e.anmeldungId}`}>
            <h2 id={`ergebnis-${e.anmeldungId}`}>
              {e.azubiName} <span className="list-count">(Identnummer {e.identnummer})</span>
            </h2>
            {e.freigegebenAt ? (
              <>
                <p>Ergebnisdatum: {formatDatum(e.freigegebenAt)}</p>
                <ErgebnisTabelle
                  titelId={`ergebnis-tabelle-${e.anmeldungId}`}
                  caption={`Ergebnisse von ${e.azubiName}`}
                  teile={e.teile}
                  bestanden={e.bestanden}
                />
              </>
            ) : (
              <p>Noch nicht freigegeben.</p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
