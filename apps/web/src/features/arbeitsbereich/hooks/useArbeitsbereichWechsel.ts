import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { istErlaubt } from '../../../app/menu';
import { SITZUNG_BEENDET_CODES, toApiError } from '../../../shared/lib/apiError';
import { ArbeitsbereichWaehlenDocument } from '../graphql/arbeitsbereich';

/**
 * Switches the session's Betriebsstaette (or Kammer) and refreshes everything on screen: leaves the
 * page first when the new abilities no longer allow it, then refetches all active queries.
 */
export function useArbeitsbereichWechsel(onGewechselt: (name: string) => void) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [waehlen] = useMutation(ArbeitsbereichWaehlenDocument);
  const [pendingKey, setPendingKey] = useState<string | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const laeuft = useRef(false);

  async function wechseln(key: string) {
    if (laeuft.current) return;
    laeuft.current = true;
    setPendingKey(key);
    setFehler(null);
    try {
      const { data } = await waehlen({ variables: { key } });
      const neu = data?.arbeitsbereichWaehlen;
      if (!neu) return;
      if (!istErlaubt(pathname, neu.abilities)) await navigate('/', { flushSync: true });
      try {
        await client.resetStore();
      } catch {
        // A page whose query fails shows its own error; the switch itself succeeded.
      }
      onGewechselt(neu.aktuellerArbeitsbereich?.name ?? '');
    } catch (error) {
      const apiError = toApiError(error);
      if (!SITZUNG_BEENDET_CODES.has(apiError.code ?? '')) setFehler(apiError.message);
    } finally {
      laeuft.current = false;
      setPendingKey(null);
    }
  }

  return { wechseln, pendingKey, fehler };
}
