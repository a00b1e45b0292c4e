import { randomUUID } from 'node:crypto';
import type { Rolle } from '@portal/db';
import { describe, expect, it } from 'vitest';
import {
  rolleIn,
  type StaetteMitUnternehmen,
  staette,
  unternehmen,
  viewerFor,
} from '../../test/support/facts.js';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import {
  type Beziehung,
  beziehungenZu,
  canCreateNachweis,
  canEditNachweis,
  canReadBerichtsheft,
  canReadNachweis,
  type NachweisFacts,
  nachweisAbilities,
  nachweisScope,
  nachweisScopeFuer,
  transitionFuer,
  type VertragFacts,
  vertragScope,
} from './berichtsheft.policy.js';
import type { NachweisStatus } from './state-machine.js';

/**
 * The Berichtsheft policy as tables: who (role at the contract's Betriebsstaette, or none because
 * it was revoked) x relation to the record x state. And the list scopes, evaluated against the
 * same records, agree with the predicates on every combination.
 */
const firma = unternehmen('Muster GmbH', { hauptsitzZugriff: true });
const hauptsitz = staette(firma, 'HAUPTSITZ', 'Hauptsitz');
const filiale = staette(firma, 'FILIALE', 'Filiale');
const fremdeFirma = unternehmen('Fremd AG');
const fremdSitz = staette(fremdeFirma, 'HAUPTSITZ', 'Fremd');
const ALLE = [hauptsitz, filiale, fremdSitz];

type Relation = 'AZUBI' | 'AUSBILDER_IM_VERTRAG' | 'GENEHMIGER' | 'KEINE';
const RELATIONEN: Relation[] = ['AZUBI', 'AUSBILDER_IM_VERTRAG', 'GENEHMIGER', 'KEINE'];
const ROLLEN: (Rolle | null)[] = [
  'AZUBI',
  'AUSBILDER',
  'AUSBILDUNGSBEAUFTRAGTE',
  'AUSBILDUNGSADMINISTRATOR',
  null,
];
const STATES: NachweisStatus[] = ['ENTWURF', 'EINGEREICHT', 'GENEHMIGT', 'ABGELEHNT'];

/** A viewer holding `rolle` at `wo` (null: the role was revoked, no role left there). */
function viewerMit(rolle: Rolle | null, wo: StaetteMitUnternehmen, andere: Rolle[] = []): Viewer {
  const zuweisungen = [...(rolle ? [rolleIn(rolle, wo)] : []), ...andere.map((r) => rolleIn(r, fremdSitz))];
  const key = rolle ? `B:${wo.id}` : undefined;
  return viewerFor(zuweisungen, ALLE, key);
}

function fall(
  viewer: Viewer,
  relation: Relation,
  status: NachweisStatus,
  wo = hauptsitz,
  ohneAzubiKonto = false,
) {
  const me = viewer.principalUserId;
  const vertrag: VertragFacts & { id: string } = {
    id: randomUUID(),
    betriebsstaetteId: wo.id,
    azubiUserId: relation === 'AZUBI' ? me : ohneAzubiKonto ? null : randomUUID(),
    ausbilderUserId: relation === 'AUSBILDER_IM_VERTRAG' ? me : randomUUID(),
  };
  const nachweis: NachweisFacts & { id: string } = {
    id: randomUUID(),
    status,
    genehmigerUserId: relation === 'GENEHMIGER' ? me : status === 'ENTWURF' ? null : randomUUID(),
  };
  return { vertrag, nachweis };
}

