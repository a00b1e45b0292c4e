import { Link } from 'react-router';
import type { BerichtsheftWochenQuery } from '../../../gql/graphql';
import { formatKurzZeitraum, formatZeitraum, kalenderwoche } from '../../../shared/lib/format';
import { wochenTitel } from './nachweisText';
import { StatusBadge } from './StatusBadge';

export type WochenEintrag = BerichtsheftWochenQuery['berichtsheftWochen'][number];

interface Props {
  wochen: readonly WochenEintrag[];
  /** Without it the list is read-only (Ausbilder/-in). */
  onAnlegen?: (woche: WochenEintrag) => void;
  /** Monday of the week being created right now. */
  anlegenLaeuft?: string | null;
}

/** "3 Wochen fehlen" */
export function fehlendText(anzahl: number): string {
  if (anzahl === 0) return 'Keine Woche fehlt';
  return anzahl === 1 ? '1 Woche fehlt' : `${anzahl} Wochen fehlen`;
}

/** Every week of the contract up to today, newest first; missing weeks say so in words. */
export function WochenListe({ wochen, onAnlegen, anlegenLaeuft }: Props) {
  return (
    <ul className="wochen-liste">
      {wochen.map((woche) => {
        // Week numbers repeat every year: the hidden part names the dates too.
        const kw = `KW ${kalenderwoche(woche.montag)} (${formatKurzZeitraum(woche.montag, woche.sonntag)})`;
        return (
          <li key={woche.montag} className={woche.fehlt ? 'woche woche-fehlt' : 'woche'}>
            <span className="woche-titel">{wochenTitel(woche.montag, woche.sonntag)}</span>
            {woche.fehlt ? (
              <>
                <span className="woche-stand">
                  <span className="badge badge-warnung">fehlt</span>
                </span>
                {onAnlegen && (
                  <span className="woche-aktion">
                    <button
                      type="button"
                      className="button button-small button-primary"
                      onClick={() => onAnlegen(woche)}
                      aria-busy={anlegenLaeuft === woche.montag}
                    >
                      <span>
                        Nachweis<span className="visually-hidden"> für {kw}</span> anlegen
                      </span>
                    </button>
                  </span>
                )}
              </>
            ) : (
              woche.nachweise.map((n) => {
                const ganzeWoche = n.von === woche.montag && n.bis === woche.sonntag;
                return (
                  <span key={n.id} className="woche-nachweis">
                    <span className="woche-stand">
                      <StatusBadge status={n.status} />
                    </span>
                    <span className="woche-aktion">
                      <Link to={`/berichtsheft/nachweis/${n.id}`}>
                        {ganzeWoche ? (
                          <>
                            Nachweis<span className="visually-hidden"> für {kw}</span> öffnen
                          </>
                        ) : (
                          <>Nachweis {formatZeitraum(n.von, n.bis)} öffnen</>
                        )}
                      </Link>
                    </span>
                  </span>
                );
              })
            )}
          </li>
        );
      })}
    </ul>
  );
}
