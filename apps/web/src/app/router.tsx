import { createBrowserRouter } from 'react-router';
import { MeineAusbildungPage } from '../features/ausbildung/pages/MeineAusbildungPage';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { AzubiVerwaltungPage } from '../features/azubis/pages/AzubiVerwaltungPage';
import { BenutzerPage } from '../features/benutzer/pages/BenutzerPage';
import { KammerUnternehmenPage } from '../features/kammer/pages/KammerUnternehmenPage';
import { StartPage } from '../features/start/pages/StartPage';
import { AppShell } from './AppShell';
import { PublicLayout } from './PublicLayout';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { RequireAbility } from './RequireAbility';

export function createAppRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorPage />,
      children: [
        {
          element: <PublicLayout />,
          children: [{ path: '/anmelden', element: <LoginPage /> }],
        },
        {
          path: '/',
          element: <AppShell />,
          children: [
            { index: true, element: <StartPage /> },
            {
              path: 'verwaltung/benutzer',
              element: (
                <RequireAbility ability="canManageRoles">
                  <BenutzerPage />
                </RequireAbility>
              ),
            },
            {
              path: 'verwaltung/azubis',
              element: (
                <RequireAbility ability="canSeeAzubiVerwaltung">
                  <AzubiVerwaltungPage />
                </RequireAbility>
              ),
            },
            {
              path: 'ausbildung',
              element: (
                <RequireAbility ability="canSeeOwnAusbildung">
                  <MeineAusbildungPage />
                </RequireAbility>
              ),
            },
            {
              path: 'kammer/unternehmen',
              element: (
                <RequireAbility ability="canSeeKammerBackoffice">
                  <KammerUnternehmenPage />
                </RequireAbility>
              ),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
