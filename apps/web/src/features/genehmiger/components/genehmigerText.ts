import type { RollenStatus } from '../../../gql/graphql';

/** The status of an approver address in the words of the page "Ausbildungsbeauftragte". */
export const BEAUFTRAGTE_STATUS_TEXT: Record<RollenStatus, string> = {
  VORGESCHLAGEN: 'Vorgeschlagen – wartet auf Ihre Bestätigung',
  EINGELADEN: 'Eingeladen – wartet auf Annahme',
  AKTIV: 'Aktiv',
};

export const BEAUFTRAGTE_STATUS_BADGE: Record<RollenStatus, string> = {
  VORGESCHLAGEN: 'badge badge-warnung',
  EINGELADEN: 'badge badge-info',
  AKTIV: 'badge badge-ok',
};

/** "1 Nachweis" / "3 Nachweise". */
export function nachweiseText(anzahl: number): string {
  return anzahl === 1 ? '1 Nachweis' : `${anzahl} Nachweise`;
}
