import { describe, expect, it } from 'vitest';
import { type AmpelBetrachter, type AmpelFarbe, ampelFuer } from './ampel.js';
import type { AnmeldungStatus } from './anmeldung-state-machine.js';

const SCHLUSS = '2027-01-31';
const VOR = '2027-01-31'; // the Anmeldeschluss day itself is still open
const NACH = '2027-02-01';

type Row = [AnmeldungStatus | null, AmpelBetrachter, 'vor' | 'nach', AmpelFarbe, string, string];

/** Every state (incl. "not registered") x viewer x before/after the Anmeldeschluss. */
const TABLE: Row[] = [
  [
    null,
    'BETRIEB',
    'vor',
    'ROT',
    'Noch nicht angemeldet',
    'Bitte melden Sie Max Muster (Azubi) bis zum 31.01.2027 an.',
  ],
  [
    null,
    'BETRIEB',
    'nach',
    'ROT',
    'Frist abgelaufen',
    'Der Anmeldeschluss (31.01.2027) ist vorbei. Max Muster wurde nicht angemeldet.',
  ],
  [
    null,
    'AZUBI',
    'vor',
    'GELB',
    'Warten auf Betrieb',
    'Warten auf Anmeldung bis zum 31.01.2027 durch Muster GmbH (Betrieb).',
  ],
  [
    null,
    'AZUBI',
    'nach',
    'ROT',
    'Frist abgelaufen',
    'Max Muster wurde nicht angemeldet. Bitte wenden Sie sich an die IHK.',
  ],
  [null, 'IHK', 'vor', 'GELB', 'Warten auf Betrieb', 'durch Muster GmbH (Betrieb)'],
  [null, 'IHK', 'nach', 'ROT', 'Frist abgelaufen', 'Der Anmeldeschluss (31.01.2027) ist vorbei.'],
  [
    'ENTWURF',
    'BETRIEB',
    'vor',
    'ROT',
    'Handeln erforderlich',
    'Bitte reichen Sie die Anmeldung von Max Muster (Azubi) bis zum 31.01.2027 ein.',
  ],
  ['ENTWURF', 'BETRIEB', 'nach', 'ROT', 'Frist abgelaufen', 'Die Anmeldung hat die IHK nicht erreicht.'],
  [
    'ENTWURF',
    'AZUBI',
    'vor',
    'GELB',
    'Warten auf Betrieb',
    'Warten auf Einreichung durch Muster GmbH (Betrieb).',
  ],
  ['ENTWURF', 'AZUBI', 'nach', 'ROT', 'Frist abgelaufen', 'Bitte wenden Sie sich an die IHK.'],
  [
    'ENTWURF',
    'IHK',
    'vor',
    'GELB',
    'Warten auf Betrieb',
    'Warten auf Einreichung durch Muster GmbH (Betrieb).',
  ],
  ['ENTWURF', 'IHK', 'nach', 'ROT', 'Frist abgelaufen', 'Die Anmeldung hat die IHK nicht erreicht.'],
  [
    'AZUBI_PRUEFT',
    'BETRIEB',
    'vor',
    'GELB',
    'Warten auf Azubi',
    'Warten auf Bestätigung durch Max Muster (Azubi).',
  ],
  [
    'AZUBI_PRUEFT',
    'BETRIEB',
    'nach',
    'ROT',
    'Frist abgelaufen',
    'Der Anmeldeschluss (31.01.2027) ist vorbei. Die Anmeldung hat die IHK nicht erreicht.',
  ],
  [
    'AZUBI_PRUEFT',
    'AZUBI',
    'vor',
    'ROT',
    'Bitte bestätigen',
    'Bitte bestätigen Sie die Anmeldung bis zum 31.01.2027',
  ],
  [
    'AZUBI_PRUEFT',
    'AZUBI',
    'nach',
    'ROT',
    'Frist abgelaufen',
    'Die Anmeldung hat die IHK nicht erreicht. Bitte wenden Sie sich an die IHK.',
  ],
  [
    'AZUBI_PRUEFT',
    'IHK',
    'vor',
    'GELB',
    'Warten auf Azubi',
    'Warten auf Bestätigung durch Max Muster (Azubi).',
  ],
  ['AZUBI_PRUEFT', 'IHK', 'nach', 'ROT', 'Frist abgelaufen', 'Die Anmeldung hat die IHK nicht erreicht.'],
  [
    'ZURUECK_AN_BETRIEB',
    'BETRIEB',
    'vor',
    'ROT',
    'Handeln erforderlich',
    'Max Muster hat die Anmeldung zurückgegeben. Bitte überarbeiten Sie sie',
  ],
  [
    'ZURUECK_AN_BETRIEB',
    'BETRIEB',
    'nach',
    'ROT',
    'Frist abgelaufen',
    'Die Anmeldung hat die IHK nicht erreicht.',
  ],
  [
    'ZURUECK_AN_BETRIEB',
    'AZUBI',
    'vor',
    'GELB',
    'Warten auf Betrieb',
    'Warten auf Überarbeitung durch Muster GmbH (Betrieb).',
  ],
  ['ZURUECK_AN_BETRIEB', 'AZUBI', 'nach', 'ROT', 'Frist abgelaufen', 'Bitte wenden Sie sich an die IHK.'],
  [
    'ZURUECK_AN_BETRIEB',
    'IHK',
    'vor',
    'GELB',
    'Warten auf Betrieb',
    'Warten auf Überarbeitung durch Muster GmbH (Betrieb).',
  ],
  [
    'ZURUECK_AN_BETRIEB',
    'IHK',
    'nach',
    'ROT',
    'Frist abgelaufen',
    'Die Anmeldung hat die IHK nicht erreicht.',
  ],
  ['BEI_IHK', 'BETRIEB', 'vor', 'GRUEN', 'Bei der IHK', 'Warten auf die Entscheidung durch die IHK.'],
  ['BEI_IHK', 'BETRIEB', 'nach', 'GRUEN', 'Bei der IHK', 'Warten auf die Entscheidung durch die IHK.'],
  ['BEI_IHK', 'AZUBI', 'vor', 'GRUEN', 'Bei der IHK', 'Die Anmeldung liegt der IHK vor.'],
  ['BEI_IHK', 'AZUBI', 'nach', 'GRUEN', 'Bei der IHK', 'Die Anmeldung liegt der IHK vor.'],
  [
    'BEI_IHK',
    'IHK',
    'vor',
    'ROT',
    'Entscheidung erforderlich',
    'Bitte entscheiden Sie über die Zulassung von Max Muster (Azubi).',
  ],
  ['BEI_IHK', 'IHK', 'nach', 'ROT', 'Entscheidung erforderlich', 'Bitte entscheiden Sie über die Zulassung'],
  ['ZUGELASSEN', 'BETRIEB', 'vor', 'GRUEN', 'Zugelassen', 'Die IHK hat die Anmeldung zugelassen.'],
  [
    'ZUGELASSEN',
    'BETRIEB',
    'nach',
    'GRUEN',
    'Zugelassen',
    'Als Nächstes gibt die IHK die Prüfungstermine frei.',
  ],
  ['ZUGELASSEN', 'AZUBI', 'vor', 'GRUEN', 'Zugelassen', 'Die IHK hat die Anmeldung zugelassen.'],
  ['ZUGELASSEN', 'AZUBI', 'nach', 'GRUEN', 'Zugelassen', 'Die IHK hat die Anmeldung zugelassen.'],
  ['ZUGELASSEN', 'IHK', 'vor', 'GRUEN', 'Zugelassen', 'Max Muster ist zugelassen.'],
  ['ZUGELASSEN', 'IHK', 'nach', 'GRUEN', 'Zugelassen', 'Max Muster ist zugelassen.'],
  ['ABGELEHNT', 'BETRIEB', 'vor', 'ROT', 'Abgelehnt', 'Bitte klären Sie das weitere Vorgehen mit der IHK.'],
  ['ABGELEHNT', 'BETRIEB', 'nach', 'ROT', 'Abgelehnt', 'Die IHK hat die Anmeldung abgelehnt.'],
  ['ABGELEHNT', 'AZUBI', 'vor', 'ROT', 'Abgelehnt', 'Bitte sprechen Sie mit Ihrem Betrieb Muster GmbH.'],
  ['ABGELEHNT', 'AZUBI', 'nach', 'ROT', 'Abgelehnt', 'Die IHK hat die Anmeldung abgelehnt.'],
  [
    'ABGELEHNT',
    'IHK',
    'vor',
    'ROT',
    'Abgelehnt',
    'Muster GmbH (Betrieb) und Max Muster (Azubi) sind informiert.',
  ],
  ['ABGELEHNT', 'IHK', 'nach', 'ROT', 'Abgelehnt', 'Die Anmeldung wurde abgelehnt.'],
];

describe('ampelFuer', () => {
  it('covers the full cross product of state x viewer x deadline', () => {
    const keys = new Set(TABLE.map(([s, b, f]) => `${s} ${b} ${f}`));
    expect(keys.size).toBe(7 * 3 * 2);
  });

  it.each(TABLE)('%s seen by %s %s Anmeldeschluss: %s', (status, betrachter, frist, farbe, kurz, satz) => {
    const result = ampelFuer({
      status,
      anmeldeschluss: SCHLUSS,
      heute: frist === 'vor' ? VOR : NACH,
      betrachter,
      azubiName: 'Max Muster',
      betriebName: 'Muster GmbH',
    });
    expect(result.farbe).toBe(farbe);
    expect(result.label).toBe(`${{ ROT: 'Rot', GELB: 'Gelb', GRUEN: 'Grün' }[farbe]} – ${kurz}`);
    expect(result.naechsterSchritt).toContain(satz);
  });
});
