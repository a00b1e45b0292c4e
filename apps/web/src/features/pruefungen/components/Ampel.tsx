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
    <div className={kompakt ? `${KLASSE[ampel.farbe]} ampel-kompakt` : KLASSE[ampel.farbe]}>
      <span className="ampel-punkt" aria-hidden="true" />
      <span className="ampel-text">
        <span className="visually-hidden">Prüfungsstand: </span>
        <strong className="ampel-label">{ampel.label}</strong>
        <span className="ampel-schritt">{ampel.naechsterSchritt}</span>
      </span>
    </div>
  );
}
