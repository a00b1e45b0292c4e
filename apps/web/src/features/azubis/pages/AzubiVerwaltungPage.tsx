import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { TableScroll } from '../../../shared/components/TableScroll';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { formatZeitraum, vollerName } from '../../../shared/lib/format';
import { AzubiVerwaltungDocument } from '../graphql/azubis';

const SEITENGROESSE = 20;

export function AzubiVerwaltungPage() {
  usePageTitle('Azubi-Verwaltung');
  const { data, loading, error, fetchMore } = useQuery(AzubiVerwaltungDocument, {
    variables: { first: SEITENGROESSE },
    notifyOnNetworkStatusChange: true,
  });
  const [mehrFehler, setMehrFehler] = useState<string | null>(null);
  const liste = data?.azubiVerwaltung;

  async function weitereLaden() {
    if (!liste?.pageInfo.endCursor) return;
    setMehrFehler(null);
    try {
      await fetchMore({ variables: { first: SEITENGROESSE, after: liste.pageInfo.endCursor } });
    } catch (e) {
      setMehrFehler(toApiError(e).message);
    }
  }

  return (
    <>
      <h1>Azubi-Verwaltung</h1>
      <p className="lead">Die Ausbildungsverhältnisse der Betriebsstätten, die Sie verwalten.</p>
      <div aria-busy={loading}>
        {error && !liste && <QueryError error={error} />}
        {!liste && loading && <Loading />}
        {liste && liste.nodes.length === 0 && <p>Es sind noch keine Ausbildungsverhältnisse eingetragen.</p>}
        {liste && liste.nodes.length > 0 && (
          <>
            <TableScroll labelledBy="azubis-caption">
              <table>
                <caption id="azubis-caption">Ausbildungsverhältnisse</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Identnummer</th>
                    <th scope="col">Beruf</th>
                    <th scope="col">Betriebsstätte</th>
                    <th scope="col">Ausbilder/-in</th>
                    <th scope="col">Beginn – Ende</th>
                    <th scope="col">Konto</th>
                  </tr>
                </thead>
                <tbody>
                  {liste.nodes.map((v) => (
                    <tr key={v.id}>
                      <th scope="row">
                        {v.azubiVorname} {v.azubiNachname}
                      </th>
                      <td>{v.identnummer}</td>
                      <td>{v.beruf.bezeichnung}</td>
                      <td>{v.betriebsstaette.name}</td>
                      <td>{v.ausbilder ? vollerName(v.ausbilder) : 'nicht eingetragen'}</td>
                      <td className="nowrap">{formatZeitraum(v.beginn, v.ende)}</td>
                      <td>{v.hatAccount ? 'vorhanden' : 'noch kein Konto'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <p className="list-count">
              {liste.nodes.length} von {liste.totalCount} Ausbildungsverhältnissen angezeigt
            </p>
          </>
        )}
        {liste?.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button button-secondary"
            onClick={weitereLaden}
            aria-busy={loading}
          >
            Weitere laden
          </button>
        )}
        {mehrFehler && (
          <div role="alert" className="alert alert-error">
            <p>{mehrFehler}</p>
          </div>
        )}
      </div>
    </>
  );
}
