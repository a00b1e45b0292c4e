import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { KammerAufgabenQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { formatDatumZeit } from '../../../shared/lib/format';
import { KammerAufgabeErledigenDocument, KammerAufgabenDocument } from '../graphql/kammerKonten';

type Aufgabe = KammerAufgabenQuery['kammerAufgaben'][number];

/** IHK back office: tasks such as the Betriebe's "Aenderungsmail" about an Ausbilder. */
export function KammerAufgabenPage() {
  usePageTitle('Aufgaben');
  const [erledigt, setErledigt] = useState(false);
  const { data, loading, error } = useQuery(KammerAufgabenDocument, {
    variables: { erledigt },
    fetchPolicy: 'cache-and-network',
  });
  const [meldung, setMeldung] = useState('');
  const aufgaben = data?.kammerAufgaben;

  return (
    <>
      <h1>Aufgaben</h1>
      <p className="lead">
        Änderungsmeldungen der Ausbildungsbetriebe zu ihren Ausbilderinnen und Ausbildern.
      </p>
      <div className="field">
        <label htmlFor="aufgaben-ansicht">Aufgaben anzeigen</label>
        <select
          id="aufgaben-ansicht"
          value={erledigt ? 'erledigt' : 'offen'}
          onChange={(e) => setErledigt(e.target.value === 'erledigt')}
        >
          <option value="offen">Offen</option>
          <option value="erledigt">Erledigt</option>
        </select>
      </div>
      <p role="status" className="notice notice-success">
        {meldung}
      </p>
      <div aria-busy={loading}>
        {error && <QueryError error={error} />}
        {!aufgaben && loading && <Loading />}
        {aufgaben && aufgaben.length === 0 && (
          <p>{erledigt ? 'Keine erledigten Aufgaben.' : 'Keine offenen Aufgaben.'}</p>
        )}
        {aufgaben && aufgaben.length > 0 && (
          <ul className="cards">
            {aufgaben.map((a) => (
              <li key={a.id}>
                <AufgabeKarte aufgabe={a} onErledigt={setMeldung} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

function AufgabeKarte({ aufgabe: a, onErledigt }: { aufgabe: Aufgabe; onErledigt: (text: string) => void }) {
  const [erledigen, { loading }] = useMutation(KammerAufgabeErledigenDocument, {
    refetchQueries: [KammerAufgabenDocument],
  });
  const [fehler, setFehler] = useState<string | null>(null);
  const titelId = `aufgabe-${a.id}`;
  const betreff = a.betreff ? `${a.betreff.vorname} ${a.betreff.nachname}` : 'unbekannt';

  async function onClick() {
    if (loading) return;
    setFehler(null);
    try {
      await erledigen({ variables: { id: a.id } });
      onErledigt(`Die Änderungsmail zu ${betreff} (${a.unternehmenName}) ist als erledigt markiert.`);
    } catch (error) {
      setFehler(toApiError(error).message);
    }
  }

  return (
    <article className="card" aria-labelledby={titelId}>
      <h2 id={titelId}>Änderungsmail zu {betreff}</h2>
      <dl className="details">
        <div>
          <dt>Unternehmen</dt>
          <dd>
            {a.unternehmenName}
            {a.betriebsstaetteName && ` – ${a.betriebsstaetteName}`}
          </dd>
        </div>
        {a.betreff && (
          <div>
            <dt>Ausbilder/-in</dt>
            <dd className="break">
              {betreff}, {a.betreff.email}
            </dd>
          </div>
        )}
        <div>
          <dt>Gemeldet</dt>
          <dd>
            {formatDatumZeit(a.createdAt)}
            {a.gemeldetVon && ` von ${a.gemeldetVon.vorname} ${a.gemeldetVon.nachname}`}
            {a.inVertretungFuer &&
              ` (in Vertretung für ${a.inVertretungFuer.vorname} ${a.inVertretungFuer.nachname})`}
          </dd>
        </div>
        {a.erledigtAt && (
          <div>
            <dt>Erledigt</dt>
            <dd>{formatDatumZeit(a.erledigtAt)}</dd>
          </div>
        )}
      </dl>
      <h3>Mitteilung</h3>
      <p className="break">{a.text}</p>
      {fehler && (
        <ErrorAlert>
          <p>{fehler}</p>
        </ErrorAlert>
      )}
      {!a.erledigtAt && (
        <button type="button" className="button button-secondary" onClick={onClick} aria-busy={loading}>
          Als erledigt markieren<span className="visually-hidden"> – Änderungsmail zu {betreff}</span>
        </button>
      )}
    </article>
  );
}
