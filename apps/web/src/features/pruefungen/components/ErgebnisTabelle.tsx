import { TableScroll } from '../../../shared/components/TableScroll';
import { punkteText } from './texte';

interface Teil {
  teil: string;
  punkte?: number | null;
  note?: string | null;
  bestanden: boolean;
}

/** The parts of one Azubi's result with points, grade and passed; the overall result as text. */
export function ErgebnisTabelle({
  titelId,
  caption,
  teile,
  bestanden,
}: {
  titelId: string;
  caption: string;
  teile: readonly Teil[];
  bestanden: boolean;
}) {
  if (teile.length === 0) return <p>Es wurden noch keine Ergebnisse eingetragen.</p>;
  return (
    <>
      <TableScroll labelledBy={titelId}>
        <table>
          <caption id={titelId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Prüfungsteil</th>
              <th scope="col">Punkte</th>
              <th scope="col">Note</th>
              <th scope="col">Bestanden</th>
            </tr>
          </thead>
          <tbody>
            {teile.map((t) => (
              <tr key={t.teil}>
                <th scope="row">{t.teil}</th>
                <td>{punkteText(t.punkte)}</td>
                <td>{t.note || '–'}</td>
                <td>{t.bestanden ? 'ja' : 'nein'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className={bestanden ? 'ergebnis-bestanden' : 'ergebnis-nicht-bestanden'}>
        Gesamtergebnis: {bestanden ? 'bestanden' : 'nicht bestanden'}
      </p>
    </>
  );
}
