import { useLazyQuery } from '@apollo/client/react';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import { vollerName } from '../../../shared/lib/format';
import { BenutzerSuchenDocument } from '../graphql/benutzer';
import { PersonSuche } from './PersonSuche';
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
  const person = suche.data?.benutzerSuchen;

  async function onSuchen(email: string) {
    setSuchFehler(null);
    setMeldung(KEINE_MELDUNG);
    try {
      const result = await suchen({ variables: { email } });
      if (result.error) return setSuchFehler(toApiError(result.error));
      if (result.data?.benutzerSuchen === null)
        setMeldung({ text: 'Unter dieser E-Mail-Adresse ist niemand registriert.', erfolg: false });
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
