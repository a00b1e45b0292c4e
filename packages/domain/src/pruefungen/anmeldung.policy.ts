import {
  istAdministrator,
  istSachbearbeiterDerKammer,
  verwaltetBetriebsstaette,
} from '../arbeitsbereich/abilities.js';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { hatRolleAn, staettenMitRolle } from '../authz/reichweite.js';
import type { AmpelBetrachter } from './ampel.js';
import type { AnmeldungAkteur, AnmeldungStatus } from './anmeldung-state-machine.js';
import { BEI_IHK_SICHTBAR } from './pruefung.service.js';

export interface AnmeldungFacts {
  /** The contract's Betriebsstaette. */
  betriebsstaetteId: string;
  azubiUserId: string | null;
  /** The Kammer of the exam session. */
  kammerId: string;
}

/**
 * The Azubi of the contract with the Azubi role in effect at its Betriebsstaette (selected
 * Arbeitsbereich), as for the Berichtsheft: a revoked Azubi neither reads nor confirms a
 * registration. Results and documents (Zeugnis) stay with the person (ergebnis-sichtbarkeit.ts).
 */
export const istAzubiDesVertrags = (
  viewer: Viewer,
  facts: Pick<AnmeldungFacts, 'azubiUserId' | 'betriebsstaetteId'>,
) =>
  facts.azubiUserId !== null &&
  facts.azubiUserId === viewer.principalUserId &&
  hatRolleAn(viewer, facts.betriebsstaetteId, ['AZUBI']);

/** The list twin of istAzubiDesVertrags: the viewer's own contracts where they hold the Azubi role. */
export const eigeneVertraegeScope = (viewer: Viewer) => ({
  azubiUserId: viewer.principalUserId,
  betriebsstaetteId: { in: staettenMitRolle(viewer, ['AZUBI']) },
});

/**
 * The parts the viewer plays for a registration: the Betrieb is an Ausbildungsadministrator whose
 * selected Arbeitsbereich reaches the contract's Betriebsstaette; the Azubi is the contract's Azubi
 * with the Azubi role there (istAzubiDesVertrags); the IHK is a Sachbearbeiter of the session's Kammer with
 * that Kammer selected.
 */
export function anmeldungAkteure(viewer: Viewer, facts: AnmeldungFacts): AnmeldungAkteur[] {
  const akteure: AnmeldungAkteur[] = [];
  if (verwaltetBetriebsstaette(viewer, facts.betriebsstaetteId)) akteure.push('BETRIEB');
  if (istAzubiDesVertrags(viewer, facts)) akteure.push('AZUBI');
  if (istSachbearbeiterDerKammer(viewer, facts.kammerId)) akteure.push('IHK');
  return akteure;
}

/** The Betrieb registers an Azubi: an administrator whose selected Arbeitsbereich reaches the contract. */
export const canRegisterForPruefung = (viewer: Viewer, vertrag: { betriebsstaetteId: string }) =>
  verwaltetBetriebsstaette(viewer, vertrag.betriebsstaetteId);

/** The list twin of canRegisterForPruefung: the Betriebsstaetten whose Azubis the viewer registers. */
export const betriebsstaettenFuerAnmeldungen = (viewer: Viewer): string[] =>
  istAdministrator(viewer) ? (viewer.current?.verwalteteBetriebsstaetteIds ?? []) : [];

/** Betrieb and Azubi read their registration; the IHK only once it has reached the IHK. */
export function canReadAnmeldung(akteure: readonly AnmeldungAkteur[], status: AnmeldungStatus): boolean {
  return (
    akteure.includes('BETRIEB') ||
    (akteure.includes('AZUBI') && status !== 'ENTWURF') ||
    (akteure.includes('IHK') && BEI_IHK_SICHTBAR.includes(status))
  );
}

/** Whose Ampel the viewer sees: the selected Arbeitsbereich decides when a person plays several parts. */
export function betrachterFuer(viewer: Viewer, akteure: readonly AnmeldungAkteur[]): AmpelBetrachter {
  if (akteure.includes('IHK') && viewer.current?.art === 'KAMMER') return 'IHK';
  if (akteure.includes('BETRIEB')) return 'BETRIEB';
  if (akteure.includes('AZUBI')) return 'AZUBI';
  return akteure[0] ?? 'BETRIEB';
}
