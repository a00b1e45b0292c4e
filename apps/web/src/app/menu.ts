import type { MeFieldsFragment } from '../gql/graphql';

export type Abilities = MeFieldsFragment['abilities'];
export type AbilityName = Exclude<keyof Abilities, '__typename'>;

export interface MenuEintrag {
  to: string;
  label: string;
  /** Shown only when `me.abilities[ability]` is true; without one, always shown. */
  ability?: AbilityName;
  beschreibung: string;
}

/** The main menu; the server's abilities decide what is shown, the UI derives no rules of its own. */
export const MENU: readonly MenuEintrag[] = [
  { to: '/', label: 'Startseite', beschreibung: 'Ihr Überblick im Ausbildungsportal.' },
  {
    to: '/verwaltung/benutzer',
    label: 'Benutzer und Rollen',
    ability: 'canManageRoles',
    beschreibung: 'Rollen in Ihren Betriebsstätten vergeben und entziehen.',
  },
  {
    to: '/verwaltung/azubis',
    label: 'Azubi-Verwaltung',
    ability: 'canSeeAzubiVerwaltung',
    beschreibung: 'Ausbildungsverhältnisse Ihrer Betriebsstätten im Überblick.',
  },
  {
    to: '/ausbildung',
    label: 'Meine Ausbildung',
    ability: 'canSeeOwnAusbildung',
    beschreibung: 'Ihre Ausbildungsverhältnisse mit Beruf, Zeitraum und Ausbilder/-in.',
  },
  {
    to: '/kammer/unternehmen',
    label: 'Unternehmen der Kammer',
    ability: 'canSeeKammerBackoffice',
    beschreibung: 'Die Unternehmen Ihrer Kammer mit ihren Betriebsstätten.',
  },
];

export function sichtbareEintraege(abilities: Abilities): MenuEintrag[] {
  return MENU.filter((eintrag) => !eintrag.ability || abilities[eintrag.ability]);
}

/** Whether the abilities still allow the page at `pathname` (pages outside the menu are always allowed). */
export function istErlaubt(pathname: string, abilities: Abilities): boolean {
  const eintrag = MENU.find((e) => e.to !== '/' && (pathname === e.to || pathname.startsWith(`${e.to}/`)));
  return !eintrag?.ability || abilities[eintrag.ability];
}
