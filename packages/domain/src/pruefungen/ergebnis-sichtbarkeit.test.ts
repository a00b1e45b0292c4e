import { randomUUID } from 'node:crypto';
import type { Rolle } from '@portal/db';
import { describe, expect, it } from 'vitest';
import { betriebsstaettenKey, kammerKey } from '../arbeitsbereich/arbeitsbereich.js';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import {
  betriebSiehtBis,
  type DokumentFakten,
  dokumentZugang,
  type ErgebnisFakten,
  ergebnisZugang,
} from './ergebnis-sichtbarkeit.js';

const KAMMER = randomUUID();
const STAETTE = randomUUID();
const AZUBI = randomUUID();
const AUSBILDER = randomUUID();
const ENDE = new Date('2027-07-31T00:00:00Z');

/** A viewer whose selected Arbeitsbereich is a Betriebsstaette (or a Kammer) with these roles. */
function viewer(
  rollen: Rolle[],
  options: { userId?: string; staette?: string; kammer?: string; reach?: string[] } = {},
): Viewer {
  const userId = options.userId ?? randomUUID();
  const inKammer = options.kammer !== undefined;
  const id = options.kammer ?? options.staette ?? STAETTE;
  const current = {
    key: inKammer ? kammerKey(id) : betriebsstaettenKey(id),
    art: inKammer ? ('KAMMER' as const) : ('BETRIEBSSTAETTE' as const),
    id,
    name: 'Bereich',
    unternehmenId: inKammer ? null : randomUUID(),
    unternehmenName: inKammer ? null : 'Test GmbH',
    kammerId: inKammer ? id : KAMMER,
    istHauptsitz: true,
    rollen,
    verwalteteBetriebsstaetteIds: rollen.includes('AUSBILDUNGSADMINISTRATOR') ? (options.reach ?? [id]) : [],
  };
  return { sessionId: randomUUID(), userId, principalUserId: userId, arbeitsbereiche: [current], current };
}

const VIEWERS: Record<string, () => Viewer> = {
  ihk: () => viewer(['IHK_SACHBEARBEITER'], { kammer: KAMMER }),
  'ihk anderer Kammer': () => viewer(['IHK_SACHBEARBEITER'], { kammer: randomUUID() }),
  azubi: () => viewer(['AZUBI'], { userId: AZUBI }),
  'azubi, andere Staette gewaehlt': () => viewer(['AZUBI'], { userId: AZUBI, staette: randomUUID() }),
  betrieb: () => viewer(['AUSBILDUNGSADMINISTRATOR']),
  'betrieb (Hauptsitz mit Reichweite)': () =>
    viewer(['AUSBILDUNGSADMINISTRATOR'], { staette: randomUUID(), reach: [randomUUID(), STAETTE] }),
  'betrieb + ausbilder': () => viewer(['AUSBILDUNGSADMINISTRATOR', 'AUSBILDER']),
  'ausbilder laut Vertrag': () => viewer(['AUSBILDER'], { userId: AUSBILDER }),
  'ausbilder der Staette': () => viewer(['AUSBILDER']),
  'ausbilder laut Vertrag, als Admin anderswo': () =>
    viewer(['AUSBILDUNGSADMINISTRATOR'], { userId: AUSBILDER, staette: randomUUID() }),
  'fremder Betrieb': () => viewer(['AUSBILDUNGSADMINISTRATOR'], { staette: randomUUID() }),
};

const fakten = (freigegeben: boolean): ErgebnisFakten => ({
  kammerId: KAMMER,
  vertrag: { betriebsstaetteId: STAETTE, azubiUserId: AZUBI, ausbilderUserId: AUSBILDER, ende: ENDE },
  freigegebenAt: freigegeben ? new Date('2027-06-20T10:00:00Z') : null,
});

const TAG = {
  vorEnde: new Date('2027-07-01T12:00:00Z'),
  /** 14 days after the end: the last day the Betrieb sees results (late in the evening, UTC). */
  tag14: new Date('2027-08-14T23:59:00Z'),
  /** 15 days after the end: no longer. */
  tag15: new Date('2027-08-15T00:00:00Z'),
  jahreSpaeter: new Date('2031-01-01T00:00:00Z'),
};

