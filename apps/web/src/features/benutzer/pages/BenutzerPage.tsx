import { useEffect, useRef, useState } from 'react';
import { Loading } from '../../../shared/components/Loading';
import { QueryError } from '../../../shared/components/QueryError';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { useMe } from '../../auth/hooks/useMe';
import { BenutzerTabelle } from '../components/BenutzerTabelle';
import { RolleEntziehenDialog } from '../components/RolleEntziehenDialog';
import { RolleVergeben } from '../components/RolleVergeben';
import type { Benutzer, Rollenzuweisung } from '../components/rolleText';
import { useBenutzerverwaltung } from '../hooks/useBenutzerverwaltung';

interface EntziehenZiel {
  benutzer: Benutzer;
  zuweisung: Rollenzuweisung;
  ausloeser: HTMLElement | null;
}

export function BenutzerPage() {
  usePageTitle('Benutzer und Rollen');
  const me = useMe();
  const [suchtext, setSuchtext] = useState('');
  const { liste, loading, error, weitereLaden, mehrFehler } = useBenutzerverwaltung(suchtext);
  const [ziel, setZiel] = useState<EntziehenZiel | null>(null);
  const [meldung, setMeldung] = useState('');
  const meldungRef = useRef<HTMLParagraphElement>(null);
  const aktuelleStaetteId =
    me.aktuellerArbeitsbereich?.art === 'BETRIEBSSTAETTE' ? me.aktuellerArbeitsbereich.id : undefined;

  // Focus can move only once the modal dialog is gone: back to the button, or to the success message.
  const fokusNachDialog = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (ziel || !fokusNachDialog.current) return;
    if (fokusNachDialog.current.isConnected) fokusNachDialog.current.focus();
    fokusNachDialog.current = null;
  }, [ziel]);

  function abbrechen() {
    fokusNachDialog.current = ziel?.ausloeser ?? null;
    setZiel(null);
  }

  function entzogen(text: string) {
    fokusNachDialog.current = meldungRef.current;
    setZiel(null);
    setMeldung(text);
  }

  return (
    <>
      <h1>Benutzer und Rollen</h1>
      <p className="lead">Personen mit Rollen in den Betriebsstätten, die Sie verwalten.</p>

      <section className="card" aria-labelledby="personen-titel">
        <h2 id="personen-titel">Personen mit Rollen</h2>
        <search className="form">
          <div className="field">
            <label htmlFor="benutzer-suche">Suche nach Name oder E-Mail</label>
            <input
              id="benutzer-suche"
              type="search"
              autoComplete="off"
              value={suchtext}
              onChange={(event) => setSuchtext(event.target.value)}
            />
          </div>
        </search>
        <p ref={meldungRef} role="status" tabIndex={-1} className="notice notice-success">
          {meldung}
        </p>
        <div aria-busy={loading}>
          {error && <QueryError error={error} />}
          {!liste && loading && <Loading />}
          {liste && liste.nodes.length === 0 && (
            <p>
              {suchtext.trim() ? 'Keine Person passt zu Ihrer Suche.' : 'Noch niemand hat hier eine Rolle.'}
            </p>
          )}
          {liste && liste.nodes.length > 0 && (
            <>
              <BenutzerTabelle
                benutzer={liste.nodes}
                onEntziehen={(benutzer, zuweisung) => {
                  setMeldung('');
                  const aktiv = document.activeElement;
                  setZiel({ benutzer, zuweisung, ausloeser: aktiv instanceof HTMLElement ? aktiv : null });
                }}
              />
              <p className="list-count">
                {liste.nodes.length} von {liste.totalCount} Personen angezeigt
              </p>
            </>
          )}
          {liste?.pageInfo.hasNextPage && (
            <button type="button" className="button button-secondary" onClick={weitereLaden}>
              Weitere laden
            </button>
          )}
          {mehrFehler && (
            <div role="alert" className="alert alert-error">
              <p>{mehrFehler}</p>
            </div>
          )}
        </div>
      </section>

      <section className="card" aria-labelledby="vergeben-titel">
        <h2 id="vergeben-titel">Rolle vergeben</h2>
        <p>Suchen Sie die Person über die E-Mail-Adresse, mit der sie im Portal registriert ist.</p>
        <RolleVergeben vorauswahlStaetteId={aktuelleStaetteId} />
      </section>

      {ziel && (
        <RolleEntziehenDialog
          benutzer={ziel.benutzer}
          zuweisung={ziel.zuweisung}
          onAbbrechen={abbrechen}
          onEntzogen={entzogen}
        />
      )}
    </>
  );
}
