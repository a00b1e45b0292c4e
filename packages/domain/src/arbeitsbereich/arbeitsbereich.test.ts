import type { Rolle } from '@portal/db';
import { describe, expect, it, vi } from 'vitest';
import {
  ALLE_ROLLEN,
  kammer,
  rolleIn,
  rolleInKammer,
  staette,
  staettenLookup,
  unternehmen,
} from '../../test/support/facts.js';
import {
  type Arbeitsbereich,
  arbeitsbereicheFor,
  betriebsstaettenKey,
  HAUPTSITZ_REICHWEITE,
  kammerKey,
  resolveCurrent,
} from './arbeitsbereich.js';

const keys = (bereiche: Arbeitsbereich[]) => bereiche.map((b) => b.key);

/** An Unternehmen with a Hauptsitz and two Filialen; `hauptsitzZugriff` as given. */
function konzern(hauptsitzZugriff: boolean) {
  const u = unternehmen('Muster Maschinenbau GmbH', { hauptsitzZugriff });
  const hauptsitz = staette(u, 'HAUPTSITZ', 'Hauptsitz Münster');
  const filiale1 = staette(u, 'FILIALE', 'Filiale Bocholt');
  const filiale2 = staette(u, 'FILIALE', 'Filiale Gelsenkirchen');
  return { u, hauptsitz, filiale1, filiale2, alle: [hauptsitz, filiale1, filiale2] };
}

describe('arbeitsbereicheFor: direct roles', () => {
  it('gives one Arbeitsbereich per Betriebsstaette with a role, described completely', () => {
    const k = konzern(false);
    const [bereich, ...rest] = arbeitsbereicheFor([rolleIn('AUSBILDER', k.filiale1)], staettenLookup(k.alle));
    expect(rest).toEqual([]);
    expect(bereich).toEqual({
      key: `B:${k.filiale1.id}`,
      art: 'BETRIEBSSTAETTE',
      id: k.filiale1.id,
      name: 'Filiale Bocholt',
      unternehmenId: k.u.id,
      unternehmenName: 'Muster Maschinenbau GmbH',
      kammerId: k.u.kammerId,
      istHauptsitz: false,
      rollen: ['AUSBILDER'],
      verwalteteBetriebsstaetteIds: [],
    });
  });

  it('lets an administrator administer exactly the Betriebsstaette of the role', () => {
    const k = konzern(true);
    const bereiche = arbeitsbereicheFor(
      [rolleIn('AUSBILDUNGSADMINISTRATOR', k.filiale2)],
      staettenLookup(k.alle),
    );
    expect(keys(bereiche)).toEqual([betriebsstaettenKey(k.filiale2.id)]);
    expect(bereiche[0].verwalteteBetriebsstaetteIds).toEqual([k.filiale2.id]);
  });

  it('merges several roles in one Betriebsstaette into one Arbeitsbereich, sorted and without duplicates', () => {
    const k = konzern(false);
    const bereiche = arbeitsbereicheFor(
      [
        rolleIn('AZUBI', k.hauptsitz),
        rolleIn('AUSBILDER', k.hauptsitz),
        rolleIn('AUSBILDUNGSADMINISTRATOR', k.hauptsitz),
        rolleIn('AUSBILDER', k.hauptsitz),
      ],
      staettenLookup(k.alle),
    );
    expect(bereiche).toHaveLength(1);
    expect(bereiche[0].rollen).toEqual(['AUSBILDUNGSADMINISTRATOR', 'AUSBILDER', 'AZUBI']);
    expect(bereiche[0].verwalteteBetriebsstaetteIds).toEqual([k.hauptsitz.id]);
  });

  it('gives nothing for no roles, and skips an assignment without scope', () => {
    expect(arbeitsbereicheFor([], () => [])).toEqual([]);
    expect(arbeitsbereicheFor([{ rolle: 'AZUBI', betriebsstaette: null, kammer: null }], () => [])).toEqual(
      [],
    );
  });
});

