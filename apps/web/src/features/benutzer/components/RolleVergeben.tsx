import { useLazyQuery } from '@apollo/client/react';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import { vollerName } from '../../../shared/lib/format';
import { BenutzerSuchenDocument } from '../graphql/benutzer';
import { PersonSuche } from './PersonSuche';
import { RolleEinladenForm } from './RolleEinladenForm';
import { RolleZuweisenForm } from './RolleZuweisenForm';
import { rolleMitStaette } from './rolleText';

interface Meldung {
  text: string;
  erfolg: boolean;
}

const KEINE_MELDUNG: Meldung = { text: '', erfolg: false };

/** "Rolle vergeben": search a person by e-mail, then assign a role in a managed Betriebsstaette. */
export function RolleVergeben({ vorauswahlStaetteId }: { vorauswahlStaetteId?: string }) {
  const [suchen, suche] = useLazyQuery(BenutzerSuchenDocument, { fetchPolicy: 'network-only' });
  const [suchFehler, setSuchFehler] = useState<ApiError | null>(null);
  const [meldung, setMeldung] = useState<Meldung>(KEINE_MELDUNG);
  /** The address searched that is not a member's: offered for an invitation. */
  const [einzuladen, setEinzuladen] = useState<string | null>(null);
  const person = suche.data?.benutzerSuchen;

  async function onSuchen(email: string) {
    setSuchFehler(null);
    setMeldung(KEINE_MELDUNG);
    setEinzuladen(null);
    try {
      const result = await suchen({ variables: { email } });
      if (result.error) return setSuchFehler(toApiError(result.error));
      if (result.data?.benutzerSuchen === null) {
        // The same for an unknown address and for someone outside the Unternehmen: nothing tells which.
        setMeldung({
          text: 'In Ihrem Unternehmen gibt es niemanden mit dieser E-Mail-Adresse. Sie können die Person einladen: Sie erhält eine E-Mail, und die Rolle wirkt, sobald sie die Einladung annimmt.',
          erfolg: false,
        });
        setEinzuladen(email.trim().toLowerCase());
      }
    } catch (error) {
      setSuchFehler(toApiError(error));
    }
  }

  return (
    <>
      <PersonSuche
        fehler={suchFehler}
        suchtLaeuft={suche.loading}
        onSuchen={onSuchen}
        onFehler={(fehler) => {
          setMeldung(KEINE_MELDUNG);
          setSuchFehler(fehler);
        }}
      />
      <p role="status" className={meldung.erfolg ? 'notice notice-success' : 'notice notice-info'}>
        {meldung.text}
      </p>
      {!person && einzuladen && !suchFehler && (
        <div className="card person-card">
          <h3>Person einladen</h3>
          <p className="break">{einzuladen}</p>
          <RolleEinladenForm
            key={einzuladen}
            email={einzuladen}
            vorauswahlStaetteId={vorauswahlStaetteId}
            onEingeladen={(text) => setMeldung({ text, erfolg: true })}
          />
        </div>
      )}
      {person && !suchFehler && (
        <div className="card person-card">
          <h3>{vollerName(person)}</h3>
          <p className="break">{person.email}</p>
          <h4>Aktuelle Rollen</h4>
          {person.rollen.length === 0 ? (
            <p>Noch keine Rolle in Ihren Betriebsstätten.</p>
          ) : (
            <ul className="plain-list">
              {person.rollen.map((zuweisung) => (
                <li key={zuweisung.id}>{rolleMitStaette(zuweisung)}</li>
              ))}
            </ul>
          )}
          <RolleZuweisenForm
            key={person.id}
            person={person}
            vorauswahlStaetteId={vorauswahlStaetteId}
            onVergeben={(text) => setMeldung({ text, erfolg: true })}
          />
        </div>
      )}
    </>
  );
}
