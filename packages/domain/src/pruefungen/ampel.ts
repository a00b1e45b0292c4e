import { formatDe, type IsoDate } from '../berichtsheft/dates.js';
import { type AnmeldungStatus, anmeldeschlussVorbei } from './anmeldung-state-machine.js';

export type AmpelFarbe = 'ROT' | 'GELB' | 'GRUEN';
export type AmpelBetrachter = 'BETRIEB' | 'AZUBI' | 'IHK';

export interface Ampel {
  farbe: AmpelFarbe;
  /** Colour in words plus a short state, e.g. "Rot – Bitte bestätigen": colour is never the only signal. */
  label: string;
  /** One German sentence: what happens next and who has to do it. */
  naechsterSchritt: string;
}

export interface AmpelFrage {
  /** null: the Azubi is not registered for this session yet. */
  status: AnmeldungStatus | null;
  anmeldeschluss: IsoDate;
  heute: IsoDate;
  betrachter: AmpelBetrachter;
  azubiName: string;
  betriebName: string;
}

export const FARBE_TEXT: Record<AmpelFarbe, string> = { ROT: 'Rot', GELB: 'Gelb', GRUEN: 'Grün' };

const ampel = (farbe: AmpelFarbe, kurz: string, naechsterSchritt: string): Ampel => ({
  farbe,
  label: `${FARBE_TEXT[farbe]} – ${kurz}`,
  naechsterSchritt,
});

/**
 * The Ampel of a Pruefungsanmeldung, one pure function of state, deadline, today and viewer:
 * - red: this viewer must act now, or the deadline passed before the IHK had it, or rejected;
 *   (the IHK sees a registration waiting for its decision as red: it is the IHK's turn);
 * - yellow: waiting for someone else;
 * - green: received by the IHK or admitted (for the Betrieb and the Azubi).
 */
export function ampelFuer(frage: AmpelFrage): Ampel {
  const { status, betrachter, azubiName, betriebName } = frage;
  const azubi = `${azubiName} (Azubi)`;
  const betrieb = `${betriebName} (Betrieb)`;
  const frist = formatDe(frage.anmeldeschluss);

  if (status === 'ZUGELASSEN') {
    return ampel(
      'GRUEN',
      'Zugelassen',
      betrachter === 'IHK'
        ? `${azubiName} ist zugelassen. Als Nächstes gibt die IHK die Prüfungstermine frei.`
        : 'Die IHK hat die Anmeldung zugelassen. Als Nächstes gibt die IHK die Prüfungstermine frei.',
    );
  }
  if (status === 'ABGELEHNT') {
    const text = {
      BETRIEB: 'Die IHK hat die Anmeldung abgelehnt. Bitte klären Sie das weitere Vorgehen mit der IHK.',
      AZUBI: `Die IHK hat die Anmeldung abgelehnt. Bitte sprechen Sie mit Ihrem Betrieb ${betriebName}.`,
      IHK: `Die Anmeldung wurde abgelehnt. ${betrieb} und ${azubi} sind informiert.`,
    }[betrachter];
    return ampel('ROT', 'Abgelehnt', text);
  }
  if (status === 'BEI_IHK') {
    return betrachter === 'IHK'
      ? ampel('ROT', 'Entscheidung erforderlich', `Bitte entscheiden Sie über die Zulassung von ${azubi}.`)
      : ampel(
          'GRUEN',
          'Bei der IHK',
          'Die Anmeldung liegt der IHK vor. Warten auf die Entscheidung durch die IHK.',
        );
  }

  // Unfinished: nobody but the Betrieb or the Azubi can move it, and only until the Anmeldeschluss.
  if (anmeldeschlussVorbei(frage.anmeldeschluss, frage.heute)) {
    const was =
      status === null ? `${azubiName} wurde nicht angemeldet.` : 'Die Anmeldung hat die IHK nicht erreicht.';
    const rat = betrachter === 'IHK' ? '' : ' Bitte wenden Sie sich an die IHK.';
    return ampel('ROT', 'Frist abgelaufen', `Der Anmeldeschluss (${frist}) ist vorbei. ${was}${rat}`);
  }

  const wartenAufBetrieb = (was: string) =>
    ampel('GELB', 'Warten auf Betrieb', `Warten auf ${was} durch ${betrieb}.`);
  switch (status) {
    case null:
      return betrachter === 'BETRIEB'
        ? ampel('ROT', 'Noch nicht angemeldet', `Bitte melden Sie ${azubi} bis zum ${frist} an.`)
        : wartenAufBetrieb(`Anmeldung bis zum ${frist}`);
    case 'ENTWURF':
      return betrachter === 'BETRIEB'
        ? ampel(
            'ROT',
            'Handeln erforderlich',
            `Bitte reichen Sie die Anmeldung von ${azubi} bis zum ${frist} ein.`,
          )
        : wartenAufBetrieb('Einreichung');
    case 'AZUBI_PRUEFT':
      return betrachter === 'AZUBI'
        ? ampel(
            'ROT',
            'Bitte bestätigen',
            `Bitte bestätigen Sie die Anmeldung bis zum ${frist} oder geben Sie sie mit einer Bemerkung an ${betriebName} zurück.`,
          )
        : ampel('GELB', 'Warten auf Azubi', `Warten auf Bestätigung durch ${azubi}.`);
    case 'ZURUECK_AN_BETRIEB':
      return betrachter === 'BETRIEB'
        ? ampel(
            'ROT',
            'Handeln erforderlich',
            `${azubiName} hat die Anmeldung zurückgegeben. Bitte überarbeiten Sie sie und reichen Sie sie bis zum ${frist} erneut ein.`,
          )
        : wartenAufBetrieb('Überarbeitung');
  }
}
