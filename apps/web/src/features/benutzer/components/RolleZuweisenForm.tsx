import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { Rolle } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import { vollerName } from '../../../shared/lib/format';
import { istVergebbareRolle, rollenBezeichnung, VERGEBBARE_ROLLEN } from '../../../shared/lib/rollen';
import { MeDocument } from '../../auth/graphql/session';
import {
  BenutzerverwaltungDocument,
  RolleZuweisenDocument,
  VerwalteteBetriebsstaettenDocument,
} from '../graphql/benutzer';
import type { Benutzer } from './rolleText';

const STAETTE_ID = 'vergeben-betriebsstaette';
const ROLLE_ID = 'vergeben-rolle';

/** Which form control an API error's `extensions.field` belongs to. */
const FELDER: Record<string, string> = { betriebsstaetteId: STAETTE_ID, rolle: ROLLE_ID };

interface Props {
  person: Benutzer;
  vorauswahlStaetteId?: string;
  onVergeben: (meldung: string) => void;
}

/** Step 2 of "Rolle vergeben": pick Betriebsstaette and role for the person found. */
export function RolleZuweisenForm({ person, vorauswahlStaetteId, onVergeben }: Props) {
  const staetten = useQuery(VerwalteteBetriebsstaettenDocument);
  const liste = staetten.data?.verwalteteBetriebsstaetten ?? [];
  const [staetteWahl, setStaetteId] = useState<string | null>(null);
  const [rolle, setRolle] = useState<Rolle | ''>('');
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const [zuweisen, { loading }] = useMutation(RolleZuweisenDocument, {
    refetchQueries: [BenutzerverwaltungDocument, MeDocument],
    awaitRefetchQueries: true,
  });
  const vorauswahl =
    liste.length === 1 ? liste[0].id : (liste.find((s) => s.id === vorauswahlStaetteId)?.id ?? '');
  const staetteId = staetteWahl ?? vorauswahl;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!staetteId)
      return setFehler({ message: 'Bitte wählen Sie eine Betriebsstätte.', field: 'betriebsstaetteId' });
    if (!rolle) return setFehler({ message: 'Bitte wählen Sie eine Rolle.', field: 'rolle' });
    setFehler(null);
    try {
      await zuweisen({ variables: { input: { userId: person.id, betriebsstaetteId: staetteId, rolle } } });
      const staette = liste.find((s) => s.id === staetteId)?.name ?? '';
      onVergeben(`Rolle ${rollenBezeichnung(rolle)} für ${vollerName(person)} in ${staette} vergeben.`);
      setRolle('');
    } catch (error) {
      setFehler(toApiError(error));
    }
  }

  const feldId = fehler?.field ? FELDER[fehler.field] : undefined;
  const fehlerAm = (id: string) =>
    feldId === id ? { 'aria-invalid': true, 'aria-describedby': `${id}-fehler` } : {};
  const feldFehler = (id: string) =>
    feldId === id && fehler ? (
      <p id={`${id}-fehler`} role="alert" className="field-error">
        {fehler.message}
      </p>
    ) : null;

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={loading}>
      <div className="field">
        <label htmlFor={STAETTE_ID}>Betriebsstätte für die Rolle</label>
        <select
          id={STAETTE_ID}
          value={staetteId}
          onChange={(event) => setStaetteId(event.target.value)}
          {...fehlerAm(STAETTE_ID)}
        >
          <option value="">{staetten.loading ? 'Wird geladen …' : 'Bitte wählen …'}</option>
          {liste.map((staette) => (
            <option key={staette.id} value={staette.id}>
              {staette.name}
            </option>
          ))}
        </select>
        {feldFehler(STAETTE_ID)}
      </div>
      <div className="field">
        <label htmlFor={ROLLE_ID}>Rolle</label>
        <select
          id={ROLLE_ID}
          value={rolle}
          onChange={(event) => setRolle(istVergebbareRolle(event.target.value) ? event.target.value : '')}
          {...fehlerAm(ROLLE_ID)}
        >
          <option value="">Bitte wählen …</option>
          {VERGEBBARE_ROLLEN.map((r) => (
            <option key={r} value={r}>
              {rollenBezeichnung(r)}
            </option>
          ))}
        </select>
        {feldFehler(ROLLE_ID)}
      </div>
      {fehler && !feldId && (
        <ErrorAlert>
          <p>{fehler.message}</p>
        </ErrorAlert>
      )}
      {staetten.error && (
        <ErrorAlert>
          <p>{toApiError(staetten.error).message}</p>
        </ErrorAlert>
      )}
      <button type="submit" className="button button-primary">
        Rolle zuweisen
      </button>
    </form>
  );
}
