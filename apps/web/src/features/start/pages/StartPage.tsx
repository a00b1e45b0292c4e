import { Link } from 'react-router';
import { sichtbareEintraege } from '../../../app/menu';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { anzeigeName } from '../../../shared/lib/format';
import { rollenBezeichnung } from '../../../shared/lib/rollen';
import { useMe } from '../../auth/hooks/useMe';
import { EinladungenHinweis } from '../../einladungen/components/EinladungenHinweis';
import { PruefungsteilnehmerStart } from '../../registrierung/components/PruefungsteilnehmerStart';

export function StartPage() {
  usePageTitle('Startseite');
  const me = useMe();
  const bereich = me.aktuellerArbeitsbereich;
  const kacheln = sichtbareEintraege(me.abilities).filter((eintrag) => eintrag.to !== '/');

  return (
    <>
      <h1>Willkommen, {anzeigeName(me.benutzer)}</h1>
      <EinladungenHinweis />
      <section className="card" aria-labelledby="arbeitsbereich-titel">
        <h2 id="arbeitsbereich-titel">Ihr Arbeitsbereich</h2>
        {bereich ? (
          <dl className="details">
            <div>
              <dt>{bereich.art === 'KAMMER' ? 'Kammer' : 'Betriebsstätte'}</dt>
              <dd>{bereich.name}</dd>
            </div>
            {bereich.unternehmenName && (
              <div>
                <dt>Unternehmen</dt>
                <dd>{bereich.unternehmenName}</dd>
              </div>
            )}
            <div>
              <dt>Ihre Rollen</dt>
              <dd>
                <ul className="plain-list">
                  {bereich.rollen.map((rolle) => (
                    <li key={rolle}>{rollenBezeichnung(rolle)}</li>
                  ))}
                </ul>
              </dd>
            </div>
          </dl>
        ) : (
          <p>Bitte wählen Sie oben eine Betriebsstätte aus.</p>
        )}
      </section>
      {bereich?.rollen.includes('PRUEFUNGSTEILNEHMER') && <PruefungsteilnehmerStart />}
      <section aria-labelledby="bereiche-titel">
        <h2 id="bereiche-titel">Ihre Bereiche</h2>
        {kacheln.length > 0 ? (
          <ul className="tiles">
            {kacheln.map((eintrag) => (
              <li key={eintrag.to}>
                <Link to={eintrag.to} className="tile">
                  <span className="tile-title">{eintrag.label}</span>
                  <span className="tile-text">{eintrag.beschreibung}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>Für Ihre Rollen in diesem Arbeitsbereich gibt es im Portal noch keine weiteren Bereiche.</p>
        )}
      </section>
    </>
  );
}
