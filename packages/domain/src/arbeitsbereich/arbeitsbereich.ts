import type { Rolle } from '@portal/db';

/**
 * A place a user can work in: a Betriebsstaette (company roles) or a Kammer (IHK roles). The
 * header dropdown lists them; the rights of a request are the roles of the selected one.
 */
export interface Arbeitsbereich {
  /** "B:<betriebsstaetteId>" or "K:<kammerId>"; stored in the session. */
  key: string;
  art: 'BETRIEBSSTAETTE' | 'KAMMER';
  id: string;
  name: string;
  unternehmenId: string | null;
  unternehmenName: string | null;
  kammerId: string;
  istHauptsitz: boolean;
  rollen: Rolle[];
  /** Betriebsstaetten whose users and Azubis an administrator reaches from here. */
  verwalteteBetriebsstaetteIds: string[];
}

export interface ZuweisungFact {
  rolle: Rolle;
  betriebsstaette: {
    id: string;
    name: string;
    art: 'HAUPTSITZ' | 'FILIALE' | 'NIEDERLASSUNG';
    unternehmen: { id: string; name: string; kammerId: string; hauptsitzZugriff: boolean };
  } | null;
  kammer: { id: string; name: string } | null;
}

export interface StaetteFact {
  id: string;
  name: string;
  art: 'HAUPTSITZ' | 'FILIALE' | 'NIEDERLASSUNG';
  unternehmenId: string;
}

/** Roles held at a Hauptsitz that reach its Filialen once the IHK has enabled Hauptsitz access. */
export const HAUPTSITZ_REICHWEITE: readonly Rolle[] = ['AUSBILDUNGSADMINISTRATOR'];

const ROLLEN_ORDER: readonly Rolle[] = [
  'AUSBILDUNGSADMINISTRATOR',
  'AUSBILDER',
  'AUSBILDUNGSBEAUFTRAGTE',
  'AZUBI',
  'IHK_SACHBEARBEITER',
  'PRUEFER',
  'PRUEFUNGSTEILNEHMER',
];

export const betriebsstaettenKey = (id: string) => `B:${id}`;
export const kammerKey = (id: string) => `K:${id}`;

/**
 * Derives every Arbeitsbereich of a user from their role assignments. `staettenOf` lists the
 * Betriebsstaetten of each Unternehmen in which the user holds a Hauptsitz role with reach.
 * Pure: the whole permission model is testable without a database.
 */
export function arbeitsbereicheFor(
  zuweisungen: ZuweisungFact[],
  staettenOf: (unternehmenId: string) => StaetteFact[],
): Arbeitsbereich[] {
  const byKey = new Map<string, Arbeitsbereich>();
  const add = (
    bereich: Omit<Arbeitsbereich, 'rollen' | 'verwalteteBetriebsstaetteIds'>,
    rolle: Rolle,
    verwaltet: string[],
  ) => {
    const existing = byKey.get(bereich.key) ?? { ...bereich, rollen: [], verwalteteBetriebsstaetteIds: [] };
    if (!existing.rollen.includes(rolle)) existing.rollen.push(rolle);
    for (const id of verwaltet) {
      if (!existing.verwalteteBetriebsstaetteIds.includes(id)) existing.verwalteteBetriebsstaetteIds.push(id);
    }
    byKey.set(bereich.key, existing);
  };

  for (const z of zuweisungen) {
    if (z.kammer) {
      add(
        {
          key: kammerKey(z.kammer.id),
          art: 'KAMMER',
          id: z.kammer.id,
          name: z.kammer.name,
          unternehmenId: null,
          unternehmenName: null,
          kammerId: z.kammer.id,
          istHauptsitz: false,
        },
        z.rolle,
        [],
      );
      continue;
    }
    const staette = z.betriebsstaette;
    if (!staette) continue;
    const u = staette.unternehmen;
    const base = (s: { id: string; name: string; art: StaetteFact['art'] }) => ({
      key: betriebsstaettenKey(s.id),
      art: 'BETRIEBSSTAETTE' as const,
      id: s.id,
      name: s.name,
      unternehmenId: u.id,
      unternehmenName: u.name,
      kammerId: u.kammerId,
      istHauptsitz: s.art === 'HAUPTSITZ',
    });
    const isAdmin = z.rolle === 'AUSBILDUNGSADMINISTRATOR';
    const reachesFilialen =
      staette.art === 'HAUPTSITZ' && u.hauptsitzZugriff && HAUPTSITZ_REICHWEITE.includes(z.rolle);
    const filialen = reachesFilialen ? staettenOf(u.id).filter((s) => s.id !== staette.id) : [];
    add(base(staette), z.rolle, isAdmin ? [staette.id, ...filialen.map((f) => f.id)] : []);
    for (const filiale of filialen) add(base(filiale), z.rolle, isAdmin ? [filiale.id] : []);
  }

  const bereiche = [...byKey.values()];
  for (const b of bereiche) b.rollen.sort((a, c) => ROLLEN_ORDER.indexOf(a) - ROLLEN_ORDER.indexOf(c));
  return bereiche.sort(
    (a, b) =>
      a.art.localeCompare(b.art) ||
      (a.unternehmenName ?? '').localeCompare(b.unternehmenName ?? '', 'de') ||
      Number(b.istHauptsitz) - Number(a.istHauptsitz) ||
      a.name.localeCompare(b.name, 'de'),
  );
}

/** The selected Arbeitsbereich if it is still allowed, else the first one (roles can be revoked meanwhile). */
export function resolveCurrent(
  bereiche: Arbeitsbereich[],
  selectedKey: string | null,
): Arbeitsbereich | null {
  return bereiche.find((b) => b.key === selectedKey) ?? bereiche[0] ?? null;
}
