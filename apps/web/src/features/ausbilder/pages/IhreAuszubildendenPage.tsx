import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { TableScroll } from '../../../shared/components/TableScroll';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { IhreAuszubildendenDocument } from '../graphql/ausbilder';

/** `/ausbilder/auszubildende`: the Azubis whose contract names the viewer, with their Nachweis counts. */
export function IhreAuszubildendenPage() {
  usePageTitle('Ihre Auszubildenden');
  const { data, loading, error } = useQuery(IhreAuszubildendenDocument, { fetchPolicy: 'cache-and-network' });
  const liste = data?.ihreAuszubildenden;

  return (
    <>
      <h1>Ihre Auszubildenden</h1>
      <p className="lead">Die Auszubildenden, deren Ausbildungsvertrag Sie als Ausbilder/-in nennt.</p>
      <div aria-busy={loading}>
        {error && !liste && <QueryError error={error} />}
        {!liste && loading && <Loading />}
        {liste && liste.length === 0 && <p>Ihnen sind keine Auszubildenden zugeordnet.</p>}
        {liste && liste.length > 0 && (
          <TableScroll labelledBy="auszubildende-caption">
            <table>
              <caption id="auszubildende-caption">Ausbildungsnachweise Ihrer Auszubildenden</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Beruf</th>
                  <th scope="col">Betriebsstätte</th>
                  <th scope="col">Eingereicht</th>
                  <th scope="col">Abgelehnt</th>
                  <th scope="col">Fehlend</th>
                  <th scope="col">Genehmigt</th>
                </tr>
              </thead>
              <tbody>
                {liste.map((a) => (
                  <tr key={a.vertragId}>
                    <th scope="row">
                      <Link to={`/ausbilder/auszubildende/${a.vertragId}`}>
                        {a.azubiVorname} {a.azubiNachname}
                      </Link>
                    </th>
                    <td>{a.beruf}</td>
                    <td>{a.betriebsstaette}</td>
                    <td className="zahl">{a.eingereicht}</td>
                    <td className="zahl">{a.abgelehnt}</td>
                    <td className={a.fehlend > 0 ? 'zahl zahl-warnung' : 'zahl'}>{a.fehlend}</td>
                    <td className="zahl">{a.genehmigt}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </div>
    </>
  );
}
