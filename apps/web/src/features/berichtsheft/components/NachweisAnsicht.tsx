import { formatDatum, formatZahl, wochentag } from '../../../shared/lib/format';
import type { Inhalt } from '../hooks/entwurf';
import type { Position } from './NachweisFormular';
import { ANWESENHEIT_TEXT, LERNORT_TEXT } from './nachweisText';

interface Props {
  inhalt: Inhalt;
  feiertage: ReadonlyMap<string, string>;
  positionen: readonly Position[] | null;
  /** Heading level of the day headings: h3 on the page, h4 inside the comparison. */
  ebene?: 3 | 4;
  /** The other version in a comparison: fields that differ from it are marked. */
  vergleich?: Inhalt;
}

function Abweichend({ an }: { an: boolean }) {
  return an ? <span className="badge badge-warnung badge-klein">abweichend</span> : null;
}

function Text({ wert }: { wert: string }) {
  return wert.trim() ? (
    <span className="mehrzeilig">{wert}</span>
  ) : (
    <span className="leer">keine Angabe</span>
  );
}

function Stunden({ wert }: { wert: string }) {
  const zahl = Number(wert.replace(',', '.'));
  if (!wert.trim() || !Number.isFinite(zahl)) return <span className="leer">keine Angabe</span>;
  return <>{`${formatZahl(zahl)} ${zahl === 1 ? 'Stunde' : 'Stunden'}`}</>;
}

/** A Nachweis to read: for approvers, for locked weeks, and in the conflict comparison. */
export function NachweisAnsicht({ inhalt, feiertage, positionen, ebene = 3, vergleich }: Props) {
  const Ueberschrift = ebene === 3 ? 'h3' : 'h4';
  const anders = (wert: string, anderer: string | undefined) => vergleich !== undefined && wert !== anderer;
  const gewaehlt = positionen
    ? positionen.filter((p) => inhalt.rahmenplanIds.includes(p.id))
    : inhalt.rahmenplanIds.map((id) => ({ id, nummer: '', titel: 'Position (Bezeichnung nicht verfügbar)' }));
  return (
    <div className="nachweis-ansicht">
      <dl className="details">
        <div>
          <dt>
            Ausbildungsabschnitt / Abteilung{' '}
            <Abweichend an={anders(inhalt.abschnitt, vergleich?.abschnitt)} />
          </dt>
          <dd>
            <Text wert={inhalt.abschnitt} />
          </dd>
        </div>
        {(inhalt.taetigkeiten || vergleich?.taetigkeiten) && (
          <div>
            <dt>
              Betriebliche Tätigkeiten der Woche{' '}
              <Abweichend an={anders(inhalt.taetigkeiten, vergleich?.taetigkeiten)} />
            </dt>
            <dd>
              <Text wert={inhalt.taetigkeiten} />
            </dd>
          </div>
        )}
      </dl>
      {inhalt.tage.map((tag, i) => {
        const andererTag = vergleich?.tage[i];
        return (
          <section key={tag.datum} className="tag-ansicht">
            <Ueberschrift className="tag-titel">
              {wochentag(tag.datum)}, {formatDatum(tag.datum)}
            </Ueberschrift>
            {feiertage.get(tag.datum) && <p className="feiertag">Feiertag: {feiertage.get(tag.datum)}</p>}
            <dl className="details">
              <div>
                <dt>
                  Lernort <Abweichend an={anders(tag.lernort, andererTag?.lernort)} />
                </dt>
                <dd>{LERNORT_TEXT[tag.lernort]}</dd>
              </div>
              <div>
                <dt>
                  Anwesenheit <Abweichend an={anders(tag.anwesenheit, andererTag?.anwesenheit)} />
                </dt>
                <dd>{ANWESENHEIT_TEXT[tag.anwesenheit]}</dd>
              </div>
              <div>
                <dt>
                  Stunden <Abweichend an={anders(tag.stunden, andererTag?.stunden)} />
                </dt>
                <dd>
                  <Stunden wert={tag.stunden} />
                </dd>
              </div>
              <div>
                <dt>
                  Tätigkeiten <Abweichend an={anders(tag.taetigkeiten, andererTag?.taetigkeiten)} />
                </dt>
                <dd>
                  <Text wert={tag.taetigkeiten} />
                </dd>
              </div>
            </dl>
          </section>
        );
      })}
      <dl className="details">
        <div>
          <dt>
            Unterweisungen / betrieblicher Unterricht{' '}
            <Abweichend an={anders(inhalt.unterweisungen, vergleich?.unterweisungen)} />
          </dt>
          <dd>
            <Text wert={inhalt.unterweisungen} />
          </dd>
        </div>
        <div>
          <dt>
            Berufsschule (Themen) <Abweichend an={anders(inhalt.berufsschule, vergleich?.berufsschule)} />
          </dt>
          <dd>
            <Text wert={inhalt.berufsschule} />
          </dd>
        </div>
        <div>
          <dt>
            Rahmenplan-Positionen{' '}
            <Abweichend an={anders(inhalt.rahmenplanIds.join(','), vergleich?.rahmenplanIds.join(','))} />
          </dt>
          <dd>
            {gewaehlt.length === 0 ? (
              <span className="leer">keine gewählt</span>
            ) : (
              <ul className="plain-list">
                {gewaehlt.map((p) => (
                  <li key={p.id}>
                    {p.nummer} {p.titel}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
