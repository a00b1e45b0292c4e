import { createBrowserRouter } from 'react-router';
import { AuszubildendeBerichtsheftPage } from '../features/ausbilder/pages/AuszubildendeBerichtsheftPage';
import { IhreAuszubildendenPage } from '../features/ausbilder/pages/IhreAuszubildendenPage';
import { MeineAusbildungPage } from '../features/ausbildung/pages/MeineAusbildungPage';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { PinLoginPage } from '../features/auth/pages/PinLoginPage';
import { AzubiVerwaltungPage } from '../features/azubis/pages/AzubiVerwaltungPage';
import { BenutzerPage } from '../features/benutzer/pages/BenutzerPage';
import { AbdeckungPage } from '../features/berichtsheft/pages/AbdeckungPage';
import { BerichtsheftPage } from '../features/berichtsheft/pages/BerichtsheftPage';
import { NachweisPage } from '../features/berichtsheft/pages/NachweisPage';
import { BerichtsheftEinstellungenPage } from '../features/einstellungen/pages/BerichtsheftEinstellungenPage';
import { GenehmigungenPage } from '../features/genehmigungen/pages/GenehmigungenPage';
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
          children: [
            { path: '/anmelden', element: <LoginPage /> },
            { path: '/anmelden/pin', element: <PinLoginPage /> },
          ],
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
              path: 'einstellungen/ausbildungsnachweise',
              element: (
                <RequireAbility ability="canManageBerichtsheftEinstellungen">
                  <BerichtsheftEinstellungenPage />
                </RequireAbility>
              ),
            },
            {
              path: 'berichtsheft',
              element: (
                <RequireAbility ability="canSeeOwnAusbildung">
                  <BerichtsheftPage />
                </RequireAbility>
              ),
            },
            // Opened by the Azubi, the approver (link in the e-mail) and the Ausbilder: the server decides.
            { path: 'berichtsheft/nachweis/:id', element: <NachweisPage /> },
            { path: 'berichtsheft/abdeckung/:vertragId', element: <AbdeckungPage /> },
            {
              path: 'ausbilder/auszubildende',
              element: (
                <RequireAbility ability="canSeeIhreAuszubildenden">
                  <IhreAuszubildendenPage />
                </RequireAbility>
              ),
            },
            {
              path: 'ausbilder/auszubildende/:vertragId',
              element: (
                <RequireAbility ability="canSeeIhreAuszubildenden">
                  <AuszubildendeBerichtsheftPage />
                </RequireAbility>
              ),
            },
            {
              path: 'genehmigungen',
              element: (
                <RequireAbility ability="canApproveNachweise">
                  <GenehmigungenPage />
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
