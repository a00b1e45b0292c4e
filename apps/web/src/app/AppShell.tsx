import { useQuery } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ArbeitsbereichAuswahl } from '../features/arbeitsbereich/components/ArbeitsbereichAuswahl';
import { MeDocument } from '../features/auth/graphql/session';
import type { LoginState } from '../features/auth/hooks/loginState';
import { type CurrentMe, MeContext } from '../features/auth/hooks/useMe';
import { KeineRollePage } from '../features/auth/pages/KeineRollePage';
import { Loading } from '../shared/components/Loading';
import { QueryError } from '../shared/components/QueryError';
import { MainNav } from './MainNav';
import { Seitenwechsel } from './SeiteLaedt';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { MAIN_ID, SkipLink } from './SkipLink';
import { UserBereich } from './UserBereich';
import { useFocusMainOnNavigation } from './useFocusMainOnNavigation';

/** Everything behind the login: loads `me`, sends visitors without a session to /anmelden. */
export function AppShell() {
  const location = useLocation();
  const { data, previousData, error } = useQuery(MeDocument);
  // While `me` is refetched (after switching the Betriebsstaette) keep showing the previous one.
  const me = data ? data.me : previousData?.me;

  if (me === null) {
    const state: LoginState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/anmelden" replace state={state} />;
  }
  if (me === undefined) {
    return (
      <>
        <SkipLink />
        <SiteHeader />
        <main id={MAIN_ID} tabIndex={-1} className="container main" aria-busy={!error}>
          {error ? <QueryError error={error} /> : <Loading />}
        </main>
      </>
    );
  }
  return (
    <MeContext.Provider value={me}>
      <ShellLayout me={me} />
    </MeContext.Provider>
  );
}

function ShellLayout({ me }: { me: CurrentMe }) {
  const mainRef = useRef<HTMLElement>(null);
  const [ansage, setAnsage] = useState('');
  useFocusMainOnNavigation(mainRef);
  const hatArbeitsbereich = me.arbeitsbereiche.length > 0;
  // The profile (password, e-mail, sessions, Vertretung) is open to users without a role too.
  const istProfil = useLocation().pathname.startsWith('/profil');
  const onGewechselt = useCallback((name: string) => setAnsage(`Betriebsstätte gewechselt: ${name}`), []);

  return (
    <>
      <SkipLink />
      <SiteHeader>
        {hatArbeitsbereich && <ArbeitsbereichAuswahl me={me} onGewechselt={onGewechselt} />}
        <UserBereich me={me} />
      </SiteHeader>
      {hatArbeitsbereich && <MainNav abilities={me.abilities} />}
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="container main">
        {hatArbeitsbereich || istProfil ? <Outlet /> : <KeineRollePage />}
      </main>
      <SiteFooter />
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {ansage}
      </p>
      <Seitenwechsel />
    </>
  );
}
