import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { type ApiError, toApiError } from '../../../shared/lib/apiError';
import {
  NachweisAblehnenDocument,
  NachweisGenehmigenDocument,
  NachweisNachtraeglichAblehnenDocument,
} from '../graphql/berichtsheft';
import type { Nachweis } from '../hooks/entwurf';
import { FeldMeldung, feldAttribute } from './feldMeldungen';

const BEMERKUNG_ID = 'entscheidung-bemerkung';
const PAPIER_ID = 'entscheidung-papier';

type Schritt = 'genehmigen' | 'ablehnen' | 'nachtraeglich';

const ERFOLG: Record<Schritt, string> = {
  genehmigen: 'Der Nachweis wurde genehmigt.',
  ablehnen: 'Der Nachweis wurde abgelehnt. Die oder der Auszubildende wird per E-Mail informiert.',
  nachtraeglich:
    'Der Nachweis wurde nachträglich abgelehnt und ist wieder bearbeitbar. Die oder der Auszubildende wird per E-Mail informiert.',
};

interface Props {
  nachweis: Nachweis;
  onEntschieden: (nachweis: Nachweis, meldung: string) => void;
}

/** For the approver: remark, and approve / reject / reject afterwards as the server allows. */
export function EntscheidungAbschnitt({ nachweis, onEntschieden }: Props) {
  const { abilities } = nachweis;
  const [bemerkung, setBemerkung] = useState('');
  const [papierBestaetigt, setPapierBestaetigt] = useState(false);
  const [fehler, setFehler] = useState<ApiError | null>(null);
  const [laeuft, setLaeuft] = useState<Schritt | null>(null);
  const bemerkungRef = useRef<HTMLTextAreaElement>(null);
  const papierRef = useRef<HTMLInputElement>(null);
  const [genehmigen] = useMutation(NachweisGenehmigenDocument);
  const [ablehnen] = useMutation(NachweisAblehnenDocument);
  const [nachtraeglich] = useMutation(NachweisNachtraeglichAblehnenDocument);
  const mitPapier = nachweis.papierNachweise && abilities.canApprove;

  async function ausfuehren(schritt: Schritt) {
    if (laeuft) return;
    setLaeuft(schritt);
    setFehler(null);
    const input = {
      id: nachweis.id,
      bemerkung: bemerkung.trim() || null,
      ...(schritt === 'genehmigen' && nachweis.papierNachweise ? { papierBestaetigt } : {}),
    };
    try {
      let ergebnis: Nachweis | undefined;
      if (schritt === 'genehmigen')
        ergebnis = (await genehmigen({ variables: { input } })).data?.nachweisGenehmigen;
      else if (schritt === 'ablehnen')
        ergebnis = (await ablehnen({ variables: { input } })).data?.nachweisAblehnen;
      else ergebnis = (await nachtraeglich({ variables: { input } })).data?.nachweisNachtraeglichAblehnen;
      if (ergebnis) onEntschieden(ergebnis, ERFOLG[schritt]);
    } catch (error) {
      const apiError = toApiError(error);
      setFehler(apiError);
      if (apiError.field === 'bemerkung') bemerkungRef.current?.focus();
      if (apiError.field === 'papierBestaetigt') papierRef.current?.focus();
    } finally {
      setLaeuft(null);
    }
  }

  const bemerkungFehler = fehler?.field === 'bemerkung' ? fehler.message : undefined;
  const papierFehler = fehler?.field === 'papierBestaetigt' ? fehler.message : undefined;
  const allgemein = fehler && !bemerkungFehler && !papierFehler ? fehler.message : undefined;

  return (
    <section className="card" aria-labelledby="entscheidung-titel">
      <h2 id="entscheidung-titel">Genehmigung</h2>
      <div className="form">
        <div className="field">
          <label htmlFor={BEMERKUNG_ID}>Bemerkung des Betreuers</label>
          <p id={`${BEMERKUNG_ID}-hilfe`} className="field-hint">
            Beim Genehmigen freiwillig, beim Ablehnen bitte die Begründung angeben.
          </p>
          <textarea
            ref={bemerkungRef}
            id={BEMERKUNG_ID}
            rows={3}
            value={bemerkung}
            onChange={(e) => setBemerkung(e.target.value)}
            aria-invalid={bemerkungFehler ? true : undefined}
            aria-describedby={
              bemerkungFehler ? `${BEMERKUNG_ID}-hilfe ${BEMERKUNG_ID}-fehler` : `${BEMERKUNG_ID}-hilfe`
            }
          />
          <FeldMeldung id={BEMERKUNG_ID} meldungen={{ fehler: bemerkungFehler }} />
        </div>
        {mitPapier && (
          <div className="field">
            <div className="checkbox-feld">
              <input
                ref={papierRef}
                id={PAPIER_ID}
                type="checkbox"
                checked={papierBestaetigt}
                onChange={(e) => setPapierBestaetigt(e.target.checked)}
                {...feldAttribute(PAPIER_ID, { fehler: papierFehler })}
              />
              <label htmlFor={PAPIER_ID}>
                Ich bestätige, dass die Ausbildungsnachweise für diesen Zeitraum ordnungsgemäß schriftlich
                geführt wurden.
              </label>
            </div>
            <FeldMeldung id={PAPIER_ID} meldungen={{ fehler: papierFehler }} />
          </div>
        )}
        {allgemein && (
          <ErrorAlert>
            <p>{allgemein}</p>
          </ErrorAlert>
        )}
        <div className="button-row button-row-start">
          {abilities.canApprove && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void ausfuehren('genehmigen')}
              aria-busy={laeuft === 'genehmigen'}
            >
              Genehmigen
            </button>
          )}
          {abilities.canReject && (
            <button
              type="button"
              className="button button-danger-outline"
              onClick={() => void ausfuehren('ablehnen')}
              aria-busy={laeuft === 'ablehnen'}
            >
              Ablehnen
            </button>
          )}
          {abilities.canRejectAfterwards && (
            <button
              type="button"
              className="button button-danger-outline"
              onClick={() => void ausfuehren('nachtraeglich')}
              aria-busy={laeuft === 'nachtraeglich'}
            >
              Nachträglich ablehnen
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
