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
    to: '/verwaltung/ausbilder',
    label: 'Ausbilder/-innen',
    ability: 'canSeeAzubiVerwaltung',
    beschreibung:
      'Ausbilderinnen und Ausbilder Ihrer Betriebsstätten: Accounts erstellen, Passwörter zurücksetzen.',
  },
  {
    to: '/verwaltung/ausbildungsbeauftragte',
    label: 'Ausbildungsbeauftragte',
    ability: 'canVouchForGenehmiger',
    beschreibung:
      'Adressen, die Ihre Auszubildenden als Genehmiger/-in genannt haben, bestätigen oder verwerfen.',
  },
  {
    to: '/einstellungen/ausbildungsnachweise',
    label: 'Einstellungen',
    ability: 'canManageBerichtsheftEinstellungen',
    beschreibung: 'Elektronische Ausbildungsnachweise je Ausbildungsberuf einschalten.',
  },
  {
    to: '/ausbildung',
    label: 'Meine Ausbildung',
    ability: 'canSeeOwnAusbildung',
    beschreibung: 'Ihre Ausbildungsverhältnisse mit Beruf, Zeitraum und Ausbilder/-in.',
  },
  {
    to: '/berichtsheft',
    label: 'Berichtsheft',
    ability: 'canSeeOwnAusbildung',
    beschreibung: 'Ihre Ausbildungsnachweise Woche für Woche schreiben und einreichen.',
  },
  {
    to: '/ausbilder/auszubildende',
    label: 'Ihre Auszubildenden',
    ability: 'canSeeIhreAuszubildenden',
    beschreibung: 'Die Berichtshefte der Auszubildenden, deren Ausbilder/-in Sie sind.',
  },
  {
    to: '/genehmigungen',
    label: 'Genehmigungen',
    ability: 'canApproveNachweise',
    beschreibung: 'Eingereichte Ausbildungsnachweise prüfen und genehmigen.',
  },
  {
    to: '/kammer/unternehmen',
    label: 'Unternehmen der Kammer',
    ability: 'canSeeKammerBackoffice',
    beschreibung: 'Die Unternehmen Ihrer Kammer mit ihren Betriebsstätten.',
  },
  {
    to: '/kammer/antraege',
    label: 'Unternehmensanträge',
    ability: 'canSeeKammerBackoffice',
    beschreibung: 'Online-Anträge von Unternehmen prüfen, genehmigen oder ablehnen.',
  },
  {
    to: '/kammer/pruefer',
    label: 'Prüfer/-innen',
    ability: 'canSeeKammerBackoffice',
    beschreibung: 'Zugänge für Prüferinnen und Prüfer Ihrer Kammer anlegen.',
  },
  {
    to: '/kammer/aufgaben',
    label: 'Aufgaben',
    ability: 'canSeeKammerBackoffice',
    beschreibung: 'Änderungsmeldungen der Betriebe zu ihren Ausbilder/-innen bearbeiten.',
  },
  {
    to: '/kammer/vertretungen',
    label: 'Vertretungsanträge',
    ability: 'canSeeKammerBackoffice',
    beschreibung: 'Vertretungen für Personen ohne Konto genehmigen oder ablehnen.',
  },
  {
    to: '/pruefungen',
    label: 'Prüfungen',
    ability: 'canMeldePruefungen',
    beschreibung: 'Auszubildende zu Prüfungen anmelden, Prüfungsstand, Termine und Ergebnisse.',
  },
  {
    to: '/meine-pruefungen',
    label: 'Ihre Prüfungen',
    ability: 'canSeeEigenePruefungen',
    beschreibung: 'Ihre Prüfungsanmeldungen bestätigen, Termine und Ergebnisse ansehen.',
  },
  {
    to: '/kammer/pruefungen',
    label: 'Prüfungen',
    ability: 'canManagePruefungen',
    beschreibung: 'Prüfungen anlegen, Anmeldungen zulassen, Termine und Ergebnisse freigeben.',
  },
];

/**
 * Pages below a menu entry that others reach too, e.g. an approver opening a Nachweis from an
 * e-mail: not bound to the entry's ability (the server decides per record).
 */
export const OFFENE_UNTERSEITEN: readonly string[] = ['/berichtsheft/nachweis/', '/berichtsheft/abdeckung/'];

export function sichtbareEintraege(abilities: Abilities): MenuEintrag[] {
  return MENU.filter((eintrag) => !eintrag.ability || abilities[eintrag.ability]);
}

/** Whether the abilities still allow the page at `pathname` (pages outside the menu are always allowed). */
export function istErlaubt(pathname: string, abilities: Abilities): boolean {
  if (OFFENE_UNTERSEITEN.some((prefix) => pathname.startsWith(prefix))) return true;
  const eintrag = MENU.find((e) => e.to !== '/' && (pathname === e.to || pathname.startsWith(`${e.to}/`)));
  return !eintrag?.ability || abilities[eintrag.ability];
}
