import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { TableScroll } from '../../../shared/components/TableScroll';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { formatDatumZeit } from '../../../shared/lib/format';
import {
  AndereSitzungenBeendenDocument,
  MeineSitzungenDocument,
  SitzungBeendenDocument,
} from '../../konten/graphql/konten';

const TITEL = 'Sitzungen';

/** "Firefox unter Windows" from a user agent; good enough to recognise one's own devices. */
export function geraetAus(userAgent: string | null | undefined): string {
  if (!userAgent) return 'Unbekanntes Gerät';
  const browser =
    [
      [/Edg\//, 'Edge'],
      [/OPR\//, 'Opera'],
      [/Firefox\//, 'Firefox'],
      [/Chrome\//, 'Chrome'],
      [/Safari\//, 'Safari'],
    ].find(([re]) => (re as RegExp).test(userAgent))?.[1] ?? 'Browser';
  const system =
    [
      [/Windows/, 'Windows'],
      [/Android/, 'Android'],
      [/iPhone|iPad/, 'iOS'],
      [/Mac OS X/, 'macOS'],
      [/Linux/, 'Linux'],
    ].find(([re]) => (re as RegExp).test(userAgent))?.[1] ?? null;
  return system ? `${browser} unter ${system}` : String(browser);
}

/** `/profil/sitzungen`: where the user is logged in; end single sessions or all others. */
export function SitzungenPage() {
  usePageTitle(TITEL);
  const { data, loading, error } = useQuery(MeineSitzungenDocument, { fetchPolicy: 'cache-and-network' });
  const [beenden] = useMutation(SitzungBeendenDocument, { refetchQueries: [MeineSitzungenDocument] });
  const [alleBeenden, alle] = useMutation(AndereSitzungenBeendenDocument, {
    refetchQueries: [MeineSitzungenDocument],
  });
  const [meldung, setMeldung] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  const sitzungen = data?.meineSitzungen;
  const andere = sitzungen?.filter((s) => !s.aktuell).length ?? 0;

  async function eineBeenden(id: string, geraet: string) {
    setMeldung('');
    setFehler(null);
    try {
      await beenden({ variables: { id } });
      setMeldung(`Die Sitzung (${geraet}) wurde beendet.`);
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  async function andereBeenden() {
    setMeldung('');
    setFehler(null);
    try {
      const result = await alleBeenden();
      const n = result.data?.andereSitzungenBeenden ?? 0;
      setMeldung(n === 1 ? 'Eine andere Sitzung wurde beendet.' : `${n} andere Sitzungen wurden beendet.`);
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  return (
    <>
      <h1>{TITEL}</h1>
      <p className="lead">
        Hier sehen Sie, wo Sie angemeldet sind. Beenden Sie Sitzungen, die Sie nicht kennen, und ändern Sie
        dann Ihr Passwort.
      </p>
      {error && !sitzungen && <QueryError error={error} />}
      {!sitzungen && loading && <Loading />}
      {sitzungen && (
        <>
          <TableScroll labelledBy="sitzungen-caption">
            <table>
              <caption id="sitzungen-caption">Ihre aktiven Sitzungen</caption>
              <thead>
                <tr>
                  <th scope="col">Gerät</th>
                  <th scope="col">Angemeldet seit</th>
                  <th scope="col">Zuletzt aktiv</th>
                  <th scope="col">Aktion</th>
                </tr>
              </thead>
              <tbody>
                {sitzungen.map((s) => {
                  const geraet = geraetAus(s.userAgent);
                  return (
                    <tr key={s.id}>
                      <th scope="row">
                        <span title={s.userAgent ?? undefined}>{geraet}</span>
                        {s.vertretung && <span> (als Vertretung)</span>}
                      </th>
                      <td className="nowrap">{formatDatumZeit(s.createdAt)}</td>
                      <td className="nowrap">{formatDatumZeit(s.lastSeenAt)}</td>
                      <td>
                        {s.aktuell ? (
                          <span className="badge badge-ok">Diese Sitzung</span>
                        ) : (
                          <button
                            type="button"
                            className="button button-secondary button-small"
                            onClick={() => eineBeenden(s.id, geraet)}
                          >
                            Abmelden
                            <span className="visually-hidden">
                              {' '}
                              ({geraet}, seit {formatDatumZeit(s.createdAt)})
                            </span>
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger-outline"
              onClick={andereBeenden}
              disabled={andere === 0}
              aria-busy={alle.loading}
            >
              Alle anderen Sitzungen beenden
            </button>
          </div>
        </>
      )}
      {fehler && (
        <ErrorAlert>
          <p>{fehler}</p>
        </ErrorAlert>
      )}
      <p className="notice notice-success" role="status">
        {meldung}
      </p>
    </>
  );
}
