import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { apolloClient, apolloEinrichten } from './app/apolloClient';
import { createAppRouter } from './app/router';
import type { LoginState } from './features/auth/hooks/loginState';

// Before the router, which at once starts loading the first page's routes and with them Apollo
// (a chunk of its own, app/apolloClient.ts).
apolloEinrichten({ onSessionLost, onVertretungBeendet });
const router = createAppRouter();
let sessionLostPending = false;

/** The server ended the session: go to the login page (remembering where we were) and forget cached data. */
function onSessionLost({ code, message }: { code: string; message: string }) {
  const { pathname, search } = router.state.location;
  if (sessionLostPending || pathname === '/anmelden' || pathname.startsWith('/anmelden/')) return;
  sessionLostPending = true;
  // The server's CSRF text asks for a reload, which is not what helps on the login page.
  const hinweis =
    code === 'CSRF_UNGUELTIG'
      ? 'Ihre Sitzung konnte nicht bestätigt werden. Bitte melden Sie sich erneut an.'
      : message;
  const state: LoginState = { from: `${pathname}${search}`, hinweis };
  void router
    .navigate('/anmelden', { replace: true, state })
    .then(() => apolloClient())
    .then((client) => client.clearStore())
    .finally(() => {
      sessionLostPending = false;
    });
}

let vertretungBeendetPending = false;

/** The Vertretung ended on the server: show the own account from scratch, with the reason. */
function onVertretungBeendet(hinweis: string) {
  if (vertretungBeendetPending) return;
  vertretungBeendetPending = true;
  void router
    .navigate('/profil/berechtigungen', { replace: true, state: { hinweis } })
    .then(() => apolloClient())
    .then((client) => client.resetStore())
    .catch(() => undefined)
    .finally(() => {
      vertretungBeendetPending = false;
    });
}

const root = document.getElementById('root');
if (!root) throw new Error('Element #root fehlt in index.html');

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
