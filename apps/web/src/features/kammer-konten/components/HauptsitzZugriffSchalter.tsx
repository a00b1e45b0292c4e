import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { toApiError } from '../../../shared/lib/apiError';
import { HauptsitzZugriffSetzenDocument } from '../graphql/kammerKonten';

interface Props {
  unternehmen: { id: string; name: string; hauptsitzZugriff: boolean };
}

/**
 * Switches whether the Hauptsitz's administrators see and act for every Filiale. The answer
 * updates the cached Unternehmen, so the badge next to it changes at once.
 */
export function HauptsitzZugriffSchalter({ unternehmen: u }: Props) {
  const [setzen, { loading }] = useMutation(HauptsitzZugriffSetzenDocument);
  const [meldung, setMeldung] = useState('');
  const [fehler, setFehler] = useState<string | null>(null);

  async function onClick() {
    if (loading) return;
    setFehler(null);
    try {
      const result = await setzen({ variables: { unternehmenId: u.id, aktiv: !u.hauptsitzZugriff } });
      const aktiv = result.data?.hauptsitzZugriffSetzen.hauptsitzZugriff;
      setMeldung(
        aktiv
          ? `Der Hauptsitz von ${u.name} sieht jetzt alle Filialen.`
          : `Der Hauptsitz von ${u.name} sieht jetzt nur noch sich selbst.`,
      );
    } catch (error) {
      setFehler(toApiError(error).message);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={onClick}
        aria-busy={loading}
      >
        {u.hauptsitzZugriff ? 'Hauptsitz-Zugriff aufheben' : 'Hauptsitz-Zugriff freischalten'}
        <span className="visually-hidden"> – {u.name}</span>
      </button>
      <p role="status" className="notice notice-success">
        {meldung}
      </p>
      {fehler && (
        <ErrorAlert>
          <p>{fehler}</p>
        </ErrorAlert>
      )}
    </>
  );
}
