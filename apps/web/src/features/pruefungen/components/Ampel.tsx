export type AmpelFarbeWert = 'ROT' | 'GELB' | 'GRUEN';

export interface AmpelDaten {
  farbe: AmpelFarbeWert;
  label: string;
  naechsterSchritt: string;
}

const KLASSE: Record<AmpelFarbeWert, string> = {
  ROT: 'ampel ampel-rot',
  GELB: 'ampel ampel-gelb',
  GRUEN: 'ampel ampel-gruen',
};

/**
 * The Prüfungsstand: a coloured dot, the label as text ("Gelb – Warten") and the sentence that says
 * what happens next. The colour is never the only signal: label and sentence are visible text.
 */
export function Ampel({ ampel, kompakt = false }: { ampel: AmpelDaten; kompakt?: boolean }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a status display, not a form: <fieldset> would be wrong here
    <div
      className={kompakt ? `${KLASSE[ampel.farbe]} ampel-kompakt` : KLASSE[ampel.farbe]}
      role="group"
      aria-label={`Prüfungsstand: ${ampel.label}`}
    >
      <span className="ampel-punkt" aria-hidden="true" />
      <span className="ampel-text">
        <strong className="ampel-label">{ampel.label}</strong>
        <span className="ampel-schritt">{ampel.naechsterSchritt}</span>
      </span>
    </div>
  );
}
