import { randomUUID } from 'node:crypto';
import type { Rolle } from '@portal/db';
import {
  type Arbeitsbereich,
  arbeitsbereicheFor,
  betriebsstaettenKey,
  kammerKey,
  type StaetteFact,
  type Viewer,
  type ZuweisungFact,
} from '../../src/index.js';

/**
 * Builders for the pure permission model: role assignments as the database would return them,
 * without a database. Every id is fresh, so no two tests share a fact by accident.
 */
export type Art = StaetteFact['art'];
type UnternehmenFact = NonNullable<ZuweisungFact['betriebsstaette']>['unternehmen'];
export type StaetteMitUnternehmen = NonNullable<ZuweisungFact['betriebsstaette']>;

export function unternehmen(
  name: string,
  options: { hauptsitzZugriff?: boolean; kammerId?: string } = {},
): UnternehmenFact {
  return {
    id: randomUUID(),
    name,
    kammerId: options.kammerId ?? randomUUID(),
    hauptsitzZugriff: options.hauptsitzZugriff ?? false,
  };
}

export function staette(u: UnternehmenFact, art: Art, name: string): StaetteMitUnternehmen {
  return { id: randomUUID(), name, art, unternehmen: u };
}

export const kammer = (name: string) => ({ id: randomUUID(), name });

export const rolleIn = (rolle: Rolle, s: StaetteMitUnternehmen): ZuweisungFact => ({
  rolle,
  betriebsstaette: s,
  kammer: null,
});

export const rolleInKammer = (rolle: Rolle, k: { id: string; name: string }): ZuweisungFact => ({
  rolle,
  betriebsstaette: null,
  kammer: k,
});

/** What loadArbeitsbereiche would look up: every Betriebsstaette of an Unternehmen. */
export function staettenLookup(alle: StaetteMitUnternehmen[]) {
  return (unternehmenId: string): StaetteFact[] =>
    alle
      .filter((s) => s.unternehmen.id === unternehmenId)
      .map((s) => ({ id: s.id, name: s.name, art: s.art, unternehmenId: s.unternehmen.id }));
}

/** A viewer whose current Arbeitsbereich is the one with `key` (or the first one). */
export function viewerFor(zuweisungen: ZuweisungFact[], alle: StaetteMitUnternehmen[], key?: string): Viewer {
  const arbeitsbereiche = arbeitsbereicheFor(zuweisungen, staettenLookup(alle));
  const current = key ? (arbeitsbereiche.find((b) => b.key === key) ?? null) : (arbeitsbereiche[0] ?? null);
  const userId = randomUUID();
  return { sessionId: randomUUID(), userId, principalUserId: userId, arbeitsbereiche, current };
}

/** A viewer with exactly these roles in one hand-made Arbeitsbereich. */
export function viewerWith(rollen: Rolle[], bereich: Partial<Omit<Arbeitsbereich, 'rollen'>> = {}): Viewer {
  const id = bereich.id ?? randomUUID();
  const art = bereich.art ?? 'BETRIEBSSTAETTE';
  const current: Arbeitsbereich = {
    key: art === 'KAMMER' ? kammerKey(id) : betriebsstaettenKey(id),
    art,
    id,
    name: 'Testbereich',
    unternehmenId: art === 'KAMMER' ? null : randomUUID(),
    unternehmenName: art === 'KAMMER' ? null : 'Test GmbH',
    kammerId: art === 'KAMMER' ? id : randomUUID(),
    istHauptsitz: true,
    verwalteteBetriebsstaetteIds: rollen.includes('AUSBILDUNGSADMINISTRATOR') ? [id] : [],
    ...bereich,
    rollen,
  };
  const userId = randomUUID();
  return { sessionId: randomUUID(), userId, principalUserId: userId, arbeitsbereiche: [current], current };
}

export const noViewer = (): Viewer => {
  const userId = randomUUID();
  return { sessionId: randomUUID(), userId, principalUserId: userId, arbeitsbereiche: [], current: null };
};

export const ALLE_ROLLEN: readonly Rolle[] = [
  'AUSBILDUNGSADMINISTRATOR',
  'AUSBILDER',
  'AUSBILDUNGSBEAUFTRAGTE',
  'AZUBI',
  'IHK_SACHBEARBEITER',
  'PRUEFER',
];
