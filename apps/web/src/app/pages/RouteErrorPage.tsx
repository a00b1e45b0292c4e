import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { usePageTitle } from '../../shared/hooks/usePageTitle';

const NEU_GELADEN = 'portal:neu-geladen';

/**
 * A page's chunk that could not be loaded: after a release the previous one's files are gone
 * (router.tsx, docs/architecture.md "The SPA's chunks and caching"). Browsers word it differently.
 */
function chunkFehlt(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(error.message)
  );
}

/** Loads the address anew (the current index.html and its chunks), once per address and tab. */
function einmalNeuLaden() {
  try {
    if (sessionStorage.getItem(NEU_GELADEN) === window.location.href) return;
    sessionStorage.setItem(NEU_GELADEN, window.location.href);
  } catch {
    return;
  }
  window.location.reload();
}

/** Last resort when rendering fails: say so in German and offer a reload. */
export function RouteErrorPage() {
  usePageTitle('Fehler');
  const error = useRouteError();
  const veraltet = chunkFehlt(error);
  useEffect(() => {
    if (veraltet) einmalNeuLaden();
  }, [veraltet]);
  return (
    <main id="inhalt" className="container main">
      <h1>Es ist ein Fehler aufgetreten</h1>
      <div role="alert" className="alert alert-error">
        <p>
          {veraltet
            ? 'Die Seite konnte nicht geladen werden, vielleicht wurde das Portal gerade aktualisiert. Bitte laden Sie die Seite neu.'
            : 'Die Seite konnte nicht angezeigt werden. Bitte laden Sie die Seite neu.'}
        </p>
      </div>
      <p>
        <a href="/">Zur Übersicht</a>
      </p>
    </main>
  );
}
