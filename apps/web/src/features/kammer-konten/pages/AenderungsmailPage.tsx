import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { TableScroll } from '../../../shared/components/TableScroll';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { AenderungsmailButton } from '../components/AenderungsmailButton';
import { AenderungsmailAusbilderDocument } from '../graphql/kammerKonten';

/** `/verwaltung/aenderungsmail`: report a change to one of the Betrieb's Ausbilder/-innen to the IHK. */
export function AenderungsmailPage() {
  usePageTitle('Änderungsmail an die IHK');
  const { data, loading, error } = useQuery(AenderungsmailAusbilderDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [meldung, setMeldung] = useState('');
  const ausbilder = data?.aenderungsmailAusbilder;

  return (
    <>
      <h1>Änderungsmail an die IHK</h1>
      <p className="lead">
        Hat sich bei einer Ausbilderin oder einem Ausbilder etwas geändert (Name, Ausscheiden, Eignung),
        teilen Sie es Ihrer IHK hier mit. Die Mitteilung erreicht das Backoffice Ihrer IHK als Aufgabe.
      </p>
      <p role="status" className="notice notice-success">
        {meldung}
      </p>
      <div aria-busy={loading}>
        {error && <QueryError error={error} />}
        {!ausbilder && loading && <Loading />}
        {ausbilder && ausbilder.length === 0 && (
          <p>In Ihren Betriebsstätten sind keine Ausbilder/-innen eingetragen.</p>
        )}
        {ausbilder && ausbilder.length > 0 && (
          <TableScroll labelledBy="aenderungsmail-caption">
            <table>
              <caption id="aenderungsmail-caption">Ausbilder/-innen Ihrer Betriebsstätten</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">E-Mail-Adresse</th>
                  <th scope="col">Betriebsstätte</th>
                  <th scope="col">Aktion</th>
                </tr>
              </thead>
              <tbody>
                {ausbilder.map((a) => {
                  const name = `${a.vorname} ${a.nachname}`.trim() || a.email;
                  return (
                    <tr key={`${a.userId}:${a.betriebsstaetteId}`}>
                      <th scope="row">{name}</th>
                      <td className="break">{a.email}</td>
                      <td>{a.betriebsstaetteName}</td>
                      <td>
                        <AenderungsmailButton
                          ausbilderUserId={a.userId}
                          betriebsstaetteId={a.betriebsstaetteId}
                          name={name}
                          onGesendet={setMeldung}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </div>
    </>
  );
}
