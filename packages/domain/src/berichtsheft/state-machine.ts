/** The states of a Nachweis (DOMAIN.md: Entwurf -> Eingereicht -> Genehmigt / Abgelehnt). */
export type NachweisStatus = 'ENTWURF' | 'EINGEREICHT' | 'GENEHMIGT' | 'ABGELEHNT';

export type NachweisEreignis = 'EINREICHEN' | 'GENEHMIGEN' | 'ABLEHNEN' | 'NACHTRAEGLICH_ABLEHNEN';

/**
 * Who acts on a Nachweis: its Azubi, the approver named on it by e-mail (Ausbilder or
 * Ausbildungsbeauftragte/r), or the Ausbilder named in the contract.
 */
export type NachweisAkteur = 'AZUBI' | 'GENEHMIGER' | 'VERTRAGSAUSBILDER';

export interface Transition {
  from: NachweisStatus;
  event: NachweisEreignis;
  to: NachweisStatus;
  who: readonly NachweisAkteur[];
  /** A reason (Bemerkung des Betreuers) must be given. */
  begruendungPflicht: boolean;
}

/** The one table read by the service, the policies and the tests. */
export const NACHWEIS_TRANSITIONS: readonly Transition[] = [
  { from: 'ENTWURF', event: 'EINREICHEN', to: 'EINGEREICHT', who: ['AZUBI'], begruendungPflicht: false },
  { from: 'ABGELEHNT', event: 'EINREICHEN', to: 'EINGEREICHT', who: ['AZUBI'], begruendungPflicht: false },
  {
    from: 'EINGEREICHT',
    event: 'GENEHMIGEN',
    to: 'GENEHMIGT',
    who: ['GENEHMIGER', 'VERTRAGSAUSBILDER'],
    begruendungPflicht: false,
  },
  {
    from: 'EINGEREICHT',
    event: 'ABLEHNEN',
    to: 'ABGELEHNT',
    who: ['GENEHMIGER', 'VERTRAGSAUSBILDER'],
    begruendungPflicht: true,
  },
  // Genehmigt is locked; only the contract's Ausbilder can open it again, with a reason.
  {
    from: 'GENEHMIGT',
    event: 'NACHTRAEGLICH_ABLEHNEN',
    to: 'ABGELEHNT',
    who: ['VERTRAGSAUSBILDER'],
    begruendungPflicht: true,
  },
];

/** The Azubi may change the content only in these states. */
export const BEARBEITBAR: readonly NachweisStatus[] = ['ENTWURF', 'ABGELEHNT'];

export function findTransition(from: NachweisStatus, event: NachweisEreignis): Transition | undefined {
  return NACHWEIS_TRANSITIONS.find((t) => t.from === from && t.event === event);
}

/** The transition if one of `akteure` may fire `event` from `from`, else undefined. */
export function erlaubteTransition(
  from: NachweisStatus,
  event: NachweisEreignis,
  akteure: readonly NachweisAkteur[],
): Transition | undefined {
  const transition = findTransition(from, event);
  return transition?.who.some((w) => akteure.includes(w)) ? transition : undefined;
}

export const STATUS_TEXT: Record<NachweisStatus, string> = {
  ENTWURF: 'Entwurf',
  EINGEREICHT: 'Eingereicht',
  GENEHMIGT: 'Genehmigt',
  ABGELEHNT: 'Abgelehnt',
};
