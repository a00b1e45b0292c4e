import type { Rolle } from '@portal/db';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { hatRolleAn, staettenMitRolle } from '../authz/reichweite.js';

/**
 * Who approves Nachweise, and who vouches for an approver. The trust rule (DOMAIN.md): an Azubi
 * alone can never bring about the approval of their own Nachweis. An address an Azubi names
 * becomes an approver only once somebody of the Betrieb has vouched for it: it holds an approver
 * role in effect at the contract's Betriebsstaette (given by an administrator, or confirmed).
 */
export const GENEHMIGER_ROLLEN: readonly Rolle[] = ['AUSBILDER', 'AUSBILDUNGSBEAUFTRAGTE'];

export interface VorschlagFacts {
  /** The Betriebsstaette of the suggested Ausbildungsbeauftragte role. */
  betriebsstaetteId: string;
  /** The Ausbilder/-innen named in the contracts of the Azubis who sent Nachweise to the address. */
  ausbilderDerAzubis: readonly string[];
}

/**
 * May the viewer confirm (or turn down) an address an Azubi named? The contract's Ausbilder/-in
 * (an Ausbilder role at that Betriebsstaette and named in a contract of an Azubi who sent to it)
 * or an Ausbildungsadministrator in reach of the Betriebsstaette.
 */
export const canVouchForGenehmiger = (viewer: Viewer, vorschlag: VorschlagFacts) =>
  hatRolleAn(viewer, vorschlag.betriebsstaetteId, ['AUSBILDUNGSADMINISTRATOR']) ||
  (hatRolleAn(viewer, vorschlag.betriebsstaetteId, ['AUSBILDER']) &&
    vorschlag.ausbilderDerAzubis.includes(viewer.principalUserId));

/** The list twin of canVouchForGenehmiger: which suggested roles the viewer sees. */
export function vorschlagScope(viewer: Viewer) {
  const me = viewer.principalUserId;
  const alsAdmin = staettenMitRolle(viewer, ['AUSBILDUNGSADMINISTRATOR']);
  const alsAusbilder = staettenMitRolle(viewer, ['AUSBILDER']).filter((id) => !alsAdmin.includes(id));
  return {
    OR: [
      { betriebsstaetteId: { in: alsAdmin } },
      ...alsAusbilder.map((staetteId) => ({
        betriebsstaetteId: staetteId,
        user: { zuGenehmigen: { some: { vertrag: { betriebsstaetteId: staetteId, ausbilderUserId: me } } } },
      })),
    ],
  };
}

/**
 * Does an approver still wait for the Betrieb? Given the approver's roles at the contract's
 * Betriebsstaette (any status), the approver is vouched for when one approver role is in effect.
 */
export function genehmigerStand(
  rollen: readonly { rolle: Rolle; status: 'AKTIV' | 'EINGELADEN' | 'VORGESCHLAGEN' }[],
): 'BESTAETIGT' | 'WARTET_AUF_BETRIEB' | 'WARTET_AUF_ANNAHME' | 'KEIN_GENEHMIGER' {
  const genehmigerRollen = rollen.filter((r) => GENEHMIGER_ROLLEN.includes(r.rolle));
  if (genehmigerRollen.some((r) => r.status === 'AKTIV')) return 'BESTAETIGT';
  if (genehmigerRollen.some((r) => r.status === 'EINGELADEN')) return 'WARTET_AUF_ANNAHME';
  if (genehmigerRollen.some((r) => r.status === 'VORGESCHLAGEN')) return 'WARTET_AUF_BETRIEB';
  return 'KEIN_GENEHMIGER';
}
