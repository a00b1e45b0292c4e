import type { Prisma, Rolle } from '@portal/db';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import { hatRolleAn, staettenMitRolle } from '../authz/reichweite.js';
import {
  BEARBEITBAR,
  erlaubteTransition,
  NACHWEIS_TRANSITIONS,
  type NachweisAkteur,
  type NachweisEreignis,
  type NachweisStatus,
} from './state-machine.js';

/**
 * Who may do what with a Berichtsheft: the one place for it. Access needs both a role in effect
 * at the contract's Betriebsstaette (in the selected Arbeitsbereich, own or by Hauptsitz reach)
 * and a relation to the record. Each relation below is defined once, with the roles it needs, a
 * predicate over a loaded record and the Prisma `where` of the same rule, so that "may open this
 * record" and "appears in this list" cannot disagree (the unit tests hold both against each other).
 */
export type Beziehung = NachweisAkteur | 'ADMINISTRATOR';

export interface VertragFacts {
  betriebsstaetteId: string;
  azubiUserId: string | null;
  ausbilderUserId: string | null;
}

export interface NachweisFacts {
  status: NachweisStatus;
  genehmigerUserId: string | null;
}

interface BeziehungDef {
  /** German, for docs/permissions.md. */
  text: string;
  /** Roles at the contract's Betriebsstaette, one of which the relation needs. */
  rollen: readonly Rolle[];
  gilt(me: string, vertrag: VertragFacts, nachweis?: NachweisFacts): boolean;
  /** The same rule as a filter on contracts (without the role, which `vertragScope` adds). */
  vertragWhere?(me: string): Prisma.AusbildungsverhaeltnisWhereInput;
  /** The same rule as a filter on Nachweise, for relations that hang on the Nachweis. */
  nachweisWhere?(me: string): Prisma.NachweisWhereInput;
}

/** "Not the contract's Azubi", true for contracts without an Azubi account (SQL: NULL <> x is not true). */
const nichtDerAzubi = (me: string): Prisma.AusbildungsverhaeltnisWhereInput => ({
  OR: [{ azubiUserId: null }, { azubiUserId: { not: me } }],
});

export const BEZIEHUNGEN: Record<Beziehung, BeziehungDef> = {
  AZUBI: {
    text: 'Azubi des Vertrags',
    rollen: ['AZUBI'],
    gilt: (me, v) => v.azubiUserId === me,
    vertragWhere: (me) => ({ azubiUserId: me }),
  },
  VERTRAGSAUSBILDER: {
    text: 'Ausbilder/-in laut Vertrag',
    rollen: ['AUSBILDER'],
    gilt: (me, v) => v.ausbilderUserId === me && v.azubiUserId !== me,
    vertragWhere: (me) => ({ ausbilderUserId: me, ...nichtDerAzubi(me) }),
  },
  GENEHMIGER: {
    text: 'Genehmiger/-in, an den/die der Nachweis ging',
    rollen: ['AUSBILDER', 'AUSBILDUNGSBEAUFTRAGTE'],
    // Never the Azubi of the contract: nobody approves their own Nachweis, whatever roles they hold.
    gilt: (me, v, n) => n !== undefined && n.genehmigerUserId === me && v.azubiUserId !== me,
    nachweisWhere: (me) => ({ genehmigerUserId: me, vertrag: nichtDerAzubi(me) }),
  },
  ADMINISTRATOR: {
    text: 'Ausbildungsadministrator/-in der Betriebsstätte',
    rollen: ['AUSBILDUNGSADMINISTRATOR'],
    gilt: () => true,
    vertragWhere: () => ({}),
  },
};

const ALLE_BEZIEHUNGEN = Object.keys(BEZIEHUNGEN) as Beziehung[];

/** The relations the viewer has to a contract (and one of its Nachweise), roles included. */
export function beziehungenZu(viewer: Viewer, vertrag: VertragFacts, nachweis?: NachweisFacts): Beziehung[] {
  const me = viewer.principalUserId;
  return ALLE_BEZIEHUNGEN.filter((b) => {
    const def = BEZIEHUNGEN[b];
    return def.gilt(me, vertrag, nachweis) && hatRolleAn(viewer, vertrag.betriebsstaetteId, def.rollen);
  });
}

/** Actions on a Berichtsheft besides the transitions, each with the relations that allow it. */
export const BERICHTSHEFT_AKTIONEN = {
  BERICHTSHEFT_LESEN: {
    text: 'Wochenliste und Abdeckung eines Vertrags lesen',
    wer: ['AZUBI', 'VERTRAGSAUSBILDER', 'ADMINISTRATOR'],
  },
  NACHWEIS_LESEN: {
    text: 'Einen Nachweis lesen',
    wer: ['AZUBI', 'VERTRAGSAUSBILDER', 'ADMINISTRATOR', 'GENEHMIGER'],
  },
  NACHWEIS_ANLEGEN: { text: 'Einen Nachweis anlegen', wer: ['AZUBI'] },
  NACHWEIS_BEARBEITEN: { text: 'Einen Nachweis bearbeiten (Entwurf, abgelehnt)', wer: ['AZUBI'] },
} as const satisfies Record<string, { text: string; wer: readonly Beziehung[] }>;
export type BerichtsheftAktion = keyof typeof BERICHTSHEFT_AKTIONEN;

