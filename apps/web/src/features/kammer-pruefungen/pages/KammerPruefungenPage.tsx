import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { TableScroll } from '../../../shared/components/TableScroll';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { formatDatum } from '../../../shared/lib/format';
import { PruefungAnlegenForm } from '../components/PruefungAnlegenForm';
import { KammerPruefungenDocument } from '../graphql/kammerPruefungen';

/** `/kammer/pruefungen`: the Kammer's exam sessions and the form to create one. */
export function KammerPruefungenPage() {
  usePageTitle('Prüfungen der Kammer');
  const { data, loading, error } = useQuery(KammerPruefungenDocument, { fetchPolicy: 'cache-and-network' });
  const [meldung, setMeldung] = useState('');
  const pruefungen = data?.kammerPruefungen;

  return (
    <>
      <h1>Prüfungen der Kammer</h1>
      <p className="lead">Prüfungen anlegen, Anmeldungen entscheiden, Termine und Ergebnisse freigeben.</p>
      <div role="status" className="notice notice-success">
        {meldung}
      </div>
      <div aria-busy={loading}>
        {error && !pruefungen && <QueryError error={error} />}
        {!pruefungen && loading && <Loading />}
        {pruefungen && pruefungen.length === 0 && <p>Ihre Kammer hat noch keine Prüfungen angelegt.</p>}
        {pruefungen && pruefungen.length > 0 && (
          <TableScroll labelledBy="pruefungen-caption">
            <table>
              <caption id="pruefungen-caption">Prüfungen ({pruefungen.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Prüfung</th>
                  <th scope="col">Ausbildungsberufe</th>
                  <th scope="col">Anmeldeschluss</th>
                  <th scope="col">Anmeldungen bei der IHK</th>
                  <th scope="col">Termine</th>
                </tr>
              </thead>
              <tbody>
                {pruefungen.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link to={`/kammer/pruefungen/${p.id}`}>{p.bezeichnung}</Link>
                    </th>
                    <td>{p.berufe.map((b) => b.bezeichnung).join(', ')}</td>
                    <td className="nowrap">
                      {formatDatum(p.anmeldeschluss)}
                      {p.anmeldeschlussVorbei && ' (abgelaufen)'}
                    </td>
                    <td>{p.anzahlAnmeldungen}</td>
                    <td>{p.termineFreigegeben ? 'freigegeben' : 'nicht freigegeben'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </div>
      <section className="card" aria-labelledby="anlegen-titel">
        <h2 id="anlegen-titel">Prüfung anlegen</h2>
        {data ? (
          <PruefungAnlegenForm berufe={data.ausbildungsberufe} onAngelegt={setMeldung} />
        ) : (
          loading && <Loading />
        )}
      </section>
    </>
  );
}
