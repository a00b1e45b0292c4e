import { usePageTitle } from '../../shared/hooks/usePageTitle';

/** Last resort when rendering fails: say so in German and offer a reload. */
export function RouteErrorPage() {
  usePageTitle('Fehler');
  return (
    <main id="inhalt" className="container main">
      <h1>Es ist ein Fehler aufgetreten</h1>
      <div role="alert" className="alert alert-error">
        <p>Die Seite konnte nicht angezeigt werden. Bitte laden Sie die Seite neu.</p>
      </div>
      <p>
        <a href="/">Zur Übersicht</a>
      </p>
    </main>
  );
}
