import type { Rolle } from '../../gql/graphql';

/** The one place where role codes become German words. */
export const ROLLEN_BEZEICHNUNG: Record<Rolle, string> = {
  AUSBILDUNGSADMINISTRATOR: 'Ausbildungsadministrator/-in',
  AUSBILDER: 'Ausbilder/-in',
  AUSBILDUNGSBEAUFTRAGTE: 'Ausbildungsbeauftragte/-r',
  AZUBI: 'Auszubildende/-r',
  IHK_SACHBEARBEITER: 'IHK-Sachbearbeiter/-in',
  PRUEFER: 'Prüfer/-in',
  PRUEFUNGSTEILNEHMER: 'Prüfungsteilnehmer/-in',
};

/** Roles an Ausbildungsadministrator may assign in a Betriebsstaette, in display order. */
export const VERGEBBARE_ROLLEN: readonly Rolle[] = [
  'AUSBILDUNGSADMINISTRATOR',
  'AUSBILDER',
  'AUSBILDUNGSBEAUFTRAGTE',
  'AZUBI',
];

export function rollenBezeichnung(rolle: Rolle): string {
  return ROLLEN_BEZEICHNUNG[rolle];
}

export function istVergebbareRolle(value: string): value is Rolle {
  return (VERGEBBARE_ROLLEN as readonly string[]).includes(value);
}
