import { Outlet } from 'react-router';
import { Seitenwechsel } from './SeiteLaedt';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { MAIN_ID, SkipLink } from './SkipLink';

/** Pages without a session (the login page). */
export function PublicLayout() {
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1} className="container main">
        <Outlet />
      </main>
      <SiteFooter />
      <Seitenwechsel />
    </>
  );
}
