import { verwaltetBetriebsstaette } from '../arbeitsbereich/abilities.js';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import {
  BEARBEITBAR,
  erlaubteTransition,
  type NachweisAkteur,
  type NachweisStatus,
} from './state-machine.js';

export interface VertragFacts {
  betriebsstaetteId: string;
  azubiUserId: string | null;
  ausbilderUserId: string | null;
}

export interface NachweisFacts {
  status: NachweisStatus;
  genehmigerUserId: string | null;
}

/**
 * The parts the viewer plays for a Nachweis. They come from the records themselves (the Azubi and
 * the Ausbilder named in the contract, the approver named on the Nachweis), not from the selected
 * Betriebsstaette: an Ausbildungsbeauftragte/r approves for every Azubi who sends to them.
 */
export function akteureFuer(
  viewer: Viewer,
  vertrag: VertragFacts,
  nachweis?: NachweisFacts,
): NachweisAkteur[] {
  const me = viewer.principalUserId;
  const akteure: NachweisAkteur[] = [];
  if (vertrag.azubiUserId === me) akteure.push('AZUBI');
  if (nachweis?.genehmigerUserId === me) akteure.push('GENEHMIGER');
  if (vertrag.ausbilderUserId === me) akteure.push('VERTRAGSAUSBILDER');
  return akteure;
}

/** Who may read a contract's Berichtsheft: its Azubi, its Ausbilder, and the administrators of its Betriebsstaette. */
export function canReadBerichtsheft(viewer: Viewer, vertrag: VertragFacts): boolean {
  return (
    akteureFuer(viewer, vertrag).length > 0 || verwaltetBetriebsstaette(viewer, vertrag.betriebsstaetteId)
  );
}

export function canReadNachweis(viewer: Viewer, vertrag: VertragFacts, nachweis: NachweisFacts): boolean {
  return (
    canReadBerichtsheft(viewer, vertrag) || akteureFuer(viewer, vertrag, nachweis).includes('GENEHMIGER')
  );
}

export interface NachweisAbilities {
  canEdit: boolean;
  canSubmit: boolean;
  canApprove: boolean;
  canReject: boolean;
  canRejectAfterwards: boolean;
}

/** What the viewer may do with this Nachweis now; sent to the client so the UI follows the server's rules. */
export function nachweisAbilities(
  viewer: Viewer,
  vertrag: VertragFacts,
  nachweis: NachweisFacts,
): NachweisAbilities {
  const akteure = akteureFuer(viewer, vertrag, nachweis);
  const darf = (event: Parameters<typeof erlaubteTransition>[1]) =>
    erlaubteTransition(nachweis.status, event, akteure) !== undefined;
  return {
    canEdit: akteure.includes('AZUBI') && BEARBEITBAR.includes(nachweis.status),
    canSubmit: darf('EINREICHEN'),
    canApprove: darf('GENEHMIGEN'),
    canReject: darf('ABLEHNEN'),
    canRejectAfterwards: darf('NACHTRAEGLICH_ABLEHNEN'),
  };
}
