import { createBrowserRouter, Navigate } from 'react-router';
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
import { DokumentePage } from '../features/dokumente/pages/DokumentePage';
import { BerichtsheftEinstellungenPage } from '../features/einstellungen/pages/BerichtsheftEinstellungenPage';
import { AusbildungsbeauftragtePage } from '../features/genehmiger/pages/AusbildungsbeauftragtePage';
import { GenehmigungenPage } from '../features/genehmigungen/pages/GenehmigungenPage';
import { KammerUnternehmenPage } from '../features/kammer/pages/KammerUnternehmenPage';
import { AenderungsmailPage } from '../features/kammer-konten/pages/AenderungsmailPage';
import { KammerAufgabenPage } from '../features/kammer-konten/pages/KammerAufgabenPage';
import { PrueferPage } from '../features/kammer-konten/pages/PrueferPage';
import { UnternehmensantraegePage } from '../features/kammer-konten/pages/UnternehmensantraegePage';
import { KammerPruefungenPage } from '../features/kammer-pruefungen/pages/KammerPruefungenPage';
import { KammerPruefungPage } from '../features/kammer-pruefungen/pages/KammerPruefungPage';
import { AusbilderVerwaltungPage } from '../features/konten/pages/AusbilderVerwaltungPage';
import { EmailBestaetigenPage } from '../features/konten/pages/EmailBestaetigenPage';
import { PasswortSetzenPage } from '../features/konten/pages/PasswortSetzenPage';
import { PasswortVergessenPage } from '../features/konten/pages/PasswortVergessenPage';
import { ProfilLayout } from '../features/profil/ProfilLayout';
import { SitzungenPage } from '../features/profil/pages/SitzungenPage';
import { ZugangsdatenPage } from '../features/profil/pages/ZugangsdatenPage';
import { AnmeldenPage } from '../features/pruefungen/pages/AnmeldenPage';
import { AnmeldungPage } from '../features/pruefungen/pages/AnmeldungPage';
import { BetriebPruefungenPage } from '../features/pruefungen/pages/BetriebPruefungenPage';
import { MeinePruefungenPage } from '../features/pruefungen/pages/MeinePruefungenPage';
import { PruefungErgebnissePage } from '../features/pruefungen/pages/PruefungErgebnissePage';
import { RegistrierenPage } from '../features/registrierung/pages/RegistrierenPage';
import { UnternehmenBeantragenPage } from '../features/registrierung/pages/UnternehmenBeantragenPage';
import { StartPage } from '../features/start/pages/StartPage';
import { BerechtigungenPage } from '../features/vertretung/pages/BerechtigungenPage';
import { VertretungPage } from '../features/vertretung/pages/VertretungPage';
import { VertretungsantraegePage } from '../features/vertretung/pages/VertretungsantraegePage';
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
            { path: '/passwort-vergessen', element: <PasswortVergessenPage /> },
            { path: '/passwort-setzen', element: <PasswortSetzenPage /> },
            { path: '/email-bestaetigen', element: <EmailBestaetigenPage /> },
            { path: '/registrieren', element: <RegistrierenPage /> },
            { path: '/unternehmen-beantragen', element: <UnternehmenBeantragenPage /> },
          ],
        },
        {
          path: '/',
          element: <AppShell />,
          children: [
            { index: true, element: <StartPage /> },
            {
              // The profile: every logged-in user (also without a role). H3/H5 add their child routes here.
              path: 'profil',
              element: <ProfilLayout />,
              children: [
                { index: true, element: <Navigate to="/profil/zugangsdaten" replace /> },
                { path: 'zugangsdaten', element: <ZugangsdatenPage /> },
                { path: 'sitzungen', element: <SitzungenPage /> },
                { path: 'vertretung', element: <VertretungPage /> },
                { path: 'berechtigungen', element: <BerechtigungenPage /> },
                { path: 'dokumente', element: <DokumentePage /> },
              ],
            },
            {
              path: 'verwaltung/benutzer',
              element: (
                <RequireAbility ability="canManageRoles">
                  <BenutzerPage />
                </RequireAbility>
              ),
            },
            {
              path: 'verwaltung/ausbilder',
              element: (
                <RequireAbility ability="canSeeAzubiVerwaltung">
                  <AusbilderVerwaltungPage />
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
              path: 'verwaltung/ausbildungsbeauftragte',
              element: (
                <RequireAbility ability="canVouchForGenehmiger">
                  <AusbildungsbeauftragtePage />
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
              path: 'kammer/vertretungen',
              element: (
                <RequireAbility ability="canSeeKammerBackoffice">
                  <VertretungsantraegePage />
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
            {
              path: 'kammer/antraege',
              element: (
                <RequireAbility ability="canSeeKammerBackoffice">
                  <UnternehmensantraegePage />
                </RequireAbility>
              ),
            },
            {
              path: 'kammer/pruefer',
              element: (
                <RequireAbility ability="canSeeKammerBackoffice">
                  <PrueferPage />
                </RequireAbility>
              ),
            },
            {
              path: 'kammer/aufgaben',
              element: (
                <RequireAbility ability="canSeeKammerBackoffice">
                  <KammerAufgabenPage />
                </RequireAbility>
              ),
            },
            {
              path: 'verwaltung/aenderungsmail',
              element: (
                <RequireAbility ability="canSeeAzubiVerwaltung">
                  <AenderungsmailPage />
                </RequireAbility>
              ),
            },
            {
              path: 'pruefungen',
              element: (
                <RequireAbility ability="canMeldePruefungen">
                  <BetriebPruefungenPage />
                </RequireAbility>
              ),
            },
            {
              path: 'pruefungen/anmelden',
              element: (
                <RequireAbility ability="canMeldePruefungen">
                  <AnmeldenPage />
                </RequireAbility>
              ),
            },
            {
              path: 'pruefungen/anmeldung/:id',
              element: (
                <RequireAbility ability="canMeldePruefungen">
                  <AnmeldungPage />
                </RequireAbility>
              ),
            },
            {
              path: 'pruefungen/:pruefungId/ergebnisse',
              element: (
                <RequireAbility ability="canMeldePruefungen">
                  <PruefungErgebnissePage />
                </RequireAbility>
              ),
            },
            {
              path: 'meine-pruefungen',
              element: (
                <RequireAbility ability="canSeeEigenePruefungen">
                  <MeinePruefungenPage />
                </RequireAbility>
              ),
            },
            {
              path: 'meine-pruefungen/:id',
              element: (
                <RequireAbility ability="canSeeEigenePruefungen">
                  <MeinePruefungenPage />
                </RequireAbility>
              ),
            },
            {
              path: 'kammer/pruefungen',
              element: (
                <RequireAbility ability="canManagePruefungen">
                  <KammerPruefungenPage />
                </RequireAbility>
              ),
            },
            {
              path: 'kammer/pruefungen/:id',
              element: (
                <RequireAbility ability="canManagePruefungen">
                  <KammerPruefungPage />
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
