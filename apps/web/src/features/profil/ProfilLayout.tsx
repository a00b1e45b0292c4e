import { NavLink, Outlet } from 'react-router';

/** The profile's sub-pages; every logged-in user sees all of them (each page decides what it offers). */
export const PROFIL_SEITEN: readonly { to: string; label: string }[] = [
  { to: '/profil/zugangsdaten', label: 'Zugangsdaten' },
  { to: '/profil/sitzungen', label: 'Sitzungen' },
  { to: '/profil/vertretung', label: 'Vertretung' },
  { to: '/profil/berechtigungen', label: 'Berechtigungen' },
  { to: '/profil/dokumente', label: 'Dokumente' },
];

/** `/profil`: sub-navigation of the profile plus the selected sub-page. */
export function ProfilLayout() {
  return (
    <div className="profil">
      <nav className="profil-nav" aria-label="Profil">
        <ul>
          {PROFIL_SEITEN.map((seite) => (
            <li key={seite.to}>
              <NavLink to={seite.to}>{seite.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="profil-inhalt">
        <Outlet />
      </div>
    </div>
  );
}
