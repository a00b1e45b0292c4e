import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import { datumPlusTage, formatZeitraum } from '../../../shared/lib/format';
import { MeineAusbildungsverhaeltnisseDocument } from '../../ausbildung/graphql/ausbildung';
import { wochenTitel } from '../components/nachweisText';
import { PapierNachweiseForm } from '../components/PapierNachweiseForm';
import { fehlendText, type WochenEintrag, WochenListe } from '../components/WochenListe';
import { BerichtsheftWochenDocument, NachweisAnlegenDocument } from '../graphql/berichtsheft';

interface Vertrag {
  id: string;
  beginn: string;
  ende: string;
}

/** `/berichtsheft`: the Azubi's weeks, missing ones first to the eye, and creating new Nachweise. */
export function BerichtsheftPage() {
  usePageTitle('Berichtsheft');
  const [params, setParams] = useSearchParams();
  const { data, loading, error } = useQuery(MeineAusbildungsverhaeltnisseDocument);
  const vertraege = data?.meineAusbildungsverhaeltnisse;
  const gewaehlt = vertraege?.find((v) => v.id === params.get('vertrag')) ?? vertraege?.[0];

  return (
    <>
      <h1>Berichtsheft</h1>
      <p className="lead">Ihre Ausbildungsnachweise Woche für Woche.</p>
      <div aria-busy={loading}>
        {error && <QueryError error={error} />}
        {!vertraege && loading && <Loading />}
        {vertraege && vertraege.length === 0 && (
          <p>Für Sie sind keine Ausbildungsverhältnisse eingetragen.</p>
        )}
        {vertraege && vertraege.length > 1 && gewaehlt && (
          <div className="form">
            <div className="field">
              <label htmlFor="berichtsheft-vertrag">Ausbildungsverhältnis</label>
              <select
                id="berichtsheft-vertrag"
                value={gewaehlt.id}
                onChange={(e) => setParams({ vertrag: e.target.value }, { replace: true })}
              >
                {vertraege.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.beruf.bezeichnung} – {v.betriebsstaette.name} ({formatZeitraum(v.beginn, v.ende)})
                  </option>
                ))}
              </select>
            </div>
          </div>
        )}
        {gewaehlt && (
          <>
            {vertraege && vertraege.length === 1 && (
              <p>
                {gewaehlt.beruf.bezeichnung} – {gewaehlt.betriebsstaette.name}
              </p>
            )}
            <Wochen key={gewaehlt.id} vertrag={gewaehlt} />
          </>
        )}
      </div>
    </>
  );
}

function Wochen({ vertrag }: { vertrag: Vertrag }) {
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(BerichtsheftWochenDocument, {
    variables: { vertragId: vertrag.id },
    fetchPolicy: 'cache-and-network',
  });
  const [anlegen] = useMutation(NachweisAnlegenDocument);
  const [laeuft, setLaeuft] = useState<string | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const [papierFehler, setPapierFehler] = useState<ApiError | null>(null);
  const [nichtElektronisch, setNichtElektronisch] = useState<string | null>(null);
  const [nurFehlende, setNurFehlende] = useState(false);
  const wochen = data?.berichtsheftWochen;
  const fehlend = wochen?.filter((w) => w.fehlt).length ?? 0;
  const keinNachweis = wochen?.every((w) => w.nachweise.length === 0) ?? false;

  /** Creates the Nachweis and opens it; true when that worked. */
  async function erstellen(von: string, bis: string, papierNachweise: boolean): Promise<ApiError | null> {
    try {
      const { data: ergebnis } = await anlegen({
        variables: { input: { vertragId: vertrag.id, von, bis, papierNachweise } },
      });
      if (ergebnis) await navigate(`/berichtsheft/nachweis/${ergebnis.nachweisAnlegen.id}`);
      return null;
    } catch (e) {
      const apiError = toApiError(e);
      if (apiError.code === 'BERICHTSHEFT_NICHT_ELEKTRONISCH') {
        setNichtElektronisch(apiError.message);
        return null;
      }
      return apiError;
    }
  }

  async function wocheAnlegen(woche: WochenEintrag) {
    if (laeuft) return;
    setLaeuft(woche.montag);
    setFehler(null);
    // The first and last week of a contract are cut to the contract's period.
    const [von] = [woche.montag, vertrag.beginn].sort().reverse();
    const [bis] = [woche.sonntag, vertrag.ende].sort();
    const apiError = await erstellen(von, bis, false);
    if (apiError) setFehler(`${wochenTitel(woche.montag, woche.sonntag)}: ${apiError.message}`);
    setLaeuft(null);
  }

  async function papierUebernehmen(von: string, bis: string) {
    if (laeuft) return;
    setLaeuft('papier');
    setPapierFehler(null);
    setPapierFehler(await erstellen(von, bis, true));
    setLaeuft(null);
  }

  return (
    <div aria-busy={loading}>
      <p>
        <Link to={`/berichtsheft/abdeckung/${vertrag.id}`}>Abdeckung des Rahmenplans</Link>
      </p>
      {nichtElektronisch && (
        <ErrorAlert>
          <p>
            <strong>{nichtElektronisch}</strong>
          </p>
        </ErrorAlert>
      )}
      {error && !wochen && <QueryError error={error} />}
      {!wochen && loading && <Loading />}
      {wochen && keinNachweis && !nichtElektronisch && (
        <PapierNachweiseForm
          vorschlagVon={vertrag.beginn}
          vorschlagBis={datumPlusTage(wochen[0]?.montag ?? vertrag.beginn, -1)}
          fehler={papierFehler}
          laeuft={laeuft === 'papier'}
          onUebernehmen={(von, bis) => void papierUebernehmen(von, bis)}
        />
      )}
      {wochen && (
        <section className="card" aria-labelledby="wochen-titel">
          <h2 id="wochen-titel">Ihre Wochen</h2>
          <p
            className={
              fehlend > 0 ? 'wochen-zusammenfassung wochen-zusammenfassung-fehlt' : 'wochen-zusammenfassung'
            }
          >
            {fehlendText(fehlend)}
          </p>
          {fehler && (
            <ErrorAlert>
              <p>{fehler}</p>
            </ErrorAlert>
          )}
          {wochen.length === 0 ? (
            <p>Ihre Ausbildung hat noch nicht begonnen.</p>
          ) : (
            <>
              <div className="checkbox-feld">
                <input
                  id="nur-fehlende"
                  type="checkbox"
                  checked={nurFehlende}
                  onChange={(e) => setNurFehlende(e.target.checked)}
                />
                <label htmlFor="nur-fehlende">Nur fehlende Wochen anzeigen</label>
              </div>
              <WochenListe
                wochen={nurFehlende ? wochen.filter((w) => w.fehlt) : wochen}
                onAnlegen={nichtElektronisch ? undefined : (woche) => void wocheAnlegen(woche)}
                anlegenLaeuft={laeuft}
              />
            </>
          )}
        </section>
      )}
    </div>
  );
}
