import { useQuery } from '@apollo/client/react';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { formatZeitraum, NACHWEIS_FORM, vollerName } from '../../../shared/lib/format';
import { MeineAusbildungsverhaeltnisseDocument } from '../graphql/ausbildung';

export function MeineAusbildungPage() {
  usePageTitle('Meine Ausbildung');
  const { data, loading, error } = useQuery(MeineAusbildungsverhaeltnisseDocument);
  const vertraege = data?.meineAusbildungsverhaeltnisse;

  return (
    <>
      <h1>Meine Ausbildung</h1>
      <div aria-busy={loading}>
        {error && <QueryError error={error} />}
        {!vertraege && loading && <Loading />}
        {vertraege && vertraege.length === 0 && (
          <p>Für Sie sind keine Ausbildungsverhältnisse eingetragen.</p>
        )}
        {vertraege && vertraege.length > 0 && (
          <ul className="cards">
            {vertraege.map((v) => (
              <li key={v.id}>
                <article className="card" aria-labelledby={`vertrag-${v.id}`}>
                  <h2 id={`vertrag-${v.id}`}>{v.beruf.bezeichnung}</h2>
                  <dl className="details">
                    <div>
                      <dt>Betriebsstätte</dt>
                      <dd>{v.betriebsstaette.name}</dd>
                    </div>
                    <div>
                      <dt>Zeitraum</dt>
                      <dd>{formatZeitraum(v.beginn, v.ende)}</dd>
                    </div>
                    <div>
                      <dt>Identnummer</dt>
                      <dd>{v.identnummer}</dd>
                    </div>
                    <div>
                      <dt>Ausbilder/-in</dt>
                      <dd>{v.ausbilder ? vollerName(v.ausbilder) : 'nicht eingetragen'}</dd>
                    </div>
                    <div>
                      <dt>Ausbildungsnachweis</dt>
                      <dd>{NACHWEIS_FORM[v.nachweisForm]}</dd>
                    </div>
                  </dl>
                </article>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
