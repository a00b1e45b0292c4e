import type { VerwalteterBenutzerFieldsFragment } from '../../../gql/graphql';
import { vollerName } from '../../../shared/lib/format';
import { rollenBezeichnung } from '../../../shared/lib/rollen';

export type Benutzer = VerwalteterBenutzerFieldsFragment;
export type Rollenzuweisung = Benutzer['rollen'][number];

/** "Ausbilder/-in – Hauptsitz Münster", "… (eingeladen)" until the person accepts. */
export function rolleMitStaette(zuweisung: Rollenzuweisung): string {
  const text = `${rollenBezeichnung(zuweisung.rolle)} – ${zuweisung.betriebsstaette.name}`;
  return zuweisung.status === 'EINGELADEN' ? `${text} (eingeladen)` : text;
}

/** The person as the list shows them: an invited non-member only by the address (no name yet). */
export function personBezeichnung(benutzer: Benutzer): string {
  return benutzer.mitglied ? vollerName(benutzer) : `Eingeladene Person (${benutzer.email})`;
}

/**
 * The hidden middle of the revoke button's name, so the whole name reads
 * "Rolle Ausbilder/-in (Hauptsitz Münster) von Bernd Becker entziehen".
 */
export function entziehenZusatz(benutzer: Benutzer, zuweisung: Rollenzuweisung): string {
  return `${rollenBezeichnung(zuweisung.rolle)} (${zuweisung.betriebsstaette.name}) von ${personBezeichnung(benutzer)}`;
}
