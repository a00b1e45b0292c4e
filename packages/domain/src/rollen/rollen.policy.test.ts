import type { Rolle, RollenStatus } from '@portal/db';
import { describe, expect, it } from 'vitest';
import {
  ALLE_ROLLEN,
  noViewer,
  rolleIn,
  staette,
  unternehmen,
  viewerFor,
  viewerWith,
} from '../../test/support/facts.js';
import { betriebsstaettenKey } from '../arbeitsbereich/arbeitsbereich.js';
import {
  type AdminFact,
  canAssignRole,
  canRevokeRole,
  canSeeBenutzerverwaltung,
  letzterAdministratorGrund,
  staettenAufzaehlung,
  staettenDieAdministratorVerlieren,
  staettenOhneAdministrator,
  VERGEBBARE_ROLLEN,
} from './rollen.policy.js';

const COMPANY_ROLES: Rolle[] = ['AUSBILDUNGSADMINISTRATOR', 'AUSBILDER', 'AUSBILDUNGSBEAUFTRAGTE', 'AZUBI'];
const IHK_ROLES: Rolle[] = ['IHK_SACHBEARBEITER', 'PRUEFER'];

/**
 * One Unternehmen (Hauptsitz, two Filialen) and a foreign one; viewers: a Hauptsitz administrator
 * with and without hauptsitzZugriff, a Filial administrator, an Ausbilder.
 */
function scene() {
  const mitZugriff = unternehmen('Mit Zugriff GmbH', { hauptsitzZugriff: true });
  const ohneZugriff = unternehmen('Ohne Zugriff GmbH', { hauptsitzZugriff: false });
  const fremd = unternehmen('Fremd AG', { hauptsitzZugriff: true });
  const s = {
    hs: staette(mitZugriff, 'HAUPTSITZ', 'Hauptsitz'),
    f1: staette(mitZugriff, 'FILIALE', 'Filiale 1'),
    f2: staette(mitZugriff, 'FILIALE', 'Filiale 2'),
    ohneHs: staette(ohneZugriff, 'HAUPTSITZ', 'Hauptsitz ohne Zugriff'),
    ohneF: staette(ohneZugriff, 'FILIALE', 'Filiale ohne Zugriff'),
    fremdHs: staette(fremd, 'HAUPTSITZ', 'Fremder Hauptsitz'),
  };
  const alle = Object.values(s);
  const viewers = {
    hauptsitzAdmin: viewerFor(
      [rolleIn('AUSBILDUNGSADMINISTRATOR', s.hs)],
      alle,
      betriebsstaettenKey(s.hs.id),
    ),
    hauptsitzAdminOhneZugriff: viewerFor([rolleIn('AUSBILDUNGSADMINISTRATOR', s.ohneHs)], alle),
    filialAdmin: viewerFor([rolleIn('AUSBILDUNGSADMINISTRATOR', s.f1)], alle),
    ausbilder: viewerFor([rolleIn('AUSBILDER', s.hs)], alle),
  };
  return { s, viewers };
}

type ViewerName = keyof ReturnType<typeof scene>['viewers'];
type StaetteName = keyof ReturnType<typeof scene>['s'];

/** Which viewer administers which Betriebsstaette: the whole scope matrix. */
const ALLOWED: Record<ViewerName, StaetteName[]> = {
  hauptsitzAdmin: ['hs', 'f1', 'f2'],
  hauptsitzAdminOhneZugriff: ['ohneHs'],
  filialAdmin: ['f1'],
  ausbilder: [],
};

const viewerNames = Object.keys(ALLOWED) as ViewerName[];
const staetteNames: StaetteName[] = ['hs', 'f1', 'f2', 'ohneHs', 'ohneF', 'fremdHs'];
const matrix = viewerNames.flatMap((v) =>
  staetteNames.flatMap((st) => ALLE_ROLLEN.map((rolle) => [v, st, rolle] as const)),
);

describe('VERGEBBARE_ROLLEN', () => {
  it('are the company roles; IHK roles come from the IHK', () => {
    expect([...VERGEBBARE_ROLLEN].sort()).toEqual([...COMPANY_ROLES].sort());
    for (const rolle of IHK_ROLES) expect(VERGEBBARE_ROLLEN).not.toContain(rolle);
  });
});

describe('canAssignRole over viewers × Betriebsstaetten × roles', () => {
  const { s, viewers } = scene();
  it.each(matrix)('%s assigns in %s the role %s', (v, st, rolle) => {
    const expected = ALLOWED[v].includes(st) && COMPANY_ROLES.includes(rolle);
    expect(canAssignRole(viewers[v], { betriebsstaetteId: s[st].id, rolle })).toBe(expected);
  });

  it('a Hauptsitz administrator working in a Filiale assigns only in that Filiale', () => {
    const alle = Object.values(s);
    const inFiliale = viewerFor(
      [rolleIn('AUSBILDUNGSADMINISTRATOR', s.hs)],
      alle,
      betriebsstaettenKey(s.f2.id),
    );
    expect(canAssignRole(inFiliale, { betriebsstaetteId: s.f2.id, rolle: 'AZUBI' })).toBe(true);
    expect(canAssignRole(inFiliale, { betriebsstaetteId: s.hs.id, rolle: 'AZUBI' })).toBe(false);
    expect(canAssignRole(inFiliale, { betriebsstaetteId: s.f1.id, rolle: 'AZUBI' })).toBe(false);
  });

  it('nobody without an Arbeitsbereich assigns anything', () => {
    expect(canAssignRole(noViewer(), { betriebsstaetteId: s.hs.id, rolle: 'AZUBI' })).toBe(false);
  });
});