describe('arbeitsbereicheFor: Hauptsitz access', () => {
  it('only the Ausbildungsadministrator reaches Filialen', () => {
    expect(HAUPTSITZ_REICHWEITE).toEqual(['AUSBILDUNGSADMINISTRATOR']);
  });

  it('a Hauptsitz administrator with hauptsitzZugriff reaches every Filiale', () => {
    const k = konzern(true);
    const bereiche = arbeitsbereicheFor(
      [rolleIn('AUSBILDUNGSADMINISTRATOR', k.hauptsitz)],
      staettenLookup(k.alle),
    );
    expect(keys(bereiche)).toEqual([
      betriebsstaettenKey(k.hauptsitz.id),
      betriebsstaettenKey(k.filiale1.id),
      betriebsstaettenKey(k.filiale2.id),
    ]);
    const [hs, f1, f2] = bereiche;
    expect([...hs.verwalteteBetriebsstaetteIds].sort()).toEqual(
      [k.hauptsitz.id, k.filiale1.id, k.filiale2.id].sort(),
    );
    expect(hs.istHauptsitz).toBe(true);
    for (const [bereich, filiale] of [
      [f1, k.filiale1],
      [f2, k.filiale2],
    ] as const) {
      expect(bereich.rollen).toEqual(['AUSBILDUNGSADMINISTRATOR']);
      expect(bereich.istHauptsitz).toBe(false);
      expect(bereich.verwalteteBetriebsstaetteIds).toEqual([filiale.id]);
    }
  });

  it('does not reach Filialen when the IHK has not enabled hauptsitzZugriff', () => {
    const k = konzern(false);
    const bereiche = arbeitsbereicheFor(
      [rolleIn('AUSBILDUNGSADMINISTRATOR', k.hauptsitz)],
      staettenLookup(k.alle),
    );
    expect(keys(bereiche)).toEqual([betriebsstaettenKey(k.hauptsitz.id)]);
    expect(bereiche[0].verwalteteBetriebsstaetteIds).toEqual([k.hauptsitz.id]);
  });

  it.each(ALLE_ROLLEN.filter((r) => r !== 'AUSBILDUNGSADMINISTRATOR'))(
    'a Hauptsitz %s does not reach Filialen even with hauptsitzZugriff',
    (rolle: Rolle) => {
      const k = konzern(true);
      const bereiche = arbeitsbereicheFor([rolleIn(rolle, k.hauptsitz)], staettenLookup(k.alle));
      expect(keys(bereiche)).toEqual([betriebsstaettenKey(k.hauptsitz.id)]);
      expect(bereiche[0].rollen).toEqual([rolle]);
      expect(bereiche[0].verwalteteBetriebsstaetteIds).toEqual([]);
    },
  );

  it('an administrator of a Filiale reaches neither the Hauptsitz nor other Filialen', () => {
    const k = konzern(true);
    const bereiche = arbeitsbereicheFor(
      [rolleIn('AUSBILDUNGSADMINISTRATOR', k.filiale1)],
      staettenLookup(k.alle),
    );
    expect(keys(bereiche)).toEqual([betriebsstaettenKey(k.filiale1.id)]);
    expect(bereiche[0].verwalteteBetriebsstaetteIds).toEqual([k.filiale1.id]);
  });

  it('does not reach Betriebsstaetten of another Unternehmen', () => {
    const k = konzern(true);
    const fremd = unternehmen('Fremd AG', { hauptsitzZugriff: true });
    const fremdeFiliale = staette(fremd, 'FILIALE', 'Fremde Filiale');
    const lookup = vi.fn(staettenLookup([...k.alle, fremdeFiliale]));
    const bereiche = arbeitsbereicheFor([rolleIn('AUSBILDUNGSADMINISTRATOR', k.hauptsitz)], lookup);
    expect(keys(bereiche)).not.toContain(betriebsstaettenKey(fremdeFiliale.id));
    expect(bereiche.flatMap((b) => b.verwalteteBetriebsstaetteIds)).not.toContain(fremdeFiliale.id);
    expect(lookup.mock.calls).toEqual([[k.u.id]]);
  });

  it('joins reached administration with a direct role in the same Filiale', () => {
    const k = konzern(true);
    const bereiche = arbeitsbereicheFor(
      [rolleIn('AUSBILDER', k.filiale1), rolleIn('AUSBILDUNGSADMINISTRATOR', k.hauptsitz)],
      staettenLookup(k.alle),
    );
    const f1 = bereiche.find((b) => b.id === k.filiale1.id);
    expect(f1?.rollen).toEqual(['AUSBILDUNGSADMINISTRATOR', 'AUSBILDER']);
    expect(f1?.verwalteteBetriebsstaetteIds).toEqual([k.filiale1.id]);
    expect(bereiche).toHaveLength(3);
  });
});