/** May the viewer take `aktion` on this contract (and Nachweis), states aside? */
export const darf = (
  viewer: Viewer,
  aktion: BerichtsheftAktion,
  vertrag: VertragFacts,
  nachweis?: NachweisFacts,
): boolean => {
  const wer: readonly Beziehung[] = BERICHTSHEFT_AKTIONEN[aktion].wer;
  return beziehungenZu(viewer, vertrag, nachweis).some((b) => wer.includes(b));
};

export const canReadBerichtsheft = (viewer: Viewer, vertrag: VertragFacts) =>
  darf(viewer, 'BERICHTSHEFT_LESEN', vertrag);

export const canReadNachweis = (viewer: Viewer, vertrag: VertragFacts, nachweis: NachweisFacts) =>
  darf(viewer, 'NACHWEIS_LESEN', vertrag, nachweis);

export const canCreateNachweis = (viewer: Viewer, vertrag: VertragFacts) =>
  darf(viewer, 'NACHWEIS_ANLEGEN', vertrag);

export const canEditNachweis = (viewer: Viewer, vertrag: VertragFacts, nachweis: NachweisFacts) =>
  BEARBEITBAR.includes(nachweis.status) && darf(viewer, 'NACHWEIS_BEARBEITEN', vertrag, nachweis);

/** The transition of the table if the viewer may fire `event` on this Nachweis now. */
export const transitionFuer = (
  viewer: Viewer,
  event: NachweisEreignis,
  vertrag: VertragFacts,
  nachweis: NachweisFacts,
) =>
  erlaubteTransition(
    nachweis.status,
    event,
    beziehungenZu(viewer, vertrag, nachweis).filter((b): b is NachweisAkteur => b !== 'ADMINISTRATOR'),
  );

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
  const darf = (event: NachweisEreignis) => transitionFuer(viewer, event, vertrag, nachweis) !== undefined;
  return {
    canEdit: canEditNachweis(viewer, vertrag, nachweis),
    canSubmit: darf('EINREICHEN'),
    canApprove: darf('GENEHMIGEN'),
    canReject: darf('ABLEHNEN'),
    canRejectAfterwards: darf('NACHTRAEGLICH_ABLEHNEN'),
  };
}

// -- Scopes: the same relations as Prisma filters ------------------------------------------------

/** Nothing matches: a filter for a viewer without the roles a relation needs. */
const NICHTS = { id: { in: [] as string[] } };

/** Contracts the viewer has one of `beziehungen` to (contract-level relations only). */
export function vertragScope(
  viewer: Viewer,
  beziehungen: readonly Beziehung[],
): Prisma.AusbildungsverhaeltnisWhereInput {
  const me = viewer.principalUserId;
  const oder = beziehungen.flatMap((b) => {
    const def = BEZIEHUNGEN[b];
    const staetten = staettenMitRolle(viewer, def.rollen);
    if (!def.vertragWhere || staetten.length === 0) return [];
    return [{ betriebsstaetteId: { in: staetten }, ...def.vertragWhere(me) }];
  });
  return oder.length > 0 ? { OR: oder } : NICHTS;
}

/** Nachweise the viewer has one of `beziehungen` to. */
export function nachweisScope(viewer: Viewer, beziehungen: readonly Beziehung[]): Prisma.NachweisWhereInput {
  const me = viewer.principalUserId;
  const oder = beziehungen.flatMap((b): Prisma.NachweisWhereInput[] => {
    const def = BEZIEHUNGEN[b];
    const staetten = staettenMitRolle(viewer, def.rollen);
    if (staetten.length === 0) return [];
    const inStaetten = { vertrag: { betriebsstaetteId: { in: staetten } } };
    if (def.nachweisWhere) return [{ AND: [def.nachweisWhere(me), inStaetten] }];
    if (def.vertragWhere) return [{ AND: [{ vertrag: def.vertragWhere(me) }, inStaetten] }];
    return [];
  });
  return oder.length > 0 ? { OR: oder } : NICHTS;
}

/** Nachweise on which the viewer may fire `event` now: each transition's `from` state and `who`. */
export function nachweisScopeFuer(viewer: Viewer, event: NachweisEreignis): Prisma.NachweisWhereInput {
  const oder = NACHWEIS_TRANSITIONS.filter((t) => t.event === event).map((t) => ({
    AND: [{ status: t.from }, nachweisScope(viewer, t.who)],
  }));
  return oder.length > 0 ? { OR: oder } : NICHTS;
}
