import type { Rolle } from '@portal/db';
import { HAUPTSITZ_REICHWEITE } from '../arbeitsbereich/arbeitsbereich.js';
import type { Viewer } from '../arbeitsbereich/viewer.js';

/**
 * The roles the selected Arbeitsbereich holds at a Betriebsstaette: all of its roles at its own
 * Betriebsstaette, and the roles with Hauptsitz reach at the Filialen it reaches. Only roles in
 * effect count (loadArbeitsbereiche reads AKTIV roles on every request), so a revoked role is
 * gone on the next request, on every instance.
 */
export function rollenAn(viewer: Viewer, betriebsstaetteId: string): readonly Rolle[] {
  const current = viewer.current;
  if (current?.art !== 'BETRIEBSSTAETTE') return [];
  if (current.id === betriebsstaetteId) return current.rollen;
  if (current.verwalteteBetriebsstaetteIds.includes(betriebsstaetteId)) {
    return current.rollen.filter((r) => HAUPTSITZ_REICHWEITE.includes(r));
  }
  return [];
}

/** Does the viewer hold one of `rollen` at the Betriebsstaette (own or by Hauptsitz reach)? */
export const hatRolleAn = (viewer: Viewer, betriebsstaetteId: string, rollen: readonly Rolle[]) =>
  rollenAn(viewer, betriebsstaetteId).some((r) => rollen.includes(r));

/** Every Betriebsstaette where the viewer holds one of `rollen`: the list-scope twin of hatRolleAn. */
export function staettenMitRolle(viewer: Viewer, rollen: readonly Rolle[]): string[] {
  const current = viewer.current;
  if (current?.art !== 'BETRIEBSSTAETTE') return [];
  const ids = current.rollen.some((r) => rollen.includes(r)) ? [current.id] : [];
  const reicht = current.rollen.some((r) => rollen.includes(r) && HAUPTSITZ_REICHWEITE.includes(r));
  if (reicht) {
    for (const id of current.verwalteteBetriebsstaetteIds) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
