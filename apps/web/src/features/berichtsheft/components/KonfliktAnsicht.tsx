import { useEffect, useRef } from 'react';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { Loading } from '../../../shared/components/Loading';
import { formatDatumZeit } from '../../../shared/lib/format';
import type { Inhalt } from '../hooks/entwurf';
import { inhaltVon } from '../hooks/entwurf';
import type { Konflikt } from '../hooks/useNachweisBearbeitung';
import { NachweisAnsicht } from './NachweisAnsicht';
import type { Position } from './NachweisFormular';

interface Props {
  konflikt: Konflikt;
  meinInhalt: Inhalt;
  feiertage: ReadonlyMap<string, string>;
  positionen: readonly Position[] | null;
  onMeineBehalten: () => void;
  onAndereUebernehmen: () => void;
  onErneutLaden: () => void;
}

/**
 * Both versions side by side after a save lost against another one. Focus moves to the heading so
 * screen-reader users learn at once why saving stopped.
 */
export function KonfliktAnsicht({
  konflikt,
  meinInhalt,
  feiertage,
  positionen,
  onMeineBehalten,
  onAndereUebernehmen,
  onErneutLaden,
}: Props) {
  const titelRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titelRef.current?.focus();
  }, []);
  const andere = konflikt.andere;
  const andereBearbeitbar = andere?.abilities.canEdit ?? false;

  return (
    <section className="card konflikt" aria-labelledby="konflikt-titel">
      <h2 id="konflikt-titel" ref={titelRef} tabIndex={-1}>
        Dieser Nachweis wurde inzwischen an anderer Stelle geändert
      </h2>
      <p>
        Das automatische Speichern ist angehalten. Bitte vergleichen Sie beide Fassungen (Unterschiede sind
        mit „abweichend“ markiert) und entscheiden Sie, welche gelten soll. Ihre Eingaben bleiben bis dahin
        erhalten.
      </p>
      {konflikt.ladeFehler && (
        <ErrorAlert>
          <p>Die andere Fassung konnte nicht geladen werden: {konflikt.ladeFehler}</p>
          <button type="button" className="button button-secondary" onClick={onErneutLaden}>
            Andere Fassung erneut laden
          </button>
        </ErrorAlert>
      )}
      {!andere && !konflikt.ladeFehler && <Loading text="Die andere Fassung wird geladen …" />}
      {andere && (
        <>
          <div className="vergleich">
            <section className="vergleich-spalte" aria-labelledby="konflikt-meine">
              <h3 id="konflikt-meine">Ihre Fassung (noch nicht gespeichert)</h3>
              <NachweisAnsicht
                inhalt={meinInhalt}
                feiertage={feiertage}
                positionen={positionen}
                ebene={4}
                vergleich={inhaltVon(andere)}
              />
            </section>
            <section className="vergleich-spalte" aria-labelledby="konflikt-andere">
              <h3 id="konflikt-andere">
                Andere Fassung (gespeichert am {formatDatumZeit(andere.updatedAt)})
              </h3>
              <NachweisAnsicht
                inhalt={inhaltVon(andere)}
                feiertage={feiertage}
                positionen={positionen}
                ebene={4}
                vergleich={meinInhalt}
              />
            </section>
          </div>
          {!andereBearbeitbar && (
            <p className="notice notice-info">
              Der Nachweis kann inzwischen nicht mehr bearbeitet werden (zum Beispiel, weil er eingereicht
              wurde). Ihre Fassung kann deshalb nicht mehr gespeichert werden.
            </p>
          )}
          <div className="button-row button-row-start">
            {andereBearbeitbar && (
              <button type="button" className="button button-primary" onClick={onMeineBehalten}>
                Meine Fassung behalten
              </button>
            )}
            <button type="button" className="button button-secondary" onClick={onAndereUebernehmen}>
              Andere Fassung übernehmen
            </button>
          </div>
        </>
      )}
    </section>
  );
}
