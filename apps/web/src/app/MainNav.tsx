import { NavLink } from 'react-router';
import type { Abilities } from './menu';
import { sichtbareEintraege } from './menu';

/** The main menu: only the entries the server's abilities allow. */
export function MainNav({ abilities }: { abilities: Abilities }) {
  return (
    <nav className="main-nav" aria-label="Hauptmenü">
      <ul className="container">
        {sichtbareEintraege(abilities).map((eintrag) => (
          <li key={eintrag.to}>
            <NavLink to={eintrag.to} end={eintrag.to === '/'}>
              {eintrag.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