type Erwartet = string;
/** viewer -> [released before end, released day 14, released day 15, released years later, unreleased before end] */
const TABLE: Record<string, [Erwartet, Erwartet, Erwartet, Erwartet, Erwartet]> = {
  ihk: ['IHK', 'IHK', 'IHK', 'IHK', 'IHK'],
  'ihk anderer Kammer': ['KEIN_BEZUG', 'KEIN_BEZUG', 'KEIN_BEZUG', 'KEIN_BEZUG', 'KEIN_BEZUG'],
  azubi: ['AZUBI', 'AZUBI', 'AZUBI', 'AZUBI', 'NICHT_FREIGEGEBEN'],
  'azubi, andere Staette gewaehlt': ['AZUBI', 'AZUBI', 'AZUBI', 'AZUBI', 'NICHT_FREIGEGEBEN'],
  betrieb: ['BETRIEB', 'BETRIEB', 'FRIST_ABGELAUFEN', 'FRIST_ABGELAUFEN', 'NICHT_FREIGEGEBEN'],
  'betrieb (Hauptsitz mit Reichweite)': [
    'BETRIEB',
    'BETRIEB',
    'FRIST_ABGELAUFEN',
    'FRIST_ABGELAUFEN',
    'NICHT_FREIGEGEBEN',
  ],
  'betrieb + ausbilder': ['BETRIEB', 'BETRIEB', 'FRIST_ABGELAUFEN', 'FRIST_ABGELAUFEN', 'NICHT_FREIGEGEBEN'],
  'ausbilder laut Vertrag': ['AUSBILDER', 'AUSBILDER', 'AUSBILDER', 'AUSBILDER', 'AUSBILDER'],
  'ausbilder der Staette': ['AUSBILDER', 'AUSBILDER', 'AUSBILDER', 'AUSBILDER', 'AUSBILDER'],
  'ausbilder laut Vertrag, als Admin anderswo': [
    'AUSBILDER',
    'AUSBILDER',
    'AUSBILDER',
    'AUSBILDER',
    'AUSBILDER',
  ],
  'fremder Betrieb': ['KEIN_BEZUG', 'KEIN_BEZUG', 'KEIN_BEZUG', 'KEIN_BEZUG', 'KEIN_BEZUG'],
};

const SPALTEN: [string, boolean, Date][] = [
  ['freigegeben, vor dem Ende', true, TAG.vorEnde],
  ['freigegeben, Tag 14 nach dem Ende', true, TAG.tag14],
  ['freigegeben, Tag 15 nach dem Ende', true, TAG.tag15],
  ['freigegeben, Jahre später', true, TAG.jahreSpaeter],
  ['nicht freigegeben, vor dem Ende', false, TAG.vorEnde],
];

const ergebnis = (z: ReturnType<typeof ergebnisZugang>) => ('sicht' in z ? z.sicht : z.verweigert);

describe('who sees the results of a Pruefungsanmeldung', () => {
  it('the table covers every viewer', () => {
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(VIEWERS).sort());
  });

  const cases = Object.keys(VIEWERS).flatMap((name) =>
    SPALTEN.map(([label, freigegeben, now], i) => [name, label, freigegeben, now, i] as const),
  );
  it.each(cases)('%s, %s', (name, _label, freigegeben, now, i) => {
    expect(ergebnis(ergebnisZugang(VIEWERS[name](), fakten(freigegeben), now))).toBe(TABLE[name][i]);
  });

  it('the Betrieb’s last day is the 14th calendar day after the end', () => {
    expect(betriebSiehtBis(ENDE)).toBe('2027-08-14');
    expect(betriebSiehtBis(new Date('2028-02-20T00:00:00Z'))).toBe('2028-03-05');
  });

  it('a deputy acting for the Azubi sees what the Azubi sees', () => {
    const deputy = viewer(['AZUBI'], { userId: AZUBI });
    const acting = { ...deputy, userId: randomUUID() };
    expect(ergebnis(ergebnisZugang(acting, fakten(true), TAG.jahreSpaeter))).toBe('AZUBI');
  });
});

describe('who opens a document', () => {
  const dokument = (art: DokumentFakten['art']): DokumentFakten => ({
    art,
    kammerId: KAMMER,
    vertrag: { betriebsstaetteId: STAETTE, azubiUserId: AZUBI, ausbilderUserId: AUSBILDER, ende: ENDE },
  });
  const sicht = (v: Viewer, art: DokumentFakten['art'], now: Date) => {
    const z = dokumentZugang(v, dokument(art), now);
    return 'sicht' in z ? z.sicht : z.verweigert;
  };

  it.each([
    ['azubi', 'ZEUGNIS', TAG.jahreSpaeter, 'AZUBI'],
    ['betrieb', 'ZEUGNIS', TAG.tag14, 'BETRIEB'],
    ['betrieb', 'ZEUGNIS', TAG.tag15, 'FRIST_ABGELAUFEN'],
    ['betrieb', 'EINTRAGUNGSBESTAETIGUNG', TAG.tag15, 'BETRIEB'],
    ['ihk', 'ZEUGNIS', TAG.jahreSpaeter, 'IHK'],
    ['ausbilder laut Vertrag', 'ZEUGNIS', TAG.vorEnde, 'AUSBILDER'],
    ['ausbilder der Staette', 'ZEUGNIS', TAG.vorEnde, 'KEIN_BEZUG'],
    ['fremder Betrieb', 'ZEUGNIS', TAG.vorEnde, 'KEIN_BEZUG'],
    ['ihk anderer Kammer', 'ZEUGNIS', TAG.vorEnde, 'KEIN_BEZUG'],
  ] as const)('%s, %s, %s: %s', (name, art, now, erwartet) => {
    expect(sicht(VIEWERS[name](), art, now)).toBe(erwartet);
  });
});
