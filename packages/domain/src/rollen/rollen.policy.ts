import type { Rolle } from '@portal/db';
import { istAdministrator, verwaltetBetriebsstaette } from '../arbeitsbereich/abilities.js';
import type { Viewer } from '../arbeitsbereich/viewer.js';

/** Roles an Ausbildungsadministrator gives within the company; IHK roles come from the IHK. */
export const VERGEBBARE_ROLLEN: readonly Rolle[] = [
  'AUSBILDUNGSADMINISTRATOR',
  'AUSBILDER',
  'AUSBILDUNGSBEAUFTRAGTE',
  'AZUBI',
];

export const canSeeBenutzerverwaltung = (viewer: Viewer) => istAdministrator(viewer);

export const canAssignRole = (viewer: Viewer, target: { betriebsstaetteId: string; rolle: Rolle }) =>
  VERGEBBARE_ROLLEN.includes(target.rolle) && verwaltetBetriebsstaette(viewer, target.betriebsstaetteId);

export const canRevokeRole = (
  viewer: Viewer,
  zuweisung: { betriebsstaetteId: string | null; rolle: Rolle },
) =>
  zuweisung.betriebsstaetteId !== null &&
  VERGEBBARE_ROLLEN.includes(zuweisung.rolle) &&
  verwaltetBetriebsstaette(viewer, zuweisung.betriebsstaetteId);

/**
 * An Unternehmen always keeps at least one Ausbildungsadministrator, or nobody could assign roles
 * any more. `adminsAfter` counts the administrators that would remain.
 */
export const wouldRemoveLastAdministrator = (zuweisung: { rolle: Rolle }, adminsAfter: number) =>
  zuweisung.rolle === 'AUSBILDUNGSADMINISTRATOR' && adminsAfter < 1;
