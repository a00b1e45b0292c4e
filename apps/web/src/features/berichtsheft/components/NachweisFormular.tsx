import type { NachweisFormat } from '../../../gql/graphql';
import type { Befund } from '../../../shared/lib/apiError';
import { formatDatum, wochentag } from '../../../shared/lib/format';
import type { Inhalt, TagInhalt } from '../hooks/entwurf';
import { FeldMeldung, feldAttribute, meldungenFuer } from './feldMeldungen';
import {
  ANWESENHEIT_TEXT,
  ANWESENHEITEN,
  istAnwesenheit,
  istLernort,
  LERNORT_TEXT,
  LERNORTE,
} from './nachweisText';

export interface Position {
  id: string;
  nummer: string;
  titel: string;
}

interface Props {
  entwurf: Inhalt;
  aendern: (aenderung: (alt: Inhalt) => Inhalt) => void;
  /** Errors and warnings from the last save, by API field. */
  befunde: readonly Befund[];
  feiertage: ReadonlyMap<string, string>;
  positionen: readonly Position[] | null;
  positionenFehler: string | null;
  /** Earlier values of "Ausbildungsabschnitt / Abteilung" offered for reuse. */
  abschnittVorschlaege: readonly string[];
  /** Weekly form: one activities text for the week; daily form: activities per day. */
  format: NachweisFormat;
}

