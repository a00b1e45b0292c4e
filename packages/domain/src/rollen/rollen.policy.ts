import type { Rolle, RollenStatus } from '@portal/db';
import { istAdministrator, verwaltetBetriebsstaette } from '../arbeitsbereich/abilities.js';
import { HAUPTSITZ_REICHWEITE } from '../arbeitsbereich/arbeitsbereich.js';
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

/** A Betriebsstaette of the Unternehmen, as the last-administrator rule needs it. */
export interface StaetteArtFact {
  id: string;
  name: string;
  art: 'HAUPTSITZ' | 'FILIALE' | 'NIEDERLASSUNG';
}

/** A role assignment of the Unternehmen (any role, any status: the rule picks what counts). */
export interface AdminFact {
  rolle: Rolle;
  betriebsstaetteId: string | null;
  status: RollenStatus;
}

/**
 * Every Betriebsstaette keeps an Ausbildungsadministrator in reach (docs/permissions.md): an AKTIV
 * admin role at the Betriebsstaette itself, or at the Hauptsitz while the IHK has switched on
 * Hauptsitz access (HAUPTSITZ_REICHWEITE). Returns the Betriebsstaetten WITHOUT one, for the
 * given assignments (those that would exist after a change). Invited (EINGELADEN) or proposed
 * roles give nothing, so they do not count.
 */
export function staettenOhneAdministrator(input: {
  betriebsstaetten: readonly StaetteArtFact[];
  hauptsitzZugriff: boolean;
  zuweisungen: readonly AdminFact[];
}): StaetteArtFact[] {
  const mitAdmin = new Set(
    input.zuweisungen
      .filter((z) => z.rolle === 'AUSBILDUNGSADMINISTRATOR' && z.status === 'AKTIV' && z.betriebsstaetteId)
      .map((z) => z.betriebsstaetteId!),
  );
  const hauptsitzReicht =
    input.hauptsitzZugriff &&
    HAUPTSITZ_REICHWEITE.includes('AUSBILDUNGSADMINISTRATOR') &&
    input.betriebsstaetten.some((s) => s.art === 'HAUPTSITZ' && mitAdmin.has(s.id));
  return input.betriebsstaetten.filter((s) => !mitAdmin.has(s.id) && !hauptsitzReicht);
}

/**
 * The Betriebsstaetten a change would leave without an administrator in reach: those without one
 * after the change that had one before. A Betriebsstaette that had none already (say a Filiale
 * added without an admin) does not block unrelated changes; it is listed by
 * staettenOhneAdministrator for whoever fixes it.
 */
export function staettenDieAdministratorVerlieren(
  vorher: Parameters<typeof staettenOhneAdministrator>[0],
  nachher: Parameters<typeof staettenOhneAdministrator>[0],
): StaetteArtFact[] {
  const schonOhne = new Set(staettenOhneAdministrator(vorher).map((s) => s.id));
  return staettenOhneAdministrator(nachher).filter((s) => !schonOhne.has(s.id));
}

/** "die Betriebsstätte Hauptsitz" / "die Betriebsstätten Hauptsitz und Filiale Bocholt". */
export function staettenAufzaehlung(staetten: readonly { name: string }[]): string {
  const namen = staetten.map((s) => s.name);
  if (namen.length === 1) return `die Betriebsstätte ${namen[0]}`;
  return `die Betriebsstätten ${namen.slice(0, -1).join(', ')} und ${namen[namen.length - 1]}`;
}

/** The German reason why removing an admin role (revocation) is refused; null if it is not. */
export function letzterAdministratorGrund(verlieren: readonly { name: string }[]): string | null {
  if (verlieren.length === 0) return null;
  const wer = staettenAufzaehlung(verlieren);
  return `Ohne diese Rolle hätte ${wer} keine Ausbildungsadministratorin und keinen Ausbildungsadministrator mehr. Vergeben Sie die Rolle dort zuerst an eine weitere Person.`;
}

/** The German reason why the IHK cannot switch Hauptsitz access off (yet); null if it can. */
export function hauptsitzZugriffGrund(verlieren: readonly { name: string }[]): string | null {
  if (verlieren.length === 0) return null;
  const wer = staettenAufzaehlung(verlieren);
  return `Ohne Hauptsitz-Zugriff hätte ${wer} keine Ausbildungsadministratorin und keinen Ausbildungsadministrator mehr. Das Unternehmen muss dort zuerst eine Person als Ausbildungsadministrator/-in benennen; danach können Sie den Zugriff entziehen.`;
}
