/** The operations the SPA sends, shared by the integration tests. */
export const ROLLEN_FIELDS = 'rollen { id rolle betriebsstaette { id name } }';

export const BENUTZERVERWALTUNG = `query($first: Int, $after: String, $suche: String) {
  benutzerverwaltung(first: $first, after: $after, suche: $suche) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id email vorname nachname ${ROLLEN_FIELDS} }
  }
}`;

export const BENUTZER_SUCHEN = `query($email: String!) {
  benutzerSuchen(email: $email) { id email vorname nachname ${ROLLEN_FIELDS} }
}`;

export const VERWALTETE_BETRIEBSSTAETTEN = '{ verwalteteBetriebsstaetten { id name } }';

export const ROLLE_ZUWEISEN = `mutation($input: RolleZuweisenInput!) {
  rolleZuweisen(input: $input) { id email ${ROLLEN_FIELDS} }
}`;

export const ROLLE_ENTZIEHEN = `mutation($id: ID!) {
  rolleEntziehen(rollenzuweisungId: $id) { id email ${ROLLEN_FIELDS} }
}`;

export const VERTRAG_FIELDS = `id identnummer azubiVorname azubiNachname azubiEmail hatAccount beginn ende nachweisForm
  beruf { id bezeichnung } betriebsstaette { id name } ausbilder { id vorname nachname }`;

export const AZUBI_VERWALTUNG = `query($first: Int, $after: String) {
  azubiVerwaltung(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ${VERTRAG_FIELDS} }
  }
}`;

export const MEINE_AUSBILDUNGSVERHAELTNISSE = `{ meineAusbildungsverhaeltnisse { ${VERTRAG_FIELDS} } }`;

export const KAMMER_UNTERNEHMEN = `{
  kammerUnternehmen { id name email hauptsitzZugriff betriebsstaetten { id name art ort } }
}`;

export const ME = `{ me {
  benutzer { id email vorname nachname }
  vertretenePerson { id }
  arbeitsbereiche { key art name unternehmenName rollen }
  aktuellerArbeitsbereich { key art name unternehmenName rollen }
  abilities {
    canManageRoles canSeeAzubiVerwaltung canSeeOwnAusbildung canSeeIhreAuszubildenden
    canApproveNachweise canSeeKammerBackoffice canExamine
  }
} }`;

export interface RollenView {
  id: string;
  rolle: string;
  betriebsstaette: { id: string; name: string };
}
export interface BenutzerView {
  id: string;
  email: string;
  vorname: string;
  nachname: string;
  rollen: RollenView[];
}
export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}
export interface VertragView {
  id: string;
  identnummer: string;
  azubiNachname: string;
  hatAccount: boolean;
  beginn: string;
  ende: string;
  nachweisForm: string;
  beruf: { id: string; bezeichnung: string };
  betriebsstaette: { id: string; name: string };
  ausbilder: { id: string; vorname: string; nachname: string } | null;
}
export interface AbilitiesView {
  canManageRoles: boolean;
  canSeeAzubiVerwaltung: boolean;
  canSeeOwnAusbildung: boolean;
  canSeeIhreAuszubildenden: boolean;
  canApproveNachweise: boolean;
  canSeeKammerBackoffice: boolean;
  canExamine: boolean;
}
export interface MeView {
  me: {
    benutzer: { id: string; email: string };
    arbeitsbereiche: { key: string; rollen: string[] }[];
    aktuellerArbeitsbereich: { key: string; rollen: string[] } | null;
    abilities: AbilitiesView;
  } | null;
}

export const cursorOf = (index: number) => Buffer.from(String(index), 'utf8').toString('base64url');
