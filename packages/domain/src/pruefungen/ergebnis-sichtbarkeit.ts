import { istSachbearbeiterDerKammer, verwaltetBetriebsstaette } from '../arbeitsbereich/abilities.js';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { addDays, fromUtcDate } from '../berichtsheft/dates.js';

/**
 * Who may see the results (and the Zeugnis) of one Pruefungsanmeldung. Pure: the whole rule is a
 * function of the records, the viewer and today, tested as a table in ergebnis-sichtbarkeit.test.ts.
 *
 * - The IHK-Sachbearbeiter of the session's Kammer: always, also before the release.
 * - The Azubi of the contract: their own results once released, always (also long after the end).
 * - The Betrieb (an Ausbildungsadministrator whose selected Arbeitsbereich reaches the contract's
 *   Betriebsstaette): once released, and only until the contract's end + 14 days (calendar days,
 *   UTC, like every date of the portal): on day 14 after the end still, on day 15 no longer.
 * - Ausbilder never: rights are those of the selected Arbeitsbereich, and neither the AUSBILDER
 *   role nor being named in the contract gives access to results.
 */
export const BETRIEB_NACHLAUF_TAGE = 14;

/** The messages of the refusals (code FORBIDDEN, as the GraphQL contract says). */
export const FRIST_ABGELAUFEN_MELDUNG =
  'Die Prüfungsergebnisse sind 14 Tage nach Ende des Ausbildungsverhältnisses nicht mehr einsehbar.';
export const AUSBILDER_MELDUNG = 'Ausbilderinnen und Ausbilder sehen keine Prüfungsergebnisse.';

export interface ErgebnisFakten {
  /** The Kammer of the exam session. */
  kammerId: string;
  vertrag: {
    betriebsstaetteId: string;
    azubiUserId: string | null;
    ausbilderUserId: string | null;
    ende: Date;
  };
  /** Null while the IHK has not released the results. */
  freigegebenAt: Date | null;
}

export type ErgebnisSicht = 'IHK' | 'AZUBI' | 'BETRIEB';

export type ErgebnisVerweigerung =
  /** Azubi or Betrieb: would see them, but there is nothing released yet. */
  | 'NICHT_FREIGEGEBEN'
  /** Betrieb: the contract ended more than 14 days ago. */
  | 'FRIST_ABGELAUFEN'
  /** Ausbilder named in the contract (or an Ausbilder of the Betrieb): never. */
  | 'AUSBILDER'
  /** No relation to the record at all (another Unternehmen, another Kammer). */
  | 'KEIN_BEZUG';

export type ErgebnisZugang = { sicht: ErgebnisSicht } | { verweigert: ErgebnisVerweigerung };

/** The last calendar day on which the Betrieb still sees results of a contract ending on `ende`. */
export function betriebSiehtBis(ende: Date): string {
  return addDays(fromUtcDate(ende), BETRIEB_NACHLAUF_TAGE);
}

/** Is `now` still within the Betrieb's window after the contract's end? */
export function innerhalbBetriebsfrist(ende: Date, now: Date): boolean {
  return fromUtcDate(now) <= betriebSiehtBis(ende);
}

export function ergebnisZugang(viewer: Viewer, fakten: ErgebnisFakten, now: Date): ErgebnisZugang {
  if (istSachbearbeiterDerKammer(viewer, fakten.kammerId)) return { sicht: 'IHK' };
  const freigegeben = fakten.freigegebenAt !== null;
  const istAzubi =
    fakten.vertrag.azubiUserId !== null && fakten.vertrag.azubiUserId === viewer.principalUserId;
  if (istAzubi && freigegeben) return { sicht: 'AZUBI' };
  if (verwaltetBetriebsstaette(viewer, fakten.vertrag.betriebsstaetteId)) {
    if (!innerhalbBetriebsfrist(fakten.vertrag.ende, now)) {
      return istAzubi ? { verweigert: 'NICHT_FREIGEGEBEN' } : { verweigert: 'FRIST_ABGELAUFEN' };
    }
    return freigegeben ? { sicht: 'BETRIEB' } : { verweigert: 'NICHT_FREIGEGEBEN' };
  }
  if (istAzubi) return { verweigert: 'NICHT_FREIGEGEBEN' };
  const istAusbilder =
    fakten.vertrag.ausbilderUserId === viewer.principalUserId ||
    (viewer.current?.art === 'BETRIEBSSTAETTE' &&
      viewer.current.id === fakten.vertrag.betriebsstaetteId &&
      viewer.current.rollen.includes('AUSBILDER'));
  return { verweigert: istAusbilder ? 'AUSBILDER' : 'KEIN_BEZUG' };
}

export interface DokumentFakten {
  art: 'ZEUGNIS' | 'EINTRAGUNGSBESTAETIGUNG' | 'SONSTIGES';
  /** The Kammer of the contract's Unternehmen. */
  kammerId: string;
  vertrag: {
    betriebsstaetteId: string;
    azubiUserId: string | null;
    ausbilderUserId: string | null;
    ende: Date;
  };
}

/**
 * Who may open a document under "Profil - Dokumente": the Azubi of the contract, the Betrieb (for
 * a Zeugnis only until the contract's end + 14 days, like the results), the IHK of the Kammer.
 */
export function dokumentZugang(viewer: Viewer, d: DokumentFakten, now: Date): ErgebnisZugang {
  if (istSachbearbeiterDerKammer(viewer, d.kammerId)) return { sicht: 'IHK' };
  if (d.vertrag.azubiUserId !== null && d.vertrag.azubiUserId === viewer.principalUserId) {
    return { sicht: 'AZUBI' };
  }
  if (verwaltetBetriebsstaette(viewer, d.vertrag.betriebsstaetteId)) {
    if (d.art === 'ZEUGNIS' && !innerhalbBetriebsfrist(d.vertrag.ende, now)) {
      return { verweigert: 'FRIST_ABGELAUFEN' };
    }
    return { sicht: 'BETRIEB' };
  }
  if (d.art === 'ZEUGNIS' && d.vertrag.ausbilderUserId === viewer.principalUserId) {
    return { verweigert: 'AUSBILDER' };
  }
  return { verweigert: 'KEIN_BEZUG' };
}
