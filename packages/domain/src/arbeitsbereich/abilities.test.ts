import { randomUUID } from 'node:crypto';
import type { Rolle } from '@portal/db';
import { describe, expect, it } from 'vitest';
import { noViewer, viewerWith } from '../../test/support/facts.js';
import {
  type Abilities,
  abilitiesOf,
  hatRolle,
  istAdministrator,
  istSachbearbeiterDerKammer,
  verwaltetBetriebsstaette,
} from './abilities.js';

const NONE: Abilities = {
  canManageRoles: false,
  canManageBerichtsheftEinstellungen: false,
  canSeeAzubiVerwaltung: false,
  canSeeOwnAusbildung: false,
  canSeeIhreAuszubildenden: false,
  canApproveNachweise: false,
  canVouchForGenehmiger: false,
  canSeeKammerBackoffice: false,
  canExamine: false,
  canManagePruefungen: false,
  canMeldePruefungen: false,
  canSeeEigenePruefungen: false,
};

describe('abilitiesOf: one role in the selected Betriebsstaette', () => {
  const cases: [Rolle, Partial<Abilities>][] = [
    [
      'AUSBILDUNGSADMINISTRATOR',
      {
        canManageRoles: true,
        canManageBerichtsheftEinstellungen: true,
        canSeeAzubiVerwaltung: true,
        canMeldePruefungen: true,
        canVouchForGenehmiger: true,
      },
    ],
    ['AUSBILDER', { canSeeIhreAuszubildenden: true, canApproveNachweise: true, canVouchForGenehmiger: true }],
    ['AUSBILDUNGSBEAUFTRAGTE', { canApproveNachweise: true }],
    ['AZUBI', { canSeeOwnAusbildung: true, canSeeEigenePruefungen: true }],
    ['PRUEFER', { canExamine: true }],
    // IHK roles belong to a Kammer; at a Betriebsstaette they open no back office.
    ['IHK_SACHBEARBEITER', {}],
  ];
  it.each(cases)('%s', (rolle, expected) => {
    expect(abilitiesOf(viewerWith([rolle]))).toEqual({ ...NONE, ...expected });
  });
});

describe('abilitiesOf: Kammer and combinations', () => {
  it('an IHK-Sachbearbeiter in the Kammer sees the back office and nothing of a Betrieb', () => {
    expect(abilitiesOf(viewerWith(['IHK_SACHBEARBEITER'], { art: 'KAMMER' }))).toEqual({
      ...NONE,
      canSeeKammerBackoffice: true,
      canManagePruefungen: true,
    });
  });

  it('an administrator role in a Kammer Arbeitsbereich grants no administration', () => {
    const viewer = viewerWith(['AUSBILDUNGSADMINISTRATOR'], { art: 'KAMMER' });
    expect(abilitiesOf(viewer).canManageRoles).toBe(false);
    expect(istAdministrator(viewer)).toBe(false);
  });

  it('rights are the union of the roles in the selected Arbeitsbereich', () => {
    expect(abilitiesOf(viewerWith(['AUSBILDER', 'AZUBI']))).toEqual({
      ...NONE,
      canSeeIhreAuszubildenden: true,
      canApproveNachweise: true,
      canVouchForGenehmiger: true,
      canSeeOwnAusbildung: true,
      canSeeEigenePruefungen: true,
    });
  });

  it('only the selected Arbeitsbereich counts, not roles elsewhere', () => {
    const viewer = viewerWith(['AZUBI']);
    const elsewhere = {
      ...viewer.current!,
      key: 'B:x',
      id: 'x',
      rollen: ['AUSBILDUNGSADMINISTRATOR' as Rolle],
    };
    viewer.arbeitsbereiche.push(elsewhere);
    expect(abilitiesOf(viewer)).toEqual({ ...NONE, canSeeOwnAusbildung: true, canSeeEigenePruefungen: true });
    expect(hatRolle(viewer, 'AUSBILDUNGSADMINISTRATOR')).toBe(false);
  });

  it('a user without any Arbeitsbereich may do nothing', () => {
    expect(abilitiesOf(noViewer())).toEqual(NONE);
  });
});

describe('verwaltetBetriebsstaette', () => {
  it('is true only for administered Betriebsstaetten of an administrator', () => {
    const a = randomUUID();
    const b = randomUUID();
    const admin = viewerWith(['AUSBILDUNGSADMINISTRATOR'], { id: a, verwalteteBetriebsstaetteIds: [a, b] });
    expect(verwaltetBetriebsstaette(admin, a)).toBe(true);
    expect(verwaltetBetriebsstaette(admin, b)).toBe(true);
    expect(verwaltetBetriebsstaette(admin, randomUUID())).toBe(false);
  });

  it('is false for a non-administrator even if the id were listed', () => {
    const a = randomUUID();
    const ausbilder = viewerWith(['AUSBILDER'], { id: a, verwalteteBetriebsstaetteIds: [a] });
    expect(verwaltetBetriebsstaette(ausbilder, a)).toBe(false);
  });

  it('is false without a selected Arbeitsbereich', () => {
    expect(verwaltetBetriebsstaette(noViewer(), randomUUID())).toBe(false);
  });
});

describe('istSachbearbeiterDerKammer', () => {
  const kammerId = randomUUID();
  it('holds for the own Kammer only', () => {
    const viewer = viewerWith(['IHK_SACHBEARBEITER'], { art: 'KAMMER', id: kammerId });
    expect(istSachbearbeiterDerKammer(viewer, kammerId)).toBe(true);
    expect(istSachbearbeiterDerKammer(viewer, randomUUID())).toBe(false);
  });

  it('needs the Sachbearbeiter role, a Pruefer is not enough', () => {
    expect(
      istSachbearbeiterDerKammer(viewerWith(['PRUEFER'], { art: 'KAMMER', id: kammerId }), kammerId),
    ).toBe(false);
  });

  it('needs a Kammer Arbeitsbereich', () => {
    const viewer = viewerWith(['IHK_SACHBEARBEITER'], { art: 'BETRIEBSSTAETTE', id: kammerId });
    expect(istSachbearbeiterDerKammer(viewer, kammerId)).toBe(false);
  });
});
