import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';
import { toApiError } from '../../../shared/lib/apiError';
import { BenutzerverwaltungDocument } from '../graphql/benutzer';

const SEITENGROESSE = 20;

/** The paged, searchable list of people with roles; keeps the old rows visible while a search loads. */
export function useBenutzerverwaltung(suchtext: string) {
  const suche = useDebouncedValue(suchtext.trim(), 300) || undefined;
  const { data, previousData, loading, error, fetchMore } = useQuery(BenutzerverwaltungDocument, {
    variables: { first: SEITENGROESSE, suche },
    notifyOnNetworkStatusChange: true,
  });
  const [mehrFehler, setMehrFehler] = useState<string | null>(null);
  const liste = (data ?? previousData)?.benutzerverwaltung;

  async function weitereLaden() {
    const after = liste?.pageInfo.endCursor;
    if (!after) return;
    setMehrFehler(null);
    try {
      await fetchMore({ variables: { first: SEITENGROESSE, suche, after } });
    } catch (e) {
      setMehrFehler(toApiError(e).message);
    }
  }

  return { liste, loading, error, weitereLaden, mehrFehler };
}
