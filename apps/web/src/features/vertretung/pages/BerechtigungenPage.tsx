import { useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { formatDatumZeit, vollerName } from '../../../shared/lib/format';
import { useMe } from '../../auth/hooks/useMe';
import { Einladungen } from '../../einladungen/components/Einladungen';
import { MeineBerechtigungenDocument } from '../graphql/vertretung';
import { useVertretungWechsel } from '../hooks/useVertretungWechsel';

const TITEL = 'Berechtigungen';

/**
 * `/profil/berechtigungen`: invitations into roles (accept or decline) and whom the person may
 * represent; "Zum Programm" switches to them. Reachable without any role in effect.
 */
export function BerechtigungenPage() {
  usePageTitle(TITEL);
  const me = useMe();
  const { data, loading, error } = useQuery(MeineBerechtigungenDocument);
  const wechsel = useVertretungWechsel();
  const liste = data?.meineBerechtigungen;
  // Set when the server ended the Vertretung this session acted under (see main.tsx).
  const hinweis = (useLocation().state as { hinweis?: string } | null)?.hinweis;

  return (
    <>
      <h1>{TITEL}</h1>
      <p className="lead">
        Hier sehen Sie, für wen Sie als Vertretung handeln dürfen. Mit „Zum Programm“ wechseln Sie zu diesem
        Konto; Sie haben dann dessen Rechte, und alles, was Sie tun, wird als in Vertretung erledigt vermerkt.
      </p>
      {hinweis && !me.vertretenePerson && <p className="notice notice-info">{hinweis}</p>}
      <Einladungen />
      <h2>Vertretungen</h2>
      {me.vertretenePerson && (
        <div className="notice notice-info">
          <p>Sie handeln gerade in Vertretung für {vollerName(me.vertretenePerson)}.</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={wechsel.zurueck}
            aria-busy={wechsel.laeuft}
          >
            Zurück zum eigenen Konto
          </button>
        </div>
      )}
      {wechsel.fehler && (
        <ErrorAlert>
          <p>{wechsel.fehler}</p>
        </ErrorAlert>
      )}
      <div aria-busy={loading}>
        {error && <QueryError error={error} />}
        {!liste && loading && <Loading />}
        {liste && liste.length === 0 && <p>Sie sind für niemanden als Vertretung hinterlegt.</p>}
        {liste && liste.length > 0 && (
          <ul className="cards">
            {liste.map((b) => {
              const name = vollerName(b.vertretener);
              return (
                <li key={b.id}>
                  <article className="card" aria-labelledby={`berechtigung-${b.id}`}>
                    <h2 id={`berechtigung-${b.id}`}>{name}</h2>
                    {b.unternehmen.length > 0 && <p>{b.unternehmen.join(', ')}</p>}
                    <p>Vertretung seit {formatDatumZeit(b.seit)}</p>
                    {b.aktiv ? (
                      <p>
                        <span className="badge badge-ok">Sie handeln gerade für diese Person</span>
                      </p>
                    ) : (
                      <button
                        type="button"
                        className="button button-primary"
                        onClick={() => wechsel.zumProgramm(b.id)}
                        aria-busy={wechsel.laeuft}
                      >
                        Zum Programm<span className="visually-hidden">: als Vertretung für {name}</span>
                      </button>
                    )}
                  </article>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </>
  );
}