/** The Azubi's form for one Nachweis; every change goes to `aendern` (autosave does the rest). */
export function NachweisFormular({
  entwurf,
  aendern,
  befunde,
  feiertage,
  positionen,
  positionenFehler,
  abschnittVorschlaege,
  format,
}: Props) {
  const woechentlich = format === 'WOECHENTLICH';
  const setze = (feld: 'abschnitt' | 'taetigkeiten' | 'unterweisungen' | 'berufsschule', wert: string) =>
    aendern((alt) => ({ ...alt, [feld]: wert }));
  const setzeTag = (index: number, aenderung: Partial<TagInhalt>) =>
    aendern((alt) => ({
      ...alt,
      tage: alt.tage.map((tag, i) => (i === index ? { ...tag, ...aenderung } : tag)),
    }));
  const umschalten = (positionId: string, an: boolean) =>
    aendern((alt) => ({
      ...alt,
      rahmenplanIds: an
        ? [...new Set([...alt.rahmenplanIds, positionId])].sort()
        : alt.rahmenplanIds.filter((p) => p !== positionId),
    }));

  const abschnitt = meldungenFuer('nachweis-abschnitt', befunde);
  const wochenTaetigkeiten = meldungenFuer('nachweis-taetigkeiten', befunde);
  const unterweisungen = meldungenFuer('nachweis-unterweisungen', befunde);
  const berufsschule = meldungenFuer('nachweis-berufsschule', befunde);
  const rahmenplan = meldungenFuer('nachweis-rahmenplan', befunde);

  return (
    <div className="nachweis-formular">
      <div className="field">
        <label htmlFor="nachweis-abschnitt">Ausbildungsabschnitt / Abteilung</label>
        <input
          id="nachweis-abschnitt"
          type="text"
          list="nachweis-abschnitt-vorschlaege"
          autoComplete="off"
          value={entwurf.abschnitt}
          onChange={(e) => setze('abschnitt', e.target.value)}
          {...feldAttribute('nachweis-abschnitt', abschnitt)}
        />
        <datalist id="nachweis-abschnitt-vorschlaege">
          {abschnittVorschlaege.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
        <FeldMeldung id="nachweis-abschnitt" meldungen={abschnitt} />
      </div>

      {entwurf.tage.map((tag, index) => (
        <TagFelder
          key={tag.datum}
          index={index}
          tag={tag}
          feiertag={feiertage.get(tag.datum)}
          befunde={befunde}
          mitTaetigkeiten={!woechentlich}
          onChange={(aenderung) => setzeTag(index, aenderung)}
        />
      ))}

      {woechentlich && (
        <div className="field">
          <label htmlFor="nachweis-taetigkeiten">Betriebliche Tätigkeiten der Woche</label>
          <textarea
            id="nachweis-taetigkeiten"
            rows={6}
            value={entwurf.taetigkeiten}
            onChange={(e) => setze('taetigkeiten', e.target.value)}
            {...feldAttribute('nachweis-taetigkeiten', wochenTaetigkeiten)}
          />
          <FeldMeldung id="nachweis-taetigkeiten" meldungen={wochenTaetigkeiten} />
        </div>
      )}

      <div className="field">
        <label htmlFor="nachweis-unterweisungen">Unterweisungen / betrieblicher Unterricht</label>
        <textarea
          id="nachweis-unterweisungen"
          rows={4}
          value={entwurf.unterweisungen}
          onChange={(e) => setze('unterweisungen', e.target.value)}
          {...feldAttribute('nachweis-unterweisungen', unterweisungen)}
        />
        <FeldMeldung id="nachweis-unterweisungen" meldungen={unterweisungen} />
      </div>
      <div className="field">
        <label htmlFor="nachweis-berufsschule">Berufsschule (Themen)</label>
        <textarea
          id="nachweis-berufsschule"
          rows={4}
          value={entwurf.berufsschule}
          onChange={(e) => setze('berufsschule', e.target.value)}
          {...feldAttribute('nachweis-berufsschule', berufsschule)}
        />
        <FeldMeldung id="nachweis-berufsschule" meldungen={berufsschule} />
      </div>

      <fieldset id="nachweis-rahmenplan" className="fieldset">
        <legend>Rahmenplan-Positionen</legend>
        <p className="field-hint">Welche Positionen des Ausbildungsrahmenplans hat diese Woche abgedeckt?</p>
        {positionenFehler && <p className="notice notice-info">{positionenFehler}</p>}
        {!positionen && !positionenFehler && <p className="field-hint">Positionen werden geladen …</p>}
        {positionen && (
          <ul className="checkbox-liste">
            {positionen.map((p) => (
              <li key={p.id}>
                <input
                  id={`rahmenplan-${p.id}`}
                  type="checkbox"
                  checked={entwurf.rahmenplanIds.includes(p.id)}
                  onChange={(e) => umschalten(p.id, e.target.checked)}
                />
                <label htmlFor={`rahmenplan-${p.id}`}>
                  {p.nummer} {p.titel}
                </label>
              </li>
            ))}
          </ul>
        )}
        <FeldMeldung id="nachweis-rahmenplan" meldungen={rahmenplan} />
      </fieldset>
    </div>
  );
}

interface TagProps {
  index: number;
  tag: TagInhalt;
  feiertag: string | undefined;
  befunde: readonly Befund[];
  /** Daily form only: the activities of this day. */
  mitTaetigkeiten: boolean;
  onChange: (aenderung: Partial<TagInhalt>) => void;
}

function TagFelder({ index, tag, feiertag, befunde, mitTaetigkeiten, onChange }: TagProps) {
  const id = `tag-${index}`;
  const tagMeldungen = meldungenFuer(id, befunde);
  const lernort = meldungenFuer(`${id}-lernort`, befunde);
  const anwesenheit = meldungenFuer(`${id}-anwesenheit`, befunde);
  const stunden = meldungenFuer(`${id}-stunden`, befunde);
  const taetigkeiten = meldungenFuer(`${id}-taetigkeiten`, befunde);
  return (
    <fieldset id={id} className="fieldset tag">
      <legend>
        {wochentag(tag.datum)}, {formatDatum(tag.datum)}
      </legend>
      {feiertag && <p className="feiertag">Feiertag: {feiertag}</p>}
      <FeldMeldung id={id} meldungen={tagMeldungen} />
      <div className="tag-felder">
        <div className="field">
          <label htmlFor={`${id}-lernort`}>Lernort</label>
          <select
            id={`${id}-lernort`}
            value={tag.lernort}
            onChange={(e) => istLernort(e.target.value) && onChange({ lernort: e.target.value })}
            {...feldAttribute(`${id}-lernort`, lernort)}
          >
            {LERNORTE.map((l) => (
              <option key={l} value={l}>
                {LERNORT_TEXT[l]}
              </option>
            ))}
          </select>
          <FeldMeldung id={`${id}-lernort`} meldungen={lernort} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-anwesenheit`}>Anwesenheit</label>
          <select
            id={`${id}-anwesenheit`}
            value={tag.anwesenheit}
            onChange={(e) => istAnwesenheit(e.target.value) && onChange({ anwesenheit: e.target.value })}
            {...feldAttribute(`${id}-anwesenheit`, anwesenheit)}
          >
            {ANWESENHEITEN.map((a) => (
              <option key={a} value={a}>
                {ANWESENHEIT_TEXT[a]}
              </option>
            ))}
          </select>
          <FeldMeldung id={`${id}-anwesenheit`} meldungen={anwesenheit} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-stunden`}>Stunden</label>
          <input
            id={`${id}-stunden`}
            type="number"
            inputMode="decimal"
            step={0.25}
            min={0}
            max={24}
            value={tag.stunden}
            onChange={(e) => onChange({ stunden: e.target.value })}
            {...feldAttribute(`${id}-stunden`, stunden)}
          />
          <FeldMeldung id={`${id}-stunden`} meldungen={stunden} />
        </div>
      </div>
      {mitTaetigkeiten && (
        <div className="field">
          <label htmlFor={`${id}-taetigkeiten`}>Tätigkeiten</label>
          <textarea
            id={`${id}-taetigkeiten`}
            rows={3}
            value={tag.taetigkeiten}
            onChange={(e) => onChange({ taetigkeiten: e.target.value })}
            {...feldAttribute(`${id}-taetigkeiten`, taetigkeiten)}
          />
          <FeldMeldung id={`${id}-taetigkeiten`} meldungen={taetigkeiten} />
        </div>
      )}
    </fieldset>
  );
}
