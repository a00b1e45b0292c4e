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

/**
 * The hidden middle of the revoke button's name, so the whole name reads
 * "Rolle Ausbilder/-in (Hauptsitz Münster) von Bernd Becker entziehen".
 */
export function entziehenZusatz(benutzer: Benutzer, zuweisung: Rollenzuweisung): string {
  return `${rollenBezeichnung(zuweisung.rolle)} (${zuweisung.betriebsstaette.name}) von ${vollerName(benutzer)}`;
}
