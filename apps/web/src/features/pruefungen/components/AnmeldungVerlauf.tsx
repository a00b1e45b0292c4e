import { formatDatumZeit } from '../../../shared/lib/format';
import { ereignisText } from './texte';

interface Ereignis {
  at: string;
  actorName: string;
  ereignis: string;
  bemerkung?: string | null;
}

/** The history of a registration: when, what, who, and the remark. */
export function AnmeldungVerlauf({
  ereignisse,
  titelId,
}: {
  ereignisse: readonly Ereignis[];
  titelId: string;
}) {
  return (
    <section aria-labelledby={titelId}>
      <h3 id={titelId}>Verlauf</h3>
      {ereignisse.length === 0 ? (
        <p>Noch keine Einträge.</p>
      ) : (
        <ol className="verlauf">
          {ereignisse.map((e) => (
            <li key={`${e.at}-${e.ereignis}`}>
              <p className="verlauf-kopf">
                <time dateTime={e.at}>{formatDatumZeit(e.at)}</time>
                {' – '}
                <strong>{ereignisText(e.ereignis)}</strong> von {e.actorName}
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