describe('arbeitsbereicheFor: Kammer roles', () => {
  it('gives a Kammer Arbeitsbereich without Unternehmen and without administered Betriebsstaetten', () => {
    const ihk = kammer('IHK Nord Westfalen');
    const bereiche = arbeitsbereicheFor(
      [rolleInKammer('PRUEFER', ihk), rolleInKammer('IHK_SACHBEARBEITER', ihk)],
      () => [],
    );
    expect(bereiche).toEqual([
      {
        key: kammerKey(ihk.id),
        art: 'KAMMER',
        id: ihk.id,
        name: 'IHK Nord Westfalen',
        unternehmenId: null,
        unternehmenName: null,
        kammerId: ihk.id,
        istHauptsitz: false,
        rollen: ['IHK_SACHBEARBEITER', 'PRUEFER'],
        verwalteteBetriebsstaetteIds: [],
      },
    ]);
  });

  it('keeps different Kammern apart', () => {
    const a = kammer('IHK Hannover');
    const b = kammer('IHK Nord Westfalen');
    const bereiche = arbeitsbereicheFor(
      [rolleInKammer('IHK_SACHBEARBEITER', a), rolleInKammer('PRUEFER', b)],
      () => [],
    );
    expect(bereiche.map((x) => [x.key, x.rollen])).toEqual([
      [kammerKey(a.id), ['IHK_SACHBEARBEITER']],
      [kammerKey(b.id), ['PRUEFER']],
    ]);
  });
});

describe('arbeitsbereicheFor: order of the dropdown', () => {
  it('lists Betriebsstaetten before Kammern, by Unternehmen (German collation), Hauptsitz first, then by name', () => {
    const ihk = kammer('Aaa IHK');
    const baecker = unternehmen('Bäckerei Zander');
    const aepfel = unternehmen('Äpfel & Co. KG');
    const zentrale = staette(baecker, 'HAUPTSITZ', 'Zentrale');
    const aachen = staette(baecker, 'FILIALE', 'Aachen');
    const bonn = staette(baecker, 'NIEDERLASSUNG', 'Bonn');
    const obsthof = staette(aepfel, 'FILIALE', 'Obsthof');
    const bereiche = arbeitsbereicheFor(
      [
        rolleInKammer('PRUEFER', ihk),
        rolleIn('AUSBILDER', bonn),
        rolleIn('AUSBILDER', aachen),
        rolleIn('AUSBILDER', zentrale),
        rolleIn('AZUBI', obsthof),
      ],
      staettenLookup([zentrale, aachen, bonn, obsthof]),
    );
    expect(bereiche.map((b) => b.name)).toEqual(['Obsthof', 'Zentrale', 'Aachen', 'Bonn', 'Aaa IHK']);
  });
});

describe('resolveCurrent', () => {
  const k = konzern(false);
  const bereiche = arbeitsbereicheFor(
    [rolleIn('AUSBILDER', k.filiale1), rolleIn('AUSBILDUNGSADMINISTRATOR', k.hauptsitz)],
    staettenLookup(k.alle),
  );

  it('returns the stored Arbeitsbereich while it is allowed', () => {
    expect(resolveCurrent(bereiche, betriebsstaettenKey(k.filiale1.id))?.id).toBe(k.filiale1.id);
  });

  it('falls back to the first one without a stored key', () => {
    expect(resolveCurrent(bereiche, null)?.id).toBe(k.hauptsitz.id);
  });

  it('falls back to the first one when the stored key is no longer allowed (role revoked)', () => {
    expect(resolveCurrent(bereiche, betriebsstaettenKey(k.filiale2.id))?.id).toBe(k.hauptsitz.id);
    expect(resolveCurrent(bereiche, kammerKey(k.filiale1.id))?.id).toBe(k.hauptsitz.id);
  });

  it('returns null for a user without any role', () => {
    expect(resolveCurrent([], betriebsstaettenKey(k.hauptsitz.id))).toBeNull();
  });
});
