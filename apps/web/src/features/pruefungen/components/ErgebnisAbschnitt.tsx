import { useQuery } from '@apollo/client/react';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { formatDatumZeit } from '../../../shared/lib/format';
import { AnmeldungErgebnisDocument } from '../graphql/pruefungen';
import { ErgebnisTabelle } from './ErgebnisTabelle';

/** One Azubi's released result (the server refuses when the viewer may not see it and says why). */
export function ErgebnisAbschnitt({ anmeldungId, titelId }: { anmeldungId: string; titelId: string }) {
  const { data, loading, error } = useQuery(AnmeldungErgebnisDocument, { variables: { anmeldungId } });
  const ergebnis = data?.anmeldungErgebnis;
  return (
    <section aria-labelledby={titelId} aria-busy={loading}>
      <h3 id={titelId}>Prüfungsergebnis</h3>
      {error && <QueryError error={error} />}
      {!data && loading && <Loading />}
      {data && !ergebnis && <p>Die IHK hat noch keine Ergebnisse freigegeben.</p>}
      {ergebnis && (
        <>
          {ergebnis.freigegebenAt && (
            <p>
              Freigegeben am{' '}
              <time dateTime={ergebnis.freigegebenAt}>{formatDatumZeit(ergebnis.freigegebenAt)}</time>
            </p>
          )}
          <ErgebnisTabelle
            titelId={`${titelId}-tabelle`}
            caption={`Ergebnisse von ${ergebnis.azubiName}`}
            teile={ergebnis.teile}
            bestanden={ergebnis.bestanden}
          />
        </>
      )}
    </section>
  );
}
