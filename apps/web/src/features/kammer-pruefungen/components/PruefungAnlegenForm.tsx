import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import type { Pruefungsart, Pruefungssaison } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { toApiError } from '../../../shared/lib/apiError';
import { KammerPruefungenDocument, PruefungAnlegenDocument } from '../graphql/kammerPruefungen';

export const SAISON_TEXT: Record<Pruefungssaison, string> = { SOMMER: 'Sommer', WINTER: 'Winter' };
export const ART_TEXT: Record<Pruefungsart, string> = {
  ZWISCHENPRUEFUNG: 'Zwischenprüfung',
  ABSCHLUSSPRUEFUNG: 'Abschlussprüfung',
  TEIL_1: 'Abschlussprüfung Teil 1',
  TEIL_2: 'Abschlussprüfung Teil 2',
};

/** 31 Jan for summer, 31 Jul for winter of that year ("YYYY-MM-DD"). */
export const standardAnmeldeschluss = (saison: Pruefungssaison, jahr: number) =>
  `${jahr}-${saison === 'SOMMER' ? '01' : '07'}-31`;

interface Zusatzfrage {
  id: number;
  frage: string;
  pflicht: boolean;
}

interface Beruf {
  id: string;
  bezeichnung: string;
}

/** Which session comes next from today: before August the winter session, else next year's summer one. */
function naechsteSitzung(heute: Date): { saison: Pruefungssaison; jahr: number } {
  return heute.getMonth() < 7
    ? { saison: 'WINTER', jahr: heute.getFullYear() }
    : { saison: 'SOMMER', jahr: heute.getFullYear() + 1 };
}

