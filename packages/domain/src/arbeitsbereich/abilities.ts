import type { Rolle } from '@portal/db';
import { rollenOf, type Viewer } from './viewer.js';

/** Small predicates over the selected Arbeitsbereich; composed by the record policies. */
export const hatRolle = (viewer: Viewer, rolle: Rolle) => rollenOf(viewer).includes(rolle);

export const istAdministrator = (viewer: Viewer) =>
  viewer.current?.art === 'BETRIEBSSTAETTE' && hatRolle(viewer, 'AUSBILDUNGSADMINISTRATOR');

/** May the viewer administer this Betriebsstaette from the selected Arbeitsbereich? */
export const verwaltetBetriebsstaette = (viewer: Viewer, betriebsstaetteId: string) =>
  istAdministrator(viewer) &&
  (viewer.current?.verwalteteBetriebsstaetteIds.includes(betriebsstaetteId) ?? false);

export const istSachbearbeiterDerKammer = (viewer: Viewer, kammerId: string) =>
  viewer.current?.art === 'KAMMER' &&
  viewer.current.id === kammerId &&
  hatRolle(viewer, 'IHK_SACHBEARBEITER');

/**
 * What the menu may offer. Sent to the client so the UI never re-implements a rule; the server
 * checks each operation again on its own.
 */
export interface Abilities {
  canManageRoles: boolean;
  canSeeAzubiVerwaltung: boolean;
  canManageBerichtsheftEinstellungen: boolean;
  canSeeOwnAusbildung: boolean;
  canSeeIhreAuszubildenden: boolean;
  canApproveNachweise: boolean;
  /** "Ausbildungsbeauftragte": confirm addresses Azubis named as approver (administrators, Ausbilder/-innen). */
  canVouchForGenehmiger: boolean;
  canSeeKammerBackoffice: boolean;
  canExamine: boolean;
  /** IHK back office: exam sessions and registrations of the selected Kammer. */
  canManagePruefungen: boolean;
  /** Betrieb: the "Pruefungen" page (register Azubis for exams). */
  canMeldePruefungen: boolean;
  /** Azubi: "Ihre Pruefungen". */
  canSeeEigenePruefungen: boolean;
}

export function abilitiesOf(viewer: Viewer): Abilities {
  return {
    canManageRoles: istAdministrator(viewer),
    canSeeAzubiVerwaltung: istAdministrator(viewer),
    canManageBerichtsheftEinstellungen: istAdministrator(viewer),
    canSeeOwnAusbildung: hatRolle(viewer, 'AZUBI'),
    canSeeIhreAuszubildenden: hatRolle(viewer, 'AUSBILDER'),
    canApproveNachweise: hatRolle(viewer, 'AUSBILDER') || hatRolle(viewer, 'AUSBILDUNGSBEAUFTRAGTE'),
    canVouchForGenehmiger: istAdministrator(viewer) || hatRolle(viewer, 'AUSBILDER'),
    canSeeKammerBackoffice: viewer.current?.art === 'KAMMER' && hatRolle(viewer, 'IHK_SACHBEARBEITER'),
    canExamine: hatRolle(viewer, 'PRUEFER'),
    canManagePruefungen: viewer.current?.art === 'KAMMER' && hatRolle(viewer, 'IHK_SACHBEARBEITER'),
    canMeldePruefungen: istAdministrator(viewer),
    canSeeEigenePruefungen: hatRolle(viewer, 'AZUBI'),
  };
}
