import { formatDatumZeit } from '../../../shared/lib/format';
import { rollenBezeichnung } from '../../../shared/lib/rollen';
import type { Nachweis } from '../hooks/entwurf';
import { ereignisText } from './nachweisText';

/** Every step of the Nachweis: what, who (with the role the step was taken in), when, and the remark. */
export function Verlauf({ ereignisse }: { ereignisse: Nachweis['ereignisse'] }) {
  return (
    <section className="card" aria-labelledby="verlauf-titel">
      <h2 id="verlauf-titel">Verlauf</h2>
      {ereignisse.length === 0 ? (
        <p>Noch keine Einträge.</p>
      ) : (
        <ol className="verlauf">
          {ereignisse.map((e) => (
            <li key={e.id}>
              <p className="verlauf-kopf">
                <strong>{ereignisText(e.ereignis)}</strong> von {e.von}
                {e.rolle && ` (${rollenBezeichnung(e.rolle)})`}
                {e.fuerAndere && ' (in Vertretung)'} am{' '}
                <time dateTime={e.at}>{formatDatumZeit(e.at)} Uhr</time>
              </p>
              {e.bemerkung && (
                <p className="verlauf-bemerkung">
                  Bemerkung: <span className="mehrzeilig">{e.bemerkung}</span>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
