import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { OffeneGenehmigungenQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { TableScroll } from '../../../shared/components/TableScroll';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { formatDatumZeit, formatKurzZeitraum } from '../../../shared/lib/format';
import { NachweiseSammelGenehmigenDocument, OffeneGenehmigungenDocument } from '../graphql/genehmigungen';

type Offen = OffeneGenehmigungenQuery['offeneGenehmigungen'][number];

interface Fehlschlag {
  id: string;
  text: string;
  message: string;
}

interface Ergebnis {
  genehmigt: number;
  gesamt: number;
  fehlschlaege: Fehlschlag[];
}

const beschreibung = (n: Offen) => `Nachweis von ${n.azubiName}, ${formatKurzZeitraum(n.von, n.bis)}`;

/** `/genehmigungen`: submitted Nachweise waiting for the viewer; approve several at once. */
export function GenehmigungenPage() {
  usePageTitle('Genehmigungen');
  const { data, loading, error, refetch } = useQuery(OffeneGenehmigungenDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [sammelGenehmigen, { loading: genehmigtGerade }] = useMutation(NachweiseSammelGenehmigenDocument);
  const [auswahl, setAuswahl] = useState<ReadonlySet<string>>(new Set());
  const [bemerkung, setBemerkung] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);
  const [ergebnis, setErgebnis] = useState<Ergebnis | null>(null);
  const alleRef = useRef<HTMLInputElement>(null);
  const liste = data?.offeneGenehmigungen;
  const ausgewaehlt = liste?.filter((n) => auswahl.has(n.id)) ?? [];
  const alle = liste !== undefined && liste.length > 0 && ausgewaehlt.length === liste.length;

  useEffect(() => {
    if (alleRef.current) alleRef.current.indeterminate = ausgewaehlt.length > 0 && !alle;
  }, [ausgewaehlt.length, alle]);

  function umschalten(id: string, an: boolean) {
    setAuswahl((alt) => {
      const neu = new Set(alt);
      if (an) neu.add(id);
      else neu.delete(id);
      return neu;
    });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (genehmigtGerade) return;
    setErgebnis(null);
    if (ausgewaehlt.length === 0) {
      setFehler('Bitte wählen Sie mindestens einen Nachweis aus.');
      return;
    }
    setFehler(null);
    try {
      const { data: antwort } = await sammelGenehmigen({
        variables: { ids: ausgewaehlt.map((n) => n.id), bemerkung: bemerkung.trim() || null },
      });
      const ergebnisse = antwort?.nachweiseSammelGenehmigen ?? [];
      const nachId = new Map(ausgewaehlt.map((n) => [n.id, n]));
      setErgebnis({
        genehmigt: ergebnisse.filter((e) => e.ok).length,
        gesamt: ergebnisse.length,
        fehlschlaege: ergebnisse
          .filter((e) => !e.ok)
          .map((e) => {
            const n = nachId.get(e.id);
            const hinweis =
              e.code === 'PAPIER_BESTAETIGUNG_FEHLT'
                ? ' Bitte öffnen Sie diesen Nachweis und genehmigen Sie ihn einzeln mit der Bestätigung.'
                : '';
            return {
              id: e.id,
              text: n ? beschreibung(n) : 'Nachweis',
              message: `${e.message ?? 'Nicht genehmigt.'}${hinweis}`,
            };
          }),
      });
      setAuswahl(new Set());
      setBemerkung('');
      await refetch();
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  return (
    <>
      <h1>Genehmigungen</h1>
      <p className="lead">Eingereichte Ausbildungsnachweise, die auf Ihre Genehmigung warten.</p>
      <div role="status" className="notice notice-success">
        {ergebnis &&
          `${ergebnis.genehmigt} von ${ergebnis.gesamt} ${ergebnis.gesamt === 1 ? 'Nachweis' : 'Nachweisen'} genehmigt.`}
      </div>
      {ergebnis && ergebnis.fehlschlaege.length > 0 && (
        <ErrorAlert>
          <p>
            {ergebnis.fehlschlaege.length === 1
              ? '1 Nachweis wurde nicht genehmigt:'
              : `${ergebnis.fehlschlaege.length} Nachweise wurden nicht genehmigt:`}
          </p>
          <ul className="plain-list">
            {ergebnis.fehlschlaege.map((f) => (
              <li key={f.id}>
                <Link to={`/berichtsheft/nachweis/${f.id}`}>{f.text}</Link>: {f.message}
              </li>
            ))}
          </ul>
        </ErrorAlert>
      )}
      <div aria-busy={loading}>
        {error && !liste && <QueryError error={error} />}
        {!liste && loading && <Loading />}
        {liste && liste.length === 0 && <p>Es warten keine Nachweise auf Ihre Genehmigung.</p>}
        {liste && liste.length > 0 && (
          <form className="sammel-form" onSubmit={onSubmit} noValidate aria-busy={genehmigtGerade}>
            <div className="checkbox-feld">
              <input
                ref={alleRef}
                id="alle-auswaehlen"
                type="checkbox"
                checked={alle}
                onChange={(e) => setAuswahl(new Set(e.target.checked ? liste.map((n) => n.id) : []))}
              />
              <label htmlFor="alle-auswaehlen">Alle auswählen</label>
            </div>
            <TableScroll labelledBy="genehmigungen-caption">
              <table>
                <caption id="genehmigungen-caption">Offene Nachweise ({liste.length})</caption>
                <thead>
                  <tr>
                    <th scope="col">Auswahl</th>
                    <th scope="col">Auszubildende/-r</th>
                    <th scope="col">Beruf</th>
                    <th scope="col">Zeitraum</th>
                    <th scope="col">Eingereicht am</th>
                    <th scope="col">Nachweis</th>
                  </tr>
                </thead>
                <tbody>
                  {liste.map((n) => (
                    <tr key={n.id}>
                      <td>
                        <input
                          id={`auswahl-${n.id}`}
                          type="checkbox"
                          className="tabellen-checkbox"
                          checked={auswahl.has(n.id)}
                          onChange={(e) => umschalten(n.id, e.target.checked)}
                        />
                        <label htmlFor={`auswahl-${n.id}`} className="visually-hidden">
                          {beschreibung(n)} auswählen
                        </label>
                      </td>
                      <th scope="row">{n.azubiName}</th>
                      <td>{n.beruf}</td>
                      <td>
                        <span className="nowrap">{formatKurzZeitraum(n.von, n.bis)}</span>
                        {n.papierNachweise && (
                          <span className="zelle-hinweis">
                            Frühere schriftliche Nachweise – bitte einzeln mit Bestätigung genehmigen
                          </span>
                        )}
                      </td>
                      <td className="nowrap">{n.eingereichtAt ? formatDatumZeit(n.eingereichtAt) : '–'}</td>
                      <td>
                        <Link to={`/berichtsheft/nachweis/${n.id}`}>
                          Nachweis
                          <span className="visually-hidden">
                            {' '}
                            von {n.azubiName}, {formatKurzZeitraum(n.von, n.bis)}
                          </span>{' '}
                          öffnen
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
            <div className="form">
              <div className="field">
                <label htmlFor="sammel-bemerkung">
                  Bemerkung des Betreuers (freiwillig, für alle ausgewählten)
                </label>
                <textarea
                  id="sammel-bemerkung"
                  rows={2}
                  value={bemerkung}
                  onChange={(e) => setBemerkung(e.target.value)}
                />
              </div>
              {fehler && (
                <ErrorAlert>
                  <p>{fehler}</p>
                </ErrorAlert>
              )}
              <button type="submit" className="button button-primary" aria-busy={genehmigtGerade}>
                Ausgewählte genehmigen
              </button>
            </div>
          </form>
        )}
      </div>
    </>
  );
}
