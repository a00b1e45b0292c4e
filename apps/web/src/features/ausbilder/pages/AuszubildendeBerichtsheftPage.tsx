import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { fehlendText, WochenListe } from '../../berichtsheft/components/WochenListe';
import { BerichtsheftWochenDocument } from '../../berichtsheft/graphql/berichtsheft';
import { IhreAuszubildendenDocument } from '../graphql/ausbilder';

/** `/ausbilder/auszubildende/:vertragId`: one Azubi's weeks, read-only, with links to each Nachweis. */
export function AuszubildendeBerichtsheftPage() {
  const { vertragId = '' } = useParams();
  const uebersicht = useQuery(IhreAuszubildendenDocument);
  const azubi = uebersicht.data?.ihreAuszubildenden.find((a) => a.vertragId === vertragId);
  const titel = azubi ? `Berichtsheft von ${azubi.azubiVorname} ${azubi.azubiNachname}` : 'Berichtsheft';
  usePageTitle(titel);
  const { data, loading, error } = useQuery(BerichtsheftWochenDocument, {
    variables: { vertragId },
    fetchPolicy: 'cache-and-network',
  });
  const wochen = data?.berichtsheftWochen;
  const fehlend = wochen?.filter((w) => w.fehlt).length ?? 0;

  return (
    <>
      <h1>{titel}</h1>
      {azubi && (
        <p className="lead">
          {azubi.beruf} – {azubi.betriebsstaette}
        </p>
      )}
      <ul className="link-liste">
        <li>
          <Link to="/ausbilder/auszubildende">Zurück zu Ihren Auszubildenden</Link>
        </li>
        <li>
          <Link to={`/berichtsheft/abdeckung/${vertragId}`}>Abdeckung des Rahmenplans</Link>
        </li>
      </ul>
      <div aria-busy={loading}>
        {error && !wochen && <QueryError error={error} />}
        {!wochen && loading && <Loading />}
        {wochen && (
          <section className="card" aria-labelledby="wochen-titel">
            <h2 id="wochen-titel">Wochen</h2>
            <p
              className={
                fehlend > 0 ? 'wochen-zusammenfassung wochen-zusammenfassung-fehlt' : 'wochen-zusammenfassung'
              }
            >
              {fehlendText(fehlend)}
            </p>
            {wochen.length === 0 ? (
              <p>Die Ausbildung hat noch nicht begonnen.</p>
            ) : (
              <WochenListe wochen={wochen} />
            )}
          </section>
        )}
      </div>
    </>
  );
}
