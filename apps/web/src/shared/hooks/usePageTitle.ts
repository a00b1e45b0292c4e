import { useEffect } from 'react';

export const APP_NAME = 'Ausbildungsportal';

/** Sets the document title, e.g. "Benutzer und Rollen – Ausbildungsportal". */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – ${APP_NAME}`;
  }, [title]);
}