describe('beziehungenZu: a relation counts only with its role in effect at the contract’s Betriebsstaette', () => {
  const erwartet: Record<Relation, Partial<Record<Rolle, Beziehung[]>>> = {
    AZUBI: { AZUBI: ['AZUBI'], AUSBILDUNGSADMINISTRATOR: ['ADMINISTRATOR'] },
    AUSBILDER_IM_VERTRAG: { AUSBILDER: ['VERTRAGSAUSBILDER'], AUSBILDUNGSADMINISTRATOR: ['ADMINISTRATOR'] },
    GENEHMIGER: {
      AUSBILDER: ['GENEHMIGER'],
      AUSBILDUNGSBEAUFTRAGTE: ['GENEHMIGER'],
      AUSBILDUNGSADMINISTRATOR: ['ADMINISTRATOR'],
    },
    KEINE: { AUSBILDUNGSADMINISTRATOR: ['ADMINISTRATOR'] },
  };
  for (const relation of RELATIONEN) {
    for (const rolle of ROLLEN) {
      it(`${relation} with ${rolle ?? 'a revoked role'}`, () => {
        const viewer = viewerMit(rolle, hauptsitz);
        const { vertrag, nachweis } = fall(viewer, relation, 'EINGEREICHT');
        expect(beziehungenZu(viewer, vertrag, nachweis)).toEqual((rolle && erwartet[relation][rolle]) ?? []);
      });
    }
  }

  it('a role at another Betriebsstaette or in another Unternehmen gives no relation', () => {
    for (const wo of [filiale, fremdSitz]) {
      for (const rolle of ['AZUBI', 'AUSBILDER', 'AUSBILDUNGSBEAUFTRAGTE'] as const) {
        const viewer = viewerMit(rolle, wo);
        for (const relation of RELATIONEN) {
          const { vertrag, nachweis } = fall(viewer, relation, 'EINGEREICHT', hauptsitz);
          expect(beziehungenZu(viewer, vertrag, nachweis), `${rolle} at ${wo.name}`).toEqual([]);
        }
      }
    }
  });

  it('the Hauptsitz administrator reaches the Filialen; Ausbilder roles do not reach', () => {
    const admin = viewerMit('AUSBILDUNGSADMINISTRATOR', hauptsitz);
    expect(canReadBerichtsheft(admin, fall(admin, 'KEINE', 'ENTWURF', filiale).vertrag)).toBe(true);
    const ausbilder = viewerMit('AUSBILDER', hauptsitz);
    const filialVertrag = fall(ausbilder, 'AUSBILDER_IM_VERTRAG', 'EINGEREICHT', filiale);
    expect(canReadBerichtsheft(ausbilder, filialVertrag.vertrag)).toBe(false);
    expect(nachweisAbilities(ausbilder, filialVertrag.vertrag, filialVertrag.nachweis).canApprove).toBe(
      false,
    );
  });

  it('nobody approves their own Nachweis, whatever roles they hold', () => {
    for (const rolle of ['AUSBILDER', 'AUSBILDUNGSBEAUFTRAGTE'] as const) {
      const viewer = viewerFor([rolleIn('AZUBI', hauptsitz), rolleIn(rolle, hauptsitz)], ALLE);
      const me = viewer.principalUserId;
      const vertrag = { betriebsstaetteId: hauptsitz.id, azubiUserId: me, ausbilderUserId: me };
      const nachweis = { status: 'EINGEREICHT' as const, genehmigerUserId: me };
      expect(beziehungenZu(viewer, vertrag, nachweis)).toEqual(['AZUBI']);
      expect(nachweisAbilities(viewer, vertrag, nachweis)).toMatchObject({
        canApprove: false,
        canReject: false,
      });
    }
  });

  it('a deputy acts with the principal’s relations and roles only', () => {
    const principal = viewerMit('AUSBILDER', hauptsitz);
    const deputy: Viewer = { ...principal, userId: randomUUID() };
    const { vertrag, nachweis } = fall(principal, 'AUSBILDER_IM_VERTRAG', 'EINGEREICHT');
    expect(nachweisAbilities(deputy, vertrag, nachweis).canApprove).toBe(true);
    const { vertrag: eigener } = fall(principal, 'KEINE', 'EINGEREICHT');
    expect(canReadBerichtsheft(deputy, { ...eigener, ausbilderUserId: deputy.userId })).toBe(false);
  });
});

describe('actions by relation and state', () => {
  const table: [
    Relation,
    Rolle,
    NachweisStatus,
    Partial<ReturnType<typeof nachweisAbilities>> & { lesen: boolean },
  ][] = [
    ['AZUBI', 'AZUBI', 'ENTWURF', { lesen: true, canEdit: true, canSubmit: true }],
    ['AZUBI', 'AZUBI', 'ABGELEHNT', { lesen: true, canEdit: true, canSubmit: true }],
    ['AZUBI', 'AZUBI', 'EINGEREICHT', { lesen: true }],
    ['AZUBI', 'AZUBI', 'GENEHMIGT', { lesen: true }],
    ['AUSBILDER_IM_VERTRAG', 'AUSBILDER', 'EINGEREICHT', { lesen: true, canApprove: true, canReject: true }],
    ['AUSBILDER_IM_VERTRAG', 'AUSBILDER', 'GENEHMIGT', { lesen: true, canRejectAfterwards: true }],
    ['AUSBILDER_IM_VERTRAG', 'AUSBILDER', 'ENTWURF', { lesen: true }],
    [
      'GENEHMIGER',
      'AUSBILDUNGSBEAUFTRAGTE',
      'EINGEREICHT',
      { lesen: true, canApprove: true, canReject: true },
    ],
    ['GENEHMIGER', 'AUSBILDUNGSBEAUFTRAGTE', 'GENEHMIGT', { lesen: true }],
    ['GENEHMIGER', 'AUSBILDER', 'EINGEREICHT', { lesen: true, canApprove: true, canReject: true }],
    ['KEINE', 'AUSBILDUNGSADMINISTRATOR', 'EINGEREICHT', { lesen: true }],
    ['KEINE', 'AUSBILDER', 'EINGEREICHT', { lesen: false }],
    ['KEINE', 'AUSBILDUNGSBEAUFTRAGTE', 'EINGEREICHT', { lesen: false }],
    ['KEINE', 'AZUBI', 'ENTWURF', { lesen: false }],
  ];
  it.each(table)('%s as %s, %s', (relation, rolle, status, erwartet) => {
    const viewer = viewerMit(rolle, hauptsitz);
    const { vertrag, nachweis } = fall(viewer, relation, status);
    const { lesen, ...abilities } = erwartet;
    expect(canReadNachweis(viewer, vertrag, nachweis)).toBe(lesen);
    expect(nachweisAbilities(viewer, vertrag, nachweis)).toEqual({
      canEdit: false,
      canSubmit: false,
      canApprove: false,
      canReject: false,
      canRejectAfterwards: false,
      ...abilities,
    });
  });

  it('with the role revoked, no relation opens anything', () => {
    const viewer = viewerMit(null, hauptsitz);
    for (const relation of RELATIONEN) {
      for (const status of STATES) {
        const { vertrag, nachweis } = fall(viewer, relation, status);
        expect(canReadNachweis(viewer, vertrag, nachweis)).toBe(false);
        expect(canCreateNachweis(viewer, vertrag)).toBe(false);
        expect(canEditNachweis(viewer, vertrag, nachweis)).toBe(false);
        expect(Object.values(nachweisAbilities(viewer, vertrag, nachweis)).some(Boolean)).toBe(false);
      }
    }
  });
});

