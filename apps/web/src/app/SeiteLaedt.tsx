import { useNavigation } from 'react-router';
import { SiteHeader } from './SiteHeader';
import { MAIN_ID, SkipLink } from './SkipLink';

/**
 * The first load, until the chunks of the page have arrived: the same header and main area as
 * the app shell while it loads `me`, so nothing jumps when the page takes over.
 */
export function SeiteLaedt() {
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1} className="container main" aria-busy="true">
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" />
          Seite wird geladen …
        </p>
      </main>
    </>
  );
}

/**
 * While a navigation waits for the next page's chunk the current page stays; this notice says
 * so. Fixed in place (no layout shift) and only present while loading, so a page's own status
 * messages stay the only ones otherwise.
 */
export function Seitenwechsel() {
  const laedt = useNavigation().state === 'loading';
  if (!laedt) return null;
  return (
    <p className="seitenwechsel" role="status">
      <span className="spinner" aria-hidden="true" />
      Seite wird geladen …
    </p>
  );
}