/** "Prüfung anlegen": season, year, kind, Berufe, Anmeldeschluss (prefilled) and the Zusatzfragen. */
export function PruefungAnlegenForm({
  berufe,
  onAngelegt,
}: {
  berufe: readonly Beruf[];
  onAngelegt: (text: string) => void;
}) {
  const start = naechsteSitzung(new Date());
  const [saison, setSaison] = useState<Pruefungssaison>(start.saison);
  const [jahr, setJahr] = useState(String(start.jahr));
  const [art, setArt] = useState<Pruefungsart>('ABSCHLUSSPRUEFUNG');
  const [berufIds, setBerufIds] = useState<ReadonlySet<string>>(new Set());
  const [anmeldeschluss, setAnmeldeschluss] = useState(standardAnmeldeschluss(start.saison, start.jahr));
  const [fragen, setFragen] = useState<Zusatzfrage[]>([]);
  const [naechsteId, setNaechsteId] = useState(1);
  const [feldFehler, setFeldFehler] = useState<Record<string, string>>({});
  const [fehler, setFehler] = useState<string | null>(null);
  const [anlegen, { loading }] = useMutation(PruefungAnlegenDocument);
  const formId = useId();

  function saisonOderJahr(neueSaison: Pruefungssaison, neuesJahr: string) {
    setSaison(neueSaison);
    setJahr(neuesJahr);
    const j = Number(neuesJahr);
    if (Number.isInteger(j) && j >= 2000 && j <= 2100)
      setAnmeldeschluss(standardAnmeldeschluss(neueSaison, j));
  }

  function umschalten(id: string, an: boolean) {
    setBerufIds((alt) => {
      const neu = new Set(alt);
      if (an) neu.add(id);
      else neu.delete(id);
      return neu;
    });
  }

  function frageAendern(id: number, aenderung: Partial<Zusatzfrage>) {
    setFragen((alt) => alt.map((f) => (f.id === id ? { ...f, ...aenderung } : f)));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const neu: Record<string, string> = {};
    const j = Number(jahr);
    if (!Number.isInteger(j) || j < 2000 || j > 2100)
      neu.jahr = 'Bitte geben Sie ein gültiges Jahr ein, z. B. 2027.';
    if (berufIds.size === 0) neu.berufe = 'Bitte wählen Sie mindestens einen Ausbildungsberuf.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(anmeldeschluss))
      neu.anmeldeschluss = 'Bitte geben Sie den Anmeldeschluss an.';
    for (const f of fragen)
      if (!f.frage.trim()) neu[`frage-${f.id}`] = 'Bitte formulieren Sie die Frage oder entfernen Sie sie.';
    setFeldFehler(neu);
    if (Object.keys(neu).length > 0) {
      setFehler('Bitte prüfen Sie Ihre Eingaben.');
      return;
    }
    setFehler(null);
    try {
      const { data } = await anlegen({
        variables: {
          input: {
            saison,
            jahr: j,
            art,
            berufIds: [...berufIds],
            anmeldeschluss,
            zusatzfragen: fragen.map((f) => ({ frage: f.frage.trim(), pflicht: f.pflicht })),
          },
        },
        refetchQueries: [KammerPruefungenDocument],
        awaitRefetchQueries: true,
      });
      setBerufIds(new Set());
      setFragen([]);
      onAngelegt(`Die Prüfung „${data?.pruefungAnlegen.bezeichnung ?? ''}“ wurde angelegt.`);
    } catch (e) {
      const api = toApiError(e);
      if (api.field) setFeldFehler({ [api.field]: api.message });
      setFehler(api.message);
    }
  }

  const fehlerVon = (feld: string) =>
    feldFehler[feld] ? (
      <p className="field-error" id={`${formId}-${feld}-fehler`}>
        {feldFehler[feld]}
      </p>
    ) : null;
  const beschrieben = (feld: string) => (feldFehler[feld] ? `${formId}-${feld}-fehler` : undefined);

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
      <div className="field">
        <label htmlFor={`${formId}-saison`}>Saison</label>
        <select
          id={`${formId}-saison`}
          value={saison}
          onChange={(e) => saisonOderJahr(e.target.value as Pruefungssaison, jahr)}
        >
          <option value="SOMMER">Sommer</option>
          <option value="WINTER">Winter</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${formId}-jahr`}>Jahr</label>
        <input
          id={`${formId}-jahr`}
          type="number"
          inputMode="numeric"
          min={2000}
          max={2100}
          value={jahr}
          aria-invalid={feldFehler.jahr ? true : undefined}
          aria-describedby={beschrieben('jahr')}
          onChange={(e) => saisonOderJahr(saison, e.target.value)}
        />
        {fehlerVon('jahr')}
      </div>
      <div className="field">
        <label htmlFor={`${formId}-art`}>Prüfungsart</label>
        <select id={`${formId}-art`} value={art} onChange={(e) => setArt(e.target.value as Pruefungsart)}>
          {(Object.keys(ART_TEXT) as Pruefungsart[]).map((a) => (
            <option key={a} value={a}>
              {ART_TEXT[a]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="fieldset" aria-describedby={beschrieben('berufe')}>
        <legend>Ausbildungsberufe</legend>
        <ul className="checkbox-liste">
          {berufe.map((b) => (
            <li key={b.id}>
              <input
                id={`${formId}-beruf-${b.id}`}
                type="checkbox"
                checked={berufIds.has(b.id)}
                onChange={(e) => umschalten(b.id, e.target.checked)}
              />
              <label htmlFor={`${formId}-beruf-${b.id}`}>{b.bezeichnung}</label>
            </li>
          ))}
        </ul>
        {fehlerVon('berufe')}
      </fieldset>
      <div className="field">
        <label htmlFor={`${formId}-anmeldeschluss`}>Anmeldeschluss</label>
        <input
          id={`${formId}-anmeldeschluss`}
          type="date"
          value={anmeldeschluss}
          aria-invalid={feldFehler.anmeldeschluss ? true : undefined}
          aria-describedby={beschrieben('anmeldeschluss') ?? `${formId}-anmeldeschluss-hinweis`}
          onChange={(e) => setAnmeldeschluss(e.target.value)}
        />
        <p className="field-hint" id={`${formId}-anmeldeschluss-hinweis`}>
          Vorgabe: 31.01. für die Sommer-, 31.07. für die Winterprüfung.
        </p>
        {fehlerVon('anmeldeschluss')}
      </div>
      <fieldset className="fieldset">
        <legend>Zusatzfragen an den Betrieb</legend>
        {fragen.length === 0 && (
          <p>Keine Zusatzfragen (z. B. Projektthema, Prüfungsbereich, Wahlqualifikation).</p>
        )}
        {fragen.map((f, index) => (
          <div className="zusatzfrage-zeile" key={f.id}>
            <div className="field">
              <label htmlFor={`${formId}-frage-${f.id}`}>Zusatzfrage {index + 1}</label>
              <input
                id={`${formId}-frage-${f.id}`}
                type="text"
                value={f.frage}
                aria-invalid={feldFehler[`frage-${f.id}`] ? true : undefined}
                aria-describedby={beschrieben(`frage-${f.id}`)}
                onChange={(e) => frageAendern(f.id, { frage: e.target.value })}
              />
              {fehlerVon(`frage-${f.id}`)}
            </div>
            <div className="checkbox-feld">
              <input
                id={`${formId}-pflicht-${f.id}`}
                type="checkbox"
                checked={f.pflicht}
                onChange={(e) => frageAendern(f.id, { pflicht: e.target.checked })}
              />
              <label htmlFor={`${formId}-pflicht-${f.id}`}>
                Pflichtfrage<span className="visually-hidden"> (Zusatzfrage {index + 1})</span>
              </label>
            </div>
            <button
              type="button"
              className="button button-danger-outline button-small"
              onClick={() => setFragen((alt) => alt.filter((x) => x.id !== f.id))}
            >
              Entfernen<span className="visually-hidden"> (Zusatzfrage {index + 1})</span>
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            setFragen((alt) => [...alt, { id: naechsteId, frage: '', pflicht: true }]);
            setNaechsteId((n) => n + 1);
          }}
        >
          Zusatzfrage hinzufügen
        </button>
      </fieldset>
      {fehler && (
        <ErrorAlert>
          <p>{fehler}</p>
        </ErrorAlert>
      )}
      <button type="submit" className="button button-primary" aria-busy={loading}>
        Prüfung anlegen
      </button>
    </form>
  );
}
