import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { SITZUNG_BEENDET_CODES, toApiError } from '../../../shared/lib/apiError';
import { VertretungVerlassenDocument, VertretungWechselnDocument } from '../graphql/vertretung';

/**
 * "Zum Programm" and "Zurück zum eigenen Konto": switches whom this session acts for, then starts
 * over on a page every account has and refetches everything, so nothing of the other account stays
 * on screen (like the switch of the Betriebsstaette).
 */
export function useVertretungWechsel() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [wechseln] = useMutation(VertretungWechselnDocument);
  const [verlassen] = useMutation(VertretungVerlassenDocument);
  const [laeuft, setLaeuft] = useState(false);
  const [fehler, setFehler] = useState<string | null>(null);
  const aktiv = useRef(false);

  async function ausfuehren(schritt: () => Promise<unknown>, ziel: string) {
    if (aktiv.current) return;
    aktiv.current = true;
    setLaeuft(true);
    setFehler(null);
    try {
      await schritt();
      await navigate(ziel, { flushSync: true });
      try {
        await client.resetStore();
      } catch {
        // A page whose query fails shows its own error; the switch itself succeeded.
      }
    } catch (error) {
      const apiError = toApiError(error);
      if (!SITZUNG_BEENDET_CODES.has(apiError.code ?? '')) setFehler(apiError.message);
    } finally {
      aktiv.current = false;
      setLaeuft(false);
    }
  }

  return {
    zumProgramm: (id: string) => ausfuehren(() => wechseln({ variables: { id } }), '/'),
    zurueck: () => ausfuehren(() => verlassen(), '/profil/berechtigungen'),
    laeuft,
    fehler,
  };
}
