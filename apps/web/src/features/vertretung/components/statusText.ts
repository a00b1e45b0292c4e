import type { VertretungStatus } from '../../../gql/graphql';

/** How the principal reads the status of a deputy. */
export const VERTRETUNG_STATUS: Record<VertretungStatus, string> = {
  AKTIV: 'aktiv',
  BEANTRAGT: 'wartet auf Genehmigung der IHK',
  ABGELEHNT: 'von der IHK nicht genehmigt',
  BEENDET: 'beendet',
};
