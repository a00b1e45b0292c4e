import { randomUUID } from 'node:crypto';
import type { NachweisStatus } from '@portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/berichtsheft/dates.js';
import { anzahlFehlenderWochen, anzahlWochen } from '../src/berichtsheft/wochen.js';
import { nachweisZahlen } from '../src/berichtsheft/zaehlung.js';
import { type DomainTestEnv, domainTestEnv, unternehmen } from './support/db.js';

/**
 * The database's counts of "Ihre Auszubildenden" against the reference rule in wochen.ts, over
 * contracts and Nachweise chosen to hit the edges: a contract that began mid-week, one that ended
 * before today, one that starts in the future, paper periods over many weeks, Nachweise that reach
 * outside the contract or past today, and two Nachweise in one week.
 */
let env: DomainTestEnv;
beforeAll(async () => {
  env = await domainTestEnv();
});
afterAll(async () => {
  await env?.db.close();
});

const STATUS: NachweisStatus[] = ['ENTWURF', 'EINGEREICHT', 'GENEHMIGT', 'ABGELEHNT'];

describe('Nachweis counts per contract in SQL', () => {
  it('match the rule of wochen.ts for every contract', async () => {
    const prisma = env.db.prisma;
    const org = await unternehmen(prisma);
    const beruf = await prisma.ausbildungsberuf.create({
      data: { bezeichnung: 'Zählberuf', berufsnummer: randomUUID().slice(0, 8) },
    });
    const heute = '2026-03-04'; // a Wednesday
    const vertraege = [
      { beginn: '2024-08-07', ende: '2027-08-06' },
      { beginn: '2023-08-01', ende: '2025-11-30' },
      { beginn: '2026-09-01', ende: '2029-08-31' },
      { beginn: '2026-03-02', ende: '2029-03-01' },
    ];
    // A fixed pseudo-random sequence, so a failure can be repeated.
    let seed = 7;
    const zufall = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const erwartet = new Map<
      string,
      { zeitraeume: { von: string; bis: string }[]; status: NachweisStatus[] }
    >();
    const ids: string[] = [];
    for (const [i, v] of vertraege.entries()) {
      const vertrag = await prisma.ausbildungsverhaeltnis.create({
        data: {
          betriebsstaetteId: org.hauptsitz.id,
          berufId: beruf.id,
          identnummer: `Z-${i}-${randomUUID().slice(0, 8)}`,
          azubiVorname: 'Zahl',
          azubiNachname: `Nr ${i}`,
          beginn: new Date(`${v.beginn}T00:00:00Z`),
          ende: new Date(`${v.ende}T00:00:00Z`),
        },
      });
      ids.push(vertrag.id);
      const zeitraeume: { von: string; bis: string }[] = [];
      const status: NachweisStatus[] = [];
      // One paper period from before the beginning over several weeks, then weeks with gaps.
      const perioden = [{ von: addDays(v.beginn, -10), bis: addDays(v.beginn, 40) }];
      for (let tag = addDays(v.beginn, 60); tag < addDays(heute, 30); tag = addDays(tag, 7 + 7 * zufall(3))) {
        perioden.push({ von: tag, bis: addDays(tag, zufall(2) === 0 ? 4 : 6) });
        if (zufall(5) === 0) perioden.push({ von: addDays(tag, 1), bis: addDays(tag, 2) });
      }
      for (const p of perioden) {
        const s = STATUS[zufall(STATUS.length)];
        await prisma.nachweis.create({
          data: {
            vertragId: vertrag.id,
            von: new Date(`${p.von}T00:00:00Z`),
            bis: new Date(`${p.bis}T00:00:00Z`),
            status: s,
          },
        });
        zeitraeume.push(p);
        status.push(s);
      }
      erwartet.set(vertrag.id, { zeitraeume, status });
    }
    const ohneNachweis = await prisma.ausbildungsverhaeltnis.create({
      data: {
        betriebsstaetteId: org.hauptsitz.id,
        berufId: beruf.id,
        identnummer: `Z-leer-${randomUUID().slice(0, 8)}`,
        azubiVorname: 'Leer',
        azubiNachname: 'Ohne',
        beginn: new Date('2025-08-01T00:00:00Z'),
        ende: new Date('2028-07-31T00:00:00Z'),
      },
    });

    const zahlen = await nachweisZahlen(prisma, [...ids, ohneNachweis.id], heute);
    expect(zahlen.has(ohneNachweis.id)).toBe(false);
    for (const [i, id] of ids.entries()) {
      const v = vertraege[i];
      const e = erwartet.get(id)!;
      const z = zahlen.get(id)!;
      expect({
        eingereicht: z.eingereicht,
        abgelehnt: z.abgelehnt,
        genehmigt: z.genehmigt,
        fehlend: anzahlWochen(v, heute) - z.abgedeckteWochen,
      }).toEqual({
        eingereicht: e.status.filter((s) => s === 'EINGEREICHT').length,
        abgelehnt: e.status.filter((s) => s === 'ABGELEHNT').length,
        genehmigt: e.status.filter((s) => s === 'GENEHMIGT').length,
        fehlend: anzahlFehlenderWochen(v, heute, e.zeitraeume),
      });
    }
    // The counts are about something: the first contract has gaps and covered weeks.
    const erster = zahlen.get(ids[0])!;
    expect(erster.abgedeckteWochen).toBeGreaterThan(10);
    expect(anzahlWochen(vertraege[0], heute) - erster.abgedeckteWochen).toBeGreaterThan(5);
  });
});
