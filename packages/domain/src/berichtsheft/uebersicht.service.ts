import type { Lernort, NachweisStatus } from '@portal/db';
import type { Viewer } from '../arbeitsbereich/viewer.js';
import type { DomainDeps } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { canReadBerichtsheft, nachweisScopeFuer, vertragScope } from './berichtsheft.policy.js';
import { fromUtcDate, type IsoDate } from './dates.js';
import { loadVertrag } from './nachweis.service.js';
import { anzahlWochen, wochenBis } from './wochen.js';
import { nachweisZahlen } from './zaehlung.js';

const heuteIso = (deps: DomainDeps) => fromUtcDate(deps.clock.now());

async function lesbarerVertrag(deps: DomainDeps, viewer: Viewer, vertragId: string) {
  const vertrag = await loadVertrag(deps.prisma, vertragId);
  if (!canReadBerichtsheft(viewer, vertrag))
    throw notFound('Das Ausbildungsverhältnis wurde nicht gefunden.');
  return vertrag;
}

export interface WochenEintrag {
  montag: IsoDate;
  sonntag: IsoDate;
  /** The Nachweise touching this week (usually one). */
  nachweise: { id: string; von: IsoDate; bis: IsoDate; status: NachweisStatus }[];
  fehlt: boolean;
}

/** Every week of the contract up to today with its state; missing weeks are marked. */
export async function wochenliste(
  deps: DomainDeps,
  viewer: Viewer,
  vertragId: string,
): Promise<WochenEintrag[]> {
  const vertrag = await lesbarerVertrag(deps, viewer, vertragId);
  const rows = await deps.prisma.nachweis.findMany({
    where: { vertragId },
    select: { id: true, von: true, bis: true, status: true },
    orderBy: { von: 'desc' },
  });
  const nachweise = rows.map((r) => ({
    id: r.id,
    von: fromUtcDate(r.von),
    bis: fromUtcDate(r.bis),
    status: r.status,
  }));
  const slots = wochenBis(
    { beginn: fromUtcDate(vertrag.beginn), ende: fromUtcDate(vertrag.ende) },
    heuteIso(deps),
  );
  return slots.map((slot) => {
    const treffer = nachweise.filter((n) => n.von <= slot.sonntag && slot.montag <= n.bis);
    return { ...slot, nachweise: treffer, fehlt: treffer.length === 0 };
  });
}

/**
 * "Ihre Auszubildenden": every contract naming the viewer as Ausbilder/-in where they hold the
 * Ausbilder role in the selected Arbeitsbereich, with counts of submitted, rejected, approved and
 * missing weeks. Counted in the database (berichtsheft/zaehlung.ts): three statements, and no
 * Nachweis row travels to the server, however many weeks the contracts have.
 */
export async function ihreAuszubildenden(deps: DomainDeps, viewer: Viewer) {
  const vertraege = await deps.prisma.ausbildungsverhaeltnis.findMany({
    where: vertragScope(viewer, ['VERTRAGSAUSBILDER']),
    select: {
      id: true,
      azubiVorname: true,
      azubiNachname: true,
      beginn: true,
      ende: true,
      beruf: { select: { bezeichnung: true } },
      betriebsstaette: { select: { name: true } },
    },
    orderBy: [{ azubiNachname: 'asc' }, { azubiVorname: 'asc' }],
  });
  const heute = heuteIso(deps);
  const zahlen = await nachweisZahlen(
    deps.prisma,
    vertraege.map((v) => v.id),
    heute,
  );
  return vertraege.map((v) => {
    const z = zahlen.get(v.id);
    return {
      vertragId: v.id,
      azubiVorname: v.azubiVorname,
      azubiNachname: v.azubiNachname,
      beruf: v.beruf.bezeichnung,
      betriebsstaette: v.betriebsstaette.name,
      eingereicht: z?.eingereicht ?? 0,
      abgelehnt: z?.abgelehnt ?? 0,
      genehmigt: z?.genehmigt ?? 0,
      fehlend:
        anzahlWochen({ beginn: fromUtcDate(v.beginn), ende: fromUtcDate(v.ende) }, heute) -
        (z?.abgedeckteWochen ?? 0),
    };
  });
}

/** Submitted Nachweise the viewer may approve now: the transition table's GENEHMIGEN as a filter. */
export async function offeneGenehmigungen(deps: DomainDeps, viewer: Viewer) {
  const rows = await deps.prisma.nachweis.findMany({
    where: nachweisScopeFuer(viewer, 'GENEHMIGEN'),
    select: {
      id: true,
      von: true,
      bis: true,
      eingereichtAt: true,
      papierNachweise: true,
      vertrag: {
        select: { azubiVorname: true, azubiNachname: true, beruf: { select: { bezeichnung: true } } },
      },
    },
    orderBy: [{ eingereichtAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((r) => ({
    id: r.id,
    von: fromUtcDate(r.von),
    bis: fromUtcDate(r.bis),
    eingereichtAt: r.eingereichtAt,
    papierNachweise: r.papierNachweise,
    azubiName: `${r.vertrag.azubiVorname} ${r.vertrag.azubiNachname}`,
    beruf: r.vertrag.beruf.bezeichnung,
  }));
}

/** Which Rahmenplan items approved Nachweise cover, and how the approved hours split by Lernort. */
export async function abdeckung(deps: DomainDeps, viewer: Viewer, vertragId: string) {
  const vertrag = await lesbarerVertrag(deps, viewer, vertragId);
  const [positionen, abgedeckt, stunden] = await Promise.all([
    deps.prisma.rahmenplanPosition.findMany({
      where: { berufId: vertrag.berufId },
      orderBy: { sortierung: 'asc' },
    }),
    deps.prisma.nachweisRahmenplan.findMany({
      where: { nachweis: { vertragId, status: 'GENEHMIGT' } },
      select: { positionId: true },
      distinct: ['positionId'],
    }),
    deps.prisma.nachweisTag.groupBy({
      by: ['lernort'],
      where: { nachweis: { vertragId, status: 'GENEHMIGT' } },
      _sum: { stunden: true },
    }),
  ]);
  const covered = new Set(abgedeckt.map((a) => a.positionId));
  const nachLernort = (lernort: Lernort) =>
    Number(stunden.find((s) => s.lernort === lernort)?._sum.stunden ?? 0);
  return {
    positionen: positionen.map((p) => ({
      id: p.id,
      nummer: p.nummer,
      titel: p.titel,
      abgedeckt: covered.has(p.id),
    })),
    stunden: {
      betrieb: nachLernort('BETRIEB'),
      berufsschule: nachLernort('BERUFSSCHULE'),
      ueberbetrieblich: nachLernort('UEBERBETRIEBLICH'),
    },
  };
}
