import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import type { ApiError } from '../../../shared/lib/apiError';
import { FeldMeldung, feldAttribute } from './feldMeldungen';

interface Props {
  vorschlagVon: string;
  vorschlagBis: string;
  fehler: ApiError | null;
  laeuft: boolean;
  onUebernehmen: (von: string, bis: string) => void;
}

/**
 * The very first Nachweis may cover the weeks kept on paper so far; the server fills in the
 * standard texts and the approver confirms them explicitly.
 */
export function PapierNachweiseForm({ vorschlagVon, vorschlagBis, fehler, laeuft, onUebernehmen }: Props) {
  const [von, setVon] = useState(vorschlagVon);
  const [bis, setBis] = useState(vorschlagBis);
  const vonRef = useRef<HTMLInputElement>(null);
  const bisRef = useRef<HTMLInputElement>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (laeuft) return;
    onUebernehmen(von, bis);
  }

  const vonFehler = fehler?.field === 'von' ? fehler.message : undefined;
  const bisFehler = fehler?.field === 'bis' ? fehler.message : undefined;

  // The field the server complains about gets the focus, so its message is read out with it.
  useEffect(() => {
    if (fehler?.field === 'von') vonRef.current?.focus();
    if (fehler?.field === 'bis') bisRef.current?.focus();
  }, [fehler]);
  const allgemein = fehler && !vonFehler && !bisFehler ? fehler.message : undefined;

  return (
    <section className="card" aria-labelledby="papier-titel">
      <h2 id="papier-titel">Frühere schriftliche Nachweise übernehmen</h2>
      <p>
        Haben Sie Ihre Ausbildungsnachweise bisher schriftlich geführt? Dann können Sie diesen Zeitraum mit
        Ihrem ersten elektronischen Nachweis abdecken. Er enthält den Vermerk „Ausbildungsnachweise sind
        schriftlich geführt worden“; Ihre Ausbilderin oder Ihr Ausbilder bestätigt das bei der Genehmigung.
      </p>
      <form className="form form-inline" onSubmit={onSubmit} noValidate aria-busy={laeuft}>
        <div className="field field-datum">
          <label htmlFor="papier-von">Von</label>
          <input
            ref={vonRef}
            id="papier-von"
            type="date"
            value={von}
            onChange={(e) => setVon(e.target.value)}
            {...feldAttribute('papier-von', { fehler: vonFehler })}
          />
          <FeldMeldung id="papier-von" meldungen={{ fehler: vonFehler }} />
        </div>
        <div className="field field-datum">
          <label htmlFor="papier-bis">Bis</label>
          <input
            ref={bisRef}
            id="papier-bis"
            type="date"
            value={bis}
            onChange={(e) => setBis(e.target.value)}
            {...feldAttribute('papier-bis', { fehler: bisFehler })}
          />
          <FeldMeldung id="papier-bis" meldungen={{ fehler: bisFehler }} />
        </div>
        <button type="submit" className="button button-secondary" aria-busy={laeuft}>
          Frühere Nachweise übernehmen
        </button>
        {allgemein && (
          <div className="form-full">
            <ErrorAlert>
              <p>{allgemein}</p>
            </ErrorAlert>
          </div>
        )}
      </form>
    </section>
  );
}
