import { useQuery } from '@apollo/client/react';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { TableScroll } from '../../../shared/components/TableScroll';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { formatDatumZeit } from '../../../shared/lib/format';
import { MeineDokumenteDocument } from '../graphql/dokumente';

const ART_TEXT: Record<string, string> = {
  ZEUGNIS: 'Zeugnis',
  EINTRAGUNGSBESTAETIGUNG: 'Eintragungsbestätigung',
  SONSTIGES: 'Sonstiges',
};

/** `/profil/dokumente`: Zeugnisse and other documents to download. */
export function DokumentePage() {
  usePageTitle('Dokumente');
  const { data, loading, error } = useQuery(MeineDokumenteDocument, { fetchPolicy: 'cache-and-network' });
  const dokumente = data?.meineDokumente;
  const mitAzubi = dokumente?.some((d) => d.azubiName) ?? false;

  return (
    <>
      <h1>Dokumente</h1>
      <p>Zeugnisse und weitere Dokumente der IHK zum Herunterladen (PDF).</p>
      <div aria-busy={loading}>
        {error && !dokumente && <QueryError error={error} />}
        {!dokumente && loading && <Loading />}
        {dokumente && dokumente.length === 0 && <p>Es liegen noch keine Dokumente für Sie vor.</p>}
        {dokumente && dokumente.length > 0 && (
          <TableScroll labelledBy="dokumente-caption">
            <table>
              <caption id="dokumente-caption">Ihre Dokumente ({dokumente.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Titel</th>
                  <th scope="col">Art</th>
                  {mitAzubi && <th scope="col">Auszubildende/-r</th>}
                  <th scope="col">Erstellt am</th>
                  <th scope="col">Herunterladen</th>
                </tr>
              </thead>
              <tbody>
                {dokumente.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{d.titel}</th>
                    <td>{ART_TEXT[d.art] ?? d.art}</td>
                    {mitAzubi && <td>{d.azubiName ?? '–'}</td>}
                    <td className="nowrap">{formatDatumZeit(d.createdAt)}</td>
                    <td>
                      <a href={d.url} download={d.dateiname}>
                        {d.dateiname}
                        <span className="visually-hidden"> herunterladen</span>
                      </a>
                      {!d.geoeffnetAt && <span className="zelle-hinweis">Noch nicht geöffnet</span>}
                    </td>
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
