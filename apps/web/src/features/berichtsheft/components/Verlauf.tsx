import { formatDatumZeit } from '../../../shared/lib/format';
import type { Nachweis } from '../hooks/entwurf';
import { ereignisText } from './nachweisText';

/** Every step of the Nachweis: who, when, what, and the remark. */
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
                <time dateTime={e.at}>{formatDatumZeit(e.at)}</time>
                {' – '}
                <strong>{ereignisText(e.ereignis)}</strong> von {e.von}
                {e.fuerAndere && ' (in Vertretung)'}
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
