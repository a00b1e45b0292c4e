import { Link } from 'react-router';

/** Below the login form: how people without an account get one. */
export function RegistrierungsLinks() {
  return (
    <nav className="login-wechsel" aria-label="Noch kein Zugang?">
      <p>Noch kein Zugang?</p>
      <ul className="plain-list">
        <li>
          <Link to="/unternehmen-beantragen">Zugang für Ihr Unternehmen beantragen</Link>
        </li>
        <li>
          <Link to="/registrieren">Als Teilnehmer/-in einer Fortbildungsprüfung registrieren</Link>
        </li>
      </ul>
    </nav>
  );
}