describe('canRevokeRole over viewers × Betriebsstaetten × roles', () => {
  const { s, viewers } = scene();
  it.each(matrix)('%s revokes in %s the role %s', (v, st, rolle) => {
    const expected = ALLOWED[v].includes(st) && COMPANY_ROLES.includes(rolle);
    expect(canRevokeRole(viewers[v], { betriebsstaetteId: s[st].id, rolle })).toBe(expected);
  });

  it.each(viewerNames)('%s cannot revoke a Kammer role (no Betriebsstaette)', (v) => {
    for (const rolle of ALLE_ROLLEN) {
      expect(canRevokeRole(viewers[v], { betriebsstaetteId: null, rolle })).toBe(false);
    }
  });
});

describe('canSeeBenutzerverwaltung', () => {
  it.each(ALLE_ROLLEN)('%s at a Betriebsstaette', (rolle) => {
    expect(canSeeBenutzerverwaltung(viewerWith([rolle]))).toBe(rolle === 'AUSBILDUNGSADMINISTRATOR');
  });

  it('not from a Kammer and not without Arbeitsbereich', () => {
    expect(canSeeBenutzerverwaltung(viewerWith(['AUSBILDUNGSADMINISTRATOR'], { art: 'KAMMER' }))).toBe(false);
    expect(canSeeBenutzerverwaltung(noViewer())).toBe(false);
  });
});

describe('staettenOhneAdministrator (every Betriebsstaette keeps an admin in reach)', () => {
  const hs = { id: 'hs', name: 'Hauptsitz', art: 'HAUPTSITZ' } as const;
  const bocholt = { id: 'f1', name: 'Filiale Bocholt', art: 'FILIALE' } as const;
  const ahaus = { id: 'f2', name: 'Filiale Ahaus', art: 'FILIALE' } as const;
  const staetten = [hs, bocholt, ahaus];
  const admin = (betriebsstaetteId: string, status: RollenStatus = 'AKTIV') => ({
    rolle: 'AUSBILDUNGSADMINISTRATOR' as const,
    betriebsstaetteId,
    status,
  });
  const andere = (rolle: Rolle, betriebsstaetteId: string) => ({
    rolle,
    betriebsstaetteId,
    status: 'AKTIV' as const,
  });

  // [case, hauptsitzZugriff, assignments, Betriebsstaetten left without admin]
  const cases: [string, boolean, AdminFact[], string[]][] = [
    ['nobody', false, [], ['hs', 'f1', 'f2']],
    ['nobody, with reach', true, [], ['hs', 'f1', 'f2']],
    ['Hauptsitz-only admin without reach', false, [admin('hs')], ['f1', 'f2']],
    ['Hauptsitz-only admin with reach covers all', true, [admin('hs')], []],
    ['Filiale with own admin, no reach', false, [admin('hs'), admin('f1')], ['f2']],
    ['Filiale with own admin, with reach', true, [admin('f1'), admin('hs')], []],
    ['Filial admin does not reach the Hauptsitz or other Filialen', true, [admin('f1')], ['hs', 'f2']],
    ['every Betriebsstaette its own admin', false, [admin('hs'), admin('f1'), admin('f2')], []],
    ['an EINGELADEN admin does not count', false, [admin('hs'), admin('f1', 'EINGELADEN')], ['f1', 'f2']],
    ['an EINGELADEN Hauptsitz admin gives no reach', true, [admin('hs', 'EINGELADEN')], ['hs', 'f1', 'f2']],
    ['a VORGESCHLAGEN admin does not count', true, [admin('hs', 'VORGESCHLAGEN')], ['hs', 'f1', 'f2']],
    [
      'other roles do not count',
      true,
      [andere('AUSBILDER', 'hs'), andere('AZUBI', 'f1'), andere('AUSBILDUNGSBEAUFTRAGTE', 'f2')],
      ['hs', 'f1', 'f2'],
    ],
  ];
  it.each(cases)('%s', (_name, hauptsitzZugriff, zuweisungen, ohne) => {
    expect(
      staettenOhneAdministrator({ betriebsstaetten: staetten, hauptsitzZugriff, zuweisungen }).map(
        (s) => s.id,
      ),
    ).toEqual(ohne);
  });

  it('a change is refused only for Betriebsstaetten it leaves without admin', () => {
    const vorher = { betriebsstaetten: staetten, hauptsitzZugriff: false, zuweisungen: [admin('hs')] };
    // f1, f2 had no admin already: removing nothing there does not block; removing hs does.
    expect(staettenDieAdministratorVerlieren(vorher, vorher)).toEqual([]);
    expect(staettenDieAdministratorVerlieren(vorher, { ...vorher, zuweisungen: [] })).toEqual([hs]);
    // Switching Hauptsitz reach off takes the admin from every Filiale without its own.
    const mitReichweite = {
      betriebsstaetten: staetten,
      hauptsitzZugriff: true,
      zuweisungen: [admin('hs'), admin('f2')],
    };
    expect(
      staettenDieAdministratorVerlieren(mitReichweite, { ...mitReichweite, hauptsitzZugriff: false }),
    ).toEqual([bocholt]);
    // The sole admin of Hauptsitz (with reach) removing her role leaves all without.
    expect(
      staettenDieAdministratorVerlieren(mitReichweite, { ...mitReichweite, zuweisungen: [admin('f2')] }),
    ).toEqual([hs, bocholt]);
  });

  it('names the Betriebsstaetten in German', () => {
    expect(letzterAdministratorGrund([])).toBeNull();
    expect(letzterAdministratorGrund([hs])).toContain('die Betriebsstätte Hauptsitz keine');
    expect(staettenAufzaehlung([hs, bocholt, ahaus])).toBe(
      'die Betriebsstätten Hauptsitz, Filiale Bocholt und Filiale Ahaus',
    );
  });
});
