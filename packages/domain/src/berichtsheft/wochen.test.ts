import { describe, expect, it } from 'vitest';
import { anzahlFehlenderWochen, fehlendeWochen, wochenBis } from './wochen.js';

describe('wochenBis', () => {
  it('lists the weeks from the contract start up to today, newest first', () => {
    const slots = wochenBis({ beginn: '2026-11-04', ende: '2029-07-31' }, '2026-11-24');
    expect(slots.map((s) => s.montag)).toEqual(['2026-11-23', '2026-11-16', '2026-11-09', '2026-11-02']);
    expect(slots[0].sonntag).toBe('2026-11-29');
  });

  it('stops at the end of the contract and is empty before it starts', () => {
    expect(
      wochenBis({ beginn: '2026-01-05', ende: '2026-01-14' }, '2026-11-24').map((s) => s.montag),
    ).toEqual(['2026-01-12', '2026-01-05']);
    expect(wochenBis({ beginn: '2027-08-01', ende: '2030-07-31' }, '2026-11-24')).toEqual([]);
  });
});

describe('fehlendeWochen', () => {
  const slots = wochenBis({ beginn: '2026-10-26', ende: '2029-07-31' }, '2026-11-24');

  it('finds the weeks no Nachweis touches', () => {
    const fehlend = fehlendeWochen(slots, [
      { von: '2026-11-16', bis: '2026-11-22' },
      { von: '2026-10-26', bis: '2026-11-01' },
    ]);
    expect(fehlend.map((s) => s.montag)).toEqual(['2026-11-23', '2026-11-09', '2026-11-02']);
  });

  it('counts a long first Nachweis of paper records for every week it covers', () => {
    expect(fehlendeWochen(slots, [{ von: '2026-10-26', bis: '2026-11-29' }])).toEqual([]);
  });
});

describe('anzahlFehlenderWochen', () => {
  it.each([
    { beginn: '2026-10-26', nachweise: [] },
    { beginn: '2026-10-26', nachweise: [{ von: '2026-11-16', bis: '2026-11-22' }] },
    { beginn: '2026-10-29', nachweise: [{ von: '2026-10-26', bis: '2026-11-29' }] },
    {
      beginn: '2025-08-01',
      nachweise: [
        { von: '2025-08-01', bis: '2026-07-31' },
        { von: '2026-11-20', bis: '2026-11-26' },
      ],
    },
    { beginn: '2027-01-01', nachweise: [] },
  ])('agrees with fehlendeWochen (%o)', ({ beginn, nachweise }) => {
    const vertrag = { beginn, ende: '2029-07-31' };
    const erwartet = fehlendeWochen(wochenBis(vertrag, '2026-11-24'), nachweise).length;
    expect(anzahlFehlenderWochen(vertrag, '2026-11-24', nachweise)).toBe(erwartet);
  });
});
