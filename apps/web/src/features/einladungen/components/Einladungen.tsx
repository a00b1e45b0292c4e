import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { QueryError } from '../../../shared/components/QueryError';
import { toApiError } from '../../../shared/lib/apiError';
import { formatDatumZeit } from '../../../shared/lib/format';
import { rollenBezeichnung } from '../../../shared/lib/rollen';
import { MeDocument } from '../../auth/graphql/session';
import {
  EinladungAblehnenDocument,
  EinladungAnnehmenDocument,
  MeineEinladungenDocument,
} from '../graphql/einladungen';

/**
 * "Profil – Berechtigungen", section "Einladungen": roles a Betrieb offered this person. Nothing
 * takes effect until the person accepts; declining removes the invitation. Only the person
 * themselves decides (the server refuses while acting for someone else).
 */
export function Einladungen() {
  const { data, error } = useQuery(MeineEinladungenDocument, { fetchPolicy: 'cache-and-network' });
  const optionen = { refetchQueries: [MeineEinladungenDocument, MeDocument], awaitRefetchQueries: true };
  const [annehmen, annahme] = useMutation(EinladungAnnehmenDocument, optionen);
  const [ablehnen, ablehnung] = useMutation(EinladungAblehnenDocument, optionen);
  const [meldung, setMeldung] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  const laeuft = annahme.loading || ablehnung.loading;
  const liste = data?.meineEinladungen ?? [];

  async function entscheiden(id: string, annehmenJa: boolean, was: string) {
    if (laeuft) return;
    setFehler(null);
    setMeldung('');
    try {
      if (annehmenJa) await annehmen({ variables: { id } });
      else await ablehnen({ variables: { id } });
      setMeldung(
        annehmenJa
          ? `Einladung angenommen: Sie sind jetzt ${was}. Sie finden den Bereich oben in der Auswahl der Betriebsstätte.`
          : `Einladung abgelehnt: ${was}.`,
      );
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  return (
    <section aria-labelledby="einladungen-titel">
      <h2 id="einladungen-titel">Einladungen</h2>
      <p role="status" className="notice notice-success">
        {meldung}
      </p>
      {fehler && (
        <ErrorAlert>
          <p>{fehler}</p>
        </ErrorAlert>
      )}
      {error && <QueryError error={error} />}
      {data && liste.length === 0 && <p>Sie haben keine offenen Einladungen.</p>}
      {liste.length > 0 && (
        <ul className="cards">
          {liste.map((e) => {
            const rolle = rollenBezeichnung(e.rolle);
            const was = `${rolle} in ${e.betriebsstaette.name} (${e.unternehmenName})`;
            return (
              <li key={e.id}>
                <article className="card" aria-labelledby={`einladung-${e.id}`}>
                  <h3 id={`einladung-${e.id}`}>
                    {rolle} – {e.betriebsstaette.name}
                  </h3>
                  <p>
                    {e.unternehmenName} lädt Sie ein (am {formatDatumZeit(e.eingeladenAm)}). Die Rolle gibt
                    Ihnen erst Rechte, wenn Sie sie annehmen.
                  </p>
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button-primary"
                      onClick={() => entscheiden(e.id, true, was)}
                      aria-busy={laeuft}
                    >
                      Annehmen<span className="visually-hidden">: {was}</span>
                    </button>
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => entscheiden(e.id, false, was)}
                      aria-busy={laeuft}
                    >
                      Ablehnen<span className="visually-hidden">: {was}</span>
                    </button>
                  </div>
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
