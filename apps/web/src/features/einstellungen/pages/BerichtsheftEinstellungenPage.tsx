import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { BerichtsheftEinstellungFieldsFragment, NachweisFormat } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { toApiError } from '../../../shared/lib/apiError';
import { useMe } from '../../auth/hooks/useMe';
import { FORMAT_TEXT } from '../../berichtsheft/components/nachweisText';
import {
  BerichtsheftEinstellungenDocument,
  BerichtsheftEinstellungSetzenDocument,
} from '../graphql/einstellungen';

type Einstellung = BerichtsheftEinstellungFieldsFragment;
type Wert = Pick<Einstellung, 'elektronisch' | 'format'>;

const FORMATE: readonly NachweisFormat[] = ['WOECHENTLICH', 'TAEGLICH'];
const istFormat = (value: string): value is NachweisFormat => (FORMATE as readonly string[]).includes(value);

const TITEL = 'Einstellungen für Ausbildungsnachweise';

/** `/einstellungen/ausbildungsnachweise`: electronic Berichtsheft on/off and its format, per Beruf. */
export function BerichtsheftEinstellungenPage() {
  usePageTitle(TITEL);
  const me = useMe();
  const { data, loading, error } = useQuery(BerichtsheftEinstellungenDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [setzen] = useMutation(BerichtsheftEinstellungSetzenDocument);
  const [meldung, setMeldung] = useState('');
  const [fehler, setFehler] = useState<{ berufId: string; text: string } | null>(null);
  // Shown at once while the server saves; the answer then updates the cached row.
  const [ausstehend, setAusstehend] = useState<ReadonlyMap<string, Wert>>(new Map());
  const einstellungen = data?.berichtsheftEinstellungen;

  function vormerken(berufId: string, wert: Wert | null) {
    setAusstehend((alt) => {
      const neu = new Map(alt);
      if (wert) neu.set(berufId, wert);
      else neu.delete(berufId);
      return neu;
    });
  }

  async function speichern(alt: Einstellung, neu: Wert) {
    setMeldung('');
    setFehler(null);
    const beruf = alt.beruf.bezeichnung;
    vormerken(alt.beruf.id, neu);
    try {
      await setzen({
        variables: {
          input: {
            betriebsstaetteId: alt.betriebsstaetteId,
            berufId: alt.beruf.id,
            elektronisch: neu.elektronisch,
            format: neu.format,
          },
        },
      });
      setMeldung(
        neu.elektronisch
          ? `Gespeichert: Elektronischer Ausbildungsnachweis für ${beruf} eingeschaltet (${FORMAT_TEXT[neu.format]}).`
          : `Gespeichert: Elektronischer Ausbildungsnachweis für ${beruf} ausgeschaltet (Format ${FORMAT_TEXT[neu.format]}).`,
      );
    } catch (e) {
      setFehler({ berufId: alt.beruf.id, text: `${beruf}: ${toApiError(e).message}` });
    } finally {
      vormerken(alt.beruf.id, null);
    }
  }

  return (
    <>
      <h1>{TITEL}</h1>
      <p className="lead">
        Legen Sie fest, für welche Ausbildungsberufe Ihre Auszubildenden in der Betriebsstätte{' '}
        {me.aktuellerArbeitsbereich?.name ?? ''} ihre Ausbildungsnachweise elektronisch führen.
      </p>
      <p role="status" className="notice notice-success">
        {meldung}
      </p>
      <div aria-busy={loading}>
        {error && !einstellungen && <QueryError error={error} />}
        {!einstellungen && loading && <Loading />}
        {einstellungen && einstellungen.length === 0 && (
          <p>In dieser Betriebsstätte gibt es noch keine Ausbildungsverhältnisse.</p>
        )}
        {einstellungen && einstellungen.length > 0 && (
          <ul className="cards">
            {einstellungen.map((gespeichert) => {
              const e = { ...gespeichert, ...ausstehend.get(gespeichert.beruf.id) };
              const id = `einstellung-${e.beruf.id}`;
              const fehlerHier = fehler?.berufId === e.beruf.id ? fehler.text : null;
              return (
                <li key={e.beruf.id}>
                  <section className="card" aria-labelledby={`${id}-titel`}>
                    <h2 id={`${id}-titel`}>{e.beruf.bezeichnung}</h2>
                    <div className="form">
                      <div className="checkbox-feld">
                        <input
                          id={`${id}-elektronisch`}
                          type="checkbox"
                          checked={e.elektronisch}
                          onChange={(ev) =>
                            void speichern(e, { elektronisch: ev.target.checked, format: e.format })
                          }
                        />
                        <label htmlFor={`${id}-elektronisch`}>
                          Elektronischer Ausbildungsnachweis
                          <span className="visually-hidden"> – {e.beruf.bezeichnung}</span>
                        </label>
                      </div>
                      <div className="field">
                        <label htmlFor={`${id}-format`}>
                          Format<span className="visually-hidden"> – {e.beruf.bezeichnung}</span>
                        </label>
                        <select
                          id={`${id}-format`}
                          value={e.format}
                          onChange={(ev) =>
                            istFormat(ev.target.value) &&
                            void speichern(e, { elektronisch: e.elektronisch, format: ev.target.value })
                          }
                        >
                          {FORMATE.map((f) => (
                            <option key={f} value={f}>
                              {FORMAT_TEXT[f]}
                            </option>
                          ))}
                        </select>
                      </div>
                      {fehlerHier && (
                        <ErrorAlert>
                          <p>{fehlerHier}</p>
                        </ErrorAlert>
                      )}
                    </div>
                  </section>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </>
  );
}
