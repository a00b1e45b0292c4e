import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/usePageTitle';
import { EinladungenHinweis } from '../../einladungen/components/EinladungenHinweis';
import { MeDocument } from '../graphql/session';
import { useMe } from '../hooks/useMe';

/** For registered users without any role: nothing to do until an administrator assigns one. */
export function KeineRollePage() {
  usePageTitle('Noch keine Rolle zugewiesen');
  const { benutzer } = useMe();
  const client = useApolloClient();
  const [prueft, setPrueft] = useState(false);
  const [ergebnis, setErgebnis] = useState('');

  async function erneutPruefen() {
    setPrueft(true);
    setErgebnis('');
    try {
      await client.refetchQueries({ include: [MeDocument] });
      setErgebnis('Ihnen ist weiterhin keine Rolle zugewiesen.');
    } catch {
      setErgebnis('Die Prüfung ist fehlgeschlagen. Bitte versuchen Sie es später erneut.');
    } finally {
      setPrueft(false);
    }
  }

  return (
    <>
      <h1>Noch keine Rolle zugewiesen</h1>
      <EinladungenHinweis />
      <div className="card">
        <p>
          Sie sind im Ausbildungsportal registriert, haben aber noch in keiner Betriebsstätte eine Rolle.
          Bevor Sie das Portal nutzen können, muss die Ausbildungsadministratorin oder der
          Ausbildungsadministrator Ihres Unternehmens Ihnen eine Rolle in Ihrer Betriebsstätte zuweisen.
        </p>
        <p>Bitte teilen Sie dafür die E-Mail-Adresse mit, mit der Sie registriert sind:</p>
        <p className="email-hervorgehoben">{benutzer.email}</p>
        <p>
          Sie vertreten eine andere Person oder einen Ausbildungsbetrieb? Dann wechseln Sie unter{' '}
          <Link to="/profil/berechtigungen">Profil – Berechtigungen</Link> mit „Zum Programm“ zu diesem Konto.
        </p>
        <p>Wurde Ihnen inzwischen eine Rolle zugewiesen, können Sie das hier prüfen:</p>
        <button type="button" className="button button-secondary" onClick={erneutPruefen} aria-busy={prueft}>
          Erneut prüfen
        </button>
        <p role="status" className="notice notice-info">
          {ergebnis}
        </p>
      </div>
    </>
  );
}