// -- The list scopes agree with the predicates ------------------------------------------------

/**
 * Evaluates the subset of Prisma filters the scopes use (AND, OR, NOT, in, not, equality,
 * relations) with SQL's three-valued logic: a comparison with NULL is unknown (null), and NOT of
 * unknown stays unknown, so a filter that forgets contracts without an Azubi account shows here.
 */
type Wahr = boolean | null;
const und = (werte: Wahr[]): Wahr => (werte.includes(false) ? false : werte.includes(null) ? null : true);
const oder = (werte: Wahr[]): Wahr => (werte.includes(true) ? true : werte.includes(null) ? null : false);
function auswerten(row: Record<string, unknown>, where: Record<string, unknown>): Wahr {
  return und(
    Object.entries(where).map(([key, cond]): Wahr => {
      if (key === 'AND') return und((cond as Record<string, unknown>[]).map((w) => auswerten(row, w)));
      if (key === 'OR') return oder((cond as Record<string, unknown>[]).map((w) => auswerten(row, w)));
      if (key === 'NOT') {
        const wert = auswerten(row, cond as Record<string, unknown>);
        return wert === null ? null : !wert;
      }
      const value = row[key];
      if (cond === null) return value === null || value === undefined;
      if (typeof cond === 'object' && 'in' in cond) {
        return value === null || value === undefined ? null : (cond.in as unknown[]).includes(value);
      }
      if (typeof cond === 'object' && 'not' in cond) {
        return value === null || value === undefined ? null : value !== cond.not;
      }
      if (typeof cond === 'object')
        return auswerten(value as Record<string, unknown>, cond as Record<string, unknown>);
      return value === null || value === undefined ? null : value === cond;
    }),
  );
}
const matches = (row: Record<string, unknown>, where: Record<string, unknown>) =>
  auswerten(row, where) === true;

describe('list scopes are the predicates as filters', () => {
  const viewers = ROLLEN.flatMap((rolle) =>
    [hauptsitz, filiale].map((wo) => ({ rolle, wo, viewer: viewerMit(rolle, wo) })),
  );

  it('"appears in this list" and "may open this record" agree on every combination', () => {
    for (const { rolle, wo, viewer } of viewers) {
      for (const relation of RELATIONEN) {
        for (const status of STATES) {
          for (const [ort, ohneAzubiKonto] of [
            [hauptsitz, false],
            [hauptsitz, true],
            [filiale, false],
            [fremdSitz, false],
          ] as const) {
            const { vertrag, nachweis } = fall(viewer, relation, status, ort, ohneAzubiKonto);
            const row = { ...nachweis, vertrag: { ...vertrag } };
            const label = `${rolle} at ${wo.name}, ${relation}, ${status}, contract at ${ort.name}`;
            expect(
              matches(
                row,
                nachweisScope(viewer, ['AZUBI', 'VERTRAGSAUSBILDER', 'GENEHMIGER', 'ADMINISTRATOR']) as never,
              ),
              label,
            ).toBe(canReadNachweis(viewer, vertrag, nachweis));
            expect(matches(row, nachweisScopeFuer(viewer, 'GENEHMIGEN') as never), label).toBe(
              transitionFuer(viewer, 'GENEHMIGEN', vertrag, nachweis) !== undefined,
            );
            expect(
              matches(
                { ...vertrag },
                vertragScope(viewer, ['AZUBI', 'VERTRAGSAUSBILDER', 'ADMINISTRATOR']) as never,
              ),
              label,
            ).toBe(canReadBerichtsheft(viewer, vertrag));
          }
        }
      }
    }
  });
});
