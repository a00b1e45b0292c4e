import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { TableScroll } from '../../../shared/components/TableScroll';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { formatDatumZeit, vollerName } from '../../../shared/lib/format';
import {
  OffeneVertretungsantraegeDocument,
  VertretungAblehnenDocument,
  VertretungGenehmigenDocument,
} from '../graphql/vertretung';

const TITEL = 'Vertretungsanträge';

/** IHK back office: deputies without an account, waiting for approval. */
export function VertretungsantraegePage() {
  usePageTitle(TITEL);
  const { data, loading, error } = useQuery(OffeneVertretungsantraegeDocument);
  const optionen = { refetchQueries: [OffeneVertretungsantraegeDocument], awaitRefetchQueries: true };
  const [genehmigen, g] = useMutation(VertretungGenehmigenDocument, optionen);
  const [ablehnen, a] = useMutation(VertretungAblehnenDocument, optionen);
  const [meldung, setMeldung] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  /** The invitation could not be sent just now: the seed's message and what to do. */
  const [zustellung, setZustellung] = useState<{ meldung: string; hinweis: string | null } | null>(null);
  const meldungRef = useRef<HTMLParagraphElement>(null);
  const liste = data?.offeneVertretungsantraege;

  async function entscheiden(id: string, name: string, ja: boolean) {
    if (g.loading || a.loading) return;
    setFehler(null);
    setZustellung(null);
    try {
      if (ja) {
        const { data } = await genehmigen({ variables: { id } });
        const z = data?.vertretungGenehmigen.zustellung;
        if (z && !z.zugestellt && z.meldung)
          setZustellung({ meldung: z.meldung, hinweis: z.hinweis ?? null });
      } else await ablehnen({ variables: { id } });
      setMeldung(
        ja
          ? `Vertretung ${name} genehmigt. Die Person erhält eine E-Mail mit dem Link zum Festlegen des Passworts.`
          : `Vertretung ${name} abgelehnt.`,
      );
      meldungRef.current?.focus();
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  return (
    <>
      <h1>{TITEL}</h1>
      <p className="lead">
        Vertretungen für Personen ohne Konto. Mit der Genehmigung wird ein Konto angelegt, und die Person
        erhält eine Einladung per E-Mail.
      </p>
      <p ref={meldungRef} role="status" tabIndex={-1} className="notice notice-success">
        {meldung}
      </p>
      {fehler && (
        <ErrorAlert>
          <p>{fehler}</p>
        </ErrorAlert>
      )}
      {zustellung && (
        <ErrorAlert>
          <p>{zustellung.meldung}</p>
          {zustellung.hinweis && <p>{zustellung.hinweis}</p>}
        </ErrorAlert>
      )}
      <div aria-busy={loading}>
        {error && <QueryError error={error} />}
        {!liste && loading && <Loading />}
        {liste && liste.length === 0 && <p>Es liegen keine Vertretungsanträge vor.</p>}
        {liste && liste.length > 0 && (
          <TableScroll labelledBy="antraege-caption">
            <table>
              <caption id="antraege-caption">Offene Vertretungsanträge Ihrer Kammer</caption>
              <thead>
                <tr>
                  <th scope="col">Vertretung</th>
                  <th scope="col">E-Mail-Adresse</th>
                  <th scope="col">Vertretene Person</th>
                  <th scope="col">Beantragt am</th>
                  <th scope="col">
                    <span className="visually-hidden">Entscheidung</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {liste.map((v) => {
                  const name = `${v.vertreterVorname} ${v.vertreterNachname}`;
                  return (
                    <tr key={v.id}>
                      <th scope="row">{name}</th>
                      <td className="break">{v.vertreterEmail}</td>
                      <td>
                        {vollerName(v.vertretener)} <span className="break">({v.vertretener.email})</span>
                      </td>
                      <td className="nowrap">{formatDatumZeit(v.createdAt)}</td>
                      <td>
                        <div className="button-row">
                          <button
                            type="button"
                            className="button button-small button-primary"
                            onClick={() => entscheiden(v.id, name, true)}
                          >
                            Genehmigen<span className="visually-hidden">: {name}</span>
                          </button>
                          <button
                            type="button"
                            className="button button-small button-danger-outline"
                            onClick={() => entscheiden(v.id, name, false)}
                          >
                            Ablehnen<span className="visually-hidden">: {name}</span>
                          </button>
                        </div>
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
