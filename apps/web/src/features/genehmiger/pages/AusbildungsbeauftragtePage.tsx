import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import type { AusbildungsbeauftragteFieldsFragment } from '../../../gql/graphql';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { formatDatumZeit } from '../../../shared/lib/format';
import { BestaetigenDialog } from '../components/BestaetigenDialog';
import {
  BEAUFTRAGTE_STATUS_BADGE,
  BEAUFTRAGTE_STATUS_TEXT,
  nachweiseText,
} from '../components/genehmigerText';
import { VerwerfenDialog } from '../components/VerwerfenDialog';
import { AusbildungsbeauftragteDocument } from '../graphql/genehmiger';

type Eintrag = AusbildungsbeauftragteFieldsFragment;
type Aktion = { art: 'BESTAETIGEN' | 'VERWERFEN'; eintrag: Eintrag };

/**
 * `/verwaltung/ausbildungsbeauftragte`: the approver addresses the Azubis named. The Betrieb (the
 * contract's Ausbilder/-in or an administrator) confirms the suggested ones or turns them down.
 */
export function AusbildungsbeauftragtePage() {
  usePageTitle('Ausbildungsbeauftragte');
  const { data, loading, error } = useQuery(AusbildungsbeauftragteDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [aktion, setAktion] = useState<Aktion | null>(null);
  const [meldung, setMeldung] = useState('');
  const meldungRef = useRef<HTMLParagraphElement>(null);
  const ausloeser = useRef<HTMLButtonElement | null>(null);
  const liste = data?.ausbildungsbeauftragte;
  const vorgeschlagen = liste?.filter((e) => e.status === 'VORGESCHLAGEN') ?? [];
  const uebrige = liste?.filter((e) => e.status !== 'VORGESCHLAGEN') ?? [];

  function oeffne(art: Aktion['art'], eintrag: Eintrag, button: HTMLButtonElement) {
    ausloeser.current = button;
    setMeldung('');
    setAktion({ art, eintrag });
  }

  function abbrechen() {
    setAktion(null);
    ausloeser.current?.focus();
  }

  function erledigt(text: string) {
    setAktion(null);
    setMeldung(text);
    // The card the button was in has moved or gone: continue at the message.
    window.setTimeout(() => meldungRef.current?.focus(), 0);
  }

  return (
    <>
      <h1>Ausbildungsbeauftragte</h1>
      <p className="lead">
        Auszubildende nennen beim Einreichen die Person, die ihren Nachweis genehmigen soll. Ist die Adresse
        in Ihrem Betrieb noch nicht als Ausbildungsbeauftragte/r bestätigt, kann sie erst genehmigen, wenn Sie
        sie hier bestätigen. Bis dahin kann die Ausbilderin oder der Ausbilder laut Vertrag die Nachweise
        selbst genehmigen.
      </p>
      <p ref={meldungRef} role="status" tabIndex={-1} className="notice notice-success break">
        {meldung}
      </p>
      {aktion?.art === 'BESTAETIGEN' && (
        <BestaetigenDialog eintrag={aktion.eintrag} onAbbrechen={abbrechen} onBestaetigt={erledigt} />
      )}
      {aktion?.art === 'VERWERFEN' && (
        <VerwerfenDialog eintrag={aktion.eintrag} onAbbrechen={abbrechen} onVerworfen={erledigt} />
      )}
      <div aria-busy={loading && !liste}>
        {error && !liste && <QueryError error={error} />}
        {!liste && loading && <Loading />}
        {liste && (
          <>
            <section aria-labelledby="vorgeschlagen-titel">
              <h2 id="vorgeschlagen-titel">Warten auf Ihre Bestätigung</h2>
              {vorgeschlagen.length === 0 ? (
                <p>Zurzeit wartet keine Adresse auf Ihre Bestätigung.</p>
              ) : (
                <ul className="cards beauftragte-liste">
                  {vorgeschlagen.map((e) => (
                    <BeauftragteKarte key={e.id} eintrag={e} onAktion={oeffne} />
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="bestaetigt-titel">
              <h2 id="bestaetigt-titel">Bestätigte Ausbildungsbeauftragte</h2>
              {uebrige.length === 0 ? (
                <p>Noch keine Ausbildungsbeauftragten bestätigt.</p>
              ) : (
                <ul className="cards beauftragte-liste">
                  {uebrige.map((e) => (
                    <BeauftragteKarte key={e.id} eintrag={e} onAktion={oeffne} />
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </div>
    </>
  );
}

interface KarteProps {
  eintrag: Eintrag;
  onAktion: (art: Aktion['art'], eintrag: Eintrag, button: HTMLButtonElement) => void;
}

function BeauftragteKarte({ eintrag: e, onAktion }: KarteProps) {
  const titelId = `beauftragte-${e.id}`;
  return (
    <li>
      <article className="card" aria-labelledby={titelId}>
        <h3 id={titelId} className="break">
          {e.email}
        </h3>
        <p>
          <span className={BEAUFTRAGTE_STATUS_BADGE[e.status]}>{BEAUFTRAGTE_STATUS_TEXT[e.status]}</span>
        </p>
        <dl className="details">
          {e.name && (
            <div>
              <dt>Name</dt>
              <dd>{e.name}</dd>
            </div>
          )}
          <div>
            <dt>Betriebsstätte</dt>
            <dd>{e.betriebsstaette.name}</dd>
          </div>
          {e.vorgeschlagenVon && (
            <div>
              <dt>Genannt von</dt>
              <dd>{e.vorgeschlagenVon}</dd>
            </div>
          )}
          <div>
            <dt>{e.vorgeschlagenVon ? 'Genannt am' : 'Seit'}</dt>
            <dd>
              <time dateTime={e.vorgeschlagenAm}>{formatDatumZeit(e.vorgeschlagenAm)}</time>
            </dd>
          </div>
          <div>
            <dt>Wartende Nachweise</dt>
            <dd>
              {e.wartendeNachweise === 0
                ? 'keine'
                : `${nachweiseText(e.wartendeNachweise)}${e.wartendeAzubis.length > 0 ? ` (${e.wartendeAzubis.join(', ')})` : ''}`}
            </dd>
          </div>
        </dl>
        {e.status === 'VORGESCHLAGEN' && (
          <div className="button-row aktionen">
            <button
              type="button"
              className="button button-primary button-small"
              onClick={(event) => onAktion('BESTAETIGEN', e, event.currentTarget)}
            >
              Bestätigen<span className="visually-hidden"> – {e.email}</span>
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={(event) => onAktion('VERWERFEN', e, event.currentTarget)}
            >
              Verwerfen<span className="visually-hidden"> – {e.email}</span>
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
