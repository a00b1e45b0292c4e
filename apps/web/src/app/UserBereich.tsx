import { NavLink } from 'react-router';
import { useLogout } from '../features/auth/hooks/useLogout';
import type { CurrentMe } from '../features/auth/hooks/useMe';
import { VertretungImKopf } from '../features/vertretung/components/VertretungImKopf';
import { anzeigeName, vollerName } from '../shared/lib/format';

/** Who is logged in (and for whom they act), and the logout button. */
export function UserBereich({ me }: { me: CurrentMe }) {
  const { abmelden, loading } = useLogout();
  return (
    <div className="user-bereich">
      <p className="user-name">
        <span className="visually-hidden">Angemeldet als </span>
        {anzeigeName(me.benutzer)}
        {me.vertretenePerson && (
          <span className="user-vertretung"> in Vertretung für {vollerName(me.vertretenePerson)}</span>
        )}
      </p>
      <VertretungImKopf me={me} />
      <NavLink to="/profil" className="header-link">
        Profil
      </NavLink>
      <button type="button" className="button button-secondary" onClick={abmelden} aria-busy={loading}>
        Abmelden
      </button>
    </div>
  );
}
