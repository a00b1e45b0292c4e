import { Link } from 'react-router';
import { usePageTitle } from '../../shared/hooks/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Seite nicht gefunden');
  return (
    <>
      <h1>Seite nicht gefunden</h1>
      <div className="card">
        <p>Die aufgerufene Adresse gibt es im Ausbildungsportal nicht. Vielleicht ist der Link veraltet.</p>
        <p>
          <Link to="/">Zurück zur Übersicht</Link>
        </p>
      </div>
    </>
  );
}
