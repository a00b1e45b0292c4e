import { useQuery } from '@apollo/client/react';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { TableScroll } from '../../../shared/components/TableScroll';
import { formatDatum, wochentag } from '../../../shared/lib/format';
import { PruefungstermineDocument } from '../graphql/pruefungen';

/** The released Termine of a session (the server returns none before the release). */
export function TermineAbschnitt({ pruefungId, titelId }: { pruefungId: string; titelId: string }) {
  const { data, loading, error } = useQuery(PruefungstermineDocument, { variables: { pruefungId } });
  const termine = data?.pruefungstermine;
  return (
    <section aria-labelledby={titelId} aria-busy={loading}>
      <h3 id={titelId}>Prüfungstermine</h3>
      {error && <QueryError error={error} />}
      {!termine && loading && <Loading />}
      {termine && termine.length === 0 && <p>Die IHK hat die Prüfungstermine noch nicht freigegeben.</p>}
      {termine && termine.length > 0 && (
        <TableScroll labelledBy={`${titelId}-caption`}>
          <table>
            <caption id={`${titelId}-caption`}>Freigegebene Termine</caption>
            <thead>
              <tr>
                <th scope="col">Prüfungsteil</th>
                <th scope="col">Datum</th>
                <th scope="col">Uhrzeit</th>
                <th scope="col">Ort</th>
              </tr>
            </thead>
            <tbody>
              {termine.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.bezeichnung}</th>
                  <td className="nowrap">
                    {wochentag(t.datum)}, {formatDatum(t.datum)}
                  </td>
                  <td className="nowrap">{t.uhrzeit} Uhr</td>
                  <td>{t.ort}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
