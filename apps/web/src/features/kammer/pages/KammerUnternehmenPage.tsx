import { useQuery } from '@apollo/client/react';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { BETRIEBSSTAETTEN_ART } from '../../../shared/lib/format';
import { HauptsitzZugriffSchalter } from '../../kammer-konten/components/HauptsitzZugriffSchalter';
import { KammerUnternehmenDocument } from '../graphql/kammer';

export function KammerUnternehmenPage() {
  usePageTitle('Unternehmen der Kammer');
  const { data, loading, error } = useQuery(KammerUnternehmenDocument);
  const unternehmen = data?.kammerUnternehmen;

  return (
    <>
      <h1>Unternehmen der Kammer</h1>
      <div aria-busy={loading}>
        {error && <QueryError error={error} />}
        {!unternehmen && loading && <Loading />}
        {unternehmen && unternehmen.length === 0 && (
          <p>Ihrer Kammer sind noch keine Unternehmen zugeordnet.</p>
        )}
        {unternehmen && unternehmen.length > 0 && (
          <ul className="cards">
            {unternehmen.map((u) => (
              <li key={u.id}>
                <article className="card" aria-labelledby={`unternehmen-${u.id}`}>
                  <h2 id={`unternehmen-${u.id}`}>{u.name}</h2>
                  <p>
                    <span className={u.hauptsitzZugriff ? 'badge badge-ok' : 'badge'}>
                      Hauptsitz-Zugriff: {u.hauptsitzZugriff ? 'freigeschaltet' : 'nicht freigeschaltet'}
                    </span>
                  </p>
                  <HauptsitzZugriffSchalter unternehmen={u} />
                  {u.email && (
                    <p>
                      E-Mail-Adresse: <a href={`mailto:${u.email}`}>{u.email}</a>
                    </p>
                  )}
                  <h3>Betriebsstätten</h3>
                  <ul className="plain-list">
                    {u.betriebsstaetten.map((b) => (
                      <li key={b.id}>
                        {b.name} ({BETRIEBSSTAETTEN_ART[b.art]}, {b.ort})
                      </li>
                    ))}
                  </ul>
                </article>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
