import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { MailZustellungFieldsFragment, Rolle } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import { istVergebbareRolle, rollenBezeichnung, VERGEBBARE_ROLLEN } from '../../../shared/lib/rollen';
import { ZustellungHinweis } from '../../konten/components/ZustellungHinweis';
import {
  BenutzerverwaltungDocument,
  RolleEinladenDocument,
  VerwalteteBetriebsstaettenDocument,
} from '../graphql/benutzer';

const IDS = {
  vorname: 'einladen-vorname',
  nachname: 'einladen-nachname',
  betriebsstaetteId: 'einladen-betriebsstaette',
  rolle: 'einladen-rolle',
} as const;

interface Props {
  email: string;
  vorauswahlStaetteId?: string;
  onEingeladen: (meldung: string) => void;
}

/**
 * "Person einladen": for an address that is not a member of the Unternehmen. The server answers
 * the same whether the address has an account (of another Unternehmen or of nobody) or not; the
 * role takes effect when the person accepts under "Profil – Berechtigungen".
 */
export function RolleEinladenForm({ email, vorauswahlStaetteId, onEingeladen }: Props) {
  const staetten = useQuery(VerwalteteBetriebsstaettenDocument);
  const liste = staetten.data?.verwalteteBetriebsstaetten ?? [];
  const [vorname, setVorname] = useState('');
  const [nachname, setNachname] = useState('');
  const [staetteWahl, setStaetteId] = useState<string | null>(null);
  const [rolle, setRolle] = useState<Rolle | ''>('');
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const [zustellung, setZustellung] = useState<MailZustellungFieldsFragment | null>(null);
  const [einladen, { loading }] = useMutation(RolleEinladenDocument, {
    refetchQueries: [BenutzerverwaltungDocument],
    awaitRefetchQueries: true,
  });
  const vorauswahl =
    liste.length === 1 ? liste[0].id : (liste.find((s) => s.id === vorauswahlStaetteId)?.id ?? '');
  const staetteId = staetteWahl ?? vorauswahl;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (!vorname.trim()) return setFehler({ message: 'Bitte geben Sie den Vornamen ein.', field: 'vorname' });
    if (!nachname.trim())
      return setFehler({ message: 'Bitte geben Sie den Nachnamen ein.', field: 'nachname' });
    if (!staetteId)
      return setFehler({ message: 'Bitte wählen Sie eine Betriebsstätte.', field: 'betriebsstaetteId' });
    if (!rolle) return setFehler({ message: 'Bitte wählen Sie eine Rolle.', field: 'rolle' });
    setFehler(null);
    setZustellung(null);
    try {
      const result = await einladen({
        variables: { input: { email, vorname, nachname, betriebsstaetteId: staetteId, rolle } },
      });
      const antwort = result.data?.rolleEinladen;
      if (antwort) {
        setZustellung(antwort.zustellung);
        onEingeladen(antwort.meldung);
      }
      setRolle('');
    } catch (error) {
      setFehler(toApiError(error));
    }
  }

  const feldId = fehler?.field ? IDS[fehler.field as keyof typeof IDS] : undefined;
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
        <label htmlFor={IDS.vorname}>Vorname</label>
        <input
          id={IDS.vorname}
          autoComplete="off"
          value={vorname}
          onChange={(event) => setVorname(event.target.value)}
          {...fehlerAm(IDS.vorname)}
        />
        {feldFehler(IDS.vorname)}
      </div>
      <div className="field">
        <label htmlFor={IDS.nachname}>Nachname</label>
        <input
          id={IDS.nachname}
          autoComplete="off"
          value={nachname}
          onChange={(event) => setNachname(event.target.value)}
          {...fehlerAm(IDS.nachname)}
        />
        {feldFehler(IDS.nachname)}
      </div>
      <div className="field">
        <label htmlFor={IDS.betriebsstaetteId}>Betriebsstätte für die Einladung</label>
        <select
          id={IDS.betriebsstaetteId}
          value={staetteId}
          onChange={(event) => setStaetteId(event.target.value)}
          {...fehlerAm(IDS.betriebsstaetteId)}
        >
          <option value="">{staetten.loading ? 'Wird geladen …' : 'Bitte wählen …'}</option>
          {liste.map((staette) => (
            <option key={staette.id} value={staette.id}>
              {staette.name}
            </option>
          ))}
        </select>
        {feldFehler(IDS.betriebsstaetteId)}
      </div>
      <div className="field">
        <label htmlFor={IDS.rolle}>Rolle für die Einladung</label>
        <select
          id={IDS.rolle}
          value={rolle}
          onChange={(event) => setRolle(istVergebbareRolle(event.target.value) ? event.target.value : '')}
          {...fehlerAm(IDS.rolle)}
        >
          <option value="">Bitte wählen …</option>
          {VERGEBBARE_ROLLEN.map((r) => (
            <option key={r} value={r}>
              {rollenBezeichnung(r)}
            </option>
          ))}
        </select>
        {feldFehler(IDS.rolle)}
      </div>
      {fehler && !feldId && (
        <ErrorAlert>
          <p>{fehler.message}</p>
        </ErrorAlert>
      )}
      <ZustellungHinweis zustellung={zustellung} />
      <button type="submit" className="button button-primary">
        Einladung senden
      </button>
    </form>
  );
}
