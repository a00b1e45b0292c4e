import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { formatZahl } from '../../../shared/lib/format';
import { useMe } from '../../auth/hooks/useMe';
import { AbdeckungDocument } from '../graphql/berichtsheft';

const TITEL = 'Abdeckung des Ausbildungsrahmenplans';

function prozent(teil: number, gesamt: number): number {
  return gesamt > 0 ? Math.round((teil / gesamt) * 100) : 0;
}

/** `/berichtsheft/abdeckung/:vertragId`: which Rahmenplan items approved weeks cover, hours by Lernort. */
export function AbdeckungPage() {
  usePageTitle(TITEL);
  const { vertragId = '' } = useParams();
  const { abilities } = useMe();
  const { data, loading, error } = useQuery(AbdeckungDocument, {
    variables: { vertragId },
    fetchPolicy: 'cache-and-network',
  });
  const abdeckung = data?.abdeckung;
  const abgedeckt = abdeckung?.positionen.filter((p) => p.abgedeckt).length ?? 0;
  const stunden = abdeckung?.stunden;
  const gesamt = stunden ? stunden.betrieb + stunden.berufsschule + stunden.ueberbetrieblich : 0;
  const lernorte = stunden
    ? [
        { key: 'betrieb', name: 'Betrieb', wert: stunden.betrieb },
        { key: 'berufsschule', name: 'Berufsschule', wert: stunden.berufsschule },
        { key: 'ueberbetrieblich', name: 'überbetrieblich', wert: stunden.ueberbetrieblich },
      ]
    : [];

  return (
    <>
      <h1>{TITEL}</h1>
      <p className="lead">Gezählt werden nur genehmigte Ausbildungsnachweise.</p>
      <ul className="link-liste">
        {abilities.canSeeOwnAusbildung && (
          <li>
            <Link to={`/berichtsheft?vertrag=${vertragId}`}>Zur Wochenübersicht</Link>
          </li>
        )}
        {abilities.canSeeIhreAuszubildenden && (
          <li>
            <Link to={`/ausbilder/auszubildende/${vertragId}`}>Zum Berichtsheft des Azubis</Link>
          </li>
        )}
      </ul>
      <div aria-busy={loading}>
        {error && !abdeckung && <QueryError error={error} />}
        {!abdeckung && loading && <Loading />}
        {abdeckung && stunden && (
          <>
            <section className="card" aria-labelledby="positionen-titel">
              <h2 id="positionen-titel">Positionen des Ausbildungsrahmenplans</h2>
              <p className="abdeckung-zahl">
                {abgedeckt} von {abdeckung.positionen.length} Positionen abgedeckt
              </p>
              {abdeckung.positionen.length === 0 ? (
                <p>Für diesen Ausbildungsberuf sind keine Positionen hinterlegt.</p>
              ) : (
                <ul className="positionen-liste">
                  {abdeckung.positionen.map((p) => (
                    <li key={p.id} className={p.abgedeckt ? 'position position-ok' : 'position'}>
                      <span className="position-titel">
                        {p.nummer} {p.titel}
                      </span>
                      <span className={p.abgedeckt ? 'badge badge-ok' : 'badge'}>
                        {p.abgedeckt ? 'abgedeckt' : 'noch nicht abgedeckt'}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="card" aria-labelledby="stunden-titel">
              <h2 id="stunden-titel">Stunden nach Lernort</h2>
              <p>Insgesamt {formatZahl(gesamt)} Stunden in genehmigten Nachweisen.</p>
              <ul className="lernort-liste">
                {lernorte.map((l) => (
                  <li key={l.key}>
                    <span className="lernort-name">{l.name}</span>
                    <span className="lernort-wert">
                      {formatZahl(l.wert)} {l.wert === 1 ? 'Stunde' : 'Stunden'} ({prozent(l.wert, gesamt)} %)
                    </span>
                    <meter
                      className="anteil-balken"
                      min={0}
                      max={100}
                      value={prozent(l.wert, gesamt)}
                      aria-hidden="true"
                    />
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
      </div>
    </>
  );
}
