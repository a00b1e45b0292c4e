import type { ComponentType } from 'react';
import { createBrowserRouter, matchRoutes, Navigate, type RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { PinLoginPage } from '../features/auth/pages/PinLoginPage';
import { apolloClient } from './apolloClient';
import type { AbilityName } from './menu';
import { PublicLayout } from './PublicLayout';
import { RouteErrorPage } from './pages/RouteErrorPage';
import { RequireAbility } from './RequireAbility';
import { SeiteLaedt } from './SeiteLaedt';

/**
 * A page in its own chunk, fetched when its route is first matched. React Router waits for the
 * chunk before it commits the navigation, so the previous page stays (with the loading notice of
 * the layout, see Seitenwechsel) and focus, title and scroll follow the finished new page.
 * With an ability, the page is wrapped in RequireAbility, as before the split.
 */
function seite(laden: () => Promise<ComponentType>, ability?: AbilityName) {
  return {
    lazy: async () => {
      const Seite = await laden();
      return {
        element: ability ? (
          <RequireAbility ability={ability}>
            <Seite />
          </RequireAbility>
        ) : (
          <Seite />
        ),
      };
    },
  };
}

/**
 * The pages below get the Apollo client through context; Apollo's chunk comes with the first of
 * them. Two routes use this: the public pages besides the login, and the app shell.
 */
function mitApollo(children: RouteObject[]): RouteObject {
  return {
    lazy: async () => {
      const [{ ApolloGrenze }, client] = await Promise.all([import('./ApolloGrenze'), apolloClient()]);
      return { element: <ApolloGrenze client={client} /> };
    },
    children,
  };
}

/**
 * Every page is a lazy route (docs/architecture.md, "The SPA's chunks and caching"), except the
 * two login forms: they are the first page of everyone without a session, so they come with the
 * entry (a few KiB) instead of one more round trip. The entry holds no other page, no app shell
 * and no Apollo (the login form fetches it once it is shown).
 */
const routes: RouteObject[] = [
  {
    errorElement: <RouteErrorPage />,
    // Shown on the first load until the chunks of the matched routes have arrived.
    hydrateFallbackElement: <SeiteLaedt />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          {
            path: '/anmelden',
            element: <LoginPage />,
          },
          {
            path: '/anmelden/pin',
            element: <PinLoginPage />,
          },
          mitApollo([
            {
              path: '/passwort-vergessen',
              ...seite(() =>
                import('../features/konten/pages/PasswortVergessenPage').then((m) => m.PasswortVergessenPage),
              ),
            },
            {
              path: '/passwort-setzen',
              ...seite(() =>
                import('../features/konten/pages/PasswortSetzenPage').then((m) => m.PasswortSetzenPage),
              ),
            },
            {
              path: '/email-bestaetigen',
              ...seite(() =>
                import('../features/konten/pages/EmailBestaetigenPage').then((m) => m.EmailBestaetigenPage),
              ),
            },
            {
              path: '/registrieren',
              ...seite(() =>
                import('../features/registrierung/pages/RegistrierenPage').then((m) => m.RegistrierenPage),
              ),
            },
            {
              path: '/unternehmen-beantragen',
              ...seite(() =>
                import('../features/registrierung/pages/UnternehmenBeantragenPage').then(
                  (m) => m.UnternehmenBeantragenPage,
                ),
              ),
            },
          ]),
        ],
      },
      mitApollo([
        {
          path: '/',
          // The shell (menu, Betriebsstaetten, `me`) is a chunk of its own as well.
          ...seite(() => import('./AppShell').then((m) => m.AppShell)),
          children: [
            {
              index: true,
              ...seite(() => import('../features/start/pages/StartPage').then((m) => m.StartPage)),
            },
            {
              // The profile: every logged-in user (also without a role).
              path: 'profil',
              ...seite(() => import('../features/profil/ProfilLayout').then((m) => m.ProfilLayout)),
              children: [
                { index: true, element: <Navigate to="/profil/zugangsdaten" replace /> },
                {
                  path: 'zugangsdaten',
                  ...seite(() =>
                    import('../features/profil/pages/ZugangsdatenPage').then((m) => m.ZugangsdatenPage),
                  ),
                },
                {
                  path: 'sitzungen',
                  ...seite(() =>
                    import('../features/profil/pages/SitzungenPage').then((m) => m.SitzungenPage),
                  ),
                },
                {
                  path: 'vertretung',
                  ...seite(() =>
                    import('../features/vertretung/pages/VertretungPage').then((m) => m.VertretungPage),
                  ),
                },
                {
                  path: 'berechtigungen',
                  ...seite(() =>
                    import('../features/vertretung/pages/BerechtigungenPage').then(
                      (m) => m.BerechtigungenPage,
                    ),
                  ),
                },
                {
                  path: 'dokumente',
                  ...seite(() =>
                    import('../features/dokumente/pages/DokumentePage').then((m) => m.DokumentePage),
                  ),
                },
              ],
            },
            {
              path: 'verwaltung/benutzer',
              ...seite(
                () => import('../features/benutzer/pages/BenutzerPage').then((m) => m.BenutzerPage),
                'canManageRoles',
              ),
            },
            {
              path: 'verwaltung/ausbilder',
              ...seite(
                () =>
                  import('../features/konten/pages/AusbilderVerwaltungPage').then(
                    (m) => m.AusbilderVerwaltungPage,
                  ),
                'canSeeAzubiVerwaltung',
              ),
            },
            {
              path: 'verwaltung/azubis',
              ...seite(
                () =>
                  import('../features/azubis/pages/AzubiVerwaltungPage').then((m) => m.AzubiVerwaltungPage),
                'canSeeAzubiVerwaltung',
              ),
            },
            {
              path: 'verwaltung/ausbildungsbeauftragte',
              ...seite(
                () =>
                  import('../features/genehmiger/pages/AusbildungsbeauftragtePage').then(
                    (m) => m.AusbildungsbeauftragtePage,
                  ),
                'canVouchForGenehmiger',
              ),
            },
            {
              path: 'ausbildung',
              ...seite(
                () =>
                  import('../features/ausbildung/pages/MeineAusbildungPage').then(
                    (m) => m.MeineAusbildungPage,
                  ),
                'canSeeOwnAusbildung',
              ),
            },
            {
              path: 'einstellungen/ausbildungsnachweise',
              ...seite(
                () =>
                  import('../features/einstellungen/pages/BerichtsheftEinstellungenPage').then(
                    (m) => m.BerichtsheftEinstellungenPage,
                  ),
                'canManageBerichtsheftEinstellungen',
              ),
            },
            {
              path: 'berichtsheft',
              ...seite(
                () =>
                  import('../features/berichtsheft/pages/BerichtsheftPage').then((m) => m.BerichtsheftPage),
                'canSeeOwnAusbildung',
              ),
            },
            {
              // Opened by the Azubi, the approver (link in the e-mail) and the Ausbilder: the server decides.
              path: 'berichtsheft/nachweis/:id',
              ...seite(() =>
                import('../features/berichtsheft/pages/NachweisPage').then((m) => m.NachweisPage),
              ),
            },
            {
              path: 'berichtsheft/abdeckung/:vertragId',
              ...seite(() =>
                import('../features/berichtsheft/pages/AbdeckungPage').then((m) => m.AbdeckungPage),
              ),
            },
            {
              path: 'ausbilder/auszubildende',
              ...seite(
                () =>
                  import('../features/ausbilder/pages/IhreAuszubildendenPage').then(
                    (m) => m.IhreAuszubildendenPage,
                  ),
                'canSeeIhreAuszubildenden',
              ),
            },
            {
              path: 'ausbilder/auszubildende/:vertragId',
              ...seite(
                () =>
                  import('../features/ausbilder/pages/AuszubildendeBerichtsheftPage').then(
                    (m) => m.AuszubildendeBerichtsheftPage,
                  ),
                'canSeeIhreAuszubildenden',
              ),
            },
            {
              path: 'genehmigungen',
              ...seite(
                () =>
                  import('../features/genehmigungen/pages/GenehmigungenPage').then(
                    (m) => m.GenehmigungenPage,
                  ),
                'canApproveNachweise',
              ),
            },
            {
              path: 'kammer/vertretungen',
              ...seite(
                () =>
                  import('../features/vertretung/pages/VertretungsantraegePage').then(
                    (m) => m.VertretungsantraegePage,
                  ),
                'canSeeKammerBackoffice',
              ),
            },
            {
              path: 'kammer/unternehmen',
              ...seite(
                () =>
                  import('../features/kammer/pages/KammerUnternehmenPage').then(
                    (m) => m.KammerUnternehmenPage,
                  ),
                'canSeeKammerBackoffice',
              ),
            },
            {
              path: 'kammer/antraege',
              ...seite(
                () =>
                  import('../features/kammer-konten/pages/UnternehmensantraegePage').then(
                    (m) => m.UnternehmensantraegePage,
                  ),
                'canSeeKammerBackoffice',
              ),
            },
            {
              path: 'kammer/pruefer',
              ...seite(
                () => import('../features/kammer-konten/pages/PrueferPage').then((m) => m.PrueferPage),
                'canSeeKammerBackoffice',
              ),
            },
            {
              path: 'kammer/aufgaben',
              ...seite(
                () =>
                  import('../features/kammer-konten/pages/KammerAufgabenPage').then(
                    (m) => m.KammerAufgabenPage,
                  ),
                'canSeeKammerBackoffice',
              ),
            },
            {
              path: 'verwaltung/aenderungsmail',
              ...seite(
                () =>
                  import('../features/kammer-konten/pages/AenderungsmailPage').then(
                    (m) => m.AenderungsmailPage,
                  ),
                'canSeeAzubiVerwaltung',
              ),
            },
            {
              path: 'pruefungen',
              ...seite(
                () =>
                  import('../features/pruefungen/pages/BetriebPruefungenPage').then(
                    (m) => m.BetriebPruefungenPage,
                  ),
                'canMeldePruefungen',
              ),
            },
            {
              path: 'pruefungen/anmelden',
              ...seite(
                () => import('../features/pruefungen/pages/AnmeldenPage').then((m) => m.AnmeldenPage),
                'canMeldePruefungen',
              ),
            },
            {
              path: 'pruefungen/anmeldung/:id',
              ...seite(
                () => import('../features/pruefungen/pages/AnmeldungPage').then((m) => m.AnmeldungPage),
                'canMeldePruefungen',
              ),
            },
            {
              path: 'pruefungen/:pruefungId/ergebnisse',
              ...seite(
                () =>
                  import('../features/pruefungen/pages/PruefungErgebnissePage').then(
                    (m) => m.PruefungErgebnissePage,
                  ),
                'canMeldePruefungen',
              ),
            },
            {
              path: 'meine-pruefungen',
              ...seite(
                () =>
                  import('../features/pruefungen/pages/MeinePruefungenPage').then(
                    (m) => m.MeinePruefungenPage,
                  ),
                'canSeeEigenePruefungen',
              ),
            },
            {
              path: 'meine-pruefungen/:id',
              ...seite(
                () =>
                  import('../features/pruefungen/pages/MeinePruefungenPage').then(
                    (m) => m.MeinePruefungenPage,
                  ),
                'canSeeEigenePruefungen',
              ),
            },
            {
              path: 'kammer/pruefungen',
              ...seite(
                () =>
                  import('../features/kammer-pruefungen/pages/KammerPruefungenPage').then(
                    (m) => m.KammerPruefungenPage,
                  ),
                'canManagePruefungen',
              ),
            },
            {
              path: 'kammer/pruefungen/:id',
              ...seite(
                () =>
                  import('../features/kammer-pruefungen/pages/KammerPruefungPage').then(
                    (m) => m.KammerPruefungPage,
                  ),
                'canManagePruefungen',
              ),
            },
            { path: '*', ...seite(() => import('./pages/NotFoundPage').then((m) => m.NotFoundPage)) },
          ],
        },
      ]),
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}

/**
 * Fetches the chunks of every route that `pfad` matches, ahead of a navigation there: the login
 * form does this for the page after the login while the user types, so the submit waits for the
 * server only. A failure is left to the navigation itself (RouteErrorPage).
 */
export function seiteVorladen(pfad: string) {
  for (const { route } of matchRoutes(routes, pfad) ?? []) {
    if (typeof route.lazy === 'function') route.lazy().catch(() => undefined);
  }
}
