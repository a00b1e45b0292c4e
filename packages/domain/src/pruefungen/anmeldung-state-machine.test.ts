import { describe, expect, it } from 'vitest';
import {
  ANMELDUNG_STATUS,
  type AnmeldungAkteur,
  type AnmeldungAktion,
  type AnmeldungStatus,
  anmeldeschlussVorbei,
  moeglicheAktionen,
  pruefeUebergang,
} from './anmeldung-state-machine.js';

const STATES: (AnmeldungStatus | null)[] = [null, ...ANMELDUNG_STATUS];
const AKTIONEN: AnmeldungAktion[] = ['EINREICHEN', 'BESTAETIGEN', 'ZURUECKGEBEN', 'ZULASSEN', 'ABLEHNEN'];
const AKTEURE: AnmeldungAkteur[] = ['BETRIEB', 'AZUBI', 'IHK'];
const SCHLUSS = '2027-01-31';

/** Every allowed (state, step, actor) with its target; everything else is refused. */
const EXPECTED: Record<string, AnmeldungStatus> = {
  'null EINREICHEN BETRIEB': 'AZUBI_PRUEFT',
  'ENTWURF EINREICHEN BETRIEB': 'AZUBI_PRUEFT',
  'ZURUECK_AN_BETRIEB EINREICHEN BETRIEB': 'AZUBI_PRUEFT',
  'AZUBI_PRUEFT BESTAETIGEN AZUBI': 'BEI_IHK',
  'AZUBI_PRUEFT ZURUECKGEBEN AZUBI': 'ZURUECK_AN_BETRIEB',
  'BEI_IHK ZULASSEN IHK': 'ZUGELASSEN',
  'BEI_IHK ABLEHNEN IHK': 'ABGELEHNT',
};
const FRISTFREI: AnmeldungAktion[] = ['ZULASSEN', 'ABLEHNEN'];

describe('the Pruefungsanmeldung state machine', () => {
  const cases = STATES.flatMap((state) =>
    AKTIONEN.flatMap((aktion) =>
      AKTEURE.flatMap((akteur) =>
        (['vor', 'nach'] as const).map((frist) => [state, aktion, akteur, frist] as const),
      ),
    ),
  );
  it.each(cases)('%s + %s by %s, %s Anmeldeschluss', (state, aktion, akteur, frist) => {
    const heute = frist === 'vor' ? SCHLUSS : '2027-02-01';
    const result = pruefeUebergang({
      status: state,
      aktion,
      akteure: [akteur],
      anmeldeschluss: SCHLUSS,
      heute,
      bemerkung: 'Bitte Projektthema ändern',
    });
    const target = EXPECTED[`${state} ${aktion} ${akteur}`];
    const blockedByDeadline = frist === 'nach' && !FRISTFREI.includes(aktion);
    if (target && !blockedByDeadline) {
      expect(result).toMatchObject({ ok: true, transition: { to: target } });
      expect(moeglicheAktionen(state, [akteur], SCHLUSS, heute)).toContain(aktion);
    } else {
      expect(result.ok).toBe(false);
      expect(moeglicheAktionen(state, [akteur], SCHLUSS, heute)).not.toContain(aktion);
      if (target && blockedByDeadline) {
        expect(result).toMatchObject({
          code: 'ANMELDESCHLUSS_VORBEI',
          message: 'Der Anmeldeschluss (31.01.2027) ist vorbei. Eine Anmeldung ist nicht mehr möglich.',
        });
      }
    }
  });

  it('tells a wrong actor FORBIDDEN and an impossible step UEBERGANG_UNZULAESSIG', () => {
    const base = { anmeldeschluss: SCHLUSS, heute: '2027-01-10' };
    expect(
      pruefeUebergang({ ...base, status: 'AZUBI_PRUEFT', aktion: 'BESTAETIGEN', akteure: ['BETRIEB'] }),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(
      pruefeUebergang({ ...base, status: 'ZUGELASSEN', aktion: 'BESTAETIGEN', akteure: ['AZUBI'] }),
    ).toMatchObject({
      ok: false,
      code: 'ANMELDUNG_UEBERGANG_UNZULAESSIG',
    });
  });

  it('requires a remark for sending back and a reason for rejecting', () => {
    const base = { anmeldeschluss: SCHLUSS, heute: '2027-01-10', bemerkung: '  ' };
    expect(
      pruefeUebergang({ ...base, status: 'AZUBI_PRUEFT', aktion: 'ZURUECKGEBEN', akteure: ['AZUBI'] }),
    ).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', field: 'bemerkung' });
    expect(
      pruefeUebergang({ ...base, status: 'BEI_IHK', aktion: 'ABLEHNEN', akteure: ['IHK'] }),
    ).toMatchObject({
      ok: false,
      code: 'BAD_USER_INPUT',
      field: 'begruendung',
    });
    expect(
      pruefeUebergang({ ...base, status: 'AZUBI_PRUEFT', aktion: 'BESTAETIGEN', akteure: ['AZUBI'] }).ok,
    ).toBe(true);
  });

  it('counts the Anmeldeschluss day itself as open', () => {
    expect(anmeldeschlussVorbei(SCHLUSS, '2027-01-31')).toBe(false);
    expect(anmeldeschlussVorbei(SCHLUSS, '2027-02-01')).toBe(true);
  });
});
