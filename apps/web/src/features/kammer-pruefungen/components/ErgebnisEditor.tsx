import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { ErgebnisFelderFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { toApiError } from '../../../shared/lib/apiError';
import { formatDatumZeit } from '../../../shared/lib/format';
import { ErgebnisTabelle } from '../../pruefungen/components/ErgebnisTabelle';
import {
  ErgebnisseEintragenDocument,
  ErgebnisseFreigebenDocument,
  KammerPruefungDocument,
  ZeugnisAusstellenDocument,
} from '../graphql/kammerPruefungen';

interface Teil {
  schluessel: number;
  teil: string;
  punkte: string;
  note: string;
  bestanden: boolean;
}

const VORSCHLAEGE = ['Schriftliche Prüfung', 'Praktische Prüfung'];

function zuZeilen(ergebnis: ErgebnisFelderFragment | undefined): Teil[] {
  if (ergebnis && ergebnis.teile.length > 0)
    return ergebnis.teile.map((t, i) => ({
      schluessel: i,
      teil: t.teil,
      punkte: t.punkte === null || t.punkte === undefined ? '' : String(t.punkte).replace('.', ','),
      note: t.note ?? '',
      bestanden: t.bestanden,
    }));
  return VORSCHLAEGE.map((teil, i) => ({ schluessel: i, teil, punkte: '', note: '', bestanden: false }));
}

/** "12,5" or "12.5" -> 12.5; empty -> null; anything else -> NaN. */
function alsZahl(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!t) return null;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** Results per part for one admitted registration: enter, release, issue the Zeugnis. */
export function ErgebnisEditor({
  pruefungId,
  anmeldungId,
  azubiName,
  ergebnis,
  onMeldung,
}: {
  pruefungId: string;
  anmeldungId: string;
  azubiName: string;
  ergebnis: ErgebnisFelderFragment | undefined;
  onMeldung: (text: string) => void;
}) {
  const [zeilen, setZeilen] = useState<Teil[]>(() => zuZeilen(ergebnis));
  const [naechster, setNaechster] = useState(100);
  const [fehler, setFehler] = useState<string | null>(null);
  const [dokument, setDokument] = useState<{ url: string; dateiname: string } | null>(null);
  const refetch = { refetchQueries: [{ query: KammerPruefungDocument, variables: { id: pruefungId } }] };
  const [eintragen, { loading: traegtEin }] = useMutation(ErgebnisseEintragenDocument);
  const [freigeben, { loading: gibtFrei }] = useMutation(ErgebnisseFreigebenDocument);
  const [zeugnis, { loading: stelltAus }] = useMutation(ZeugnisAusstellenDocument);
  const basis = `ergebnis-${anmeldungId}`;

  function aendern(schluessel: number, aenderung: Partial<Teil>) {
    setZeilen((alt) => alt.map((z) => (z.schluessel === schluessel ? { ...z, ...aenderung } : z)));
  }

  async function onSpeichern(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (traegtEin) return;
    if (zeilen.length === 0 || zeilen.some((z) => !z.teil.trim())) {
      setFehler('Bitte benennen Sie jeden Prüfungsteil.');
      return;
    }
    const teile = zeilen.map((z) => ({
      teil: z.teil.trim(),
      punkte: alsZahl(z.punkte),
      note: z.note.trim() || null,
      bestanden: z.bestanden,
    }));
    if (teile.some((t) => Number.isNaN(t.punkte))) {
      setFehler('Bitte geben Sie die Punkte als Zahl an, z. B. 78 oder 78,5.');
      return;
    }
    setFehler(null);
    try {
      await eintragen({ variables: { anmeldungId, teile }, ...refetch });
      onMeldung(`Die Ergebnisse von ${azubiName} wurden gespeichert.`);
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  async function onFreigeben() {
    if (gibtFrei) return;
    setFehler(null);
    try {
      await freigeben({ variables: { anmeldungId }, ...refetch });
      onMeldung(`Die Ergebnisse von ${azubiName} wurden freigegeben.`);
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  async function onZeugnis() {
    if (stelltAus) return;
    setFehler(null);
    try {
      const { data } = await zeugnis({ variables: { anmeldungId }, ...refetch });
      if (data) setDokument({ url: data.zeugnisAusstellen.url, dateiname: data.zeugnisAusstellen.dateiname });
      onMeldung(`Das Zeugnis für ${azubiName} wurde ausgestellt.`);
    } catch (e) {
      setFehler(toApiError(e).message);
    }
  }

  const gespeichert = ergebnis !== undefined && ergebnis.teile.length > 0;
  const freigegeben = Boolean(ergebnis?.freigegebenAt);
  const zeugnisVorhanden = Boolean(dokument || ergebnis?.zeugnisDokumentId);

  return (
    <section aria-labelledby={`${basis}-titel`}>
      <h4 id={`${basis}-titel`}>Ergebnisse von {azubiName}</h4>
      {ergebnis?.freigegebenAt && (
        <>
          <p>
            Freigegeben am{' '}
            <time dateTime={ergebnis.freigegebenAt}>{formatDatumZeit(ergebnis.freigegebenAt)}</time>
          </p>
          <ErgebnisTabelle
            titelId={`${basis}-tabelle`}
            caption={`Freigegebene Ergebnisse von ${azubiName}`}
            teile={ergebnis.teile}
            bestanden={ergebnis.bestanden}
          />
        </>
      )}
      {freigegeben && fehler && (
        <ErrorAlert>
          <p>{fehler}</p>
        </ErrorAlert>
      )}
      {freigegeben && !zeugnisVorhanden && (
        <p>
          <button type="button" className="button button-secondary" aria-busy={stelltAus} onClick={onZeugnis}>
            Zeugnis ausstellen<span className="visually-hidden"> ({azubiName})</span>
          </button>
        </p>
      )}
      {!freigegeben && (
        <form onSubmit={onSpeichern} noValidate aria-busy={traegtEin}>
          {zeilen.map((z, index) => {
            const id = `${basis}-${z.schluessel}`;
            const nr = <span className="visually-hidden"> (Teil {index + 1})</span>;
            return (
              <fieldset className="ergebnis-teil" key={z.schluessel}>
                <legend className="visually-hidden">
                  Prüfungsteil {index + 1} von {azubiName}
                </legend>
                <div className="field">
                  <label htmlFor={`${id}-teil`}>Prüfungsteil{nr}</label>
                  <input
                    id={`${id}-teil`}
                    type="text"
                    value={z.teil}
                    onChange={(e) => aendern(z.schluessel, { teil: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-punkte`}>Punkte{nr}</label>
                  <input
                    id={`${id}-punkte`}
                    type="text"
                    inputMode="decimal"
                    value={z.punkte}
                    onChange={(e) => aendern(z.schluessel, { punkte: e.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-note`}>Note{nr}</label>
                  <input
                    id={`${id}-note`}
                    type="text"
                    value={z.note}
                    onChange={(e) => aendern(z.schluessel, { note: e.target.value })}
                  />
                </div>
                <div className="checkbox-feld">
                  <input
                    id={`${id}-bestanden`}
                    type="checkbox"
                    checked={z.bestanden}
                    onChange={(e) => aendern(z.schluessel, { bestanden: e.target.checked })}
                  />
                  <label htmlFor={`${id}-bestanden`}>Bestanden{nr}</label>
                </div>
                <button
                  type="button"
                  className="button button-danger-outline button-small"
                  onClick={() => setZeilen((alt) => alt.filter((x) => x.schluessel !== z.schluessel))}
                >
                  Entfernen{nr}
                </button>
              </fieldset>
            );
          })}
          {fehler && (
            <ErrorAlert>
              <p>{fehler}</p>
            </ErrorAlert>
          )}
          <div className="aktionen">
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                setZeilen((alt) => [
                  ...alt,
                  { schluessel: naechster, teil: '', punkte: '', note: '', bestanden: false },
                ]);
                setNaechster((n) => n + 1);
              }}
            >
              Prüfungsteil hinzufügen<span className="visually-hidden"> ({azubiName})</span>
            </button>
            <button type="submit" className="button button-primary" aria-busy={traegtEin}>
              Ergebnisse speichern<span className="visually-hidden"> ({azubiName})</span>
            </button>
            {gespeichert && (
              <button
                type="button"
                className="button button-primary"
                aria-busy={gibtFrei}
                onClick={onFreigeben}
              >
                Ergebnisse freigeben<span className="visually-hidden"> ({azubiName})</span>
              </button>
            )}
          </div>
          {gespeichert && (
            <p>
              Nach der Freigabe sehen die/der Auszubildende und der Betrieb die Ergebnisse; sie sind dann
              nicht mehr änderbar.
            </p>
          )}
        </form>
      )}
      {zeugnisVorhanden && (
        <p>
          {dokument ? (
            <a href={dokument.url} download={dokument.dateiname}>
              Zeugnis von {azubiName} herunterladen (PDF)
            </a>
          ) : (
            <a href={`/dokumente/${ergebnis?.zeugnisDokumentId}`}>Zeugnis von {azubiName} öffnen (PDF)</a>
          )}
        </p>
      )}
    </section>
  );
}
